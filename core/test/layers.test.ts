/**
 * The dependency rule (issue 24): core's folders form layers, and a file only imports from a lower
 * layer (or its own folder). So no two folders depend on each other, and the schemas at the bottom
 * never reach up into sentences, scoring or the CLI. A new folder must be given its layer here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src');

/** Lowest first. Each name is a folder of core/src, or a file at its top. */
const LAYERS: readonly (readonly string[])[] = [
  ['zod.ts'],
  ['model'],
  ['i18n', 'text', 'parse', 'policy', 'budget', 'correct', 'store', 'import'],
  ['facts', 'report', 'request'],
  ['course-profile', 'record'],
  ['extract', 'cost'],
  ['score'],
  ['commission'],
  ['index.ts'],
  ['node.ts'],
  ['cli'],
];
const LAYER = new Map(LAYERS.flatMap((names, i) => names.map((n) => [n, i] as const)));

/** Every TypeScript file under `dir`, relative to core/src. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [relative(SRC, path)] : [];
  });
}

/** The folder (or top-level file) a path in core/src belongs to. */
const unit = (path: string): string => path.split('/')[0]!;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Each import of another folder: importer, imported, and both folders. */
function crossings(): { file: string; target: string; from: string; to: string }[] {
  const out: { file: string; target: string; from: string; to: string }[] = [];
  for (const file of files(SRC)) {
    const source = readFileSync(join(SRC, file), 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const target = normalize(join(dirname(file), m[1] ?? m[2]!));
      if (unit(target) !== unit(file)) out.push({ file, target, from: unit(file), to: unit(target) });
    }
  }
  return out;
}

describe('core’s layers', () => {
  const edges = crossings();

  it('reads the imports it judges (the rule cannot pass by finding none)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'score' && e.to === 'cost')).toBe(true);
  });

  it('places every folder in a layer', () => {
    const unplaced = [...new Set(files(SRC).map(unit))].filter((u) => !LAYER.has(u));
    expect(unplaced, 'give each new folder its layer in core/test/layers.test.ts').toEqual([]);
  });

  it('imports only from lower layers: no cycles between folders, nothing reaching up', () => {
    const upward = edges.filter((e) => (LAYER.get(e.to) ?? -1) >= (LAYER.get(e.from) ?? -1)).map((e) => `${e.file} imports ${e.target} (${e.from} is not above ${e.to})`);
    expect(upward).toEqual([]);
  });
});
