import { ImportError, SHEET_LIMITS, toSheet, type Sheet } from './table.ts';

/** A run of characters that can be neither a separator, a quote nor a line end (sticky: no slicing). */
const PLAIN = /[^",;\t\r\n]+/y;

/** The separator a file uses: comma, or semicolon (Excel in many European locales) or tab, by its first line. */
function separatorOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best!) ? best! : ',';
}

/**
 * Parses CSV as RFC 4180 (quoted fields, doubled quotes, CR LF or LF, line breaks inside quotes), the way
 * Excel, Google Sheets, Microsoft Forms and SharePoint write it. A byte-order mark is dropped. Written
 * here rather than taken from a library: the grammar is 30 lines, and core must stay small in the browser.
 */
export function parseCsv(input: string): Sheet {
  const text = input.replace(/^\uFEFF/, '');
  const sep = separatorOf(text);
  const grid: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    if (row.length > SHEET_LIMITS.columns) throw new ImportError(`row ${grid.length + 1} has more than ${SHEET_LIMITS.columns} columns`);
  };
  const endRow = () => {
    endField();
    grid.push(row);
    row = [];
    if (grid.length > SHEET_LIMITS.rows + 1) throw new ImportError(`the file has more than ${SHEET_LIMITS.rows.toLocaleString('en-GB')} rows`);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const startRow = grid.length + 1;
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new ImportError(`row ${startRow}: a quoted cell is never closed`);
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else if (c === sep) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      PLAIN.lastIndex = i;
      const end = PLAIN.exec(text) ? PLAIN.lastIndex : i + 1;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || row.length) endRow();
  return toSheet(grid);
}
