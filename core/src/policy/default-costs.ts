import type { Policy } from '../model/policy.ts';

/**
 * The default policy's costs: cover rates, VAT and approval threshold. A module of its own so that a
 * view needing only the costs (the request form's totals) does not carry the default policy's criteria,
 * citations and text (issue 14's widget size budget).
 */
export const defaultCosts: Policy['costs'] = {
  currency: 'GBP',
  supplyCoverDayRate: 250,
  supplyCoverDayRateByPhase: { primary: 218, secondary: 291, special: 270 },
  hoursPerDay: 6,
  vatRate: 0.2,
  // maintained schools and academies recover VAT on CPD (Oxfordshire SENSS terms; cpd-evidence.md §6.1);
  // a plan or policy with schoolType 'independent' adds it
  vatReclaimable: true,
  approvalThreshold: 500,
  goodCostPerHour: 25,
  poorCostPerHour: 120,
  goodPricePerParticipant: 150,
  poorPricePerParticipant: 900,
};
