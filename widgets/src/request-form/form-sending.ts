import type { CpdRequest, OutboxItem } from '@cpd-lens/core';
import { resolveEndpoint } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdSubmitEvent } from '../events/cpd-submit.ts';
import { CpdSubmittedEvent } from '../events/cpd-submitted.ts';
import { formatTime } from '../internal/format.ts';
import { newId } from '../internal/new-id.ts';
import { loadScoring } from '../internal/scoring.ts';
import { deliveryStatus } from './delivery-status.ts';
import { chunkMissing, goToStep, objectivesOffered, pricing, score } from './form-editing.ts';
import { loadNextSteps, nextSteps, type NextSteps } from './load-next-steps.ts';
import { errorText } from './questions.ts';
import type { CpdRequestForm as Form } from './request-form.component.ts';
import { LAST_QUESTIONS, stepOf } from './steps.ts';
import { emptyValues, validate, type FieldError } from './values.ts';

/**
 * The request form's sending section, as functions of the form: "Continue" to the check page, "Send
 * request" into the outbox, the request's state there (sending, waiting, sent, refused) and what the
 * form offers after it, and the form value a host `<form>` sees.
 */

function buildFromValues(form: Form, steps: NextSteps): { ok: true; request: CpdRequest } | { ok: false; errors: FieldError[] } {
  const errors = validate(form.values, objectivesOffered(form));
  if (errors.length) return { ok: false, errors };
  const result = score(form);
  const built = steps.buildRequest(form.values, {
    id: form.requestId,
    now: new Date(),
    policy: pricing(form),
    ...(form._config?.phase ? { phase: form._config.phase } : {}),
    ...(form.baseCourse ? { base: form.baseCourse } : {}),
    ...(result ? { score: { total: result.total, band: result.band, coverage: result.coverage } } : {}),
    cost: form.cost,
    host: form,
  });
  if (!built.ok) return { ok: false, errors: built.problems.map((p) => ({ field: steps.fieldOfPath(p.path), key: 'v.tooLong', params: { field: tooLongName(form, steps, p.path) } })) };
  return built;
}

/** The question a too-long answer belongs to, quoted, in the form's language; the schema's path only for one no question asks. */
function tooLongName(form: Form, steps: NextSteps, path: string): string {
  const label = steps.labelOfPath(path);
  return label ? `“${form.t(label)}”` : path;
}

/** "Continue": the answers are checked, then shown on a "Check your answers" page before sending. */
export function onSubmit(form: Form, event: Event): void {
  event.preventDefault();
  // pressed while the draft is still being brought back (a slow device): go on once it is
  if (form.phase === 'loading') return void form.restoring.then(() => onSubmit(form, event), () => undefined);
  if (form.submitting || form.phase !== 'editing') return;
  const errors = validate(form.values, objectivesOffered(form));
  // this step's answers first (issue 22: one question page at a time), then on to the next step
  const here = errors.filter((e) => stepOf(e.field) === form.step);
  if (here.length) return showErrors(form, here);
  if (form.step < LAST_QUESTIONS && (!form.returnToCheck || errors.length)) return goToStep(form, form.step + 1);
  toCheck(form);
}

/** On to "Check your answers" when every answer is right (else to the first step with a problem); `focus` false on a reload. */
export function toCheck(form: Form, focus = true): void {
  const errors = validate(form.values, objectivesOffered(form));
  if (errors.length) return showErrors(form, errors);
  void form.draft.save();
  // The check page and the request's schema check come in the background after the first render
  // (issue 14's size budget): usually here already, else loaded now, then shown.
  loadNextSteps().then(
    () => {
      if (form.phase !== 'editing' || !nextSteps) return;
      const built = buildFromValues(form, nextSteps);
      if (!built.ok) return showErrors(form, built.errors);
      form.errors = [];
      form.returnToCheck = false;
      form.phase = 'checking';
      if (focus) form.focusAfterRender = 'check-title';
      void form.draft.save(); // the draft keeps the step
    },
    () => chunkMissing(form),
  );
}

/** "Send request" on the check page: queue in the outbox, which delivers exactly once. */
export async function send(form: Form): Promise<void> {
  if (form.submitting || form.phase !== 'checking') return;
  await loadScoring(); // the request carries its score: never send one without it
  await loadNextSteps();
  const built = buildFromValues(form, nextSteps!);
  if (!built.ok) {
    form.phase = 'editing';
    return showErrors(form, built.errors);
  }
  const endpoint = form._config ? resolveEndpoint(form._config.endpoint, location.href) : { ok: false as const, message: 'no endpoint' };
  if (!endpoint.ok) {
    form._configProblems = [{ path: 'endpoint', message: endpoint.message }];
    return;
  }
  const request: CpdRequest = built.request;
  const submit = new CpdSubmitEvent(request);
  form.dispatchEvent(submit);
  if (submit.defaultPrevented) return;
  form.submitting = true;
  try {
    form.submittedId = request.id;
    await form.draft.save();
    form.phase = 'queued';
    form.status = { key: 'status.sending' };
    form.lastRequest = JSON.stringify(request);
    const item = await form.outbox.driver!.submit(request, { url: endpoint.url, delivery: form._config?.delivery });
    onOutboxChange(form, item);
  } catch {
    // Not even memory took it (should not happen): back to the answers, which are all still here.
    form.phase = 'editing';
    form.submittedId = '';
    form.status = { key: 'status.saveFailed' };
  } finally {
    form.submitting = false;
  }
}

