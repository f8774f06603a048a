/**
 * The policy being edited, as plain data, and the pure steps around it: set one setting by its path
 * (`criteria[2].weight`), check the whole policy with core's `checkPolicy`, name each problem's setting
 * in plain English, and read or write the policy file. No DOM here, so it is unit-tested in Node.
 */
import { checkPolicy, defaultPolicy, readPolicyText, type Policy, type Problem } from '@cpd-lens/core';
import type { EditorKey } from './strings.ts';

/** A policy file larger than this is refused before it is read (a real one is a few KB). */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;

/** The policy as edited: Policy-shaped, but any setting may hold what was typed until it is fixed. */
export type Draft = Record<string, unknown>;

/** How a field's text becomes a value: a number, a percentage (stored 0..1), text, or a yes/no. */
export type Kind = 'number' | 'percent' | 'text' | 'bool';

/** A fresh copy of the default policy, so edits never touch core's constant. */
export function defaultDraft(): Draft {
  return structuredClone(defaultPolicy) as unknown as Draft;
}

/** Splits `criteria[2].weight` into `['criteria', 2, 'weight']`. */
export function pathKeys(path: string): (string | number)[] {
  return path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The value at a path, or undefined. */
export function getAt(draft: Draft, path: string): unknown {
  let at: unknown = draft;
  for (const key of pathKeys(path)) at = at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** A copy of the draft with the value at a path replaced (undefined removes the setting). */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const next = structuredClone(draft);
  const keys = pathKeys(path);
  let at = next as Record<string | number, unknown>;
  for (const [i, key] of keys.entries()) {
    if (i === keys.length - 1) {
      if (value === undefined && !Array.isArray(at)) delete at[key];
      else at[key] = value;
    } else {
      if (!at[key] || typeof at[key] !== 'object') at[key] = typeof keys[i + 1] === 'number' ? [] : {};
      at = at[key] as Record<string | number, unknown>;
    }
  }
  return next;
}

/** The list at a path (empty when there is none). */
export const listAt = (draft: Draft, path: string): unknown[] => {
  const list = getAt(draft, path);
  return Array.isArray(list) ? list : [];
};

/** The draft with one more band (judgement) at the end: a fresh id, no name yet, lowest score 0. */
export function withNewBand(draft: Draft): Draft {
  const bands = listAt(draft, 'bands') as { id?: unknown }[];
  let n = bands.length + 1;
  while (bands.some((b) => b.id === `band-${n}`)) n++;
  return setAt(draft, 'bands', [...bands, { id: `band-${n}`, label: '', min: 0 }]);
}

/**
 * What a field's text means: a number when it is one, else the text itself (so the check says
 * "should be a number" beside the field); empty optional settings are removed.
 */
export function parseField(text: string, kind: Kind, optional: boolean): unknown {
  if (kind === 'text') return text.trim() === '' && optional ? undefined : text;
  if (kind === 'bool') return text === 'true';
  const trimmed = text.trim().replace(/[£,%\s]/g, '');
  if (trimmed === '') return optional ? undefined : text;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return text;
  return kind === 'percent' ? Math.round(n * 10_000) / 1_000_000 : n;
}

/** How a value is shown in its field: percentages as 0..100. */
export function showField(value: unknown, kind: Kind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'percent' && typeof value === 'number') return String(Math.round(value * 1_000_000) / 10_000);
  return String(value);
}

/** The settings shown as percentages, whose limits are said in percent too. */
const PERCENT_PATHS = new Set(['costs.vatRate', 'prior', 'minCoverage']);
export const isPercent = (path: string): boolean => PERCENT_PATHS.has(path);

/** Checks the draft as `cpd policy check` will: core's schema and its cross-field rules. */
export function checkDraft(draft: Draft): { ok: true; policy: Policy } | { ok: false; problems: Problem[] } {
  const checked = checkPolicy(draft);
  return checked.ok ? { ok: true, policy: checked.value } : { ok: false, problems: checked.problems };
}

