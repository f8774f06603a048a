import { UNSAFE_KEYS } from '../clean.ts';
import type { Draft } from '../types.ts';
import { repairJson } from './json-repair.ts';
import { bare, isCourseNode, isNode, type ReadOptions, schemaDraft, type SNode } from './schema.ts';

/** Largest JSON-LD block read, and the total across a page. */
const MAX_BLOCK = 1_000_000;
const MAX_TOTAL = 3_000_000;
/** Most JSON values copied out of one page's JSON-LD, and the deepest nesting followed. */
const MAX_VALUES = 50_000;
const MAX_DEPTH = 40;

/** Parses JSON-LD leniently (comments, control characters, trailing commas, cut-off ends) or returns undefined. */
export function parseJsonLd(text: string): unknown {
  if (text.length > MAX_BLOCK) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // fall through to the linear repair
  }
  try {
    return JSON.parse(repairJson(text)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Copies parsed JSON into null-prototype objects, unprefixing keys, skipping `__proto__`,
 * `constructor` and `prototype`, and bounding depth and size, so nothing downstream can be polluted.
 */
export function sanitiseJson(value: unknown, budget = { left: MAX_VALUES }, depth = 0): unknown {
  if (--budget.left < 0 || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value.slice(0, 1000)) {
      const c = sanitiseJson(v, budget, depth + 1);
      if (c !== undefined) out.push(c);
    }
    return out;
  }
  if (isNode(value)) {
    const out = Object.create(null) as SNode;
    for (const key of Object.keys(value).slice(0, 200)) {
      const k = key.trim();
      if (UNSAFE_KEYS.has(k)) continue;
      const c = sanitiseJson(value[key], budget, depth + 1);
      if (c !== undefined) out[k.startsWith('@') ? k : bare(k)] = c;
    }
    return out;
  }
  if (typeof value === 'string') return value.length > 20_000 ? value.slice(0, 20_000) : value;
  return typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** Reads every JSON-LD block of a document as sanitised roots. */
export function jsonLdRoots(doc: Document): unknown[] {
  const roots: unknown[] = [];
  let total = 0;
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length && i < 200; i++) {
    const s = scripts[i]!;
    if (!/^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')) continue;
    const text = s.textContent ?? '';
    total += text.length;
    if (total > MAX_TOTAL) break;
    const parsed = parseJsonLd(text);
    if (parsed !== undefined) roots.push(sanitiseJson(parsed));
  }
  return roots;
}

/** Finds course-like nodes in JSON-LD roots (through @graph, arrays, ItemLists), not descending into a found course. */
export function findCourseNodes(roots: unknown[], limit = 1000, read: ReadOptions = {}): { nodes: { node: SNode; path: string }[]; ids: Map<string, SNode> } {
  const nodes: { node: SNode; path: string }[] = [];
  const ids = new Map<string, SNode>();
  const stack: [unknown, string, boolean][] = roots.map((r, i): [unknown, string, boolean] => [r, `$[${i}]`, false]).reverse();
  let visited = 0;
  while (stack.length && visited++ < MAX_VALUES) {
    const [v, path, inCourse] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`, inCourse]);
      continue;
    }
    if (!isNode(v)) continue;
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1 && !ids.has(id)) ids.set(id, v);
    let here = inCourse;
    if (!inCourse && isCourseNode(v, read) && nodes.length < limit) {
      nodes.push({ node: v, path });
      here = true;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (k !== '@type' && k !== '@context' && k !== '@id') stack.push([v[k], `${path}.${k}`, here]);
    }
  }
  return { nodes, ids };
}

/** JSON-LD source: one draft per course-like node, in page order. */
export function jsonLdDrafts(doc: Document, url: string, read: ReadOptions = {}): Draft[] {
  const { nodes, ids } = findCourseNodes(jsonLdRoots(doc), 1000, read);
  const deref = (v: unknown): unknown => {
    if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
    return v;
  };
  return nodes.map(({ node, path }) => schemaDraft(node, 'json-ld', url, path, deref, read.currency));
}
