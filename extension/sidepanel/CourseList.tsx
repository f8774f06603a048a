import { fill } from '../i18n/locale.ts';
import { useText } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { CourseCard } from './CourseCard.tsx';
import { compare, sortBy, sortedRows, type SortKey } from './model.ts';

const KEYS: SortKey[] = ['total', 'costPerHour', 'coverage', 'title', 'provider', 'savedAt'];

/** The saved courses as numbered cards, in the order chosen with one "Sort by" control. */
export function CourseList() {
  const t = useText(sidepanelText);
  const key = compare.sort.value.key;
  return (
    <>
      <label for="sort">{t.sortBy}</label>
      <select id="sort" value={key} onChange={(e) => sortBy(e.currentTarget.value as SortKey)}>
        {KEYS.map((k) => (
          <option key={k} value={k}>
            {t.sort[k]}
          </option>
        ))}
      </select>
      <ol class="cards" aria-label={fill(t.listLabel, { order: t.sort[key].toLowerCase() })}>
        {sortedRows.value.map((row, i) => (
          <li key={row.saved.id}>
            <CourseCard row={row} n={i + 1} />
          </li>
        ))}
      </ol>
    </>
  );
}