/** The errors of the first step that has any, on that step, summarised at its top (which takes focus). */
function showErrors(form: Form, all: FieldError[]): void {
  form.step = stepOf(all[0]!.field);
  const errors = all.filter((e) => stepOf(e.field) === form.step);
  form.errors = errors;
  form.focusSummary = true;
  form.dispatchEvent(new CpdErrorEvent('validation', form.t('error.title'), errors.map((e) => ({ field: e.field, message: errorText(form.tr, e) }))));
}

/** Follows the submitted request through the outbox: the status line, the outcome, and each event once. */
export function onOutboxChange(form: Form, item: OutboxItem): void {
  if (item.id !== form.submittedId) return;
  // A late read must not take a sent or refused request back to "sending".
  const known = form.outboxItem?.id === item.id ? form.outboxItem.status : undefined;
  if ((known === 'sent' || known === 'failed') && item.status !== known) return;
  // why it was not delivered, in the form's language: core's Welsh loads first (issue 25), then this item again unless a later one came
  form.reasonFor = item;
  const reason = form.outbox.reason(item, () => form.reasonFor === item && onOutboxChange(form, item));
  if (reason === undefined) return;
  form.outboxItem = item;
  const once = (key: string, fire: () => void) => {
    if (form.announced.has(key)) return;
    form.announced.add(key);
    fire();
  };
  if (item.status === 'sent') {
    form.phase = 'sent';
    form.status = { key: 'status.sent' };
    const body = item.body;
    if ('requester' in body) once(`sent:${item.id}`, () => form.dispatchEvent(new CpdSubmittedEvent(body, item.sentAt ?? new Date().toISOString())));
    void form.draft.clear();
  } else if (item.status === 'failed') {
    form.phase = 'failed';
    form.status = { key: 'status.failed', params: { reason } };
    once(`failed:${item.id}`, () => form.dispatchEvent(new CpdErrorEvent('delivery-failed', form.t('status.failed', { reason }))));
  } else {
    form.phase = 'queued';
    if (item.status === 'sending' || item.attempts === 0) form.status = { key: 'status.sending' };
    else {
      const contact = form._config?.approver?.email ?? form._config?.approver?.name ?? form.t('status.yourIt');
      const waitingReason = navigator.onLine === false ? form.t('status.offline') : form.t('status.serverDown');
      const status = deliveryStatus(item, { reason, waitingReason, time: formatTime(item.nextAttemptAt, form.locale), contact, blockedOrigin: form.outbox.storage?.blockedOrigin });
      form.status = status;
      once(`retry:${item.id}:${item.attempts}`, () => form.dispatchEvent(new CpdErrorEvent('delivery-retry', form.t(status.key, status.params))));
    }
  }
}

/** "Download a copy" of the request sent (or being sent). */
export function downloadCopy(form: Form): void {
  const body = form.outboxItem?.body ?? (form.lastRequest ? (JSON.parse(form.lastRequest) as CpdRequest) : undefined);
  if (body && 'requester' in body) nextSteps?.downloadCopy(body, form.renderRoot);
}

/** After a refusal: keep every answer, and give the next attempt a new id (the old one was refused). */
export function editAgain(form: Form): void {
  form.requestId = newId();
  form.submittedId = '';
  form.phase = 'editing';
  form.status = null;
  form.step = 0;
  form.draft.schedule();
}

/** After sending: a fresh form that keeps who you are (WCAG 3.3.7, no redundant entry). */
export function startNew(form: Form): void {
  form.values = { ...emptyValues(), name: form.values.name, email: form.values.email, targets: form.values.targets };
  form.requestId = newId();
  form.submittedId = '';
  form.baseCourse = undefined;
  form.cost = undefined;
  form.supplyTouched = false;
  form.phase = 'editing';
  form.step = 0;
  form.status = null;
  form.notice = null;
  form.errors = [];
  form.draft.schedule();
  void form.updateComplete.then(() => form.field('name')?.focus());
}

/** The form value and validity a host `<form>` sees: the request JSON once the answers are complete. */
export function syncFormValue(form: Form): void {
  const state = JSON.stringify(form.values);
  const { internals } = form;
  // While the draft loads the questions already take answers: their validity counts from the start.
  if (form.phase !== 'loading' && form.phase !== 'editing' && form.phase !== 'checking') {
    internals.setFormValue(form.lastRequest || null, state);
    internals.setValidity({});
    return;
  }
  const errors = validate(form.values, objectivesOffered(form));
  if (errors.length) {
    form.lastRequest = '';
    internals.setFormValue(null, state);
    const anchor = form.field(errors[0]!.field);
    internals.setValidity({ customError: true }, errorText(form.tr, errors[0]!), anchor ?? undefined);
    return;
  }
  // The document needs its schema check, which comes with the check page just after the first render (then this runs again).
  const built = nextSteps?.buildRequest(form.values, { id: form.requestId, now: new Date(), policy: pricing(form), ...(form.baseCourse ? { base: form.baseCourse } : {}), cost: form.cost, host: form });
  form.lastRequest = built?.ok ? JSON.stringify(built.request) : '';
  internals.setFormValue(form.lastRequest || null, state);
  internals.setValidity({});
}
