import Papa from 'papaparse';
import { ImportError, SHEET_LIMITS, toSheet, type Sheet } from './table.ts';

/**
 * Parses CSV the way Excel, Google Sheets, Microsoft Forms and SharePoint write it (RFC 4180: quoted
 * fields, doubled quotes, CR LF or LF, line breaks inside quotes), with papaparse: maintained, widely used,
 * and it guesses the separator (comma, or the semicolon of Excel in many European locales, or tab) from
 * the rows themselves, outside quotes, where a count over the header line was fooled by a quoted comma.
 * Only the CLI reads CSV, so its size never reaches a browser bundle. A byte-order mark is dropped.
 */
export function parseCsv(input: string): Sheet {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], header: false, skipEmptyLines: false });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) throw new ImportError(`row ${(unclosed.row ?? 0) + 1}: a quoted cell is never closed`);
  const grid = parsed.data;
  // a file that ends with a line break gives one empty record after it, as an empty last line would
  if (grid.length && grid[grid.length - 1]!.length === 1 && grid[grid.length - 1]![0] === '' && /\r?\n$/.test(text)) grid.pop();
  if (grid.length > SHEET_LIMITS.rows + 1) throw new ImportError(`the file has more than ${SHEET_LIMITS.rows.toLocaleString('en-GB')} rows`);
  const wide = grid.findIndex((row) => row.length > SHEET_LIMITS.columns);
  if (wide >= 0) throw new ImportError(`row ${wide + 1} has more than ${SHEET_LIMITS.columns} columns`);
  return toSheet(grid);
}
