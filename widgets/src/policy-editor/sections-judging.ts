import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_MIN_COVERAGE, DEFAULT_PRIOR, weightShares } from '@cpd-lens/core';
import { fieldId, getAt, showField } from './draft.ts';
import { errorMessage, inputField, problemsAt, type EditorView } from './fields.ts';

interface CriterionLike {
  id?: unknown;
  label?: unknown;
  weight?: unknown;
}

/** A section's problems that belong to no single field ("should include a band with min 0"). */
function sectionError(view: EditorView, path: string): TemplateResult | typeof nothing {
  return errorMessage(view, path);
}

/** The criteria: each on or off (weight 0 is off) with its weight, as a table a screen reader reads row by row. */
export function criteriaSection(view: EditorView): TemplateResult {
  const criteria = (getAt(view.draft, 'criteria') as CriterionLike[] | undefined) ?? [];
  const shares = weightShares(criteria.map((c) => c.weight));
  return html`<section class="block" aria-labelledby="criteria-title">
    <h3 id="criteria-title" class="section-title">${view.say('pe.criteria')}</h3>
    <p class="hint" id="criteria-hint">${view.say('pe.criteriaHint')}</p>
    <div id=${fieldId('criteria')} tabindex="-1" class=${problemsAt(view, 'criteria').length ? 'has-error' : ''}>${sectionError(view, 'criteria')}</div>
    <table class="criteria" part="criteria">
      <thead>
        <tr>
          <th scope="col">${view.say('pe.criterion')}</th>
          <th scope="col" class="num">${view.say('pe.use')}</th>
          <th scope="col" class="num">${view.say('pe.weight')}</th>
        </tr>
      </thead>
      <tbody>
        ${criteria.map((c, i) => criterionRow(view, c, i, shares[i] ?? 0))}
      </tbody>
    </table>
  </section>`;
}

function criterionRow(view: EditorView, c: CriterionLike, i: number, share: number): TemplateResult {
  const path = `criteria[${i}].weight`;
  const id = fieldId(path);
  const name = view.criterion(c.id, String(c.label ?? c.id ?? i + 1));
  const on = typeof c.weight !== 'number' || c.weight > 0;
  const invalid = problemsAt(view, path).length > 0;
  return html`<tr class=${on ? '' : 'off'} data-criterion=${String(c.id ?? i)}>
    <th scope="row">${name}${problemsAt(view, path).length ? errorMessage(view, path) : nothing}</th>
    <td class="num">
      <input type="checkbox" id="${id}-use" data-toggle=${String(i)} .checked=${on} aria-label=${view.say('pe.useNamed', { criterion: name })} />
    </td>
    <td class="num">
      <input
        id=${id}
        type="text"
        class="weight"
        inputmode="decimal"
        autocomplete="off"
        data-path=${path}
        data-kind="number"
        data-optional="false"
        .value=${view.raw[path] ?? showField(c.weight, 'number')}
        aria-label=${view.say('pe.weightNamed', { criterion: name })}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
      />
      <span class="share">${view.say('pe.shareNamed', { share })}</span>
    </td>
  </tr>`;
}

/** The bands (judgements): name and lowest score of each, with add and remove. */
export function bandsSection(view: EditorView): TemplateResult {
  const bands = (getAt(view.draft, 'bands') as unknown[] | undefined) ?? [];
  return html`<section class="block" aria-labelledby="bands-title">
    <h3 id="bands-title" class="section-title">${view.say('pe.bands')}</h3>
    <p class="hint">${view.say('pe.bandsHint')}</p>
    <div id=${fieldId('bands')} tabindex="-1" class=${problemsAt(view, 'bands').length ? 'has-error' : ''}>${sectionError(view, 'bands')}</div>
    ${bands.map(
      (_b, i) => html`<fieldset class="band" part="band">
        <legend class="visually-hidden">${view.say('pe.name.band', { n: i + 1 })}</legend>
        <div class="band-fields">
          ${inputField(view, `bands[${i}].label`, view.say('pe.bandName', { n: i + 1 }), { kind: 'text' })}
          ${inputField(view, `bands[${i}].min`, view.say('pe.bandMin', { n: i + 1 }))}
        </div>
        ${bands.length > 1 ? html`<button type="button" class="link" @click=${() => view.removeBand(i)}>${view.say('pe.removeBand', { n: i + 1 })}</button>` : nothing}
      </fieldset>`,
    )}
    ${bands.length < 10 ? html`<button type="button" class="secondary" @click=${view.addBand}>${view.say('pe.addBand')}</button>` : nothing}
  </section>`;
}

/** What counts when the page does not say: the neutral prior and the coverage below which there is not enough information. */
export function unknownSection(view: EditorView): TemplateResult {
  return html`<section class="block" aria-labelledby="unknown-title">
    <h3 id="unknown-title" class="section-title">${view.say('pe.judgement')}</h3>
    ${inputField(view, 'prior', view.say('pe.prior'), { kind: 'percent', optional: true, hint: view.say('pe.priorHint', { percent: Math.round(DEFAULT_PRIOR * 100) }) })}
    ${inputField(view, 'minCoverage', view.say('pe.minCoverage'), { kind: 'percent', optional: true, hint: view.say('pe.minCoverageHint', { percent: Math.round(DEFAULT_MIN_COVERAGE * 100) }) })}
  </section>`;
}
