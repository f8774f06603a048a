/** Value for money moved to core/src/cost; these re-exports keep older imports working. */
export { coverDays, coverDaysFor, courseHours, feePerParticipant, valueForMoney } from '../cost/cost.ts';
