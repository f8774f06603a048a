import { z } from '../zod.ts';
import { IsoDateTime } from '../model/common.ts';
import { check, parseJson, type Checked } from '../model/validate.ts';
import { settle, StoreError, type CpdStore } from './index.ts';
import { RECORDS, type StoreName } from './records.ts';

const MAX_EXPORT_CHARS = 20 * 1024 * 1024;
const MAX_RECORDS = 10_000;

const lists = Object.fromEntries(
  (Object.keys(RECORDS) as StoreName[]).map((name) => [name, z.optional(z.array(RECORDS[name]).check(z.maxLength(MAX_RECORDS)))]),
) as { [N in StoreName]: z.ZodMiniOptional<z.ZodMiniArray<(typeof RECORDS)[N]>> };

/** Everything CPD Lens holds for a user, as one portable JSON file (also a subject-access export). */
export const ExportFile = z.object({
  format: z.literal('cpd-lens-export'),
  version: z.literal(1),
  exportedAt: IsoDateTime,
  data: z.object(lists),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** Reads every valid record of every store into an export file; records that no longer fit go in as they are under `unreadable`. */
export async function exportData(store: CpdStore, now = new Date()): Promise<ExportFile & { unreadable?: unknown[] }> {
  const data: Record<string, unknown[]> = {};
  const unreadable: unknown[] = [];
  for (const name of Object.keys(RECORDS) as StoreName[]) {
    const collection = store[name];
    if (!collection) continue;
    data[name] = await collection.all();
    for (const bad of await collection.invalid()) unreadable.push({ store: name, id: bad.id, value: bad.value });
  }
  const file = { format: 'cpd-lens-export' as const, version: 1 as const, exportedAt: now.toISOString(), data: data as ExportFile['data'] };
  return unreadable.length ? { ...file, unreadable } : file;
}

/** Checks an export file's text before anything is written: size, JSON, format, every record. */
export function parseExport(text: string): Checked<ExportFile> {
  if (text.length > MAX_EXPORT_CHARS) return { ok: false, problems: [{ path: '', message: 'is too large to be a CPD Lens export (over 20 MB)' }] };
  const json = parseJson(text);
  if (!json.ok) return json;
  const value = json.value as { format?: unknown; version?: unknown } | null;
  if (!value || typeof value !== 'object' || value.format !== 'cpd-lens-export') return { ok: false, problems: [{ path: 'format', message: 'is not a CPD Lens export file' }] };
  if (value.version !== 1) return { ok: false, problems: [{ path: 'version', message: `is ${JSON.stringify(value.version)}: this CPD Lens reads version 1 exports; update CPD Lens to import it` }] };
  return check(ExportFile, value);
}

/**
 * Imports a checked export in one transaction: all records or none. Records with the same id are
 * replaced; everything else already stored is kept.
 */
export async function importData(store: CpdStore, file: ExportFile): Promise<Record<StoreName, number>> {
  if (store.readOnly) throw new StoreError('read-only', 'store: this data was saved by a newer version of CPD Lens; update CPD Lens to import into it');
  const names = (Object.keys(RECORDS) as StoreName[]).filter((n) => file.data[n]?.length);
  const counts = Object.fromEntries((Object.keys(RECORDS) as StoreName[]).map((n) => [n, 0])) as Record<StoreName, number>;
  if (!names.length) return counts;
  const tx = store.db.transaction(names, 'readwrite', { durability: 'strict' });
  const writes: Promise<unknown>[] = [];
  for (const name of names) {
    for (const record of file.data[name] ?? []) writes.push(tx.objectStore(name).put(record));
    counts[name] = file.data[name]?.length ?? 0;
  }
  await settle([...writes, tx.done]);
  return counts;
}
