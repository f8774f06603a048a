import type { Course, ScoreResult } from '@cpd-lens/core';

/** Fired when a member of staff chooses "Request this course" in the catalogue. Cancel it to stop the link being followed. */
export class CpdCourseSelectEvent extends CustomEvent<{ course: Course; score: ScoreResult }> {
  constructor(course: Course, score: ScoreResult) {
    super('cpd-course-select', { bubbles: true, composed: true, cancelable: true, detail: { course, score } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpd-course-select': CpdCourseSelectEvent;
  }
}
