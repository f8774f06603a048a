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

/** Formats money for a person: £1,250 or £92.27. */
export function money(amount: number | null, currency = 'GBP'): string {
  if (amount === null) return 'unknown';
  const symbol = currency === 'GBP' ? '£' : currency === 'EUR' ? '€' : `${currency} `;
  const fixed = Number.isInteger(amount) ? amount.toString() : amount.toFixed(2);
  return symbol + fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a share 0..1 as a whole percentage. */
export const percent = (share: number | null): string => (share === null ? 'unknown' : `${Math.round(share * 100)}%`);
