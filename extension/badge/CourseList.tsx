import { badgeName, percent } from '../ui/format.ts';
import { Dialog } from './Dialog.tsx';
import { page } from './model.ts';

/** Every course of a catalogue with its score; each opens its own breakdown. Used when titles could not be marked inline. */
export function CourseList() {
  return (
    <Dialog title="CPD Lens: courses on this page" focusKey="list">
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
    </Dialog>
  );
}
