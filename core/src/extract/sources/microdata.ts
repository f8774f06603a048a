import type { Draft } from '../types.ts';
import { MICRODATA, readItems } from './items.ts';
import { isCourseNode, isNode, type ReadOptions, schemaDraft, type SNode } from './schema.ts';

/** Course-like items of a node tree, not descending into a found course (offers, instances stay inside). */
export function courseItems(items: { node: SNode; path: string }[], read: ReadOptions = {}): { node: SNode; path: string }[] {
  const out: { node: SNode; path: string }[] = [];
  const stack = [...items].reverse();
  let visited = 0;
  while (stack.length && visited++ < 20_000) {
    const { node, path } = stack.pop()!;
    if (isCourseNode(node, read)) { out.push({ node, path }); continue; }
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const list = node[key];
      if (!Array.isArray(list)) continue;
      for (let i = list.length - 1; i >= 0; i--) if (isNode(list[i])) stack.push({ node: list[i] as SNode, path: `${path}.${key}` });
    }
  }
  return out;
}

/** Microdata source: one draft per course-like item (Course, Event, training Product…). */
export function microdataDrafts(doc: Document, url: string, read: ReadOptions = {}): Draft[] {
  return courseItems(readItems(doc, MICRODATA), read).map(({ node, path }) => schemaDraft(node, 'microdata', url, path, undefined, read.currency));
}
