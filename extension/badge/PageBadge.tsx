import { badgeName, percent, tone } from '../ui/format.ts';
import { LIST_KEY, mainCourse, openBreakdown, closeBreakdown, page, unplaced } from './model.ts';
import { Panel } from './Panel.tsx';

/** The page-level badge of a course page (fixed in a corner, so nothing on the page moves) and the panel. */
export function PageBadge() {
  const item = mainCourse.value;
  const open = page.openKey.value !== null;
  const r = item?.result;
  return (
    <div class="page-root">
      {item && (
        <button
          type="button"
          class={`badge page-badge tone-${r ? tone(r.total, r.bandId) : 'unknown'}`}
          aria-expanded={open && page.openKey.value === item.key}
          aria-controls="cpd-panel"
          aria-label={r ? badgeName(r.total, r.band, r.coverage) : 'CPD Lens: scoring this course'}
          onClick={(e) => (page.openKey.value === item.key ? closeBreakdown() : openBreakdown(item.key, e.currentTarget))}
        >
          <span class="badge-brand" aria-hidden="true">
            CPD Lens
          </span>
          {r ? (
            <>
              <span class="badge-total" aria-hidden="true">
                {Math.round(r.total)}
              </span>
              <span class="badge-band" aria-hidden="true">
                {r.band}
              </span>
              <span class="badge-coverage" aria-hidden="true">
                {percent(r.coverage)} known
              </span>
            </>
          ) : (
            <span aria-hidden="true">…</span>
          )}
        </button>
      )}
      {!item && unplaced.value.length > 0 && (
        <button
          type="button"
          class="badge page-badge tone-unknown"
          aria-expanded={page.openKey.value === LIST_KEY}
          aria-controls="cpd-panel"
          aria-label={`CPD Lens: ${page.courses.value.length} courses scored on this page`}
          onClick={(e) => (page.openKey.value === LIST_KEY ? closeBreakdown() : openBreakdown(LIST_KEY, e.currentTarget))}
        >
          <span class="badge-brand" aria-hidden="true">
            CPD Lens
          </span>
          <span aria-hidden="true">{page.courses.value.length} courses</span>
        </button>
      )}
      <Panel />
    </div>
  );
}
