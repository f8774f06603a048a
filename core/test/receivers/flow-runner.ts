/**
 * A small interpreter for the part of the Logic Apps / Power Automate workflow definition language the
 * CPD Lens flow uses (Request trigger, If, Response, Terminate, SharePoint GetItems/PostItem and the
 * expression functions below), so the flow in receivers/power-automate runs under test against a fake
 * SharePoint list. Not a general engine: an unknown function or action type fails the test loudly.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export interface FlowResponse { statusCode: number; headers: Record<string, string>; body: Json }
export type Connector = (operationId: string, parameters: Record<string, Json>) => Json;

interface Scope { trigger: Json; parameters: Record<string, Json>; outputs: Map<string, Json>; now: string }

/** Evaluates one expression (without the leading @). */
function evaluate(source: string, scope: Scope): Json {
  let i = 0;
  const ws = () => { while (source[i] === ' ') i++; };
  const fail = (what: string): never => { throw new Error(`flow expression: ${what} at ${i} in ${source}`); };
  const primary = (): Json => {
    ws();
    if (source[i] === "'") {
      let out = '';
      i++;
      for (;;) {
        if (i >= source.length) fail('unterminated string');
        if (source[i] === "'") {
          if (source[i + 1] === "'") { out += "'"; i += 2; continue; }
          i++;
          return out;
        }
        out += source[i++];
      }
    }
    const num = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (num) { i += num[0].length; return Number(num[0]); }
    const name = /^[A-Za-z_]\w*/.exec(source.slice(i))?.[0] ?? fail('expected a name');
    i += name.length;
    if (name === 'true' || name === 'false') return name === 'true';
    if (name === 'null') return null;
    ws();
    if (source[i] !== '(') fail('expected (');
    i++;
    const args: Json[] = [];
    ws();
    if (source[i] === ')') i++;
    else for (;;) {
      args.push(expression());
      ws();
      if (source[i] === ',') { i++; continue; }
      if (source[i] === ')') { i++; break; }
      fail('expected , or )');
    }
    return call(name, args, scope);
  };
  const expression = (): Json => {
    let value = primary();
    for (;;) {
      ws();
      const optional = source[i] === '?';
      if (optional && source[i + 1] === '[') i++;
      if (source[i] !== '[') return value;
      i++;
      const key = expression();
      ws();
      if (source[i++] !== ']') fail('expected ]');
      value = value && typeof value === 'object' ? ((value as Record<string, Json>)[String(key)] ?? null) : optional ? null : fail('property of null');
    }
  };
  const result = expression();
  ws();
  if (i !== source.length) fail('trailing text');
  return result;
}

const str = (v: Json): string => (v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const isEmpty = (v: Json) => v === null || v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v).length === 0);

function call(name: string, a: Json[], scope: Scope): Json {
  switch (name) {
    case 'triggerBody': return scope.trigger;
    case 'parameters': return scope.parameters[str(a[0]!)] ?? null;
    case 'body': return scope.outputs.get(str(a[0]!)) ?? null;
    case 'outputs': return scope.outputs.get(str(a[0]!)) ?? null;
    case 'json': return JSON.parse(str(a[0] ?? null)) as Json;
    case 'substring': return str(a[0]!).substring(Number(a[1]), Number(a[1]) + Number(a[2]));
    case 'contains': return typeof a[0] === 'string' ? a[0].includes(str(a[1]!)) : Array.isArray(a[0]) ? a[0].includes(a[1]!) : false;
    case 'utcNow': return scope.now;
    case 'empty': return isEmpty(a[0] ?? null);
    case 'string': return str(a[0] ?? null);
    case 'coalesce': return a.find((v) => v !== null) ?? null;
    case 'length': return typeof a[0] === 'string' || Array.isArray(a[0]) ? a[0].length : 0;
    case 'replace': return str(a[0]!).split(str(a[1]!)).join(str(a[2]!));
    case 'if': return a[0] === true ? a[1]! : a[2]!;
    case 'trim': return str(a[0]!).trim();
    case 'startsWith': return str(a[0]!).startsWith(str(a[1]!));
    case 'or': return a.some((v) => v === true);
    case 'concat': return a.map(str).join('');
    default: throw new Error(`flow expression: unknown function ${name}`);
  }
}

