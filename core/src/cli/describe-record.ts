import type { PdRecord } from '../record/pd-record.ts';
import { LEVELS } from '../report/impact.ts';
import { STATUS_WORDS } from '../report/words.ts';
import { money, orUnknown, plural, table, wrapProse } from './table.ts';

const LEVEL_WORDS = new Map(LEVELS.map((l) => [l.id, l.label]));
const STATUS = STATUS_WORDS as Readonly<Record<string, string>>;

/** A member of staff's record for people, fitting `width`: totals in words, then one row per piece of training. */
export function describeRecord(record: PdRecord, width: number): string {
  const t = record.totals;
  const head = `Professional development record: ${record.name ?? record.staffId}. ${plural(t.entries, 'entry', 'entries')}, ${plural(t.hours, 'hour')}, ${money(t.cost)}.`;
  const rows = record.entries.map((e) => [e.dates.join(', ') || '?', e.provider ? `${e.title} (${e.provider})` : e.title, orUnknown(e.hours), STATUS[e.status] ?? e.status, e.levelsReached.map((l) => LEVEL_WORDS.get(l) ?? l).join(', ') || '—']);
  const body = table([{ title: 'Dates', wrap: true, min: 10 }, { title: 'Training', wrap: true, min: 16 }, { title: 'Hours', align: 'right' }, { title: 'Status' }, { title: 'Levels reached', wrap: true, min: 14 }], rows, width);
  return wrapProse([head, '', body, 'Levels reached: rated 4 or 5 out of 5 in the member of staff’s own impact evaluation.'].join('\n'), width);
}
