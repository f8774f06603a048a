/** CPD Lens widgets: importing this registers every element. Import one `<x>/<x>.ts` for just that element. */
export * from './events/index.ts';
export { CpdRequestForm } from './request-form/request-form.ts';
