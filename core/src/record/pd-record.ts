import { z } from '../zod.ts';
import { Id, IsoDateTime, text } from '../model/common.ts';
import { ImpactLevel, type CpdRequest, type ImpactEvaluation } from '../model/request.ts';
import { REACHED } from '../report/impact.ts';
import { toCsv } from '../report/csv.ts';

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

/** Builds a member of staff's record from their approved, booked and completed requests and their evaluations. */
export function pdRecord(staffId: string, requests: readonly CpdRequest[], evaluations: readonly ImpactEvaluation[]): PdRecord {
  const mine = requests.filter((r) => r.requester.staffId === staffId && COUNTED.has(r.status ?? ''));
  const entries = mine
    .map((r): PdEntry => {
      const evaluation = evaluations.find((e) => e.requestId === r.id);
      const levelsReached = evaluation ? ImpactLevel.options.filter((l) => (evaluation.levels[l]?.rating ?? 0) >= REACHED) : [];
      const hours = evaluation?.hours ?? r.course.totalHours ?? null;
      return { title: r.course.title, ...(r.course.provider ? { provider: r.course.provider } : {}), dates: r.dates, hours, cost: r.costs.total, status: r.status ?? 'submitted', targetIds: r.targetIds, objectiveIds: r.objectiveIds, levelsReached };
    })
    .sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? ''));
  const name = mine[0]?.requester.name;
  return {
    schemaVersion: 1,
    staffId,
    ...(name ? { name } : {}),
    entries,
    totals: { entries: entries.length, hours: entries.reduce((n, e) => n + (e.hours ?? 0), 0), cost: Math.round(entries.reduce((n, e) => n + (e.cost ?? 0), 0) * 100) / 100 },
  };
}

/** The record as CSV, one row per training entry. */
export function pdRecordCsv(record: PdRecord): string {
  return toCsv([
    ['Title', 'Provider', 'Dates', 'Hours', 'Cost (GBP)', 'Status', 'PD targets', 'SDP objectives', 'Levels reached'],
    ...record.entries.map((e) => [e.title, e.provider ?? '', e.dates.join(' '), e.hours, e.cost, e.status, e.targetIds.join(' '), e.objectiveIds.join(' '), e.levelsReached.join(' ')]),
  ]);
}
