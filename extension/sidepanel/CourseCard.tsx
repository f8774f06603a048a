import { shownTotal } from '@cpd-lens/core';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { bandName, common, perHourText } from '../i18n/common.ts';
import { coreSays, englishOnly } from '../i18n/core-text.ts';
import { fill } from '../i18n/locale.ts';
import { locale, useText } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { money, percent, safeHref, tone } from '../ui/format.ts';
import { compare, copyRequest, downloadRequest, openRequestForm, removeCourse, saveNote, type Row } from './model.ts';
import { glance, perHourOf } from './summary.ts';

/** One saved course as a card: number, title, provider, score and band, verdict, cost per hour, strengths and gaps, note, actions. */
export function CourseCard({ row, n }: { row: Row; n: number }) {
  const t = useText(sidepanelText);
  const c = useText(common);
  const { course } = row.saved;
  const r = row.result;
  const note = useSignal(row.saved.note ?? '');
  const box = useRef<HTMLElement>(null);
  const focused = compare.focus.value === row.saved.id;
  useEffect(() => {
    if (focused) box.current?.scrollIntoView({ block: 'start' });
  }, [focused]);
  const href = safeHref(course.url);
  const id = row.saved.id;
  const band = bandName(r.bandId, r.band, locale.value);
  const perHour = perHourOf(r);
  const total = shownTotal(r);
  const g = glance(r, locale.value);
  const status = r.profile && r.profile.status !== 'open' && r.profile.status !== 'unknown' ? r.profile.status : undefined;
  // core's sentences and the default policy's criteria in the view's language; a school's own words (or an older record's) as written
  const english = locale.value === 'cy' ? 'en' : undefined;
  const glanceLang = g.said ? undefined : english;
  const named = { title: course.title };
  return (
    <article class={`card${focused ? ' focused' : ''}`} aria-labelledby={`${id}-title`} ref={box} tabIndex={focused ? -1 : undefined}>
      <header class="card-head">
        <span class={`pill tone-${tone(r.total, r.bandId)}`}>
          {/* no number beside "Not enough information", as on the badge */}
          {total !== null && <span class="pill-score">{total}</span>}
          {total !== null && <span class="sr-only">{fill(c.outOf100, { total })}, </span>}
          <span class="pill-band">{band}</span>
        </span>
        <h3 id={`${id}-title`}>
          <span class="card-n">{n}.</span>{' '}
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {course.title}
            </a>
          ) : (
            course.title
          )}
        </h3>
        <p class="muted">{course.provider ?? t.providerUnknown}</p>
        {status && <p class="tag warn">{t.status[status]}</p>}
      </header>
      {r.verdict && (
        <p class="verdict" lang={englishOnly(r.verdictMessage, locale.value)}>
          {coreSays(r.verdictMessage, r.verdict, locale.value)}
        </p>
      )}
      <p class="facts">
        {perHourText(perHour === null ? null : money(perHour, r.value.currency), locale.value)}
        <br />
        {fill(c.known, { percent: percent(r.coverage) })}
      </p>
      <dl class="glance">
        <GlanceItem term={t.strengths} items={g.strengths} none={t.none} itemLang={glanceLang} />
        <GlanceItem term={t.gaps} items={g.gaps} none={t.none} itemLang={glanceLang} />
        {g.unknowns.length > 0 && <GlanceItem term={t.unknowns} items={g.unknowns} none={t.none} itemLang={g.unknownsSaid ? undefined : english} />}
      </dl>
      <label for={`note-${id}`}>{t.note}</label>
      <textarea id={`note-${id}`} aria-label={fill(t.noteOn, named)} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} onChange={() => void saveNote(id, note.value)} />
      <div class="row actions">
        {compare.formUrl.value && (
          <button type="button" onClick={() => void openRequestForm(row)} aria-label={fill(t.requestFor, named)}>
            {t.request}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => void copyRequest(row)} aria-label={fill(t.copyFor, named)}>
          {t.copy}
        </button>
        <button type="button" class="secondary" onClick={() => downloadRequest(row)} aria-label={fill(t.downloadFor, named)}>
          {t.download}
        </button>
        <button type="button" class="danger" onClick={() => void removeCourse(id)} aria-label={fill(t.removeFor, named)}>
          {t.remove}
        </button>
      </div>
    </article>
  );
}

function GlanceItem({ term, items, none, itemLang }: { term: string; items: string[]; none: string; itemLang: string | undefined }) {
  return (
    <div>
      <dt>{term}</dt>
      {items.length ? (
        items.map((item) => (
          <dd key={item} lang={itemLang}>
            {item}
          </dd>
        ))
      ) : (
        <dd class="muted">{none}</dd>
      )}
    </div>
  );
}
