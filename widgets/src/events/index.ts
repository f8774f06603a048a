export { CpdSubmitEvent } from './cpd-submit.ts';
export { CpdSubmittedEvent } from './cpd-submitted.ts';
export { CpdErrorEvent, type CpdErrorKind } from './cpd-error.ts';
export { CpdEvaluationSubmitEvent } from './cpd-evaluation-submit.ts';
export { CpdCourseSelectEvent } from './cpd-course-select.ts';
