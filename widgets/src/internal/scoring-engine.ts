/** What `scoring.ts` loads on demand: only these imports (and what they need) end up in the scoring chunk. */
export { scoreCourse, createScorer, valueForMoney, coverDays, coverDaysFor, profileCourse, costRecord } from '@cpd-lens/core';
/** The policy to judge against: the school's, else the default one, whose criteria and citations only judging needs. */
export { schoolPolicy } from '@cpd-lens/core';
/** A hand-off is judged (form) or made from a score (catalogue) with the engine, so its code travels with it. */
export { decodeHandoff, encodeHandoff, readHandoffJson, servedGoals } from '@cpd-lens/core';
/** The score card is only drawn once there is a score, so it travels with the engine. */
export { renderScoreCard, bandIn } from './score-card.ts';
