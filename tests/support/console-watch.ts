/**
 * P-07: no personal data in console output. The extension fixture records every console message of
 * the test's browser (pages, extension pages, the label frame, the service worker) and, when the
 * test ends, reads what the member of staff wrote (profile, PD targets, notes on saved courses) from
 * the extension's own database: none of it may appear in any message.
 */
import type { BrowserContext, Worker } from '@playwright/test';

/** Starts collecting the text of every console message and uncaught page error in the context. */
export function watchConsole(context: BrowserContext): string[] {
  const lines: string[] = [];
  context.on('console', (message) => void lines.push(message.text()));
  context.on('weberror', (error) => void lines.push(String(error.error())));
  return lines;
}

/** The personal texts held in the extension's database (profile strings, notes), read through its service worker. */
export async function personalTexts(context: BrowserContext): Promise<string[]> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return [];
  // a worker a test stopped does not answer: give up after a while rather than hang the teardown
  const late = new Promise<string[]>((ok) => setTimeout(() => ok([]), 5_000).unref());
  return Promise.race([late, readPersonal(worker)]);
}

function readPersonal(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'cpd-lens')) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('cpd-lens');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (store: string) =>
      db.objectStoreNames.contains(store)
        ? new Promise<unknown[]>((ok) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => ok(req.result);
            req.onerror = () => ok([]);
          })
        : Promise.resolve([]);
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const [profiles, courses] = await Promise.all([all('profiles'), all('courses')]);
    db.close();
    const notes = (courses as { note?: unknown }[]).map((c) => c.note).filter((n): n is string => typeof n === 'string');
    // free text only: ids, roles, phases and dates are short or shared with everyone
    return [...profiles.flatMap(strings), ...notes].filter((s) => s.length >= 12 && !/^\d{4}-\d\d-\d\d/.test(s));
  });
}

/** The console lines that contain any of the personal texts (each shortened, so a failure does not repeat them whole). */
export function leaks(lines: readonly string[], personal: readonly string[]): string[] {
  return lines.filter((line) => personal.some((p) => line.includes(p))).map((line) => line.slice(0, 80));
}
