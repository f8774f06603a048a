import { judgedName, type Corrections, type Course, type ScoreResult } from '@cpd-lens/core';
import { coreSays, criterionSays, englishOnly } from '../../i18n/core-text.ts';
import { fill } from '../../i18n/locale.ts';
import { locale } from '../../i18n/page.ts';
import type { LabelMessages } from '../../i18n/label.ts';
import type { EventStatus } from '../../messaging/protocol.ts';
import { Facts } from './Facts.tsx';
import { groupCriteria } from './model.ts';
import { Questions } from './Questions.tsx';
import { Targets } from './Targets.tsx';
import { Value } from './Value.tsx';

export interface DetailsProps {
  course: Course;
  result: ScoreResult;
  status: EventStatus;
  t: LabelMessages;
  hasTargets: boolean;
  setupUrl: string;
  onCorrect?: (corrections: Corrections) => Promise<ScoreResult | null>;
}

/** Everything behind the summary: the facts used (correctable), the criteria by group with weights and scores in words, targets, costs and all questions. */
export function Details({ course, result, status, t, hasTargets, setupUrl, onCorrect }: DetailsProps) {
  return (
    <div class="details">
      <Facts course={course} result={result} status={status} onCorrect={onCorrect} />
      <p class="muted small">{t.scale}</p>
      {groupCriteria(result.criteria).map(({ group, items }) => (
        <section key={group}>
          <h3>{t.groups[group]}</h3>
          <ul class="criteria">
            {items.map((c) => (
              <li key={c.id} class="criterion">
                <div class="criterion-head">
                  <CriterionName c={c} />
                  <span class="criterion-score">
                    <span class={c.score === null ? 'unknown' : ''}>{coreSays(judgedName(c.score), '', locale.value)}</span>
                    <span class="muted small"> · {fill(t.weight, { share: c.share })}</span>
                  </span>
                </div>
                {c.evidence.length > 0 && (
                  <ul class="evidence">
                    {c.evidence.map((e, i) => (
                      <li key={i}>
                        <span class={e.effect === '+' ? 'for' : 'against'}>{e.effect === '+' ? t.evidenceFor : t.evidenceAgainst}</span>{' '}
                        {/* what the engine computed, in the view's language; the page's own words quoted as written (English) */}
                        {e.message ? <span class="said">{coreSays(e.message, e.text, locale.value)}</span> : <q lang={englishOnly(e.message, locale.value)}>{e.text}</q>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section>
        <h3>{t.targets}</h3>
        {hasTargets ? (
          <Targets targets={result.targets} t={t} />
        ) : (
          <p>
            {t.noTargets}{' '}
            <a href={setupUrl} target="_blank" rel="noopener">
              {t.setup}
            </a>
          </p>
        )}
      </section>
      <section>
        <h3>{t.value}</h3>
        <Value value={result.value} t={t} />
      </section>
      <section>
        <h3>{t.questions}</h3>
        <Questions questions={result.questions} t={t} />
      </section>
    </div>
  );
}

/** A criterion's name: the default policy's in the view's language, a school's own as written. */
function CriterionName({ c }: { c: { id: string; label: string } }) {
  const { text, lang } = criterionSays(c, locale.value);
  return <span lang={lang}>{text}</span>;
}
