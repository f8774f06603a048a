import { useEffect, useRef } from 'preact/hooks';
import { Breakdown } from '../ui/breakdown/Breakdown.tsx';
import { badgeName, percent, safeHref, tone } from '../ui/format.ts';
import { saveToCompare, startRequest } from './actions.ts';
import { LIST_KEY, closeBreakdown, openCourse, page } from './model.ts';
import { CourseList } from './CourseList.tsx';

/** The breakdown of the open course: a non-modal dialog; Escape or Close returns focus to its badge. */
export function Panel() {
  const item = openCourse.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (item) heading.current?.focus();
  }, [item?.key]);
  if (page.openKey.value === LIST_KEY) return <CourseList />;
  if (!item) return null;
  const r = item.result;
  const href = safeHref(item.course.url);
  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby="cpd-panel-title"
      id="cpd-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          closeBreakdown();
        }
      }}
    >
      <div class="panel-head">
        <h2 id="cpd-panel-title" tabIndex={-1} ref={heading}>
          CPD Lens: how this course fits your school’s policy
        </h2>
        <button type="button" class="close" onClick={closeBreakdown} aria-label="Close CPD Lens breakdown">
          ×
        </button>
      </div>
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
    </div>
  );
}
