import type { InnerMessage, Message } from '../model/message.ts';
import { EN, type CoreKey } from './en.ts';
import { applyRule } from './welsh.ts';

export { InnerMessage, Message } from '../model/message.ts';

/** A code's name, as core builds it: a key and never parameters. */
export interface Name {
  key: CoreKey;
  params?: undefined;
}
type InnerParam = string | number | Name | Name[];
type Param = InnerParam | InnerMessage | InnerMessage[];

/** Core's sentences in one language, by key: `EN` here, `CY` in `cy.ts` (a separate module the Welsh views load). */
export type CoreTable = Readonly<Record<CoreKey, string>>;

/** A message with its parameters, as core builds them. */
export function msg(key: CoreKey): InnerMessage;
export function msg(key: CoreKey, params: Record<string, InnerParam>): InnerMessage;
export function msg(key: CoreKey, params: Record<string, Param>): Message;
export function msg(key: CoreKey, params?: Record<string, Param>): Message {
  return params ? { key, params } : { key };
}

/**
 * The message in a table's language, or null when the table (or a sentence inside it) has no such key:
 * a record written by another version of CPD Lens. Parameters are text, never markup.
 */
export function renderIn(message: Message | InnerMessage, table: Readonly<Record<string, string>>): string | null {
  const template = templateOf(message.key, table);
  if (template === undefined) return null;
  const { texts, names, rules, inherited } = template;
  let out = texts[0]!;
  const params = message.params as Record<string, Param> | undefined;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    // a parameter is the message's own: only a name every object inherits ("constructor") needs the check
    const value = !params || (inherited && !Object.hasOwn(params, name)) ? undefined : params[name];
    if (value === undefined) return null;
    // `{name|rule}`: a Welsh rule for the value (issue 25: "{dates|n:dyddiad}" says "2 ddyddiad"), see welsh.ts
    const rule = rules[i];
    if (typeof value !== 'object') out += rule === undefined ? String(value) : applyRule(value, rule);
    else {
      const inner = Array.isArray(value) ? list(value, table) : renderIn(value as InnerMessage, table);
      if (inner === null) return null;
      out += inner;
    }
    out += texts[i + 1]!;
  }
  return out;
}

/** A template split into its text between parameters, and each parameter's name and Welsh rule (if any). */
interface Template {
  texts: readonly string[];
  names: readonly string[];
  rules: readonly (string | undefined)[];
  /** Whether a name is one every plain object inherits (`name in {}`), which a message's parameters must hold as their own. */
  inherited: boolean;
}

/**
 * Each table's templates split once into text and parameter names (`split` with a capturing group gives
 * [text, name, text, name, text…]: the same `{name}` matches `replace` found), so scoring, which says
 * several sentences for every course, does not scan each template again (scoring throughput, `./dev bench`).
 * A table is treated as fixed once used (EN, CY and the views' tables are never changed in place).
 */
const splitTemplates = new WeakMap<object, Map<string, Template>>();
/** The last table used and its split templates: scoring says every sentence in English, so the table lookup is skipped. */
let lastTable: object | undefined;
let lastSplit = new Map<string, Template>();
function templateOf(key: string, table: Readonly<Record<string, string>>): Template | undefined {
  let byKey = table === lastTable ? lastSplit : splitTemplates.get(table);
  if (!byKey) splitTemplates.set(table, (byKey = new Map()));
  lastTable = table;
  lastSplit = byKey;
  let template = byKey.get(key);
  if (template === undefined) {
    const written = Object.hasOwn(table, key) ? table[key] : undefined;
    if (written === undefined) return undefined;
    const parts = written.split(/\{(\w+(?:\|[^{}|]+)?)\}/);
    const texts: string[] = [];
    const names: string[] = [];
    const rules: (string | undefined)[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) texts.push(parts[i]!);
      else {
        const bar = parts[i]!.indexOf('|');
        names.push(bar < 0 ? parts[i]! : parts[i]!.slice(0, bar));
        rules.push(bar < 0 ? undefined : parts[i]!.slice(bar + 1));
      }
    }
    byKey.set(key, (template = { texts, names, rules, inherited: names.some((n) => n in Object.prototype) }));
  }
  return template;
}

/** A code's name as a message ("role.middle-leader"), said in each view's language. */
export const name = (key: CoreKey): Name => ({ key });

/** Names (or sentences) in a table's language, joined with commas; null when the table does not know one of them. */
function list(items: readonly InnerMessage[], table: Readonly<Record<string, string>>): string | null {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const said = renderIn(items[i]!, table);
    if (said === null) return null;
    out = i ? `${out}, ${said}` : said;
  }
  return out;
}

/** A message in the view's language, else the English text stored beside it (a key this version does not know). */
export function say(message: Message | undefined, table: Readonly<Record<string, string>>, fallback: string): string {
  return (message && renderIn(message, table)) ?? fallback;
}

/** Sentences without parameters in English, by key. */
const plainEnglish = new Map<string, string>();

/** English, as core stores it next to each message. */
export function english(message: Message): string {
  if (message.params) return renderIn(message, EN) ?? message.key;
  // a sentence without parameters says the same every time: scoring says many of them for each course
  let said = plainEnglish.get(message.key);
  if (said === undefined) plainEnglish.set(message.key, (said = renderIn(message, EN) ?? message.key));
  return said;
}

/** The first letter in capitals: reasons are kept lower-case so the verdict can quote them mid-sentence. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
