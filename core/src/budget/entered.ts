import type { SchoolPlan } from '../model/plan.ts';

/**
 * Whether the plan holds an INSET budget at all: a total above £0 or money already recorded against it.
 * A plan made only of SDP objectives (the widgets' configuration) has none, so there is no budget check —
 * "no INSET budget entered", never "£0 left".
 */
export function budgetEntered(plan: SchoolPlan | undefined): plan is SchoolPlan {
  return !!plan && (plan.budget.total > 0 || plan.commitments.length > 0);
}

/** What is left of the INSET budget after the plan's commitments; null when no budget is entered. */
export function remainingBudget(plan: SchoolPlan | undefined): number | null {
  if (!budgetEntered(plan)) return null;
  return Math.round((plan.budget.total - plan.commitments.reduce((n, c) => n + c.amount, 0)) * 100) / 100;
}
