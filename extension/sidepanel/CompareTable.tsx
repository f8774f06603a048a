import { useSignal } from '@preact/signals';
import { money, percent, safeHref } from '../ui/format.ts';
import { compare, copyRequest, downloadRequest, openRequestForm, removeCourse, saveNote, sortBy, sortedRows, type Row, type SortKey } from './model.ts';

const COLUMNS: [SortKey, string][] = [
  ['title', 'Course'],
  ['provider', 'Provider'],
  ['total', 'Score'],
  ['coverage', 'Criteria known'],
  ['costPerHour', 'Cost per participant-hour'],
];

/** The saved courses side by side, sortable by any column, each with its note and actions. */
export function CompareTable() {
  const { key, dir } = compare.sort.value;
  return (
    <table>
      <caption class="sr-only">Saved courses, sorted by {COLUMNS.find(([k]) => k === key)?.[1] ?? key}, {dir}</caption>
      <thead>
        <tr>
          {COLUMNS.map(([k, label]) => (
            <th key={k} scope="col" aria-sort={key === k ? dir : 'none'}>
              <button type="button" onClick={() => sortBy(k)}>
                {label}
              </button>
            </th>
          ))}
          <th scope="col">Note</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {sortedRows.value.map((row) => (
          <CourseRow key={row.saved.id} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function CourseRow({ row }: { row: Row }) {
  const { course } = row.saved;
  const r = row.result;
  const note = useSignal(row.saved.note ?? '');
  const href = safeHref(course.url);
  const noteId = `note-${row.saved.id}`;
  return (
    <tr>
      <th scope="row">{href ? <a href={href} target="_blank" rel="noopener noreferrer">{course.title}</a> : course.title}</th>
      <td>{course.provider ?? <span class="muted">unknown</span>}</td>
      <td>
        <strong>{Math.round(r.total)}</strong> {r.band}
      </td>
      <td>{percent(r.coverage)}</td>
      <td>{money(r.value.costPerParticipantHour, r.value.currency)}</td>
      <td>
        <label class="sr-only" for={noteId}>
          Note on {course.title}
        </label>
        <textarea id={noteId} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} onChange={() => void saveNote(row.saved.id, note.value)} />
      </td>
      <td>
        <div class="row">
          {compare.formUrl.value && (
            <button type="button" onClick={() => void openRequestForm(row)} aria-label={`Start a request for ${course.title}`}>
              Start a request
            </button>
          )}
          <button type="button" class="secondary" onClick={() => void copyRequest(row)} aria-label={`Copy the request for ${course.title}`}>
            Copy
          </button>
          <button type="button" class="secondary" onClick={() => downloadRequest(row)} aria-label={`Download the request for ${course.title}`}>
            Download
          </button>
          <button type="button" class="danger" onClick={() => void removeCourse(row.saved.id)} aria-label={`Remove ${course.title}`}>
            Remove
          </button>
        </div>
      </td>
    </tr>
  );
}
