import type { StaffGroup } from '../model/common.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { ImpactEvaluation, ImpactLevel } from '../model/request.ts';

/** The five levels of the CPL policy's section 5.1, in order, with the words the report uses. */
export const LEVELS: readonly { id: ImpactLevel; label: string }[] = [
  { id: 'reaction', label: 'Participant satisfaction' },
  { id: 'learning', label: 'Participant learning' },
  { id: 'use', label: 'Use in practice' },
  { id: 'organisation', label: 'Organisational support and change' },
  { id: 'pupils', label: 'Impact on pupils' },
];

/** A rating of 4 or 5 out of 5 counts as the level reached. */
export const REACHED = 4;

export interface LevelSummary {
  level: ImpactLevel;
  label: string;
  rated: number;
  mean: number | null;
  /** Share of rated evaluations at 4 or 5. */
  reached: number | null;
  /** How many ratings of 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number];
}

export interface ValueSummary {
  /** Sum of the costs recorded on the evaluations: the CPD evaluated, not all CPD paid for this year. */
  spend: number;
  /** Sum of the contact hours recorded on the evaluations (participant-hours). */
  hours: number;
  /** Spend ÷ hours over the evaluations that give both. */
  costPerParticipantHour: number | null;
  meanValueRating: number | null;
  /** How many evaluations give a cost, give hours, give both, and rate value for money: what each figure counts. */
  counts: { withCost: number; withHours: number; costed: number; valueRated: number };
}

export interface ImpactSection {
  evaluations: number;
  staff: number;
  levels: LevelSummary[];
  value: ValueSummary;
}

export interface ImpactReport extends ImpactSection {
  byGroup: { group: StaffGroup | null; evaluations: number }[];
  byObjective: ({ objectiveId: string | null; title: string } & ImpactSection)[];
}

const r2 = (n: number): number => Math.round(n * 100) / 100;
const mean = (xs: number[]): number | null => (xs.length ? r2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

function ratingOf(e: ImpactEvaluation, level: ImpactLevel): number | undefined {
  return e.levels[level]?.rating;
}

/**
 * The five-level summary and value figures of a set of evaluations. `share` says what part of each
 * evaluation's cost and hours belongs here (an evaluation serving two objectives puts half in each).
 */
export function summarise(evaluations: readonly ImpactEvaluation[], share: (e: ImpactEvaluation) => number = () => 1): ImpactSection {
  const levels = LEVELS.map(({ id, label }): LevelSummary => {
    const ratings = evaluations.map((e) => ratingOf(e, id)).filter((r): r is number => r !== undefined);
    const distribution: LevelSummary['distribution'] = [0, 0, 0, 0, 0];
    for (const r of ratings) distribution[r - 1]!++;
    return { level: id, label, rated: ratings.length, mean: mean(ratings), reached: ratings.length ? Math.round((ratings.filter((r) => r >= REACHED).length / ratings.length) * 1000) / 1000 : null, distribution };
  });
  const costed = evaluations.filter((e) => e.cost !== undefined && e.hours);
  const spend = r2(evaluations.reduce((n, e) => n + (e.cost ?? 0) * share(e), 0));
  const hours = r2(evaluations.reduce((n, e) => n + (e.hours ?? 0) * share(e), 0));
  const costedSpend = costed.reduce((n, e) => n + (e.cost ?? 0) * share(e), 0);
  const costedHours = costed.reduce((n, e) => n + (e.hours ?? 0) * share(e), 0);
  const vfm = evaluations.map((e) => e.levels.organisation?.valueForMoney).filter((r): r is number => r !== undefined);
  return {
    evaluations: evaluations.length,
    staff: new Set(evaluations.map((e) => e.staffId ?? e.id)).size,
    levels,
    value: {
      spend,
      hours,
      costPerParticipantHour: costedHours ? r2(costedSpend / costedHours) : null,
      meanValueRating: mean(vfm),
      counts: { withCost: evaluations.filter((e) => e.cost !== undefined).length, withHours: evaluations.filter((e) => e.hours !== undefined).length, costed: costed.length, valueRated: vfm.length },
    },
  };
}

/**
 * The governors' impact report: participation, the five levels and value for money, overall, by staff
 * group and per SDP objective. An evaluation serving two objectives is rated in both sections, but its
 * cost and hours are split equally between them, as the budget splits them, so the sections add up to the whole.
 */
export function impactReport(evaluations: readonly ImpactEvaluation[], plan: SchoolPlan): ImpactReport {
  const known = new Set(plan.objectives.map((o) => o.id));
  const groups = new Map<StaffGroup | null, number>();
  for (const e of evaluations) groups.set(e.staffGroup ?? null, (groups.get(e.staffGroup ?? null) ?? 0) + 1);
  const sections: ImpactReport['byObjective'] = plan.objectives.map((o) => ({
    objectiveId: o.id,
    title: o.code ? `${o.code} ${o.title}` : o.title,
    ...summarise(
      evaluations.filter((e) => e.objectiveIds.includes(o.id)),
      (e) => 1 / e.objectiveIds.filter((id) => known.has(id)).length,
    ),
  }));
  const unlinked = evaluations.filter((e) => !e.objectiveIds.some((id) => known.has(id)));
  if (unlinked.length) sections.push({ objectiveId: null, title: 'Not linked to the SDP', ...summarise(unlinked) });
  return { ...summarise(evaluations), byGroup: [...groups].map(([group, n]) => ({ group, evaluations: n })), byObjective: sections };
}
