/** CPD Lens widgets: importing this registers every element. Import one `<x>/<x>.ts` for just that element. */
export * from './events/index.ts';
export { CpdRequestForm } from './request-form/request-form.ts';
export { CpdScore } from './score/score.ts';
export { CpdCatalogue } from './catalogue/catalogue.ts';
export { CpdImpactEvaluation } from './impact-evaluation/impact-evaluation.ts';
export { CpdBudget } from './budget/budget.ts';
export type { SchoolConfig } from './internal/config.ts';
