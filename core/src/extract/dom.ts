import { MAX_NODES } from './types.ts';
import { collapseSpaces } from '../parse/spaces.ts';
import { optionTexts } from '../facts/structure.ts';

/** Elements whose text is never page content. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD']);
/** Page chrome skipped when reading a page's main text. */
const CHROME = new Set(['NAV', 'FOOTER', 'ASIDE']);
/** Elements that break a line in rendered text. */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'TBODY', 'THEAD', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'DT', 'DD', 'DL', 'BR', 'HR', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'FORM', 'FIELDSET', 'PRE', 'BODY',
]);

/** Upper-case tag name of a node, or '' for non-elements. */
export function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
}

/**
 * The rendered-ish text of an element as lines (blocks and table cells break lines), walking at most
 * `maxNodes` nodes iteratively so 10,000 nested elements cannot blow the stack.
 */
export function textLines(root: Node | null | undefined, skipChrome = true, maxNodes = MAX_NODES, maxChars = 200_000): string[] {
  if (!root) return [];
  let buf = '';
  const stack: (Node | null)[] = [root];
  let visited = 0;
  while (stack.length && visited < maxNodes && buf.length < maxChars) {
    const node = stack.pop();
    if (node === null) {
      buf += '\n';
      continue;
    }
    if (!node) continue;
    visited++;
    // nodeType read once: each DOM property read is a call into the browser, and this visits every node
    const type = node.nodeType;
    if (type === 3) {
      buf += node.nodeValue ?? '';
      continue;
    }
    if (type !== 1 && type !== 9 && type !== 11) continue;
    const tag = type === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'SELECT') {
      buf += selectLines(node as Element);
      continue;
    }
    if (SKIP.has(tag) || (skipChrome && CHROME.has(tag))) continue;
    if (tag === 'TD' || tag === 'TH') buf += ' | ';
    const block = BLOCK.has(tag);
    if (block) {
      buf += '\n';
      stack.push(null);
    }
    // Sibling pointers, not childNodes: some DOMs (linkedom) build a fresh array on every childNodes read.
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  const lines: string[] = [];
  for (const raw of buf.split('\n')) {
    if (!raw) continue; // most breaks come in pairs (a block's start and end): nothing to normalise
    const line = collapseSpaces(raw).replace(/^\s*\|\s*/, '').trim();
    if (line) lines.push(line.slice(0, 2000));
  }
  return lines;
}

/**
 * A booking widget's choices as lines ("Thursday 25 February 2027, 1.00pm – 4.00pm", "Single delegate – £160"):
 * the options with a figure and a word, at most 30; quantities and prompts ("1", "Select a session…") are left out.
 */
function selectLines(select: Element): string {
  let out = '';
  for (const text of optionTexts(select)) if (/[A-Za-z]{3}/.test(text)) out += `\n${text}\n`;
  return out;
}

/** The element holding a page's main content: main, article or [role=main], else the body. */
export function mainElement(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.querySelector('article') ?? doc.body ?? doc.documentElement;
}

/** Text of one element, whitespace collapsed and bounded. */
export function textOf(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  return textLines(el, false, 5000, max * 2).join(' ').slice(0, max);
}

/** Parses an HTML string with the platform's DOMParser (the browser's, or linkedom's in Node). */
export function parseHtml(html: string): Document | null {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) return null;
  try {
    // A fragment starting at <body> (schema.org examples, saved snippets) confuses some parsers (linkedom
    // nests an empty body inside it); browsers add the <html> themselves, so adding it changes nothing there.
    const at = html.slice(0, 4000).search(/<html[\s>]/i);
    // A wrapper element before <html> (a dataset's "<text id=… title=…>" around a saved page) makes
    // linkedom root the document at the wrapper with an empty body: the page starts at its <html>.
    const whole = at < 0 ? `<!doctype html><html>${html}</html>` : at > 0 && /<[a-z]/i.test(html.slice(0, at)) ? html.slice(at) : html;
    return new Parser().parseFromString(whole, 'text/html');
  } catch {
    return null;
  }
}