/** The policy file's text: the checked policy, pretty-printed, ending with a newline. */
export function policyFile(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Reads a policy file's text as every importer does (core's `readPolicyText`): the checked policy, or every problem. */
export function readPolicy(text: string): { ok: true; draft: Draft } | { ok: false; problems: Problem[] } {
  const { checked } = readPolicyText(text);
  return checked.ok ? { ok: true, draft: checked.value as unknown as Draft } : { ok: false, problems: checked.problems };
}

/** An id for a field from its setting's path: `criteria[2].weight` → `f-criteria-2-weight`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w]+/g, '-').replace(/-$/, '')}`;
}

/** Names of single settings, in the editor's words (the rest are named by their place: "Weight of …"). */
export const NAMES: Partial<Record<string, EditorKey>> = {
  name: 'pe.name',
  owner: 'pe.owner',
  prior: 'pe.prior',
  minCoverage: 'pe.minCoverage',
  'costs.supplyCoverDayRate': 'pe.name.cover',
  'costs.hoursPerDay': 'pe.hoursPerDay',
  'costs.vatRate': 'pe.vatRate',
  'costs.schoolType': 'pe.schoolType',
  'costs.vatReclaimable': 'pe.vatReclaimable',
  'costs.approvalThreshold': 'pe.approval',
  'costs.goodCostPerHour': 'pe.goodCostPerHour',
  'costs.poorCostPerHour': 'pe.poorCostPerHour',
  'costs.goodPricePerParticipant': 'pe.goodPrice',
  'costs.poorPricePerParticipant': 'pe.poorPrice',
  'repayment.months': 'pe.months',
};

/** The terms a policy gets when repayment is turned on: the default policy's (CPL policy 4.1), else its three conditions. */
export const cplRepayment = (): unknown =>
  structuredClone(defaultPolicy.repayment ?? { conditions: ['do not complete the qualification', 'do not pass the qualification', 'leave within 12 months of completing it'], months: 12 });

type Say = (key: EditorKey, params?: Record<string, string | number>) => string;

/** Names the setting at a path in plain English ("Weight of “Respects cultural diversity”"). */
export function settingName(path: string, draft: Draft, say: Say, names: Partial<Record<string, EditorKey>> = NAMES, criterion: (id: unknown, label: string) => string = (_id, label) => label): string {
  const named = names[path];
  if (named) return say(named);
  const nth = (m: RegExpMatchArray) => Number(m[1]) + 1;
  let m = path.match(/^criteria\[(\d+)\]\.weight$/);
  if (m) return say('pe.name.weight', { criterion: criterion(getAt(draft, `criteria[${m[1]}].id`), String(getAt(draft, `criteria[${m[1]}].label`) ?? nth(m))) });
  if ((m = path.match(/^criteria\[(\d+)\]/))) return `${say('pe.name.criterion', { n: nth(m) })} (${path.slice(m[0].length + 1) || 'id'})`;
  if (path === 'criteria') return say('pe.name.criteria');
  if ((m = path.match(/^bands\[(\d+)\]\.label$/))) return say('pe.name.bandName', { n: nth(m) });
  if ((m = path.match(/^bands\[(\d+)\]\.min$/))) return say('pe.name.bandMin', { n: nth(m) });
  if ((m = path.match(/^bands\[(\d+)\]/))) return say('pe.name.band', { n: nth(m) });
  if (path === 'bands') return say('pe.name.bands');
  if ((m = path.match(/^costs\.supplyCoverDayRateByPhase\.([\w-]+)$/))) return say('pe.coverPhase', { phase: say(`pe.phase.${m[1]}` as EditorKey) });
  if ((m = path.match(/^repayment\.conditions\[(\d+)\]$/))) return say('pe.name.condition', { n: nth(m) });
  if (path === 'repayment.conditions') return say('pe.name.conditions');
  return say('pe.name.other', { path });
}

/** Core's message for a percentage setting, with its limits in percent ("at most 1" → "at most 100%"). */
export function problemMessage(problem: Problem): string {
  if (!isPercent(problem.path)) return problem.message;
  return problem.message.replace(/(at most|at least|more than|less than) ([\d.]+)/, (_all, words: string, n: string) => `${words} ${Math.round(Number(n) * 100)}%`);
}
