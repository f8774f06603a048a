import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../internal/i18n.ts';

/** The form's question pages in order (issue 22: ten required fields on one 3,400 px page had no sense of progress). */
export const STEPS = ['step.you', 'step.cost', 'step.why', 'step.impact', 'step.learn', 'step.check'] as const;
/** The last question page; the check page ("Check and send") comes after it. */
export const LAST_QUESTIONS = STEPS.length - 2;
/** The "Check and send" step, as drafts keep it. */
export const CHECK_STEP = STEPS.length - 1;

/** Which step asks the question whose control has this id (error links and Change links go there). */
export function stepOf(field: string): number {
  if (/^(start|end)-|^(fee|travel|supply-days)$/.test(field)) return 1;
  if (/^(target|objective|new-target)/.test(field)) return 2;
  if (/^(practice|pupils|sharing)$/.test(field)) return 3;
  if (/^(approach|evaluation)/.test(field)) return 4;
  return 0;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "Step 2 of 6" above a step's heading, with a colon for screen readers before the step's name. */
export function stepCaption(t: T, step: number): TemplateResult {
  return html`<span class="caption">${t('step.of', { n: step + 1, total: STEPS.length })}<span class="visually-hidden">:</span></span>`;
}

/**
 * The step indicator (GOV.UK's question pages with a progress list): every step by name, the current
 * one marked with `aria-current="step"`, the finished ones with a tick and "done" in words, not only colour.
 * On a phone only the numbers show (the heading below names the step).
 */
export function renderStepIndicator(t: T, step: number, onBack: (() => void) | undefined): TemplateResult {
  return html`${onBack
      ? html`<a
          href="#"
          class="back-link"
          @click=${(e: Event) => {
            e.preventDefault();
            onBack();
          }}
          >${t('step.back')}</a
        >`
      : nothing}
    <ol class="steps" aria-label=${t('step.progress')}>
      ${STEPS.map(
        (key, i) => html`<li class=${i < step ? 'done' : i === step ? 'current' : ''} aria-current=${i === step ? 'step' : nothing}>
          <span class="n" aria-hidden="true">${i < step ? '✓' : i + 1}</span>
          <span class="name">${t(key)}${i < step ? html`<span class="visually-hidden"> (${t('step.done')})</span>` : nothing}</span>
        </li>`,
      )}
    </ol>`;
}
