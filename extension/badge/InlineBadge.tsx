import { badgeName, tone } from '../ui/format.ts';
import { closeBreakdown, openBreakdown, page, type PageCourse } from './model.ts';

/** A small badge beside one course of a catalogue; it opens that course's breakdown in the page panel. */
export function InlineBadge({ item }: { item: PageCourse }) {
  const r = item.result;
  if (!r) return null;
  const open = page.openKey.value === item.key;
  return (
    <button
      type="button"
      class={`badge inline-badge tone-${tone(r.total, r.bandId)}`}
      aria-expanded={open}
      aria-label={badgeName(r.total, r.band, r.coverage, item.course.title)}
      onClick={(e) => (open ? closeBreakdown() : openBreakdown(item.key, e.currentTarget))}
    >
      <span aria-hidden="true">{Math.round(r.total)}</span>
    </button>
  );
}
