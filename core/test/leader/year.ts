import type { Course, CpdRequest, ImpactEvaluation, SchoolPlan } from '../../src/index.ts';
import type { StaffMember } from '../../src/budget/rollup.ts';
import { fixture } from '../helpers.ts';

/** The fixture year of Oak Lane Primary School, 2026-27 (core/test/fixtures/year). */
export const year = {
  plan: () => fixture<SchoolPlan>('year/plan.json'),
  staff: () => fixture<StaffMember[]>('year/staff.json'),
  requests: () => fixture<CpdRequest[]>('year/requests.json'),
  evaluations: () => fixture<ImpactEvaluation[]>('year/evaluations.json'),
  option: (name: string) => fixture<Course>(`year/options/${name}.json`),
};
