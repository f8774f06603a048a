import { z } from '../zod.ts';
import { Id, IsoDateTime, text } from '../model/common.ts';
import { ImpactLevel, type CpdRequest, type ImpactEvaluation } from '../model/request.ts';
import { REACHED } from '../report/impact.ts';
import { toCsv } from '../report/csv.ts';
import { joinEvaluations, requestHours, withEvaluatedDone } from '../report/join.ts';

/** One piece of training in a member of staff's portable record. */
export const PdEntry = z.object({
  title: text(300),
  provider: z.optional(text(200)),
  dates: z.array(IsoDateTime),
  hours: z.nullable(z.number()),
  cost: z.nullable(z.number()),
  status: text(20),
  targetIds: z.array(Id),
  objectiveIds: z.array(Id),
  /** Levels of CPL policy 5.1 rated 4 or 5 in the member of staff's own evaluation. */
  levelsReached: z.array(ImpactLevel),
});
export type PdEntry = z.infer<typeof PdEntry>;

/** A portable professional development record: the member of staff can export it and take it with them. */
export const PdRecord = z.object({
  schemaVersion: z.literal(1),
  staffId: Id,
  name: z.optional(text(120)),
  entries: z.array(PdEntry),
  totals: z.object({ entries: z.number(), hours: z.number(), cost: z.number() }),
});
export type PdRecord = z.infer<typeof PdRecord>;

const COUNTED = new Set(['approved', 'booked', 'completed']);
const LEFT_OUT = new Set(['draft', 'declined']);

const levelsOf = (evaluation: ImpactEvaluation | undefined): ImpactLevel[] => (evaluation ? ImpactLevel.options.filter((l) => (evaluation.levels[l]?.rating ?? 0) >= REACHED) : []);

/**
 * Builds a member of staff's record from every request of theirs (drafts and declined ones aside; one with
 * an evaluation took place) and every evaluation of theirs, with or without a request. Totals count
 * what took place or is approved: approved, booked and completed.
 */
export function pdRecord(staffId: string, requests: readonly CpdRequest[], evaluations: readonly ImpactEvaluation[]): PdRecord {
  const joined = joinEvaluations(evaluations, requests);
  const theirs = joined.filter((e) => e.staffId === staffId);
  const mine = withEvaluatedDone(requests, theirs).filter((r) => (r.requester.staffId === staffId || theirs.some((e) => e.requestId === r.id)) && !LEFT_OUT.has(r.status ?? ''));
  const fromRequests = mine.map((r): PdEntry => {
    const evaluation = theirs.find((e) => e.requestId === r.id);
    const hours = evaluation?.hours ?? requestHours(r) ?? null;
    return { title: r.course.title, ...(r.course.provider ? { provider: r.course.provider } : {}), dates: r.dates, hours, cost: r.costs.total, status: r.status ?? 'submitted', targetIds: r.targetIds, objectiveIds: r.objectiveIds, levelsReached: levelsOf(evaluation) };
  });
  const alone = theirs
    .filter((e) => !mine.some((r) => r.id === e.requestId))
    .map((e): PdEntry => ({ title: e.courseTitle, ...(e.provider ? { provider: e.provider } : {}), dates: [e.completedAt], hours: e.hours ?? null, cost: e.cost ?? null, status: 'completed', targetIds: [], objectiveIds: e.objectiveIds, levelsReached: levelsOf(e) }));
  const entries = [...fromRequests, ...alone].sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? ''));
  const counted = entries.filter((e) => COUNTED.has(e.status));
  const name = mine.find((r) => r.requester.staffId === staffId)?.requester.name;
  return {
    schemaVersion: 1,
    staffId,
    ...(name ? { name } : {}),
    entries,
    totals: { entries: entries.length, hours: counted.reduce((n, e) => n + (e.hours ?? 0), 0), cost: Math.round(counted.reduce((n, e) => n + (e.cost ?? 0), 0) * 100) / 100 },
  };
}

/** The record as CSV, one row per training entry. */
export function pdRecordCsv(record: PdRecord): string {
  return toCsv([
    ['Title', 'Provider', 'Dates', 'Hours', 'Cost (GBP)', 'Status', 'PD targets', 'SDP objectives', 'Levels reached'],
    ...record.entries.map((e) => [e.title, e.provider ?? '', e.dates.join(' '), e.hours, e.cost, e.status, e.targetIds.join(' '), e.objectiveIds.join(' '), e.levelsReached.join(' ')]),
  ]);
}
