import type { Draft } from '../types.ts';
import { RDFA, readItems } from './items.ts';
import { courseItems } from './microdata.ts';
import { schemaDraft } from './schema.ts';

/** RDFa Lite source (vocab/typeof/property with schema.org terms): one draft per course-like resource. */
export function rdfaDrafts(doc: Document, url: string): Draft[] {
  return courseItems(readItems(doc, RDFA)).map(({ node, path }) => schemaDraft(node, 'rdfa', url, path));
}
