import { Breakdown } from '../ui/breakdown/Breakdown.tsx';
import { badgeName, percent, safeHref, tone } from '../ui/format.ts';
import { saveToCompare, startRequest } from './actions.ts';
import { Dialog } from './Dialog.tsx';
import { LIST_KEY, openCourse, page } from './model.ts';
import { CourseList } from './CourseList.tsx';

/** The breakdown of the open course: a non-modal dialog; Escape or Close returns focus to its badge. */
export function Panel() {
  const item = openCourse.value;
  if (page.openKey.value === LIST_KEY) return <CourseList />;
  if (!item) return null;
  const r = item.result;
  const href = safeHref(item.course.url);
  return (
    <Dialog title="CPD Lens: how this course fits your school’s policy" focusKey={item.key}>
      <p class="course-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {item.course.title}
          </a>
        ) : (
          item.course.title
        )}
        {item.course.provider ? <span class="muted"> · {item.course.provider}</span> : null}
      </p>
      {r ? (
        <p class={`summary tone-${tone(r.total, r.bandId)}`} aria-label={badgeName(r.total, r.band, r.coverage)}>
          <span class="total">{Math.round(r.total)}</span>
          <span class="band">{r.band}</span>
          <span class="coverage">{percent(r.coverage)} of criteria known</span>
        </p>
      ) : (
        <p class="muted">Scoring…</p>
      )}
      <div class="actions">
        <button type="button" onClick={() => void saveToCompare(item)}>
          Save course
        </button>
        <button type="button" onClick={() => void startRequest(item)}>
          Start a request
        </button>
      </div>
      <p class="notice" role="status" aria-live="polite">
        {page.notice.value}
      </p>
      {r && <Breakdown result={r} level={3} />}
    </Dialog>
  );
}
