import { z } from '../zod.ts';
import { StaffGroup, text } from '../model/common.ts';
import { CpdRequest, ImpactEvaluation } from '../model/request.ts';
import { check, parseJson } from '../model/validate.ts';
import { FIELDS, withDefaults, type ImportKind } from './fields.ts';
import { READY_MAPPINGS } from './mappings.ts';
import type { Cell, Sheet } from './table.ts';
import { convert, type ObjectiveRef } from './values.ts';

/** One member of staff, as the equality-of-access view needs them. */
export const StaffEntry = z.object({ id: z.string().check(z.minLength(1)), group: StaffGroup, name: z.optional(z.string()) });

const SCHEMAS = { requests: CpdRequest, evaluations: ImpactEvaluation, staff: StaffEntry } as const;
const Header = text(200);

/**
 * How a school's export becomes the project's documents: which column fills which field (or which
 * column holds the whole JSON document), words to translate, and defaults. Written by hand as JSON.
 */
export const ImportMapping = z.object({
  kind: z.enum(['requests', 'evaluations', 'staff']),
  description: z.optional(text(500)),
  /** Columns whose presence identifies this export, for choosing a ready mapping. */
  detect: z.optional(z.array(Header).check(z.maxLength(20))),
  /** XLSX: the sheet to read (default: the first). */
  sheet: z.optional(Header),
  /** A column holding the whole JSON document (the receiver templates); `columns` is then not needed. */
  document: z.optional(Header),
  /** Only rows whose `column` contains these words (case and punctuation ignored). */
  rowsWhere: z.optional(z.object({ column: Header, contains: text(100) })),
  /** Field → column heading, or headings to try in order. */
  columns: z.optional(z.record(z.string(), z.union([Header, z.array(Header).check(z.minLength(1), z.maxLength(10))]))),
  /** Field → { "word in the file": "value" }, e.g. status: { "Awaiting SLT": "submitted" }. */
  values: z.optional(z.record(z.string(), z.record(z.string(), z.string()))),
  /** Field → value when the column is absent or empty. */
  defaults: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
  /** Put before ids from the file so two sources cannot collide ("forms-12", "sp-12"). */
  idPrefix: z.optional(text(40)),
});
export type ImportMapping = z.infer<typeof ImportMapping>;

/** One thing wrong with an import, located by the spreadsheet's row number and column heading. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** Checks a mapping beyond its schema: every field it names must exist for its kind. */
export function mappingProblems(mapping: ImportMapping): string[] {
  const known = FIELDS[mapping.kind];
  const named = [...Object.keys(mapping.columns ?? {}), ...Object.keys(mapping.values ?? {}), ...Object.keys(mapping.defaults ?? {})];
  const unknown = [...new Set(named.filter((f) => !(f in known)))];
  const problems = unknown.map((f) => `"${f}" is not a field of ${mapping.kind} (fields: ${Object.keys(known).join(', ')})`);
  if (!mapping.document && !Object.keys(mapping.columns ?? {}).length) problems.push('give "columns" (field → column heading) or "document" (the column holding the JSON document)');
  return problems;
}

