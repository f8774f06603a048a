import { shownTotal, type Corrections, type ScoreResult } from '@cpd-lens/core';
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { coreSays, englishOnly, reasonSays } from '../../i18n/core-text.ts';
import { bandName } from '../../i18n/common.ts';
import { FACTS } from '../../i18n/facts.ts';
import { fill, messages } from '../../i18n/locale.ts';
import { locale } from '../../i18n/page.ts';
import type { LabelMessages } from '../../i18n/label.ts';
import type { LabelData } from '../../messaging/protocol.ts';
import { tone } from '../format.ts';
import { Details } from './Details.tsx';
import { Questions } from './Questions.tsx';
import { costLine, coverageWords, reasonsOf, topQuestions, type ShownReason } from './model.ts';

export interface LabelProps {
  data: LabelData;
  t: LabelMessages;
  /** The setup page, offered when the member of staff has no targets yet. */
  setupUrl: string;
  notice: string;
  onSave: () => void;
  onRequest: () => void;
  onClose?: () => void;
  /** The actions' container, for the frame's visibility check. */
  actionsRef?: Ref<HTMLDivElement>;
  /** False while the frame cannot confirm it is visible: the buttons say so and do nothing. */
  canAct?: boolean;
  /** Applies staff corrections to the course's facts; the new result, or null. */
  onCorrect?: (corrections: Corrections) => Promise<ScoreResult | null>;
}

function Reasons({ title, items, cls }: { title: string; items: ShownReason[]; cls: string }) {
  if (!items.length) return null;
  return (
    <div class={`reasons ${cls}`}>
      <h3>{title}</h3>
      <ul>
        {items.map((r) => (
          <li key={r.criterionId} lang={englishOnly(r.message, locale.value)}>
            {reasonSays(r, locale.value)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The label, in the spirit of a nutrition label: score, band and verdict; why; the cost to the school;
 * what to ask the provider; the state (saved, requested, past). Everything else is one click away.
 * It always fits its 400 × 600 frame: the verdict, the state and the actions stay put at the top, the
 * "Real CPD Lens?" line at the bottom, and whatever is longer scrolls inside the region between them.
 */
export function Label({ data, t, setupUrl, notice, onSave, onRequest, onClose, actionsRef, canAct = true, onCorrect }: LabelProps) {
  const [more, setMore] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // the summary and the details share one scrolling region: each starts at its top
    if (body.current) body.current.scrollTop = 0;
  }, [more]);
  const { course, result, marks, status, hasTargets } = data;
  const reasons = reasonsOf(result);
  const facts = messages(FACTS, locale.value);
  const cost = costLine(result, t, data.cost);
  const funding = result.profile?.funding;
  const band = bandName(result.bandId, result.band, locale.value);
  const total = shownTotal(result);
  const bookable = status !== 'past' && status !== 'full' && status !== 'closed';
  return (
    <main class="label" onKeyDown={(e) => e.key === 'Escape' && onClose?.()}>
      <header class="head">
        <h1 ref={heading} tabIndex={-1} class="course">
          <span class="sr-only">{t.title}: </span>
          {course.title}
          {course.provider && <span class="muted"> · {course.provider}</span>}
        </h1>
        {onClose && (
          <button type="button" class="close" onClick={onClose} aria-label={t.close}>
            ×
          </button>
        )}
      </header>
      {!bookable && (
        <p class="flag" role="note">
          {t.status[status as 'past' | 'full' | 'closed']}
        </p>
      )}
      <div class={`verdict tone-${tone(result.total, result.bandId)}`}>
        <p class="score">
          {/* no number beside "Not enough information", as on the badge and every other surface */}
          <span class="sr-only">{total === null ? band : fill(t.scoreName, { total, band })}</span>
          {total !== null && (
            <>
              <span class="total" aria-hidden="true">
                {total}
              </span>
              <span class="of" aria-hidden="true">
                {t.outOf}
              </span>
            </>
          )}
          <span class="band" aria-hidden="true">
            {band}
          </span>
        </p>
        {result.verdict && (
          <p class="sentence" lang={englishOnly(result.verdictMessage, locale.value)}>
            {coreSays(result.verdictMessage, result.verdict, locale.value)}
          </p>
        )}
        <p class="coverage">{coverageWords(result.coverage, t)}</p>
      </div>
      {marks.length > 0 && (
        <ul class="marks">
          {marks.map((m) => (
            <li key={m}>{t.marks[m]}</li>
          ))}
        </ul>
      )}
      <div class="actions" ref={actionsRef}>
        <button type="button" aria-disabled={canAct ? undefined : 'true'} onClick={onSave}>
          {status === 'past' ? t.saveNext : t.save}
        </button>
        {bookable && (
          <button type="button" class="secondary" aria-disabled={canAct ? undefined : 'true'} onClick={onRequest}>
            {t.request}
          </button>
        )}
      </div>
      {status === 'past' && <p class="next-run">{t.askNextRun}</p>}
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus so the keyboard can scroll it (axe scrollable-region-focusable) */}
      {/* biome-ignore lint/a11y/useSemanticElements: a named, scrolling part of the label, not a section of a document */}
      <div class="body" ref={body} tabIndex={0} role="region" aria-label={more ? t.more : t.summary}>
        {more ? (
          <>
            <button type="button" class="link" onClick={() => setMore(false)}>
              {t.back}
            </button>
            <Details course={course} result={result} status={status} t={t} hasTargets={hasTargets} setupUrl={setupUrl} onCorrect={onCorrect} />
          </>
        ) : (
          <>
            <section aria-labelledby="why">
              <h2 id="why">{t.why}</h2>
              {reasons.for.length || reasons.against.length ? (
                <div class={reasons.for.length && reasons.against.length ? 'why two' : 'why'}>
                  <Reasons title={t.for} items={reasons.for} cls="for" />
                  <Reasons title={t.against} items={reasons.against} cls="against" />
                </div>
              ) : (
                <p class="muted">{t.noReasons}</p>
              )}
            </section>
            <section aria-labelledby="cost">
              <h2 id="cost">{t.cost}</h2>
              <p class="cost">
                {cost ?? t.costUnknown}
                {course.corrections && <span class="small corrected"> · {facts.summaryNote}</span>}
              </p>
              {funding ? <p class="small">{fill(t.funded, { check: coreSays(funding.checkMessage, funding.check, locale.value) })}</p> : result.cost?.funded && <p class="small">{t.fundedShort}</p>}
            </section>
            <section aria-labelledby="ask">
              <h2 id="ask">{t.ask}</h2>
              <Questions questions={topQuestions(result)} t={t} />
            </section>
            {!hasTargets && (
              <p class="invite">
                {t.noTargets}{' '}
                <a href={setupUrl} target="_blank" rel="noopener">
                  {t.addTargets}
                </a>
              </p>
            )}
          </>
        )}
      </div>
      <div class="foot">
        {!more && (
          <button type="button" class="link" onClick={() => setMore(true)}>
            {t.more}
          </button>
        )}
        <p class="real small">{total === null ? fill(t.realUnscored, { band }) : fill(t.real, { total })}</p>
      </div>
    </main>
  );
}
