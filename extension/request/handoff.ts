import { costRecord, encodeHandoff, type CostRecord, type Course, type Handoff, type Policy, type Profile, type SchoolPlan, type ScoreResult } from '@cpd-lens/core';
import type { ScoreSummary } from '../messaging/protocol.ts';

/** The school's policy and plan the label priced the course with: the hand-off carries that cost record. */
export interface Pricing {
  policy: Policy;
  plan?: SchoolPlan;
}

/**
 * The hand-off for one course: the member of staff's PD targets the course serves (with their text),
 * the SDP objectives it serves directly or through those targets, the score they saw, and the cost
 * facts the label showed (price and basis, VAT status, travel, cover, hours), carried unchanged.
 */
export function buildHandoff(course: Course, result: ScoreResult | undefined, profile: Profile | undefined, pricing?: Pricing): Handoff {
  const matched = new Set((result?.targets ?? []).filter((t) => t.strength > 0).map((t) => `${t.kind}:${t.targetId}`));
  const targets = (profile?.targets ?? []).filter((t) => matched.has(`target:${t.id}`));
  const objectiveIds = new Set<string>();
  for (const key of matched) if (key.startsWith('objective:')) objectiveIds.add(key.slice('objective:'.length));
  for (const t of targets) if (t.sdpObjectiveId) objectiveIds.add(t.sdpObjectiveId);
  const handoff: Handoff = { v: 1, course, targets, objectiveIds: [...objectiveIds] };
  if (result) handoff.score = summaryOf(result);
  if (pricing) handoff.cost = handoffCost(course, result, profile, pricing);
  return handoff;
}

/** The cost record of a course under the member of staff's setup: what the label shows and the hand-off carries. */
export function handoffCost(course: Course, result: ScoreResult | undefined, profile: Profile | undefined, pricing: Pricing): CostRecord {
  return costRecord(course, pricing.policy, { ...(pricing.plan ? { plan: pricing.plan } : {}), ...(profile ? { staff: profile } : {}), ...(result?.profile ? { profile: result.profile } : {}) });
}

/** The headline figures of a score. */
export function summaryOf(result: ScoreResult): ScoreSummary {
  return { total: result.total, band: result.band, coverage: result.coverage };
}

/**
 * The hand-off without anything about the member of staff (issue 20), for an address or a copied
 * link: the course and its cost facts; no PD targets, no score, and only the SDP objectives the course
 * serves by itself (not those it serves through a target). The form asks for the targets instead.
 */
export function withoutTargets(handoff: Handoff): Handoff {
  const throughTargets = new Set(handoff.targets.map((t) => t.sdpObjectiveId));
  const { v, course, cost } = handoff;
  return { v, course, targets: [], objectiveIds: handoff.objectiveIds.filter((id) => !throughTargets.has(id)), ...(cost ? { cost } : {}), targetsLeftOut: true };
}

/** The request form's address with the hand-off as its fragment (any fragment already there is replaced). */
export function requestFormLink(formUrl: string, handoff: Handoff): string {
  const base = formUrl.split('#')[0]!;
  return base + encodeHandoff(handoff);
}

/** The hand-off as a pretty-printed JSON file body. */
export function handoffJson(handoff: Handoff): string {
  return `${JSON.stringify(handoff, null, 2)}\n`;
}

/** A file name for a course's hand-off, from its title, safe on every file system. */
export function handoffFileName(course: Course): string {
  const slug = course.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'course';
  return `cpd-request-${slug}.json`;
}
