/** One cell of an imported sheet: text, or a number as a spreadsheet stored it (amounts, dates as serials). */
export type Cell = string | number;

/** A sheet read from a CSV or XLSX file: its header row and the rows under it, numbered as the file shows them. */
export interface Sheet {
  headers: string[];
  rows: { row: number; cells: Cell[] }[];
}

/** An import that failed on something the user can fix, located in the file. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Limits that keep a hostile file from costing more than a real export ever would. */
export const SHEET_LIMITS = { rows: 100_000, columns: 500 } as const;

/** Turns a grid (first non-empty row = headers) into a sheet, dropping empty rows and trimming headers. */
export function toSheet(grid: readonly Cell[][], firstRow = 1): Sheet {
  const isEmpty = (cells: readonly Cell[]) => cells.every((c) => c === '' || c === undefined);
  let start = 0;
  while (start < grid.length && isEmpty(grid[start]!)) start++;
  if (start >= grid.length) throw new ImportError('the sheet is empty: no header row');
  const headers = grid[start]!.map((h) => String(h).replace(/^\uFEFF/, '').trim());
  const rows: Sheet['rows'] = [];
  for (let i = start + 1; i < grid.length; i++) {
    if (!isEmpty(grid[i]!)) rows.push({ row: i + firstRow, cells: grid[i]! });
  }
  return { headers, rows };
}
