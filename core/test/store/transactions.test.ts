import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * R-DB-05: an IndexedDB transaction commits as soon as the event loop turns with no request pending, so
 * awaiting anything that is not the transaction's own work (a fetch, a timer, a dynamic import) between
 * `transaction(` and its end throws TransactionInactiveError in browsers — often only under load. This
 * scans every store file for such awaits inside a transaction's scope and inside upgrade steps.
 */

const storeDir = join(import.meta.dirname, '../../src/store');
/** What may be awaited while a transaction is open: its own requests, cursors, and helpers that use only them. */
const allowed = /^(settle\(\[(op\(tx\.store\)|\.\.\.writes), tx\.done\]\)|(tx|store|cursor|s)\.\w+|db\.transaction\(\w+\)\.store\.openCursor\(\)|cursor\.continue\(\)|migrateV1Courses\(tx\)|upgradeSteps\(database, oldVersion, tx as unknown as AnyTx\))/;

/** The text from `start` to the end of the block that encloses it, or (`ownBody`) to the end of the body that opens after it. */
function scopeFrom(source: string, start: number, ownBody: boolean): string {
  let depth = ownBody ? -1 : 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '{') depth = depth === -1 ? 1 : depth + 1;
    else if (source[i] === '}' && --depth < (ownBody ? 1 : 0)) return source.slice(start, i);
  }
  return source.slice(start);
}

/** Awaits inside transaction scopes (after `transaction(`, or in a function handed the upgrade's `tx`) that are not IndexedDB work. */
export function strayAwaits(source: string): string[] {
  const starts = [...source.matchAll(/\.transaction\(|async function \w+\([^)]*\btx: AnyTx\)|async upgrade\(/g)];
  const out: string[] = [];
  for (const start of starts) {
    for (const m of scopeFrom(source, start.index, start[0] !== '.transaction(').matchAll(/\bawait\s+([^;\n]+)/g)) {
      const expression = m[1]!.trim();
      if (!allowed.test(expression)) out.push(expression);
    }
  }
  return out;
}

describe('no await of non-IndexedDB work inside a transaction', () => {
  const files = readdirSync(storeDir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s', (file) => {
    expect(strayAwaits(readFileSync(join(storeDir, file), 'utf8'))).toEqual([]);
  });

  it('the scan finds a fetch, a timer or an import awaited inside a transaction', () => {
    const bad = `async function save(db) {
      const tx = db.transaction('drafts', 'readwrite');
      await tx.store.put(draft);
      await fetch('/ping');
      await new Promise((ok) => setTimeout(ok, 10));
      await import('./later.ts');
      await tx.done;
    }`;
    expect(strayAwaits(bad)).toEqual(["fetch('/ping')", 'new Promise((ok) => setTimeout(ok, 10))', "import('./later.ts')"]);
  });

  it('the store files really open transactions (the scan is not vacuous)', () => {
    const scopes = files.flatMap((f) => [...readFileSync(join(storeDir, f), 'utf8').matchAll(/\.transaction\(/g)]);
    expect(scopes.length).toBeGreaterThanOrEqual(3);
  });
});
