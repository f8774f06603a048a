import type { Draft } from '../types.ts';
import { RDFA, readItems } from './items.ts';
import { courseItems } from './microdata.ts';
import { type ReadOptions, schemaDraft } from './schema.ts';

/** RDFa Lite source (vocab/typeof/property with schema.org terms): one draft per course-like resource. */
export function rdfaDrafts(doc: Document, url: string, read: ReadOptions = {}): Draft[] {
  return courseItems(readItems(doc, RDFA), read).map(({ node, path }) => schemaDraft(node, 'rdfa', url, path, undefined, read.currency));
}
