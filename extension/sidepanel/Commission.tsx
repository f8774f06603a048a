import { shownTotal } from '@cpd-lens/core';
import { percent } from '../ui/format.ts';
import { bandName, moneyText } from '../i18n/common.ts';
import { coreSays, englishOnly } from '../i18n/core-text.ts';
import { fill } from '../i18n/locale.ts';
import { locale, useText } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { shownCaveats, type ShownCaveat } from './caveats.ts';
import { cohortNumber, commissioning, compare } from './model.ts';

/**
 * Commissioning check: the saved courses, in the list's order, as options for a cohort, with core's
 * recommendation, reasons and caveats. Each option is a short block, so it reads at 320 px.
 */
export function Commission() {
  const t = useText(sidepanelText).commission;
  const result = commissioning.value;
  const invalid = compare.cohort.value.trim() !== '' && cohortNumber.value === null;
  const best = result?.recommendation.option ?? null;
  // at most three caveats, grouped by option and naming it by number: the list gives each title once
  const caveats = result ? shownCaveats(result.recommendation, locale.value, (n) => fill(t.option, { n })) : { shown: [], rest: [] };
  return (
    <section aria-labelledby="commission-title">
      <h2 id="commission-title">{t.title}</h2>
      <div class={invalid ? 'field field-error' : 'field'}>
        <label for="cohort">{t.cohort}</label>
        <span id="cohort-hint" class="hint">
          {t.cohortHint}
        </span>
        {invalid && (
          <p id="cohort-error" class="error-message">
            {t.cohortError}
          </p>
        )}
        <input
          id="cohort"
          class="narrow"
          type="text"
          inputMode="numeric"
          value={compare.cohort.value}
          onInput={(e) => (compare.cohort.value = e.currentTarget.value)}
          aria-describedby={invalid ? 'cohort-hint cohort-error' : 'cohort-hint'}
          aria-invalid={invalid ? 'true' : undefined}
        />
      </div>
      {result && (
        <>
          <p class={best === null ? "recommendation none" : "recommendation"}>
            <strong>{best === null ? t.noneRecommended : fill(t.recommended, { n: best + 1, title: result.options[best]!.course.title })}</strong>
          </p>
          <ol class="options" aria-label={fill(t.options, { cohort: result.cohort })}>
            {result.options.map((o, i) => (
              <li key={i} class={best === i ? 'option best' : 'option'} aria-current={best === i ? 'true' : undefined}>
                <h3>
                  {fill(t.option, { n: i + 1 })}: {o.course.title}
                </h3>
                <dl class="figures">
                  <div>
                    <dt>{t.score}</dt>
                    <dd>
                      {/* no number beside "Not enough information", as on the badge */}
                      {shownTotal(o.score) === null ? '' : `${shownTotal(o.score)} · `}
                      {bandName(o.score.bandId, o.score.band, locale.value)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t.known}</dt>
                    <dd>{percent(o.score.coverage)}</dd>
                  </div>
                  <div>
                    <dt>{t.perParticipant}</dt>
                    <dd>{moneyText(o.pricePerParticipant, locale.value)}</dd>
                  </div>
                  <div>
                    <dt>{t.perHour}</dt>
                    <dd>{moneyText(o.costPerParticipantHour, locale.value)}</dd>
                  </div>
                  <div>
                    <dt>{fill(t.forCohort, { cohort: result.cohort })}</dt>
                    <dd>{moneyText(o.cohortCost, locale.value)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
          {best !== null && result.recommendation.reasons.length > 0 && (
            <>
              <h3>{t.why}</h3>
              <ul>
                {result.recommendation.reasons.map((r, i) => (
                  <li key={r} lang={englishOnly(result.recommendation.reasonMessages[i], locale.value)}>
                    {coreSays(result.recommendation.reasonMessages[i], r, locale.value)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {caveats.shown.length > 0 && (
            <>
              <h3>{t.caveats}</h3>
              <CaveatList items={caveats.shown} />
              {caveats.rest.length > 0 && (
                <details class="more-caveats">
                  <summary>{fill(t.moreCaveats, { count: caveats.rest.length })}</summary>
                  <CaveatList items={caveats.rest} />
                </details>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function CaveatList({ items }: { items: ShownCaveat[] }) {
  return (
    <ul class="caveats">
      {items.map((c) => (
        <li key={c.text} lang={c.lang}>
          {c.text}
        </li>
      ))}
    </ul>
  );
}
