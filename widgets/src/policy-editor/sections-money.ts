import { html, nothing, type TemplateResult } from 'lit';
import { Phase, SchoolType } from '@cpd-lens/core';
import { fieldId, getAt } from './draft.ts';
import { errorMessage, inputField, yesNo, type EditorView } from './fields.ts';
import type { EditorKey } from './strings.ts';

/** Supply cover: the day rate, one per phase where it differs (blank: the day rate), and hours per day. */
export function coverSection(view: EditorView): TemplateResult {
  return html`<section class="block" aria-labelledby="cover-title">
    <h3 id="cover-title" class="section-title">${view.say('pe.cover')}</h3>
    <p class="hint">${view.say('pe.coverHint')}</p>
    ${inputField(view, 'costs.supplyCoverDayRate', view.say('pe.coverDefault'))}
    <p class="hint">${view.say('pe.coverPhaseHint')}</p>
    <div class="phases">
      ${Phase.options.map((phase) =>
        inputField(view, `costs.supplyCoverDayRateByPhase.${phase}`, view.say('pe.coverPhase', { phase: view.say(`pe.phase.${phase}` as EditorKey) }), { optional: true }),
      )}
    </div>
    ${inputField(view, 'costs.hoursPerDay', view.say('pe.hoursPerDay'))}
  </section>`;
}

/** VAT: the rate, the school type (which decides recovery) and the fallback yes/no. */
export function vatSection(view: EditorView): TemplateResult {
  const path = 'costs.schoolType';
  const id = fieldId(path);
  const current = getAt(view.draft, path);
  return html`<section class="block" aria-labelledby="vat-title">
    <h3 id="vat-title" class="section-title">${view.say('pe.vat')}</h3>
    ${inputField(view, 'costs.vatRate', view.say('pe.vatRate'), { kind: 'percent' })}
    <div class="field">
      <label for=${id}>${view.say('pe.schoolType')}</label>
      <span id="${id}-hint" class="hint">${view.say('pe.schoolTypeHint')}</span> ${errorMessage(view, path)}
      <select id=${id} data-path=${path} data-kind="text" data-optional="true" aria-describedby="${id}-hint">
        <option value="" ?selected=${current === undefined}>${view.say('pe.schoolType.none')}</option>
        ${SchoolType.options.map((type) => html`<option value=${type} ?selected=${current === type}>${view.say(`pe.schoolType.${type}` as EditorKey)}</option>`)}
      </select>
    </div>
    ${yesNo(view, 'costs.vatReclaimable', view.say('pe.vatReclaimable'), view.say('pe.vatReclaimableHint'))}
  </section>`;
}

/** Approval threshold and the value-for-money limits. */
export function valueSection(view: EditorView): TemplateResult {
  return html`<section class="block" aria-labelledby="value-title">
    <h3 id="value-title" class="section-title">${view.say('pe.value')}</h3>
    ${inputField(view, 'costs.approvalThreshold', view.say('pe.approval'))}
    ${inputField(view, 'costs.goodCostPerHour', view.say('pe.goodCostPerHour'))}
    ${inputField(view, 'costs.poorCostPerHour', view.say('pe.poorCostPerHour'))}
    ${inputField(view, 'costs.goodPricePerParticipant', view.say('pe.goodPrice'))}
    ${inputField(view, 'costs.poorPricePerParticipant', view.say('pe.poorPrice'))}
  </section>`;
}

/** The CPL policy's 4.1 repayment terms: on or off, the conditions in the policy's words, and the months to stay. */
export function repaymentSection(view: EditorView): TemplateResult {
  const terms = getAt(view.draft, 'repayment') as { conditions?: unknown[] } | undefined;
  const conditions = terms?.conditions ?? [];
  return html`<section class="block" aria-labelledby="repayment-title">
    <h3 id="repayment-title" class="section-title">${view.say('pe.repayment')}</h3>
    <div class="choice">
      <input type="checkbox" id="repayment-on" .checked=${Boolean(terms)} @change=${(e: Event) => view.setRepayment((e.target as HTMLInputElement).checked)} />
      <label for="repayment-on">${view.say('pe.repaymentOn')}</label>
    </div>
    ${terms
      ? html`<p class="hint">${view.say('pe.repaymentHint')}</p>
          <div id=${fieldId('repayment.conditions')} tabindex="-1">${errorMessage(view, 'repayment.conditions')}</div>
          ${conditions.map(
            (_c, i) => html`<div class="condition">
              ${inputField(view, `repayment.conditions[${i}]`, view.say('pe.condition', { n: i + 1 }), { kind: 'text' })}
              ${conditions.length > 1 ? html`<button type="button" class="link" @click=${() => view.removeCondition(i)}>${view.say('pe.removeCondition', { n: i + 1 })}</button>` : nothing}
            </div>`,
          )}
          ${conditions.length < 10 ? html`<button type="button" class="secondary" @click=${view.addCondition}>${view.say('pe.addCondition')}</button>` : nothing}
          ${inputField(view, 'repayment.months', view.say('pe.months'), { optional: true })}`
      : nothing}
  </section>`;
}
