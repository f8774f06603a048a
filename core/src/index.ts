/** CPD Lens core: schemas, policy, scoring. Pure and framework-free. */
export * from './model/index.ts';
export * from './model/validate.ts';
export { detectFeatures, FEATURE_PHRASES } from './text/features.ts';
export { CONCEPTS } from './text/thesaurus.ts';
export { tokenize, stem, sentenceAround } from './text/tokens.ts';
export { Lexicon } from './text/lexicon.ts';
export { scoreCourse, type ScoreOptions } from './score/score.ts';
export { valueForMoney, feePerParticipant, coverDays, courseHours } from './score/value.ts';
export { compileGoal, matchGoal } from './score/targets.ts';
export { defaultPolicy } from './policy/default-policy.ts';
export { encodeHandoff, decodeHandoff, Handoff, HANDOFF_KEY } from './request/handoff.ts';
export * from './request/config.ts';
export * from './request/outbox.ts';
export { checkPolicy } from './policy/check.ts';
export { money, percent } from './text/format.ts';
export { z } from './zod.ts';
