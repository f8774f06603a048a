/**
 * The request form's answers as typed, and the pure steps from them to a CpdRequest: validation in
 * GOV.UK's plain-English style, the course, the costs (through core), and the request itself.
 * No DOM here, so it is unit-tested in Node.
 */
import { APPROACHES as APPROACH_LIST, IMPACT_LEVELS, type CostRecord, type Course, type PdTarget, type Policy, type Phase, type Handoff } from '@cpd-lens/core';
import { requestCosts } from '@cpd-lens/core';
import { checkDate, isoOf, partsOf, type DatePart, type DateParts } from '../internal/date-input.ts';
import { parseAmount } from '../internal/format.ts';
import type { MessageKey } from '../internal/i18n.ts';

export const LEVELS = IMPACT_LEVELS;
export const APPROACHES = APPROACH_LIST;

/** Everything the member of staff has typed or chosen, as strings and lists: what a draft stores. */
export interface FormValues {
  name: string;
  email: string;
  courseTitle: string;
  provider: string;
  url: string;
  description: string;
  hours: string;
  /** The first and last day, as GOV.UK's day, month and year fields. */
  startDay: string;
  startMonth: string;
  startYear: string;
  endDay: string;
  endMonth: string;
  endYear: string;
  fee: string;
  travel: string;
  supplyDays: string;
  /** Every target on offer: from the hand-off and typed in; `targetIds` says which are selected. */
  targets: PdTarget[];
  targetIds: string[];
  objectiveIds: string[];
  practice: string;
  pupils: string;
  sharing: string;
  approach: string;
  evaluation: string[];
}

export function emptyValues(): FormValues {
  return {
    name: '',
    email: '',
    courseTitle: '',
    provider: '',
    url: '',
    description: '',
    hours: '',
    startDay: '',
    startMonth: '',
    startYear: '',
    endDay: '',
    endMonth: '',
    endYear: '',
    fee: '',
    travel: '',
    supplyDays: '',
    targets: [],
    targetIds: [],
    objectiveIds: [],
    practice: '',
    pupils: '',
    sharing: '',
    approach: '',
    evaluation: [],
  };
}

/** Reads a stored draft back, field by field: anything missing or of the wrong type falls back to empty. */
export function valuesFromDraft(stored: Record<string, unknown> | undefined): FormValues {
  const values = emptyValues();
  if (!stored) return values;
  const out = values as unknown as Record<string, unknown>;
  for (const key of Object.keys(values) as (keyof FormValues)[]) {
    const v = stored[key];
    const blank = values[key];
    if (typeof blank === 'string' && typeof v === 'string') out[key] = v;
    else if (Array.isArray(blank) && Array.isArray(v)) out[key] = key === 'targets' ? v.filter(isTarget) : v.filter((x) => typeof x === 'string');
  }
  // Drafts saved before the GOV.UK date input held ISO dates under `start` and `end`.
  for (const which of ['start', 'end'] as const) {
    const old = stored[which];
    if (typeof old === 'string' && !dateParts(values, which).year) Object.assign(values, withDate(which, partsOf(old)));
  }
  return values;
}

/**
 * The saved draft with what was typed before it was read on top (the form takes input before its store
 * loads): each field typed wins, and the targets on offer from both are kept, so neither is lost.
 */
export function mergeTyped(saved: FormValues, typed: FormValues, touched: ReadonlySet<keyof FormValues>): FormValues {
  const merged = { ...saved };
  for (const key of touched) (merged as unknown as Record<string, unknown>)[key] = typed[key];
  if (touched.has('targets')) merged.targets = [...saved.targets.filter((t) => !typed.targets.some((x) => x.id === t.id)), ...typed.targets];
  return merged;
}

/** The three fields of the first (`start`) or last (`end`) day. */
export function dateParts(values: FormValues, which: 'start' | 'end'): DateParts {
  return { day: values[`${which}Day`], month: values[`${which}Month`], year: values[`${which}Year`] };
}

/** A patch setting the three fields of a date. */
export function withDate(which: 'start' | 'end', parts: DateParts): Partial<FormValues> {
  return { [`${which}Day`]: parts.day, [`${which}Month`]: parts.month, [`${which}Year`]: parts.year };
}

/** The ISO date of the first or last day, or '' when the fields are not a real date. */
export function dateOf(values: FormValues, which: 'start' | 'end'): string {
  return isoOf(dateParts(values, which)) ?? '';
}

function isTarget(v: unknown): v is PdTarget {
  return typeof v === 'object' && v !== null && typeof (v as PdTarget).id === 'string' && typeof (v as PdTarget).text === 'string';
}

