import { extname } from 'node:path';
import { z } from '../../zod.ts';
import { ImportError, ImportMapping, READY_MAPPINGS, StaffEntry, detectMapping, formatImportProblem, importSheet, mappingProblems, parseCsv, parseXlsx, type ImportKind, type ObjectiveRef, type Sheet } from '../../import/index.ts';
import { CpdRequest, ImpactEvaluation } from '../../model/request.ts';
import { checked, isUrl, jsonFrom, readBytes, readSource, utf8 } from '../inputs.ts';
import { CliError, type CliIo } from '../io.ts';

/** Exports of a whole year's requests can be larger than a policy file; still refused by size before reading. */
const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
const MAPPING_MAX_BYTES = 256 * 1024;
const SHOWN_PROBLEMS = 10;

/** What the leader's commands know when importing: the --mapping options, and the plan's objectives. */
export interface ImportContext {
  mappings?: readonly string[];
  objectives?: readonly ObjectiveRef[];
}

/** The option every leader command takes: --mapping NAME|FILE, repeatable (one per kind of file). */
export const mappingOption = { mapping: { type: 'string', multiple: true } } as const;

/** Reads a mapping: a ready one by name ("forms", "sharepoint", "receiver", "staff", or "forms-requests"), or a JSON file. */
async function mappingFor(kind: ImportKind, ctx: ImportContext, io: CliIo): Promise<ImportMapping | null> {
  for (const value of ctx.mappings ?? []) {
    const ready = READY_MAPPINGS[`${value}-${kind}`] ?? READY_MAPPINGS[value];
    if (ready) {
      if (ready.kind === kind) return ready;
      continue;
    }
    if (!/\.json$/i.test(value)) {
      if (Object.keys(READY_MAPPINGS).some((n) => n.startsWith(`${value}-`) || n === value)) continue;
      throw new CliError(`--mapping ${value}: not a ready mapping (${Object.keys(READY_MAPPINGS).join(', ')}) nor a .json file`);
    }
    const mapping = checked(value, ImportMapping, jsonFrom(value, utf8(await readBytes(value, io, MAPPING_MAX_BYTES))));
    const problems = mappingProblems(mapping);
    if (problems.length) throw new CliError(problems.map((p) => `${value}: ${p}`).join('\n'));
    if (mapping.kind === kind) return mapping;
  }
  return null;
}

function sheetOf(source: string, bytes: Uint8Array, sheet?: string): Sheet {
  try {
    return /\.xlsx$/i.test(source) ? parseXlsx(bytes, sheet) : parseCsv(utf8(bytes));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${source}: ${error.message}`);
    throw error;
  }
}

/** Reads a CSV or XLSX export through its mapping (given, or recognised by its columns) as documents of `kind`. */
async function importFile(source: string, kind: ImportKind, io: CliIo, ctx: ImportContext): Promise<unknown[]> {
  const bytes = await readBytes(source, io, IMPORT_MAX_BYTES);
  let mapping = await mappingFor(kind, ctx, io);
  const sheet = sheetOf(source, bytes, mapping?.sheet);
  if (!mapping) {
    const name = detectMapping(kind, sheet.headers);
    if (!name) throw new CliError(`${source}: cannot tell which columns hold what (columns: ${sheet.headers.slice(0, 12).join(', ')}${sheet.headers.length > 12 ? ', …' : ''}); give --mapping FILE or one of ${Object.keys(READY_MAPPINGS).filter((n) => READY_MAPPINGS[n]!.kind === kind).join(', ')} (see cpd mapping)`);
    mapping = READY_MAPPINGS[name]!;
  }
  const { documents, problems } = importSheet(sheet, mapping, ctx.objectives);
  if (problems.length) {
    const more = problems.length - SHOWN_PROBLEMS;
    throw new CliError([...problems.slice(0, SHOWN_PROBLEMS).map((p) => formatImportProblem(source, p)), ...(more > 0 ? [`${source}: … and ${more} more problem${more === 1 ? '' : 's'}`] : [])].join('\n'));
  }
  return documents;
}

/** Reads a list of documents: JSON from a file or URL (a bare array, or an object holding it under `key`), or a CSV/XLSX export. */
async function listFrom(source: string, kind: ImportKind, key: string, io: CliIo, ctx: ImportContext): Promise<unknown> {
  const ext = extname(source).toLowerCase();
  if (!isUrl(source) && (ext === '.csv' || ext === '.tsv' || ext === '.txt' || ext === '.xlsx')) return importFile(source, kind, io, ctx);
  // A URL (the demo receiver's export, an intranet's JSON feed) is fetched within the same bounds as a page.
  const text = isUrl(source) ? (await readSource(source, io)).text : utf8(await readBytes(source, io, IMPORT_MAX_BYTES));
  const value = jsonFrom(source, text);
  return value && typeof value === 'object' && !Array.isArray(value) && key in value ? (value as Record<string, unknown>)[key] : value;
}

/** Reads and checks a file of CPD requests (JSON, CSV or XLSX). */
export async function loadRequests(source: string, io: CliIo, ctx: ImportContext = {}) {
  return checked(source, z.array(CpdRequest), await listFrom(source, 'requests', 'requests', io, ctx));
}

/** Reads and checks a file of impact evaluations (JSON, CSV or XLSX). */
export async function loadEvaluations(source: string, io: CliIo, ctx: ImportContext = {}) {
  return checked(source, z.array(ImpactEvaluation), await listFrom(source, 'evaluations', 'evaluations', io, ctx));
}

/** Reads and checks a staff list ({ id, group, name? }; JSON, CSV or XLSX). */
export async function loadStaff(source: string, io: CliIo, ctx: ImportContext = {}) {
  return checked(source, z.array(StaffEntry), await listFrom(source, 'staff', 'staff', io, ctx));
}
