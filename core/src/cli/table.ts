/** A column of a text table: its heading, maximum width and alignment. */
export interface Column {
  title: string;
  max?: number;
  align?: 'left' | 'right';
}

const clip = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`);
/** Control characters from page text must not reach the terminal (no escape sequences). */
const clean = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

/** Renders rows as an aligned plain-text table, clipping long cells so it stays readable. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((c, i) => clip(clean(row[i] ?? ''), c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}

export { money, percent } from '../text/format.ts';
