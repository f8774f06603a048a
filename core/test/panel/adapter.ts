/**
 * The only place the panel reads the engine's result. Uses the contract fields (`result.profile`,
 * `result.cost`, `result.value`) and falls back to today's fields when the contract fields are absent,
 * so the panel measures any engine version the same way.
 */
import type { Course, ScoreResult } from '../../src/index.ts';

export interface PanelView {
  total: number;
  band: string;
  kind: string | null;
  status: string | null;
  /** Fee for one participant before VAT. */
  fee: number | null;
  /** VAT on that fee, 0 when none. */
  vat: number | null;
  /** What the school pays for the fee after recovering VAT where it can. */
  paid: number | null;
  coverDays: number | null;
  contactHours: number | null;
  /** Sessions one participant attends. */
  sessions: number | null;
  funding: string | null;
  reasonsFor: string[];
  reasonsAgainst: string[];
}

const FORMAT_KIND: Record<string, string> = {
  course: 'course', workshop: 'course', conference: 'conference', webinar: 'webinar', programme: 'programme',
  qualification: 'qualification', coaching: 'coaching', network: 'network',
};

/** Maps a score result (and the course it judged) to the figures the panel checks. */
export function view(result: ScoreResult, course: Course): PanelView {
  const cost = result.cost;
  const fee = cost ? cost.fee : result.value.feePerParticipant;
  const vat = cost ? (cost.vat ?? 0) : null;
  const paid = cost ? (cost.fee === null ? null : cost.fee + (cost.vatRecoverable ? 0 : (cost.vat ?? 0))) : result.value.feePerParticipant;
  const byScore = (hi: boolean): string[] =>
    result.criteria.filter((c) => c.score !== null && (hi ? c.score >= 0.6 : c.score <= 0.4)).map((c) => c.id);
  return {
    total: result.total,
    band: result.bandId,
    kind: result.profile?.kind ?? (course.format ? (FORMAT_KIND[course.format] ?? null) : null),
    status: result.profile?.status ?? null,
    fee,
    vat,
    paid,
    // the participant's cover, as the cost shows it: a role with no class needs none whatever the course's days out (the course's own days are the profile's)
    coverDays: cost ? cost.coverDays : (result.profile?.schedule.daysOutOfClass ?? result.value.coverDays),
    contactHours: result.profile?.schedule.contactHours ?? result.value.hours,
    sessions: result.profile?.schedule.sessions ?? null,
    funding: result.profile ? (result.profile.funding?.route ?? null) : null,
    reasonsFor: result.reasons ? result.reasons.for.map((r) => r.criterionId) : byScore(true),
    reasonsAgainst: result.reasons ? result.reasons.against.map((r) => r.criterionId) : byScore(false),
  };
}