/** One problem with one field: the id of the control to focus and the message to show. */
export interface FieldError {
  field: string;
  key: MessageKey;
  params?: Record<string, string>;
  /** For a date input: which date (`start`, `end`) and which of its fields to mark. */
  group?: string;
  parts?: DatePart[];
  /** A message key whose text fills `{label}` (so the label is translated with the message). */
  labelKey?: MessageKey;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The error for one date input, if any, pointing at its first field to mark. */
function dateError(values: FormValues, which: 'start' | 'end', required: boolean): FieldError | null {
  const problem = checkDate(dateParts(values, which), required, which === 'start' ? 'v.start' : 'v.end');
  if (!problem) return null;
  return { field: `${which}-${problem.parts[0]}`, key: problem.key, group: which, parts: problem.parts, labelKey: which === 'start' ? 'date.startLabel' : 'date.endLabel' };
}

/** The first control of a checkbox group, which an error link focuses. */
export function firstTargetControl(values: FormValues): string {
  return values.targets[0] ? `target-${values.targets[0].id}` : 'new-target';
}

/**
 * Checks the answers in the order the form asks for them. Messages say what to do ("Enter your
 * name"), never "invalid". `objectivesOffered` says whether SDP objectives can count instead of a target.
 */
export function validate(values: FormValues, objectivesOffered: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const blank = (s: string) => s.trim() === '';
  if (blank(values.name)) errors.push({ field: 'name', key: 'v.name' });
  if (!blank(values.email) && !EMAIL.test(values.email.trim())) errors.push({ field: 'email', key: 'v.email' });
  if (blank(values.courseTitle)) errors.push({ field: 'course-title', key: 'v.courseTitle' });
  if (!blank(values.url) && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(values.url.trim())) errors.push({ field: 'url', key: 'v.url' });
  if (!blank(values.hours) && parseAmount(values.hours) === null) errors.push({ field: 'hours', key: 'v.hours' });
  const startError = dateError(values, 'start', true);
  const endError = dateError(values, 'end', false);
  if (startError) errors.push(startError);
  if (endError) errors.push(endError);
  const [start, end] = [dateOf(values, 'start'), dateOf(values, 'end')];
  if (start && end && end < start) errors.push({ field: 'end-day', key: 'v.endBefore', group: 'end', parts: ['day', 'month', 'year'] });
  if (parseAmount(values.fee) === null) errors.push({ field: 'fee', key: 'v.fee' });
  if (!blank(values.travel) && parseAmount(values.travel) === null) errors.push({ field: 'travel', key: 'v.travel' });
  const days = parseAmount(values.supplyDays);
  if (!blank(values.supplyDays) && (days === null || (days * 2) % 1 !== 0)) errors.push({ field: 'supply-days', key: 'v.supply' });
  const selectedTargets = values.targetIds.filter((id) => values.targets.some((t) => t.id === id));
  if (!selectedTargets.length && !(objectivesOffered && values.objectiveIds.length)) errors.push({ field: firstTargetControl(values), key: 'v.targets' });
  if (blank(values.practice)) errors.push({ field: 'practice', key: 'v.practice' });
  if (blank(values.pupils)) errors.push({ field: 'pupils', key: 'v.pupils' });
  if (blank(values.sharing)) errors.push({ field: 'sharing', key: 'v.sharing' });
  if (!(APPROACHES as readonly string[]).includes(values.approach)) errors.push({ field: 'approach', key: 'v.approach' });
  if (!values.evaluation.some((l) => (LEVELS as readonly string[]).includes(l))) errors.push({ field: `evaluation-${LEVELS[0]}`, key: 'v.evaluation' });
  return errors;
}

/**
 * The course as the form describes it. The hand-off course is the base (it carries price, sessions
 * and features for scoring); what the member of staff typed replaces its title, provider, link,
 * description and hours.
 */
export function buildCourse(values: FormValues, base: Course | undefined, currency: string, handoffFee?: number): Course {
  const course: Course = { ...(base ?? { title: '' }) };
  course.title = values.courseTitle.trim();
  const set = <K extends keyof Course>(key: K, value: Course[K] | undefined) => {
    if (value === undefined || value === '') delete course[key];
    else course[key] = value;
  };
  set('provider', values.provider.trim() || undefined);
  set('url', /^https?:\/\//i.test(values.url.trim()) ? values.url.trim() : undefined);
  set('description', values.description.trim() || base?.description);
  const hours = parseAmount(values.hours);
  set('totalHours', hours ?? base?.totalHours);
  // the page's price stands while the fee is the one the hand-off gave (a per-school total stays per school);
  // a fee typed in its place is per participant, its VAT unknown (never assumed included)
  const fee = parseAmount(values.fee);
  if (fee !== null && fee !== handoffFee && (!base?.price || base.price.amount !== fee)) {
    course.price = fee === 0 ? { amount: 0, currency, vat: 'exempt', basis: 'free' } : { amount: fee, currency, vat: 'unknown', basis: 'per-participant' };
  }
  const typed = dates(values);
  if (!course.sessions?.length && typed.length) course.sessions = typed.map((start) => ({ start }));
  return course;
}

/** The fee a cost record gives, in pounds (a per-school price is the school's total), or undefined. */
export const recordFee = (cost: CostRecord | undefined): number | undefined => (cost?.feePence === undefined ? undefined : cost.feePence / 100);

/** The dates of the request: the first day, and the last when it differs. */
export function dates(values: FormValues): string[] {
  const [start, end] = [dateOf(values, 'start'), dateOf(values, 'end')];
  const out = start ? [start] : [];
  if (end && end !== start) out.push(end);
  return out;
}

/** The costs block, with supply cover at the policy's rate (core's arithmetic). */
export function costsOf(values: FormValues, policy: Pick<Policy, 'costs'>, phase?: Phase): ReturnType<typeof requestCosts> {
  return requestCosts(
    { fee: parseAmount(values.fee) ?? 0, travel: parseAmount(values.travel) ?? 0, supplyDays: parseAmount(values.supplyDays) ?? 0 },
    policy,
    phase,
  );
}


/** The SDP objectives a request serves: those ticked, and those the ticked targets are linked to. */
export function objectiveIdsOf(values: FormValues): string[] {
  const selected = values.targets.filter((t) => values.targetIds.includes(t.id));
  return [...new Set([...values.objectiveIds, ...selected.flatMap((t) => (t.sdpObjectiveId ? [t.sdpObjectiveId] : []))])];
}

/** A short, stable id for a typed target, from its text. */
export function targetId(textValue: string, taken: readonly PdTarget[]): string {
  const slug = textValue.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-+|-+$/g, '') || 'target';
  let id = `t-${slug}`;
  for (let n = 2; taken.some((t) => t.id === id); n++) id = `t-${slug}-${n}`;
  return id;
}

/** What the form knows when a hand-off arrives: how the course serves each goal, and the school's objectives. */
export interface HandoffContext {
  /** The fee as the cost record gives it: a per-school price is the school's total. */
  fee: number | null;
  hours: number | null;
  /** Target and objective ids the course really serves (at core's `SERVES_AT` strength or more). */
  served: { targets: ReadonlySet<string>; objectives: ReadonlySet<string> };
  /** The school's SDP objective ids; a hand-off's objective the school does not have is dropped. */
  objectiveIds: readonly string[];
}

/**
 * Applies a hand-off from CPD Lens. The rule: the hand-off wins for the course (title, provider,
 * link, description, hours, fee, dates from its first and last session); its targets are all offered
 * but only those the course really serves are ticked, likewise its objectives; links to objectives
 * the school does not have are dropped (never shown as ids); everything else typed is kept.
 */
export function applyHandoff(values: FormValues, handoff: Handoff, ctx: HandoffContext): FormValues {
  const c = handoff.course;
  const known = new Set(ctx.objectiveIds);
  const targets = [...values.targets];
  for (const t of handoff.targets) {
    if (targets.some((x) => x.id === t.id)) continue;
    const { sdpObjectiveId, ...rest } = t;
    targets.push(sdpObjectiveId && known.has(sdpObjectiveId) ? t : rest);
  }
  const served = handoff.targets.filter((t) => ctx.served.targets.has(t.id));
  const objectives = handoff.objectiveIds.filter((id) => known.has(id) && (ctx.served.objectives.has(id) || served.some((t) => t.sdpObjectiveId === id)));
  const sessionDates = (c.sessions ?? []).map((s) => s.start.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const first = sessionDates[0];
  const last = sessionDates[sessionDates.length - 1];
  return {
    ...values,
    courseTitle: c.title,
    provider: c.provider ?? '',
    url: c.url ?? '',
    description: c.description ?? '',
    hours: ctx.hours === null ? '' : String(ctx.hours),
    fee: ctx.fee === null ? values.fee : String(ctx.fee),
    ...(first ? withDate('start', partsOf(first)) : {}),
    ...(last && last !== first ? withDate('end', partsOf(last)) : {}),
    targets,
    targetIds: [...new Set([...values.targetIds, ...served.map((t) => t.id)])],
    objectiveIds: [...new Set([...values.objectiveIds, ...objectives])],
  };
}
