import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportError, SHEET_LIMITS, toSheet, type Cell, type Sheet } from './table.ts';

/**
 * XLSX is a zip of XML parts. Read with fflate (zero dependencies, ~8 kB for unzip, maintained) and the
 * small scanner below, rather than the npm `xlsx` 0.18 package (unmaintained on npm, with known
 * prototype-pollution and ReDoS advisories) or `read-excel-file` (which brings a zip library, a SAX
 * parser and a worker shim). The scanner reads only the elements an export uses, never DTDs or
 * entities beyond the five predefined ones and character references, so no entity expansion can
 * happen, and it is linear: every search moves forward or stops with an error.
 */
const MAX_PART_BYTES = 64 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });

/** Each `<tag …>inner</tag>` or `<tag …/>` in order, with its attribute text; non-nesting tags only. */
function* elements(xml: string, tag: string): Generator<{ attrs: string; inner: string }> {
  const open = `<${tag}`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) return;
    const after = xml[start + open.length];
    if (after !== ' ' && after !== '>' && after !== '/' && after !== '\n' && after !== '\t' && after !== '\r') {
      at = start + open.length;
      continue;
    }
    const close = xml.indexOf('>', start);
    if (close < 0) throw new ImportError('the workbook is damaged (an XML tag is never closed)');
    if (xml[close - 1] === '/') {
      yield { attrs: xml.slice(start + open.length, close - 1), inner: '' };
      at = close + 1;
      continue;
    }
    const end = xml.indexOf(`</${tag}>`, close);
    if (end < 0) throw new ImportError(`the workbook is damaged (<${tag}> is never closed)`);
    yield { attrs: xml.slice(start + open.length, close), inner: xml.slice(close + 1, end) };
    at = end + tag.length + 3;
  }
}

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : undefined;
};

/** All the text of an element: its `<t>` runs joined (rich text splits a cell into several). */
const textOf = (inner: string): string => {
  let out = '';
  for (const t of elements(inner, 't')) out += decode(t.inner);
  return out;
};

/** The text of a cell's `<v>` element, found with indexOf (linear, whatever the cell holds). */
function cellValue(inner: string): string | undefined {
  const start = inner.indexOf('<v>');
  if (start < 0) return undefined;
  const end = inner.indexOf('</v>', start);
  return end < 0 ? undefined : inner.slice(start + 3, end);
}

/** "BC12" → column index 54 (0-based). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!wanted(file.name)) return false;
        // fflate inflates into a buffer of the declared size, so a lying header cannot make it grow further.
        if (file.originalSize > MAX_PART_BYTES) throw new ImportError(`the workbook part ${file.name} would be larger than ${MAX_PART_BYTES / 1024 / 1024} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('is not an XLSX workbook (it cannot be unzipped)');
  }
}

/**
 * A part's XML with element prefixes dropped: writers other than Excel (.NET's Open XML SDK, some
 * reporting tools) write `<x:row>` under `xmlns:x="…/spreadsheetml/2006/main"`, which is the same element.
 * One forward pass; only names right after `<` or `</` change, so text and attributes stay as they are.
 */
const unprefixed = (xml: string): string => xml.replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1');

const utf8 = (bytes: Uint8Array | undefined): string => (bytes ? unprefixed(new TextDecoder('utf-8').decode(bytes)) : '');

/** The names of a workbook's sheets, in order, with their parts' paths. */
function sheetsOf(parts: Record<string, Uint8Array>): { name: string; path: string }[] {
  const workbook = utf8(parts['xl/workbook.xml']);
  if (!workbook) throw new ImportError('is not an XLSX workbook (no xl/workbook.xml)');
  const targets = new Map<string, string>();
  for (const r of elements(utf8(parts['xl/_rels/workbook.xml.rels']), 'Relationship')) {
    const id = attr(r.attrs, 'Id');
    const target = attr(r.attrs, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return [...elements(workbook, 'sheet')].map((s, i) => ({ name: attr(s.attrs, 'name') ?? `Sheet${i + 1}`, path: targets.get(attr(s.attrs, '[A-Za-z_][\\w.-]*:id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml` }));
}

/** Reads one sheet of an XLSX workbook (the first, or the one named) as headers and numbered rows. */
export function parseXlsx(bytes: Uint8Array, sheetName?: string): Sheet {
  const meta = unzip(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/sharedStrings.xml');
  const sheets = sheetsOf(meta);
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new ImportError(sheetName === undefined ? 'the workbook has no sheets' : `has no sheet named "${sheetName}" (it has: ${sheets.map((s) => s.name).join(', ')})`);
  const shared = [...elements(utf8(meta['xl/sharedStrings.xml']), 'si')].map((si) => textOf(si.inner));
  const xml = utf8(unzip(bytes, (n) => n === sheet.path)[sheet.path]);
  if (!xml) throw new ImportError(`the sheet "${sheet.name}" is missing from the workbook`);

  const grid: Cell[][] = [];
  for (const row of elements(xml, 'row')) {
    const r = Number(attr(row.attrs, 'r') ?? grid.length + 1);
    if (!Number.isInteger(r) || r < 1 || r > SHEET_LIMITS.rows + 1) throw new ImportError(`the sheet has more than ${SHEET_LIMITS.rows.toLocaleString('en-GB')} rows`);
    const cells: Cell[] = [];
    let next = 0;
    for (const c of elements(row.inner, 'c')) {
      const ref = attr(c.attrs, 'r');
      const col = ref ? columnOf(ref) : next;
      if (col < 0 || col >= SHEET_LIMITS.columns) throw new ImportError(`row ${r} has more than ${SHEET_LIMITS.columns} columns`);
      next = col + 1;
      const type = attr(c.attrs, 't') ?? 'n';
      const v = cellValue(c.inner);
      let value: Cell = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = textOf(c.inner);
      else if (type === 'str' || type === 'd' || type === 'e') value = decode(v ?? '');
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined && v.trim() !== '') value = Number.isFinite(Number(v)) ? Number(v) : decode(v);
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    while (grid.length < r - 1) grid.push([]);
    grid[r - 1] = cells;
  }
  return toSheet(grid);
}
