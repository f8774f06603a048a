import { html, nothing, type TemplateResult } from 'lit';
import type { CostRecord, CpdRequest, OutboxItem, SchoolConfig } from '@cpd-lens/core';
import { formatMoney } from '../internal/format.ts';
import type { Locale, MessageKey } from '../internal/i18n.ts';

/** What the outcome panel shows and does: the request's state in the outbox and the form's actions. */
export interface OutcomeContext {
  phase: 'queued' | 'sent' | 'failed';
  title: string;
  /** Who to ask when a request is refused (the approver's email or name), or ''. */
  contact: string;
  item: OutboxItem | undefined;
  /** The page's Content-Security-Policy stops it posting to the endpoint: retrying alone will not send it. */
  blocked: boolean;
  t: (key: MessageKey, params?: Record<string, string>) => string;
  onNew: () => void;
  onEditAgain: () => void;
  onTryAgain: () => void;
  onDownload: () => void;
  /** The request's id: its reference and the evaluation link come from it. */
  id: string;
  /** The school's configuration: who approves, and the evaluation page. */
  config: SchoolConfig | undefined;
}

/** For a per-school or per-group price: the school's total with the per-head figure beside it, for the fee's hint; else ''. */
export function sharedFeeHint(c: CostRecord, t: OutcomeContext['t'], locale: Locale): string {
  if (c.feePence === undefined || c.perHeadPence === undefined || !c.sharedBy) return '';
  const m = (pence: number) => formatMoney(pence / 100, locale, c.currency);
  return t('form.feeShared', { total: m(c.feePence), share: String(c.sharedBy), each: m(c.perHeadPence) });
}

/** A short reference to quote for a request: the first eight characters of its id, upper case. */
export const referenceOf = (id: string): string => `CPD-${id.replace(/[^a-z0-9]/gi, '').slice(0, 8).toUpperCase()}`;

/** The school's evaluation page with the request's id and course in its fragment (never sent to a server), or ''. */
export function evaluateLink(page: string | undefined, id: string, title: string): string {
  if (!page) return '';
  try {
    const url = new URL(page, location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.hash = new URLSearchParams({ 'cpd-evaluate': id, course: title }).toString();
    return url.href;
  } catch {
    return '';
  }
}

/** GOV.UK's confirmation panel and "What happens next", with the link to evaluate the course afterwards. */
function sent(c: OutcomeContext): TemplateResult {
  const approver = c.config?.approver?.name;
  const evaluate = evaluateLink(c.config?.evaluationUrl, c.id, c.title);
  return html`<div class="panel" part="confirmation">
      <h2>${c.t('outcome.sentTitle')}</h2>
      <p>${c.t('outcome.reference')}<br /><strong class="reference">${referenceOf(c.id)}</strong></p>
    </div>
    <h3>${c.t('outcome.nextTitle')}</h3>
    <p>${approver ? c.t('outcome.nextApprover', { approver }) : c.t('outcome.next')}</p>
    ${evaluate ? html`<p><a href=${evaluate}>${c.t('outcome.evaluate')}</a></p>` : nothing}
    <button type="button" @click=${c.onNew}>${c.t('form.new')}</button>`;
}

/**
 * The panel after "Send request": sent, not sent (refused) or waiting in the outbox. Loaded with the
 * check page after the form's first render (issue 14's size budget): it is only reached from there.
 */
export function renderOutcome(c: OutcomeContext): TemplateResult {
  if (c.phase === 'sent') return html`<div class="outcome">${sent(c)}</div>`;
  return html`<div class="outcome panel">
    <h2>${c.title}</h2>
    ${c.phase === 'failed'
        ? html`<p>${c.t('status.failedHelp', { contact: c.contact || '—' })}</p><button type="button" @click=${c.onEditAgain}>${c.t('form.changeAnswers')}</button>`
        : html`<p>${c.t(c.blocked ? 'status.blockedHelp' : 'status.queuedHelp')}</p>
            ${c.item && c.item.status === 'pending' && c.item.attempts > 0 ? html`<button type="button" @click=${c.onTryAgain}>${c.t('form.tryAgain')}</button>` : nothing}
            <button type="button" class="secondary" @click=${c.onDownload}>${c.t('form.downloadCopy')}</button>`}
  </div>`;
}

/** Not confirmed yet: a JSON copy of the request the member of staff can keep or email, whatever happens to this device's storage. */
export function downloadCopy(body: CpdRequest, root: Node): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `cpd-request-${body.id}.json`;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
