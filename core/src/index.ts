/** CPD Lens core: schemas, policy, scoring. Pure and framework-free. */
export * from './model/index.ts';
export * from './model/validate.ts';
export { detectFeatures, FEATURE_PHRASES } from './text/features.ts';
export { CONCEPTS } from './text/thesaurus.ts';
export { tokenize, stem, sentenceAround } from './text/tokens.ts';
export { Lexicon } from './text/lexicon.ts';
