/**
 * Writes rows as RFC 4180 CSV. Cells that a spreadsheet would run as a formula get a leading apostrophe:
 * evaluation text is typed by staff and must never execute.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A cell a spreadsheet would read as a formula: = + - @ (or their full-width forms ＝ ＋ － ＠, which some
 * spreadsheets fold to ASCII), after any leading whitespace or no-break space, which spreadsheets trim; or a
 * cell starting with a tab or CR.
 */
const FORMULA = /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
