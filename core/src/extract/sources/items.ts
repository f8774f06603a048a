import { cleanText, UNSAFE_KEYS } from '../clean.ts';
import { tagOf, textOf } from '../dom.ts';
import { MAX_NODES } from '../types.ts';
import { bare, type SNode } from './schema.ts';

/** The attribute names of one inline-markup syntax: microdata or RDFa Lite. */
export interface Syntax {
  scope: string;
  type: string;
  prop: string;
}
export const MICRODATA: Syntax = { scope: 'itemscope', type: 'itemtype', prop: 'itemprop' };
export const RDFA: Syntax = { scope: 'typeof', type: 'typeof', prop: 'property' };

const URL_ATTR: Record<string, string> = { A: 'href', LINK: 'href', AREA: 'href', IMG: 'src', SOURCE: 'src', VIDEO: 'src', AUDIO: 'src', IFRAME: 'src', EMBED: 'src', OBJECT: 'data' };

/** The value an inline-markup property element carries (content, href, datetime or its text). */
function propertyValue(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  const tag = tagOf(el);
  const attr = URL_ATTR[tag];
  if (attr) return el.getAttribute(attr) ?? el.getAttribute('resource') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? textOf(el, 200);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? textOf(el, 200);
  return textOf(el, 5000);
}

/** Builds the node of one item element: its types and every property beneath it, to a bounded depth. */
function readItem(el: Element, syn: Syntax, budget: { left: number }, depth: number): SNode {
  const node = Object.create(null) as SNode;
  node['@type'] = (el.getAttribute(syn.type) ?? '').split(/\s+/).filter(Boolean).slice(0, 5).map((t) => bare(t.replace(/^.*[/#](?=[^/#]+$)/, '')));
  const stack: Element[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  while (stack.length && budget.left-- > 0) {
    const child = stack.pop()!;
    const names = child.getAttribute(syn.prop);
    const scoped = child.hasAttribute(syn.scope);
    if (names !== null) {
      const value = scoped && depth < 8 ? readItem(child, syn, budget, depth + 1) : cleanText(propertyValue(child), 5000);
      for (const raw of names.split(/\s+/).slice(0, 5)) {
        const name = bare(raw.replace(/^.*[/#](?=[^/#]+$)/, ''));
        if (!name || UNSAFE_KEYS.has(name)) continue;
        const list = (node[name] ??= []) as unknown[];
        if (list.length < 200) list.push(value);
      }
    }
    if (scoped) continue;
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
  }
  return node;
}

/** Reads the top-level items of a syntax on a page, with a selector-ish path for provenance. */
export function readItems(doc: Document, syn: Syntax, limit = 1000): { node: SNode; path: string }[] {
  const out: { node: SNode; path: string }[] = [];
  const els = doc.querySelectorAll(`[${syn.scope}]`);
  const budget = { left: MAX_NODES };
  for (let i = 0; i < els.length && out.length < limit && budget.left > 0; i++) {
    const el = els[i]!;
    if (el.hasAttribute(syn.prop)) continue;
    const id = el.getAttribute('id');
    out.push({ node: readItem(el, syn, budget, 0), path: `${tagOf(el).toLowerCase()}${id ? `#${id.slice(0, 60)}` : ''}[${syn.scope}]:nth(${i})` });
  }
  return out;
}
