import { useEffect, useRef } from 'preact/hooks';
import { badgeName, percent } from '../ui/format.ts';
import { closeBreakdown, page } from './model.ts';

/** Every course of a catalogue with its score; each opens its own breakdown. Used when titles could not be marked inline. */
export function CourseList() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
          CPD Lens: courses on this page
        </h2>
        <button type="button" class="close" onClick={closeBreakdown} aria-label="Close CPD Lens breakdown">
          ×
        </button>
      </div>
      <ul class="criteria">
        {page.courses.value.map((c) => (
          <li key={c.key} class="criterion">
            <div class="criterion-head">
              <span class="criterion-label">{c.course.title}</span>
              {c.result && (
                <span class="criterion-score" aria-label={badgeName(c.result.total, c.result.band, c.result.coverage)}>
                  {Math.round(c.result.total)} · {c.result.band} · {percent(c.result.coverage)} known
                </span>
              )}
            </div>
            <button type="button" class="link-button" onClick={() => (page.openKey.value = c.key)}>
              Show the breakdown<span class="sr-only"> of {c.course.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
