import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { badgeName, percent } from '../ui/format.ts';
import { alwaysScoreSite, loadPopup, openCompare, popup, scoreThisPage } from './model.ts';

/** The toolbar popup: this tab's score, or "Score this page" where CPD Lens does not run by itself. */
export function App() {
  useEffect(() => void loadPopup(), []);
  const state = popup.state.value;
  const courses = state?.courses ?? [];
  const web = /^https?:/.test(popup.tab.value?.url ?? '');
  return (
    <main>
      <h1>CPD Lens</h1>
      {popup.status.value === 'loading' && <p>Looking at this page…</p>}
      {popup.status.value === 'scoring' && <p role="status">Scoring this page…</p>}
      {popup.status.value === 'ready' && courses.length > 0 && (
        <ul class="popup-courses" aria-label="Courses on this page">
          {courses.map((c, i) => (
            <li key={i} aria-label={c.score ? badgeName(c.score.total, c.score.band, c.score.coverage, c.title) : c.title}>
              {c.score && <span class="score-big">{Math.round(c.score.total)}</span>} <strong>{c.title}</strong>
              {c.score && (
                <div>
                  {c.score.band} · {percent(c.score.coverage)} of criteria known
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {popup.status.value === 'ready' && !courses.length && (
        <>
          <p>CPD Lens has not scored a course on this page.</p>
          {web && (
            <p>
              <button type="button" onClick={() => void scoreThisPage()}>
                Score this page
              </button>
            </p>
          )}
        </>
      )}
      {popup.message.value && <p role="status">{popup.message.value}</p>}
      {web && !state && (
        <p>
          <button type="button" class="link" onClick={() => void alwaysScoreSite()}>
            Always score course pages on this site
          </button>
        </p>
      )}
      <p class="row">
        <button type="button" class="secondary" onClick={() => void openCompare()}>
          Compare saved courses
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          Setup
        </button>
      </p>
    </main>
  );
}
