import type { Corrections, Course, ScoreResult } from '@cpd-lens/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bandName } from '../../i18n/common.ts';
import { FACTS } from '../../i18n/facts.ts';
import { fill, messages } from '../../i18n/locale.ts';
import { locale } from '../../i18n/page.ts';
import type { EventStatus } from '../../messaging/protocol.ts';
import { FactForm } from './FactForm.tsx';
import { factsOf, type FactId } from './facts.ts';

export interface FactsProps {
  course: Course;
  result: ScoreResult;
  status: EventStatus;
  /** Applies a correction (the background scores again): the new result, or null when it could not. Without it, the facts are read-only. */
  onCorrect?: (corrections: Corrections) => Promise<ScoreResult | null>;
}

/**
 * The facts the score and cost rest on, each with the page's words quoted ("from '…'"), "not stated"
 * where the page is silent, and a "Correct" button that opens a small form in place; after a
 * correction the row says "corrected by you" and a status line gives the new score.
 */
export function Facts({ course, result, status, onCorrect }: FactsProps) {
  const t = messages(FACTS, locale.value);
  const [open, setOpen] = useState<FactId | null>(null);
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<FactId, HTMLButtonElement>());
  const refocus = useRef<FactId | null>(null);
  useEffect(() => {
    if (open === null && refocus.current) buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  }, [open]);
  const close = (id: FactId) => {
    refocus.current = id;
    setOpen(null);
  };
  const apply = (id: FactId) => async (corrections: Corrections) => {
    const next = onCorrect ? await onCorrect(corrections) : null;
    if (!next) return false;
    setSaid(fill(t.done, { total: Math.round(next.total), band: bandName(next.bandId, next.band, locale.value) }));
    close(id);
    return true;
  };
  return (
    <section class="facts" aria-labelledby="facts-heading">
      <h3 id="facts-heading">{t.heading}</h3>
      {onCorrect && <p class="small muted">{t.intro}</p>}
      <ul class="fact-list">
        {factsOf(course, result, status, t).map((f) => (
          <li key={f.id} class="fact" data-fact={f.id}>
            <div class="fact-head">
              <span class="fact-name">{t.names[f.id]}</span>
              <span class={f.known ? 'fact-value' : 'fact-value unknown'}>{f.value}</span>
              {f.correctable && onCorrect && open !== f.id && (
                <button type="button" class="link fact-fix" ref={(b) => void (b ? buttons.current.set(f.id, b) : buttons.current.delete(f.id))} aria-label={fill(t.correctName, { fact: t.names[f.id].toLowerCase() })} onClick={() => setOpen(f.id)}>
                  {t.correct}
                </button>
              )}
            </div>
            {f.corrected ? (
              <p class="small corrected">
                {t.correctedByYou}
                {f.pageSaid && (
                  <>
                    {' '}({t.pageSaid} <q lang="en">{f.pageSaid}</q>)
                  </>
                )}
              </p>
            ) : (
              f.evidence && (
                <p class="small muted">
                  {t.from} <q lang="en">{f.evidence}</q>
                </p>
              )
            )}
            {open === f.id && f.id !== 'travel' && <FactForm id={f.id} course={course} route={result.profile?.funding?.route} t={t} onApply={apply(f.id)} onCancel={() => close(f.id)} />}
          </li>
        ))}
      </ul>
      <p class="small" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
