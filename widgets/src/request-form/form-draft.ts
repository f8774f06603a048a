import type { Course } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { formatTime } from '../internal/format.ts';
import type { DraftOptions } from './draft.controller.ts';
import { onOutboxChange, toCheck } from './form-sending.ts';
import type { CpdRequestForm as Form } from './request-form.component.ts';
import { CHECK_STEP } from './steps.ts';

/** What the request form keeps in its draft beside the answers, and what it says about saving. */
export function draftOptions(form: Form): DraftOptions {
  return {
    key: () => form.draftKey,
    store: async () => form.outbox.driver?.drafts(),
    record: () => ({
      ...form.values,
      requestId: form.requestId,
      handoffApplied: form.handoff.applied,
      submittedId: form.submittedId,
      supplyTouched: form.supplyTouched,
      step: form.phase === 'checking' ? CHECK_STEP : form.step,
      ...(form.baseCourse ? { baseCourse: form.baseCourse } : {}),
    }),
    restored: (saved, updatedAt) => {
      if (typeof saved.requestId === 'string') form.requestId = saved.requestId;
      if (typeof saved.handoffApplied === 'string') form.handoff.applied = saved.handoffApplied;
      if (typeof saved.submittedId === 'string') form.submittedId = saved.submittedId;
      if (saved.baseCourse && typeof saved.baseCourse === 'object') form.baseCourse = saved.baseCourse as Course;
      form.supplyTouched = saved.supplyTouched === true;
      if (typeof saved.step === 'number' && saved.step >= 0 && saved.step <= CHECK_STEP) form.savedStep = Math.floor(saved.step);
      form.notice = { key: 'form.draftRestored', params: { time: formatTime(Date.parse(updatedAt), form.locale) } };
    },
    saved: (ok) => {
      if (!ok) {
        form.status = { key: 'status.saveFailed' };
        form.dispatchEvent(new CpdErrorEvent('storage', form.t('status.saveFailed')));
      } else if (form.phase === 'editing') form.status = { key: form.outbox.storage?.layer === 'memory' ? 'status.savedMemory' : 'status.saved' };
    },
    // "Saved as draft" only while everything typed is saved: a reload then loses nothing.
    changed: () => {
      if (form.status?.key === 'status.saved' || form.status?.key === 'status.savedMemory') form.status = null;
    },
  };
}

/**
 * Opens the form: brings back the saved draft, then (once the school's configuration is here, since a
 * hand-off is judged against its objectives) any hand-off in the page address, then any request still in
 * the outbox.
 */
export async function openForm(form: Form, configReady: Promise<void>): Promise<void> {
  form.savedStep = 0;
  const arrival = form.handoff.arrive();
  await form.draft.restore(arrival.engine); // a hand-off's fees need the engine
  await configReady;
  const handoffBefore = form.handoff.applied;
  // the draft first, then the hand-off wins for the course fields (as a link's does)
  await form.handoff.settle(arrival);
  form.phase = 'editing';
  // back on the step the draft was on, unless a new hand-off came (its course is shown for checking first)
  if (form.handoff.applied === handoffBefore) {
    if (form.savedStep === CHECK_STEP) toCheck(form, false);
    else form.step = form.savedStep;
  }
  if (form.submittedId) {
    const item = await form.outbox.driver?.get(form.submittedId);
    if (item) onOutboxChange(form, item);
  }
}