/** A definition value: "@expr", a string with "@{expr}" parts, or an object/array of those. */
export function resolve(value: Json, scope: Scope): Json {
  if (typeof value === 'string') {
    if (value.startsWith('@{') || !value.startsWith('@')) return value.replace(/@\{([^}]*)\}/g, (_m, e: string) => str(evaluate(e, scope)));
    return evaluate(value.slice(1), scope);
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, scope));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, scope)]));
  return value;
}

function condition(expr: Record<string, Json>, scope: Scope): boolean {
  const [op, arg] = Object.entries(expr)[0]!;
  switch (op) {
    case 'not': return !condition(arg as Record<string, Json>, scope);
    case 'and': return (arg as Record<string, Json>[]).every((c) => condition(c, scope));
    case 'or': return (arg as Record<string, Json>[]).some((c) => condition(c, scope));
    case 'equals': { const [x, y] = (arg as Json[]).map((v) => resolve(v, scope)); return JSON.stringify(x) === JSON.stringify(y); }
    case 'greater': { const [x, y] = (arg as Json[]).map((v) => resolve(v, scope)); return Number(x) > Number(y); }
    default: throw new Error(`flow condition: unknown ${op}`);
  }
}

class Stop extends Error {}

/** Runs the flow's actions for one POSTed body; returns the HTTP answer it gives (the first Response). */
// biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
export function runFlow(definition: Record<string, any>, body: Json, connector: Connector, parameters: Record<string, Json> = {}): FlowResponse | undefined {
  const defaults = Object.fromEntries(Object.entries(definition.parameters as Record<string, { defaultValue?: Json }>).map(([k, v]) => [k, v.defaultValue ?? null]));
  const scope: Scope = { trigger: body, parameters: { ...defaults, ...parameters }, outputs: new Map(), now: '2026-11-29T01:00:00Z' };
  let response: FlowResponse | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
  const runScope = (actions: Record<string, any>) => {
    const status = new Map<string, string>();
    const names = Object.keys(actions);
    while (status.size < names.length) {
      const ready = names.find((n) => !status.has(n) && Object.keys(actions[n].runAfter ?? {}).every((d) => status.has(d)));
      if (!ready) throw new Error('flow: runAfter cycle or missing action');
      const action = actions[ready];
      const wanted = Object.entries(action.runAfter ?? {}) as [string, string[]][];
      if (!wanted.every(([d, ok]) => ok.includes(status.get(d)!))) { status.set(ready, 'Skipped'); continue; }
      status.set(ready, runAction(ready, action));
    }
  };
  // biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
  const runAction = (name: string, action: any): string => {
    switch (action.type) {
      case 'If':
        runScope(condition(action.expression, scope) ? action.actions : (action.else?.actions ?? {}));
        return 'Succeeded';
      case 'Response': {
        // biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
        const inputs = resolve(action.inputs, scope) as any;
        response ??= { statusCode: inputs.statusCode, headers: inputs.headers, body: inputs.body };
        return 'Succeeded';
      }
      case 'Terminate': throw new Stop();
      case 'Compose':
        try {
          scope.outputs.set(name, resolve(action.inputs, scope));
          return 'Succeeded';
        } catch {
          return 'Failed';
        }
      case 'OpenApiConnection': {
        // biome-ignore lint/suspicious/noExplicitAny: a Power Automate flow definition is untyped JSON, walked by key
        const inputs = resolve(action.inputs, scope) as any;
        try {
          scope.outputs.set(name, connector(inputs.host.operationId, inputs.parameters));
          return 'Succeeded';
        } catch {
          return 'Failed';
        }
      }
      default: throw new Error(`flow: unknown action type ${action.type}`);
    }
  };
  try {
    runScope(definition.actions);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return response;
}
