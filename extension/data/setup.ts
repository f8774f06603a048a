import { defaultPolicy, scoreCourse, type Course, type Policy, type Profile, type SchoolPlan, type ScoreResult } from '@cpd-lens/core';
import { openCpdStore, type CpdStore, type StoredPolicy } from '@cpd-lens/core/store';
import { readSettings, type Settings } from '../settings/settings.ts';
import { withManaged } from '../managed/apply.ts';
import { isLocked, vatRecoverableOf, type ManagedConfig } from '../managed/config.ts';

/** Ids of the single records a member of staff has: their profile and their school's policy. */
export const PROFILE_ID = 'me';
export const POLICY_ID = 'school-policy';

/** Everything scoring needs, read from the store and settings (each datum from its one home). */
export interface Setup {
  profile: Profile | undefined;
  /** The school's policy when imported, else null (the default policy is used). */
  stored: StoredPolicy | undefined;
  settings: Settings;
  /** What the school's IT pushed (phase, school type, VAT): applied to the profile and policy in force. */
  managed: ManagedConfig;
}

/** Opens the store, runs `work` and closes it again, so no connection blocks a later upgrade. */
export async function withStore<T>(work: (store: CpdStore) => Promise<T>): Promise<T> {
  const store = await openCpdStore();
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** Reads the member of staff's setup; records that no longer fit their schema read as absent. */
export async function loadSetup(store: CpdStore): Promise<Setup> {
  const [profile, stored, { settings: own }] = await Promise.all([store.profiles.get(PROFILE_ID), store.policies.get(POLICY_ID), readSettings()]);
  const { settings, managed } = await withManaged(own);
  // the school's phase: fixed by IT, or filling a profile that has none
  const phase = managed.phase !== undefined && profile && (isLocked(managed) || !profile.phase) ? managed.phase : undefined;
  return { profile: phase ? { ...profile!, phase } : profile, stored, settings, managed };
}

/**
 * The policy in force: the school's, with the supply-cover rate set in setup or by IT, and the school
 * type or VAT status IT pushed (an explicit VAT status wins over what the school type implies).
 */
export function policyOf(setup: Setup): Policy {
  const policy = setup.stored?.policy ?? defaultPolicy;
  let costs = policy.costs;
  const rate = setup.settings.supplyCoverDayRate;
  if (rate !== undefined) costs = { ...costs, supplyCoverDayRate: rate, supplyCoverDayRateByPhase: undefined };
  const school = setup.managed;
  const vat = vatRecoverableOf(school);
  if (vat !== undefined) costs = { ...costs, vatReclaimable: vat, schoolType: school.vatRecoverable === undefined ? school.schoolType : undefined };
  const withCosts = costs === policy.costs ? policy : { ...policy, costs };
  // the nation set in setup wins over the policy's (issue 25: a Welsh school reads of Wales's frameworks)
  const nation = setup.settings.nation;
  return nation && nation !== withCosts.nation ? { ...withCosts, nation } : withCosts;
}

/** The plan scoring sees: the SDP objectives and, when known, the budget (nothing committed is tracked here). */
export function planOf(setup: Setup): SchoolPlan | undefined {
  const { objectives, budget } = setup.settings;
  if (!objectives.length && budget === undefined) return undefined;
  const policy = policyOf(setup);
  const year = new Date().getFullYear();
  return {
    schemaVersion: 1,
    id: 'my-school',
    school: 'My school',
    year: `${year}`,
    objectives,
    budget: { total: budget ?? 0, currency: policy.costs.currency },
    commitments: [],
  };
}

/** The policy and plan a hand-off's cost record is worked out with: the same as the label's. */
export function pricingOf(setup: Setup): { policy: Policy; plan?: SchoolPlan } {
  const plan = planOf(setup);
  return plan ? { policy: policyOf(setup), plan } : { policy: policyOf(setup) };
}

/** A scorer bound to one setup: policy and plan are built once, so a catalogue of courses is cheap. */
export function scorerFor(setup: Setup): (course: Course) => ScoreResult {
  const policy = policyOf(setup);
  const plan = planOf(setup);
  const budgetKnown = setup.settings.budget !== undefined;
  return (course) => {
    // today's date, so a course whose dates have passed is flagged as past
    const result = scoreCourse(course, policy, setup.profile, plan, { now: new Date().toISOString() });
    // objectives without a budget: the budget figures are unknown, never "£0 left"
    if (!budgetKnown) result.value = { ...result.value, remainingBudget: null, shareOfRemainingBudget: null };
    return result;
  };
}

/** First run: no PD targets and no school policy yet, so every view invites the member of staff to set up. */
export function needsSetup(setup: Setup): boolean {
  return !setup.stored && !setup.profile?.targets.length;
}
