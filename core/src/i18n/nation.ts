import type { Nation } from '../model/common.ts';
import type { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import { EN, type CoreKey } from './en.ts';

/**
 * Which nation's frameworks a school's views name (issue 25): the plan's nation, else the policy's, else
 * England (every school before this field existed). A Welsh school reads of the professional standards,
 * induction, "Keeping learners safe" and the professional learning grant; an English school of England's.
 */
export function nationOf(policy?: Pick<Policy, 'nation'>, plan?: Pick<SchoolPlan, 'nation'>): Nation {
  return plan?.nation ?? policy?.nation ?? 'england';
}

/** The key a nation says a sentence with: `<key>.wales` where Wales has its own wording, else the key itself. */
export function forNation(key: CoreKey, nation: Nation): CoreKey {
  if (nation !== 'wales') return key;
  const wales = `${key}.wales`;
  return Object.hasOwn(EN, wales) ? (wales as CoreKey) : key;
}
