/**
 * html-validate (A-AX-02, the GOV.UK practice) with the rules the project holds its markup to: the
 * standards and accessibility presets. The style-only rules of `recommended` judge how markup is
 * written, and what is checked here is serialised by the browser, not written by us.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * For a widget's shadow root, two rules relaxed: `no-redundant-role`, because the date input's
 * `<fieldset role="group">` is GOV.UK's deliberate pattern so that VoiceOver reads its hint; and
 * `wcag/h71` for the request form's outer `<fieldset class="all">`, which only disables every control
 * at once while a request is sent (each section inside has its legend).
 */
const fragmentRules: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: { 'no-redundant-role': 'off', 'wcag/h71': 'off', 'no-unknown-elements': 'off' },
};
/** Whole pages; they load only their own origin's scripts and styles (the extension's package, the intranet's server): no SRI needed. */
const documentRules: ConfigData = { extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'], rules: { 'no-unknown-elements': 'off', 'require-sri': 'off' } };

const validators = { fragment: new HtmlValidate(fragmentRules), document: new HtmlValidate(documentRules) };

/** html-validate's errors in `markup` as "name rule: message (line:column) selector" lines (empty when valid). */
export async function htmlProblems(kind: keyof typeof validators, markup: string, name: string): Promise<string[]> {
  // Comments are not content (Lit's markers; and html-validate reads an SVG <title> as HTML's raw-text title).
  const report = await validators[kind].validateString(markup.replace(/<!--[\s\S]*?-->/g, ''), name);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${name} ${m.ruleId}: ${m.message} (${m.line}:${m.column}) ${m.selector ?? ''}`));
}
