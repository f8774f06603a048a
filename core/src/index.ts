/** CPD Lens core: schemas, policy, scoring. Pure and framework-free. */
export * from './model/index.ts';
export * from './model/validate.ts';
