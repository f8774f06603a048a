/** Test helpers: a block's parts from HTML (Node's DOMParser via src/node.ts) or from plain lines. */
import '../../src/node.ts';
import { parseHtml } from '../../src/extract/dom.ts';
import { segment, type Part } from '../../src/facts/index.ts';

/** The parts of an HTML fragment's body. */
export function partsOf(html: string): Part[] {
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  return segment(doc?.body);
}

/** Parts from lines: a paragraph each, under one heading, unless written "Label: value". */
export const lines = (...texts: string[]): Part[] => partsOf(texts.map((t) => `<p>${t}</p>`).join(''));
