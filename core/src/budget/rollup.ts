import type { StaffGroup } from '../model/common.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { CpdRequest, ImpactEvaluation } from '../model/request.ts';
import { budgetEntered } from './entered.ts';

/** A member of staff as the equality-of-access view needs them. */
export interface StaffMember {
  id: string;
  group: StaffGroup;
  name?: string;
}

/** How a request's status counts against the budget: money promised, money gone, or only asked for. */
export const STATUS_COUNTS: Readonly<Record<NonNullable<CpdRequest['status']>, 'committed' | 'spent' | 'pending' | 'none'>> = {
  draft: 'none',
  submitted: 'pending',
  approved: 'committed',
  booked: 'committed',
  completed: 'spent',
  declined: 'none',
};

export interface Money3 {
  committed: number;
  spent: number;
  pending: number;
}

export interface AccessRow {
  group: StaffGroup;
  staff: number | null;
  /** Staff with at least one approved, booked or completed request. */
  withCpd: number;
  share: number | null;
  spend: number;
  spendPerHead: number | null;
}

export interface BudgetRollup {
  currency: string;
  /** False when the plan holds no INSET budget: then nothing is "left", there is no budget to check against. */
  entered: boolean;
  total: number;
  committed: number;
  spent: number;
  pending: number;
  /** Budget less committed and spent (pending requests are not yet taken off). */
  remaining: number;
  byObjective: { objectiveId: string | null; title: string; committed: number; spent: number; pending: number }[];
  byGroup: ({ group: StaffGroup | null } & Money3)[];
  access: AccessRow[];
  /** Staff with no CPD this year, when a staff list is given. */
  withoutCpd: StaffMember[];
}

const GROUPS: StaffGroup[] = ['teaching', 'support', 'leadership'];
const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Rolls requests and the plan's own commitments up against the INSET budget, by SDP objective and by
 * staff group, and shows who gets CPD and who does not. A request serving several objectives is split
 * equally between them, so no pound is counted twice. Staff who evaluated CPD count as having had it.
 */
export function budgetRollup(plan: SchoolPlan, requests: readonly CpdRequest[], staff: readonly StaffMember[] = [], evaluations: readonly ImpactEvaluation[] = []): BudgetRollup {
  const objectives = new Map<string | null, Money3 & { title: string }>();
  for (const o of plan.objectives) objectives.set(o.id, { title: o.code ? `${o.code} ${o.title}` : o.title, committed: 0, spent: 0, pending: 0 });
  const groups = new Map<StaffGroup | null, Money3>();
  const totals: Money3 = { committed: 0, spent: 0, pending: 0 };
  const withCpd = new Map<StaffGroup, Set<string>>(GROUPS.map((g) => [g, new Set<string>()]));
  const spendByGroup = new Map<StaffGroup, number>();

  const add = (kind: keyof Money3, amount: number, objectiveIds: readonly string[], group: StaffGroup | null) => {
    totals[kind] += amount;
    const ids = objectiveIds.length ? objectiveIds : [null];
    for (const id of ids) {
      const row = objectives.get(id) ?? { title: id === null ? 'Not linked to the SDP' : `Unknown objective ${id}`, committed: 0, spent: 0, pending: 0 };
      row[kind] += amount / ids.length;
      objectives.set(id, row);
    }
    const g = groups.get(group) ?? { committed: 0, spent: 0, pending: 0 };
    g[kind] += amount;
    groups.set(group, g);
  };

  for (const c of plan.commitments) add(c.status, c.amount, c.objectiveId ? [c.objectiveId] : [], c.staffGroup ?? null);
  for (const r of requests) {
    const kind = STATUS_COUNTS[r.status ?? 'submitted'];
    if (kind === 'none') continue;
    const group = r.requester.staffGroup ?? staff.find((s) => s.id === r.requester.staffId)?.group ?? null;
    add(kind, r.costs.total, r.objectiveIds, group);
    if (kind !== 'pending' && group) {
      if (r.requester.staffId) withCpd.get(group)!.add(r.requester.staffId);
      spendByGroup.set(group, (spendByGroup.get(group) ?? 0) + r.costs.total);
    }
  }

  // a member of staff who evaluated CPD has had CPD, with or without a request on file
  for (const e of evaluations) {
    const group = e.staffGroup ?? staff.find((s) => s.id === e.staffId)?.group;
    if (e.staffId && group) withCpd.get(group)!.add(e.staffId);
  }

  const staffCount = (g: StaffGroup): number | null => (staff.length ? staff.filter((s) => s.group === g).length : (plan.staffCount?.[g] ?? null));
  const access = GROUPS.map((group): AccessRow => {
    const count = staffCount(group);
    const spend = r2(spendByGroup.get(group) ?? 0);
    const n = withCpd.get(group)!.size;
    return { group, staff: count, withCpd: n, share: count ? Math.round((n / count) * 1000) / 1000 : null, spend, spendPerHead: count ? r2(spend / count) : null };
  });
  const reached = new Set([...withCpd.values()].flatMap((s) => [...s]));
  return {
    currency: plan.budget.currency,
    entered: budgetEntered(plan),
    total: plan.budget.total,
    committed: r2(totals.committed),
    spent: r2(totals.spent),
    pending: r2(totals.pending),
    remaining: r2(plan.budget.total - totals.committed - totals.spent),
    byObjective: [...objectives].map(([objectiveId, v]) => ({ objectiveId, title: v.title, committed: r2(v.committed), spent: r2(v.spent), pending: r2(v.pending) })),
    byGroup: [...groups].map(([group, v]) => ({ group, committed: r2(v.committed), spent: r2(v.spent), pending: r2(v.pending) })),
    access,
    withoutCpd: staff.filter((s) => !reached.has(s.id)),
  };
}
