import { describe, expect, it } from 'vitest';
import { fieldOfPath } from '../src/request-form/build-request.ts';
import { CHECK_STEP, LAST_QUESTIONS, STEPS, stepOf } from '../src/request-form/steps.ts';
import { emptyValues, validate } from '../src/request-form/values.ts';
import { translate } from '../src/internal/i18n.ts';

describe('the request form’s steps (issue 22)', () => {
  it('sends every problem with empty answers to the step that asks it, in the form’s order', () => {
    const errors = validate(emptyValues(), true);
    expect(errors.map((e) => [e.field, stepOf(e.field)])).toEqual([
      ['name', 0],
      ['course-title', 0],
      ['start-day', 1],
      ['fee', 1],
      ['new-target', 2],
      ['practice', 3],
      ['pupils', 3],
      ['sharing', 3],
      ['approach', 4],
      ['evaluation-reaction', 4],
    ]);
  });

  it('sends the answers only some values get wrong, and the schema check’s fields, to their own steps', () => {
    const wrong = { ...emptyValues(), email: 'not an address', url: 'nope', hours: 'lots', travel: 'x', supplyDays: '0.3', endDay: '1', targets: [{ id: 't1', text: 'Phonics' }] };
    const steps = Object.fromEntries(validate(wrong, false).map((e) => [e.field, stepOf(e.field)]));
    expect(steps).toMatchObject({ email: 0, url: 0, hours: 0, travel: 1, 'supply-days': 1, 'target-t1': 2 });
    expect(Object.entries(steps).filter(([field]) => field.startsWith('end-'))).toEqual([[expect.stringMatching(/^end-(month|year)$/), 1]]); // the last day's first missing part
    expect(['requester.name', 'course.description', 'costs.fee', 'expectedImpact.pupils', 'sharing'].map((p) => stepOf(fieldOfPath(p)))).toEqual([0, 0, 1, 3, 3]);
  });

  it('ends with the check page, and names every step in both languages', () => {
    expect(STEPS[CHECK_STEP]).toBe('step.check');
    expect(LAST_QUESTIONS).toBe(CHECK_STEP - 1);
    expect(STEPS.map((k) => translate('en', k))).toEqual(['You and the course', 'Dates and cost', 'Why you want it', 'Expected impact', 'How you will learn and evaluate', 'Check and send']);
    expect(translate('en', 'step.of', { n: 2, total: STEPS.length })).toBe('Step 2 of 6');
  });
});
