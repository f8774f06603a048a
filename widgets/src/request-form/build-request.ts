/**
 * From the answers to the CpdRequest document, checked against its schema. Apart from `values.ts`
 * because the check needs zod's Course and CpdRequest schemas, which the form does not need to show
 * its questions: this comes with the check page, after the first render (issue 14's size budget).
 */
import { check, CpdRequest, type CostRecord, type Course, type Phase, type Policy } from '@cpd-lens/core';
import { staffOf } from '../internal/base.ts';
import { LEVELS, buildCourse, costsOf, dates, objectiveIdsOf, recordFee, type FormValues } from './values.ts';
import { parseAmount } from '../internal/format.ts';
import type { MessageKey } from '../internal/i18n.ts';

export interface BuildContext {
  id: string;
  now: Date;
  policy: Pick<Policy, 'costs'>;
  phase?: Phase;
  base?: Course;
  score?: { total: number; band: string; coverage: number };
  /** The cost record the hand-off brought: carried unchanged while the fee is the one it gave. */
  cost?: CostRecord;
  /** The form element: its `staff-id` and `staff-group` attributes name the member of staff. */
  host?: Element;
}

/** The request to post, checked against the CpdRequest schema (v1); problems map back to fields. */
export function buildRequest(values: FormValues, ctx: BuildContext): { ok: true; request: CpdRequest } | { ok: false; problems: { path: string; message: string }[] } {
  const selected = values.targets.filter((t) => values.targetIds.includes(t.id));
  const objectiveIds = objectiveIdsOf(values);
  const email = values.email.trim();
  const request = {
    schemaVersion: 1,
    id: ctx.id,
    createdAt: ctx.now.toISOString(),
    requester: { name: values.name.trim(), ...(email ? { email } : {}), ...(ctx.host ? staffOf(ctx.host) : {}) },
    course: buildCourse(values, ctx.base, ctx.policy.costs.currency, recordFee(ctx.cost)),
    dates: dates(values),
    costs: { ...costsOf(values, ctx.policy, ctx.phase), ...(ctx.cost && recordFee(ctx.cost) === parseAmount(values.fee) ? { record: ctx.cost } : {}) },
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

/** Schema paths, the form control each belongs to, and the question it asks (to name it in "… is too long"). */
const CONTROLS: [RegExp, string, MessageKey][] = [
  [/^requester\.name/, 'name', 'form.name'],
  [/^requester\.email/, 'email', 'form.email'],
  [/^course\.title/, 'course-title', 'form.courseTitle'],
  [/^course\.provider/, 'provider', 'form.provider'],
  [/^course\.url/, 'url', 'form.url'],
  [/^course\.description/, 'description', 'form.description'],
  [/^expectedImpact\.practice/, 'practice', 'form.practice'],
  [/^expectedImpact\.pupils/, 'pupils', 'form.pupils'],
  [/^sharing/, 'sharing', 'form.sharing'],
  [/^costs/, 'fee', 'form.fee'],
];

/** Which form control a schema path belongs to, for problems validation did not foresee (e.g. too long). */
export function fieldOfPath(path: string): string {
  return CONTROLS.find(([re]) => re.test(path))?.[1] ?? 'course-title';
}

/** The question a schema path's control asks, so a problem names it in the form's language (issue 25), never by its path. */
export function labelOfPath(path: string): MessageKey | undefined {
  return CONTROLS.find(([re]) => re.test(path))?.[2];
}

