import { DEFAULT_MIN_COVERAGE, DEFAULT_PRIOR, Phase, SchoolType, weightShares } from '@cpd-lens/core';
import { bandAdded, conditionAdded, criterionToggled, fieldId, getAt, itemRemoved, repaymentSet, showField, typedInto, type EditorKey } from '@cpd-lens/widgets/policy-editor/model';
import { criterionSays } from '../../i18n/core-text.ts';
import { locale } from '../../i18n/page.ts';
import { Block, ErrorText, Input, YesNo, problemsAt, type EditorView } from './fields.tsx';

/** The same sections, in the same order, as the intranet's `<cpd-policy-editor>` (widgets/src/policy-editor/sections-*.ts). */

interface CriterionLike {
  id?: unknown;
  label?: unknown;
  weight?: unknown;
}

/** The criteria: each on or off (weight 0 is off) with its weight, as a table read row by row. */
export function Criteria({ view }: { view: EditorView }) {
  const criteria = (getAt(view.e.draft, 'criteria') as CriterionLike[] | undefined) ?? [];
  const shares = weightShares(criteria.map((c) => c.weight));
  return (
    <Block id="pe-criteria" title={view.say('pe.criteria')}>
      <p class="hint">{view.say('pe.criteriaHint')}</p>
      <div id={fieldId('criteria')} tabIndex={-1}>
        <ErrorText view={view} path="criteria" />
      </div>
      <table class="pe-criteria">
        <thead>
          <tr>
            <th scope="col">{view.say('pe.criterion')}</th>
            <th scope="col">{view.say('pe.use')}</th>
            <th scope="col">{view.say('pe.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => {
            const path = `criteria[${i}].weight`;
            const id = fieldId(path);
            const label = String(c.label ?? c.id ?? i + 1);
            // the default policy's criterion names in the page's language (issue 25); a school's own as written, marked English in Welsh
            const said = criterionSays({ id: String(c.id ?? ''), label }, locale.value);
            const name = said.text;
            const on = typeof c.weight !== 'number' || c.weight > 0;
            const invalid = problemsAt(view, path).length > 0;
            return (
              <tr key={i} class={on ? undefined : 'muted'}>
                <th scope="row">
                  <span lang={said.lang}>{name}</span>
                  <ErrorText view={view} path={path} />
                </th>
                <td>
                  <input type="checkbox" id={`${id}-use`} checked={on} aria-label={view.say('pe.useNamed', { criterion: name })} onChange={(ev) => {
                    const checked = ev.currentTarget.checked;
                    view.update((e) => criterionToggled(e, i, checked));
                  }} />
                </td>
                <td>
                  <input
                    id={id}
                    type="text"
                    class="narrow"
                    inputMode="decimal"
                    autocomplete="off"
                    value={view.e.raw[path] ?? showField(c.weight, 'number')}
                    aria-label={view.say('pe.weightNamed', { criterion: name })}
                    aria-describedby={invalid ? `${id}-error` : undefined}
                    aria-invalid={invalid || undefined}
                    onInput={(ev) => {
                      const text = ev.currentTarget.value;
                      view.update((e) => typedInto(e, path, text, 'number', false));
                    }}
                  />
                  <span class="share">{view.say('pe.shareNamed', { share: shares[i] ?? 0 })}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Block>
  );
}

/** The bands (judgements): name and lowest score of each, with add and remove. */
export function Bands({ view }: { view: EditorView }) {
  const bands = (getAt(view.e.draft, 'bands') as unknown[] | undefined) ?? [];
  return (
    <Block id="pe-bands" title={view.say('pe.bands')}>
      <p class="hint">{view.say('pe.bandsHint')}</p>
      <div id={fieldId('bands')} tabIndex={-1}>
        <ErrorText view={view} path="bands" />
      </div>
      {bands.map((_b, i) => (
        <fieldset key={i}>
          <legend class="sr-only">{view.say('pe.name.band', { n: i + 1 })}</legend>
          <div class="row">
            <Input view={view} path={`bands[${i}].label`} label={view.say('pe.bandName', { n: i + 1 })} kind="text" />
            <Input view={view} path={`bands[${i}].min`} label={view.say('pe.bandMin', { n: i + 1 })} />
          </div>
          {bands.length > 1 && (
            <button type="button" class="link" onClick={() => view.update((e) => itemRemoved(e, 'bands', i))}>
              {view.say('pe.removeBand', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {bands.length < 10 && (
        <button type="button" class="secondary" onClick={() => view.update(bandAdded)}>
          {view.say('pe.addBand')}
        </button>
      )}
    </Block>
  );
}

/** Supply cover: the day rate, one per phase where it differs (blank: the day rate), and hours per day. */
export function Cover({ view }: { view: EditorView }) {
  return (
    <Block id="pe-cover" title={view.say('pe.cover')}>
      <p class="hint">{view.say('pe.coverHint')}</p>
      <Input view={view} path="costs.supplyCoverDayRate" label={view.say('pe.coverDefault')} />
      <p class="hint">{view.say('pe.coverPhaseHint')}</p>
      {Phase.options.map((phase) => (
        <Input key={phase} view={view} path={`costs.supplyCoverDayRateByPhase.${phase}`} label={view.say('pe.coverPhase', { phase: view.say(`pe.phase.${phase}` as EditorKey) })} optional />
      ))}
      <Input view={view} path="costs.hoursPerDay" label={view.say('pe.hoursPerDay')} />
    </Block>
  );
}

/** VAT: the rate, the school type (which decides recovery) and the fallback yes/no. */
export function Vat({ view }: { view: EditorView }) {
  const path = 'costs.schoolType';
  const id = fieldId(path);
  const current = getAt(view.e.draft, path);
  return (
    <Block id="pe-vat" title={view.say('pe.vat')}>
      <Input view={view} path="costs.vatRate" label={view.say('pe.vatRate')} kind="percent" />
      <div class="field">
        <label for={id}>{view.say('pe.schoolType')}</label>
        <span id={`${id}-hint`} class="hint">
          {view.say('pe.schoolTypeHint')}
        </span>
        <ErrorText view={view} path={path} />
        <select id={id} aria-describedby={`${id}-hint`} value={typeof current === 'string' ? current : ''} onChange={(ev) => {
          const text = ev.currentTarget.value;
          view.update((e) => typedInto(e, path, text, 'text', true));
        }}>
          <option value="">{view.say('pe.schoolType.none')}</option>
          {SchoolType.options.map((type) => (
            <option key={type} value={type}>
              {view.say(`pe.schoolType.${type}` as EditorKey)}
            </option>
          ))}
        </select>
      </div>
      <YesNo view={view} path="costs.vatReclaimable" legend={view.say('pe.vatReclaimable')} hint={view.say('pe.vatReclaimableHint')} />
    </Block>
  );
}

/** Approval threshold and the value-for-money limits. */
export function Value({ view }: { view: EditorView }) {
  return (
    <Block id="pe-value" title={view.say('pe.value')}>
      <Input view={view} path="costs.approvalThreshold" label={view.say('pe.approval')} />
      <Input view={view} path="costs.goodCostPerHour" label={view.say('pe.goodCostPerHour')} />
      <Input view={view} path="costs.poorCostPerHour" label={view.say('pe.poorCostPerHour')} />
      <Input view={view} path="costs.goodPricePerParticipant" label={view.say('pe.goodPrice')} />
      <Input view={view} path="costs.poorPricePerParticipant" label={view.say('pe.poorPrice')} />
    </Block>
  );
}

/** What counts when the page does not say: the neutral prior and the coverage below which there is not enough information. */
export function Unknown({ view }: { view: EditorView }) {
  return (
    <Block id="pe-unknown" title={view.say('pe.judgement')}>
      <Input view={view} path="prior" label={view.say('pe.prior')} kind="percent" optional hint={view.say('pe.priorHint', { percent: Math.round(DEFAULT_PRIOR * 100) })} />
      <Input view={view} path="minCoverage" label={view.say('pe.minCoverage')} kind="percent" optional hint={view.say('pe.minCoverageHint', { percent: Math.round(DEFAULT_MIN_COVERAGE * 100) })} />
    </Block>
  );
}

/** The CPL policy's 4.1 repayment terms: on or off, the conditions in the policy's words, and the months to stay. */
export function Repayment({ view }: { view: EditorView }) {
  const terms = getAt(view.e.draft, 'repayment') as { conditions?: unknown[] } | undefined;
  const conditions = terms?.conditions ?? [];
  return (
    <Block id="pe-repayment" title={view.say('pe.repayment')}>
      <div class="choice">
        <input type="checkbox" id="pe-repayment-on" checked={Boolean(terms)} onChange={(ev) => {
          const on = ev.currentTarget.checked;
          view.update((e) => repaymentSet(e, on));
        }} />
        <label for="pe-repayment-on">{view.say('pe.repaymentOn')}</label>
      </div>
      {terms && (
        <>
          <p class="hint">{view.say('pe.repaymentHint')}</p>
          <div id={fieldId('repayment.conditions')} tabIndex={-1}>
            <ErrorText view={view} path="repayment.conditions" />
          </div>
          {conditions.map((_c, i) => (
            <div key={i}>
              <Input view={view} path={`repayment.conditions[${i}]`} label={view.say('pe.condition', { n: i + 1 })} kind="text" />
              {conditions.length > 1 && (
                <button type="button" class="link" onClick={() => view.update((e) => itemRemoved(e, 'repayment.conditions', i))}>
                  {view.say('pe.removeCondition', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          {conditions.length < 10 && (
            <button type="button" class="secondary" onClick={() => view.update(conditionAdded)}>
              {view.say('pe.addCondition')}
            </button>
          )}
          <Input view={view} path="repayment.months" label={view.say('pe.months')} optional />
        </>
      )}
    </Block>
  );
}