/** The ready mapping of a kind whose identifying columns the sheet has, if any. */
export function detectMapping(kind: ImportKind, headers: readonly string[]): string | null {
  const have = new Set(headers.map((h) => h.toLowerCase()));
  return Object.entries(READY_MAPPINGS).find(([, m]) => m.kind === kind && m.detect?.every((d) => have.has(d.toLowerCase())))?.[0] ?? null;
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = doc;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/**
 * Turns a sheet into checked documents of the mapping's kind. Every problem names the row and column,
 * so the CPL leader can fix the export; nothing is silently dropped but rows `rowsWhere` leaves out.
 */
export function importSheet(sheet: Sheet, mapping: ImportMapping, objectives: readonly ObjectiveRef[] = []): { documents: unknown[]; problems: ImportProblem[] } {
  const index = new Map(sheet.headers.map((h, i) => [h.toLowerCase(), i] as const));
  const find = (headings: string | readonly string[]) => {
    for (const h of typeof headings === 'string' ? [headings] : headings) {
      const i = index.get(h.trim().toLowerCase());
      if (i !== undefined) return { heading: sheet.headers[i]!, i };
    }
    return null;
  };
  const problems: ImportProblem[] = [];
  const documents: unknown[] = [];
  const docColumn = mapping.document ? find(mapping.document) : null;
  if (mapping.document && !docColumn) return { documents, problems: [{ row: null, column: mapping.document, message: `is not a column of the file (its columns: ${sheet.headers.join(', ')})` }] };
  const filter = mapping.rowsWhere ? find(mapping.rowsWhere.column) : null;
  const columns = Object.entries(mapping.columns ?? {}).map(([field, headings]) => ({ field, headings, at: find(headings) }));
  const columnOf = (path: string): string | null => {
    const hit = columns.find((c) => c.at && (path === c.field || path.startsWith(`${c.field}.`) || path.startsWith(`${c.field}[`)));
    return docColumn?.heading ?? hit?.at?.heading ?? null;
  };
  const norm = (s: Cell) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '');

  for (const { row, cells } of sheet.rows) {
    if (filter && !norm(cells[filter.i] ?? '').includes(norm(mapping.rowsWhere!.contains))) continue;
    let doc: Record<string, unknown> = {};
    let failed = false;
    if (docColumn) {
      const parsed = parseJson(String(cells[docColumn.i] ?? ''));
      if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') {
        problems.push({ row, column: docColumn.heading, message: parsed.ok ? 'does not hold a JSON document' : parsed.problems[0]!.message });
        continue;
      }
      doc = parsed.value as Record<string, unknown>;
    } else {
      for (const [field, value] of Object.entries(mapping.defaults ?? {})) setPath(doc, field, value);
      for (const c of columns) {
        const cell = c.at ? cells[c.at.i] : undefined;
        if (cell === undefined || String(cell).trim() === '') continue;
        const value = convert(cell, FIELDS[mapping.kind][c.field]!, mapping.values?.[c.field], objectives);
        if (value.ok) setPath(doc, c.field, value.value);
        else {
          problems.push({ row, column: c.at!.heading, message: value.message });
          failed = true;
        }
      }
      doc = withDefaults(mapping.kind, doc, row, mapping.idPrefix ?? '');
    }
    if (failed) continue;
    const checked = check(SCHEMAS[mapping.kind], doc);
    if (checked.ok) documents.push(checked.value);
    else {
      for (const p of checked.problems) {
        const column = columnOf(p.path);
        if (docColumn) problems.push({ row, column, message: `${p.path || 'the document'} ${p.message}` });
        else if (column) problems.push({ row, column, message: p.message === 'is missing' ? 'is empty' : p.message });
        else {
          const expected = mappedButAbsent(columns, p.path);
          problems.push({ row, column: null, message: `${p.path} ${p.message} (${expected ? `the file has no column “${expected}”` : 'no column of the file is mapped to it'})` });
        }
      }
    }
  }
  return { documents, problems };
}

/** The heading a mapping expects for a field that the file does not have. */
function mappedButAbsent(columns: readonly { field: string; headings: string | readonly string[]; at: unknown }[], path: string): string | null {
  const c = columns.find((x) => !x.at && (path === x.field || path.startsWith(`${x.field}.`)));
  return c ? (typeof c.headings === 'string' ? c.headings : c.headings[0]!) : null;
}

/** Says an import problem as one line: `requests.csv row 5, column “Total cost (£)”: “abc” is not an amount of money`. */
export function formatImportProblem(file: string, p: ImportProblem): string {
  const where = [p.row === null ? '' : `row ${p.row}`, p.column === null ? '' : `column “${p.column}”`].filter(Boolean).join(', ');
  return `${file}${where ? ` ${where}` : ''}: ${p.message}`;
}
