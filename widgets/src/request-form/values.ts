/**
 * The request form's answers as typed, and the pure steps from them to a CpdRequest: validation in
 * GOV.UK's plain-English style, the course, the costs (through core), and the request itself.
 * No DOM here, so it is unit-tested in Node.
 */
import { check, CpdRequest, ImpactLevel, Approach, type Course, type PdTarget, type Policy, type Phase, type Handoff } from '@cpd-lens/core';
import { requestCosts } from '@cpd-lens/core';
import { parseAmount } from '../internal/format.ts';
import type { MessageKey } from '../internal/i18n.ts';

export const LEVELS = ImpactLevel.options;
export const APPROACHES = Approach.options;

/** Everything the member of staff has typed or chosen, as strings and lists: what a draft stores. */
export interface FormValues {
  name: string;
  email: string;
  courseTitle: string;
  provider: string;
  url: string;
  description: string;
  hours: string;
  start: string;
  end: string;
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
    start: '',
    end: '',
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
  return values;
}

function isTarget(v: unknown): v is PdTarget {
  return typeof v === 'object' && v !== null && typeof (v as PdTarget).id === 'string' && typeof (v as PdTarget).text === 'string';
}

/** One problem with one field: the id of the control to focus and the message to show. */
export interface FieldError {
  field: string;
  key: MessageKey;
  params?: Record<string, string>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  if (!DATE.test(values.start)) errors.push({ field: 'start', key: 'v.start' });
  else if (DATE.test(values.end) && values.end < values.start) errors.push({ field: 'end', key: 'v.endBefore' });
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
export function buildCourse(values: FormValues, base: Course | undefined, currency: string): Course {
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
  const fee = parseAmount(values.fee);
  if (fee !== null && (!base?.price || base.price.amount !== fee)) {
    course.price = fee === 0 ? { amount: 0, currency, vat: 'included', basis: 'free' } : { amount: fee, currency, vat: 'included', basis: 'per-participant' };
  }
  if (!course.sessions?.length && DATE.test(values.start)) {
    course.sessions = [{ start: values.start }, ...(DATE.test(values.end) && values.end !== values.start ? [{ start: values.end }] : [])];
  }
  return course;
}

/** The dates of the request: the first day, and the last when it differs. */
function dates(values: FormValues): string[] {
  const out = DATE.test(values.start) ? [values.start] : [];
  if (DATE.test(values.end) && values.end !== values.start) out.push(values.end);
  return out;
}

/** The costs block, with supply cover at the policy's rate (core's arithmetic). */
export function costsOf(values: FormValues, policy: Policy, phase?: Phase): ReturnType<typeof requestCosts> {
  return requestCosts(
    { fee: parseAmount(values.fee) ?? 0, travel: parseAmount(values.travel) ?? 0, supplyDays: parseAmount(values.supplyDays) ?? 0 },
    policy,
    phase,
  );
}

export interface BuildContext {
  id: string;
  now: Date;
  policy: Policy;
  phase?: Phase;
  base?: Course;
  score?: { total: number; band: string; coverage: number };
}

/** The request to post, checked against the CpdRequest schema (v1); problems map back to fields. */
export function buildRequest(values: FormValues, ctx: BuildContext): { ok: true; request: CpdRequest } | { ok: false; problems: { path: string; message: string }[] } {
  const selected = values.targets.filter((t) => values.targetIds.includes(t.id));
  const objectiveIds = [...new Set([...values.objectiveIds, ...selected.flatMap((t) => (t.sdpObjectiveId ? [t.sdpObjectiveId] : []))])];
  const email = values.email.trim();
  const request = {
    schemaVersion: 1,
    id: ctx.id,
    createdAt: ctx.now.toISOString(),
    requester: { name: values.name.trim(), ...(email ? { email } : {}) },
    course: buildCourse(values, ctx.base, ctx.policy.costs.currency),
    dates: dates(values),
    costs: costsOf(values, ctx.policy, ctx.phase),
    targetIds: selected.map((t) => t.id),
    objectiveIds,
    expectedImpact: { practice: values.practice.trim(), pupils: values.pupils.trim() },
    sharing: values.sharing.trim(),
    approach: values.approach,
    evaluation: LEVELS.filter((l) => values.evaluation.includes(l)),
    ...(ctx.score ? { score: ctx.score } : {}),
    status: 'submitted',
  };
  const checked = check(CpdRequest, request);
  return checked.ok ? { ok: true, request: checked.value } : { ok: false, problems: checked.problems };
}

/** Which form control a schema path belongs to, for problems validation did not foresee (e.g. too long). */
export function fieldOfPath(path: string): string {
  const map: [RegExp, string][] = [
    [/^requester\.name/, 'name'],
    [/^requester\.email/, 'email'],
    [/^course\.title/, 'course-title'],
    [/^course\.provider/, 'provider'],
    [/^course\.url/, 'url'],
    [/^course\.description/, 'description'],
    [/^expectedImpact\.practice/, 'practice'],
    [/^expectedImpact\.pupils/, 'pupils'],
    [/^sharing/, 'sharing'],
    [/^costs/, 'fee'],
  ];
  return map.find(([re]) => re.test(path))?.[1] ?? 'course-title';
}

/** A short, stable id for a typed target, from its text. */
export function targetId(textValue: string, taken: readonly PdTarget[]): string {
  const slug = textValue.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-+|-+$/g, '') || 'target';
  let id = `t-${slug}`;
  for (let n = 2; taken.some((t) => t.id === id); n++) id = `t-${slug}-${n}`;
  return id;
}

/**
 * Applies a hand-off from CPD Lens. The rule: the hand-off wins for the course (title, provider,
 * link, description, hours, fee); its targets are added and selected, its objectives selected;
 * everything else the member of staff typed (name, impact, sharing, …) is kept.
 */
export function applyHandoff(values: FormValues, handoff: Handoff, feePerParticipant: number | null, hours: number | null): FormValues {
  const c = handoff.course;
  const targets = [...values.targets];
  for (const t of handoff.targets) if (!targets.some((x) => x.id === t.id)) targets.push(t);
  return {
    ...values,
    courseTitle: c.title,
    provider: c.provider ?? '',
    url: c.url ?? '',
    description: c.description ?? '',
    hours: hours === null ? '' : String(hours),
    fee: feePerParticipant === null ? values.fee : String(feePerParticipant),
    targets,
    targetIds: [...new Set([...values.targetIds, ...handoff.targets.map((t) => t.id)])],
    objectiveIds: [...new Set([...values.objectiveIds, ...handoff.objectiveIds])],
  };
}
