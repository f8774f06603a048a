import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bandIdOf, bandName, common } from '../i18n/common.ts';
import { coreSays, englishOnly } from '../i18n/core-text.ts';
import { fill } from '../i18n/locale.ts';
import { locale, useText } from '../i18n/page.ts';
import { popupText } from '../i18n/popup.ts';
import { FirstRun } from '../ui/FirstRun.tsx';
import { shownTotal } from '@cpd-lens/core';
import { percent, tone } from '../ui/format.ts';
import { historyOf, type SiteCourse } from './history.ts';
import { alwaysScoreSite, loadPopup, openCompare, openCourse, openOnPage, popup, scoreThisPage } from './model.ts';

/** The toolbar popup: this tab's scores with band and verdict, what you did with this site's courses, and the way to setup. */
export function App() {
  const t = useText(popupText);
  const c = useText(common);
  useEffect(() => void loadPopup(), []);
  const state = popup.state.value;
  const courses = state?.courses ?? [];
  const ready = popup.status.value === 'ready';
  const web = /^https?:/.test(popup.tab.value?.url ?? '');
  const history = popup.history.value;
  return (
    <main>
      <h1>CPD Lens</h1>
      {popup.status.value === 'loading' && <p>{t.looking}</p>}
      {popup.status.value === 'scoring' && <p role="status">{t.scoring}</p>}
      {ready && courses.length > 0 && (
        <ul class="plain popup-courses" aria-label={t.coursesLabel}>
          {courses.map((course, i) => {
            const s = course.score;
            const band = s ? bandName(undefined, s.band, locale.value) : '';
            // no number beside "Not enough information", as on the badge
            const total = s ? shownTotal({ total: s.total, bandId: bandIdOf(s.band) }) : null;
            const mine = historyOf(history, course.title);
            return (
              <li key={i} class="popup-course">
                {s && (
                  <p class={`pill tone-${tone(s.total, bandIdOf(s.band))}`} role="img" aria-label={total === null ? fill(t.unscoredName, { title: course.title.slice(0, 120), band, percent: percent(s.coverage) }) : fill(t.scoreName, { total, title: course.title.slice(0, 120), band, percent: percent(s.coverage) })}>
                    {total !== null && <span class="pill-score">{total}</span>} <span class="pill-band">{band}</span>
                  </p>
                )}
                <h2 class="course-title">{course.title}</h2>
                {course.verdict && (
                  <p class="verdict" lang={englishOnly(course.verdictMessage, locale.value)}>
                    {coreSays(course.verdictMessage, course.verdict, locale.value).slice(0, 600)}
                  </p>
                )}
                {s && <p class="muted small">{fill(c.known, { percent: percent(s.coverage) })}</p>}
                {(mine || course.status) && <States course={mine} status={course.status} />}
                {mine?.savedId ? (
                  <button type="button" class="secondary" onClick={() => void openCourse(mine.savedId!)} aria-label={fill(t.openLabelFor, { title: course.title })}>
                    {t.openLabel}
                  </button>
                ) : (
                  s && (
                    <button type="button" class="secondary" onClick={() => void openOnPage(i)} aria-label={fill(t.openLabelFor, { title: course.title })}>
                      {t.openLabel}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {ready && !courses.length && (
        <>
          <p>{t.none}</p>
          {web && (
            <p>
              <button type="button" onClick={() => void scoreThisPage()}>
                {t.scoreThis}
              </button>
            </p>
          )}
        </>
      )}
      {popup.message.value && <p role="status">{popup.message.value}</p>}
      {ready && popup.invite.value && <FirstRun />}
      {web && !state && (
        <p>
          <button type="button" class="link" onClick={() => void alwaysScoreSite()}>
            {t.always}
          </button>
        </p>
      )}
      {ready && history.length > 0 && (
        <section aria-labelledby="on-site">
          <h2 id="on-site">{t.onSite}</h2>
          <ul class="plain site-courses" aria-label={t.onSiteLabel}>
            {history.map((h) => (
              <li key={h.title}>
                {h.savedId ? (
                  <button type="button" class="link" onClick={() => void openCourse(h.savedId!)}>
                    {h.title}
                  </button>
                ) : (
                  h.title
                )}{' '}
                <States course={h} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="row">
        <button type="button" class="secondary" onClick={() => void openCompare()}>
          {t.compare}
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {c.setup}
        </button>
      </p>
    </main>
  );
}

/** Saved, requested, attended: words in tags, never colour alone. */
function States({ course, status }: { course: SiteCourse | undefined; status?: 'past' | 'full' | 'closed' }) {
  const t = useText(popupText).state;
  const words = [course?.savedId && t.saved, course?.requested && t.requested, course?.attended && t.attended, status && t[status]].filter(Boolean) as string[];
  return (
    <span class="tags">
      {words.map((w) => (
        <span key={w} class="tag">
          {w}
        </span>
      ))}
    </span>
  );
}
