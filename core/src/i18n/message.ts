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
  const parts = templateParts(message.key, table);
  if (parts === undefined) return null;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    // `{name|rule}`: a Welsh rule for the value (issue 25: "{dates|n:dyddiad}" says "2 ddyddiad"), see welsh.ts
    const bar = parts[i]!.indexOf('|');
    const name = bar < 0 ? parts[i]! : parts[i]!.slice(0, bar);
    const value = message.params && Object.hasOwn(message.params, name) ? (message.params as Record<string, Param>)[name] : undefined;
    if (value === undefined) return null;
    if (typeof value !== 'object') out += bar < 0 ? String(value) : applyRule(value, parts[i]!.slice(bar + 1));
    else {
      const inner = Array.isArray(value) ? list(value, table) : renderIn(value as InnerMessage, table);
      if (inner === null) return null;
      out += inner;
    }
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * Each table's templates split once into text and parameter names (`split` with a capturing group gives
 * [text, name, text, name, text…]: the same `{name}` matches `replace` found), so scoring, which says
 * several sentences for every course, does not scan each template again (scoring throughput, `./dev bench`).
 * A table is treated as fixed once used (EN, CY and the views' tables are never changed in place).
 */
const splitTemplates = new WeakMap<object, Map<string, readonly string[]>>();
/** The last table used and its split templates: scoring says every sentence in English, so the table lookup is skipped. */
let lastTable: object | undefined;
let lastSplit = new Map<string, readonly string[]>();
function templateParts(key: string, table: Readonly<Record<string, string>>): readonly string[] | undefined {
  let byKey = table === lastTable ? lastSplit : splitTemplates.get(table);
  if (!byKey) splitTemplates.set(table, (byKey = new Map()));
  lastTable = table;
  lastSplit = byKey;
  let parts = byKey.get(key);
  if (parts === undefined) {
    const template = Object.hasOwn(table, key) ? table[key] : undefined;
    if (template === undefined) return undefined;
    byKey.set(key, (parts = template.split(/\{(\w+(?:\|[^{}|]+)?)\}/)));
  }
  return parts;
}

/** A code's name as a message ("role.middle-leader"), said in each view's language. */
export const name = (key: CoreKey): Name => ({ key });

/** Names (or sentences) in a table's language, joined with commas; null when the table does not know one of them. */
function list(items: readonly InnerMessage[], table: Readonly<Record<string, string>>): string | null {
  const said = items.map((item) => renderIn(item, table));
  return said.includes(null) ? null : said.join(', ');
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
