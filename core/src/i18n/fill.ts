/**
 * `{name}` placeholders filled with values, as text (callers render the result as text, never HTML);
 * unknown names stay as they are. `{name|rule}` hands the value and the rule to `rule` (the Welsh
 * grammar of issue 25: "{days|n:diwrnod}" says "2 ddiwrnod"), or fills it plainly when none is given.
 * The one interpolator of the extension's and the widgets' own tables; core's messages have theirs,
 * which also nests messages (`message.ts`).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> | undefined, rule?: (value: string | number, rule: string) => string): string {
  if (!values) return template;
  return template.replace(/\{(\w+)(?:\|([^{}|]+))?\}/g, (whole, name: string, said: string | undefined) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return said && rule ? rule(value, said) : String(value);
  });
}
