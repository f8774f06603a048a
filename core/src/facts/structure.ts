/**
 * The structure of a course's block: headed sections, label–value pairs (definition lists, table rows
 * with a header cell, "Fee: £195" lines, icon cards whose label and value sit in two short elements),
 * list items and paragraphs. Facts are read from these parts with their label and heading, so an amount
 * under "Cancellation" is a charge and a date under "Apply by" is a deadline (see facts.md, Duckling's
 * typed dimensions and metascraper's ordered rules).
 */
import { collapseSpaces } from '../parse/spaces.ts';

/** One part of a block: its text, the label it sits under (if any) and the nearest heading above it. */
export interface Part {
  kind: 'heading' | 'pair' | 'item' | 'para';
  /** The label of a label–value pair ("Fee", "Dates"), lower-cased without its colon. */
  label?: string;
  /** The nearest heading above the part ("Cost", "Day 1 – Thursday 4 February"). */
  heading: string;
  text: string;
  /** In an aside listing other offers, each with its own price ("Also from us: X – £210; Y – £115"): never this course's fee. */
  offer?: true;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'TEXTAREA', 'HEAD', 'NAV', 'FOOTER', 'BUTTON']);
const HEADING = /^H[1-6]$/;
/** Elements read as one part each when they hold no block of their own. */
const LEAF = new Set(['P', 'LI', 'DT', 'DD', 'TD', 'TH', 'SPAN', 'DIV', 'A', 'STRONG', 'B', 'EM', 'SMALL', 'LABEL', 'FIGCAPTION', 'BLOCKQUOTE', 'ADDRESS', 'TIME']);
const BLOCKS = new Set(['P', 'LI', 'DIV', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'SECTION', 'ARTICLE', 'MAIN', 'FIGURE', 'FORM', 'DETAILS', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'HEADER', 'ASIDE']);
/** The most elements one block's reading visits: the course's facts are near its heading, not 60,000 nodes down. */
const MAX_VISITS = 6000;
/** Deeper than this, a subtree is read as one paragraph: 10,000 nested elements cannot blow the stack. */
const MAX_DEPTH = 60;
const isBlock = (el: Element): boolean => BLOCKS.has(el.tagName.toUpperCase());
/** Whether an element has a block child (children only: a whole-subtree query per element would be quadratic). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) return true;
  return false;
}
/** A label written before its value on one line: "Fee: £195", "Dates – 4 and 5 March". */
const INLINE_LABEL = /^([A-Za-z][A-Za-z '’/&()-]{1,40}?)\s*[:|]\s+(.+)$/;
/** Cookie banners, menus and the like: never a course fact. */
const CHROME_CLASS = /\b(?:cookie|consent|gdpr|newsletter|breadcrumb|menu|navbar|site-header|site-footer)\b/i;

const squash = (s: string): string => collapseSpaces(s).trim();
const labelOf = (s: string): string => squash(s).replace(/[:\s]+$/, '').toLowerCase().slice(0, 60);

/** A heading over other courses ("Other leadership courses", "You might also like", "Related"): its parts speak of them, not of this course. */
export const OTHER_COURSES = /\b(?:related|similar|other|more|upcoming|recommended|popular)\s+(?:[a-z-]+\s+){0,2}?(?:courses|events|training|programmes|webinars|work ?groups|networks|conferences|qualifications)\b|\byou (?:may|might) also\b|\bsee also\b|^\s*also (?:from|by|available|on offer)\b|^\s*related(?: (?:links|content|pages|items))?\s*$/i;

/** Splits "Fee: £195 + VAT" into a label and a value when the part before the colon reads as a label. */
export function inlinePair(text: string): { label: string; value: string } | undefined {
  const m = INLINE_LABEL.exec(text);
  if (!m || m[1]!.split(' ').length > 5) return undefined;
  return { label: labelOf(m[1]!), value: m[2]! };
}

/** The parts of a block, in reading order, at most `max` of them. */
export function segment(root: Element | null | undefined, max = 800): Part[] {
  const out: Part[] = [];
  if (!root) return out;
  let heading = '';
  let visited = 0;
  // the level of a heading that opened other courses ("Related courses" over each card's own h3): its parts are offers
  let othersAt = 0;
  const push = (kind: Part['kind'], text: string, label?: string, level = 0): void => {
    const t = squash(text).slice(0, 2000);
    if (!t || out.length >= max) return;
    if (kind === 'heading') {
      heading = t.slice(0, 200);
      if (OTHER_COURSES.test(heading)) othersAt = level;
      else if (othersAt && level <= othersAt) othersAt = 0;
    }
    const inline = kind !== 'heading' && label === undefined ? inlinePair(t) : undefined;
    const part: Part = inline ? { kind: 'pair', label: inline.label, heading, text: inline.value } : label === undefined ? { kind, heading, text: t } : { kind: 'pair', label, heading, text: t };
    if (othersAt && kind !== 'heading') part.offer = true;
    out.push(part);
  };
  const walk = (el: Element, depth: number): void => {
    if (++visited > MAX_VISITS || out.length >= max) return;
    if (depth > MAX_DEPTH) return push('para', textOfBounded(el));
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || CHROME_CLASS.test(el.getAttribute('class') ?? '') || CHROME_CLASS.test(el.id ?? '')) return;
    // a heading left open over the page's blocks (broken markup some parsers keep nested): its own words are the heading, its blocks are read as blocks
    if (HEADING.test(tag) && !hasBlockChild(el)) return push('heading', el.textContent ?? '', undefined, Number(tag[1]));
    let first = el.firstChild;
    if (HEADING.test(tag)) {
      let own = '';
      for (; first && !(first.nodeType === 1 && isBlock(first as Element)); first = first.nextSibling) own += first.textContent ?? '';
      push('heading', own, undefined, Number(tag[1]));
    }
    // a booking widget's choices ("Single delegate – £160.00", "Thursday 4 March 2027 – Leeds"): an item each
    if (tag === 'SELECT') {
      for (const option of optionTexts(el)) push('item', option);
      return;
    }
    if (tag === 'DT') {
      const dd = nextElement(el);
      if (dd && dd.tagName.toUpperCase() === 'DD') {
        // "Cost | £295 … for state-funded schools<br>£345 … for independent schools": a pair per line, under one label
        const label = labelOf(el.textContent ?? '');
        for (const line of brLines(dd)) push('pair', line, label);
        return;
      }
      return push('para', el.textContent ?? '');
    }
    if (tag === 'DD' && previousElement(el)?.tagName.toUpperCase() === 'DT') return;
    if (tag === 'TR') {
      const th = el.querySelector('th');
      const row = childElements(el, 20);
      const cells = row.filter((c) => c.tagName.toUpperCase() === 'TD');
      // a table of prices in columns headed by whom they are for ("Members | Non-members"): each amount is read under its column's head
      const heads = cells.filter((c) => MONEY_CELL.test(c.textContent ?? '')).length >= 2 ? columnHeads(el, row.length) : undefined;
      if (heads && cells.length) {
        // each amount a pair under the row's own label, its first cell or row header ("Early bird (until 31 October 2026)", "Standard"), its text led by its column's head
        const first = row[0]!;
        const label = first !== cells[0] || !MONEY_CELL.test(first.textContent ?? '') ? labelOf(first.textContent ?? '') : '';
        row.forEach((c, i) => { if (c.tagName.toUpperCase() === 'TD' && MONEY_CELL.test(c.textContent ?? '')) push('pair', `${heads[i] ?? ''} ${c.textContent ?? ''}`, label); });
        return;
      }
      if (th && cells.length) {
        // "Fee | £395 + VAT<br>Early-bird: £355 + VAT when booked by …": a pair per line, under the row's label
        const label = labelOf(th.textContent ?? '');
        if (cells.length === 1) for (const line of brLines(cells[0]!)) push('pair', line, label);
        else push('pair', cells.map((c) => c.textContent ?? '').join(' '), label);
        return;
      }
      return push('item', row.map((c) => c.textContent ?? '').join(' | '));
    }
    const card = cardPair(el);
    if (card) {
      for (const line of card.value) push('pair', line, card.label);
      return;
    }
    if (!hasBlockChild(el)) {
      if (LEAF.has(tag) || !el.firstElementChild) {
        // a paragraph broken with <br> ("Early bird: £219 – now closed<br>Standard: £249") is a part per line
        for (const line of brLines(el)) push(tag === 'LI' ? 'item' : 'para', line);
        return;
      }
    }
    const start = out.length;
    // text written straight into a container beside its blocks ("<div>Fee: £95<p>…</p></div>")
    let loose = '';
    for (let c = first; c && out.length < max && visited <= MAX_VISITS; c = c.nextSibling) {
      if (c.nodeType === 3) loose += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const child = c as Element;
        if (SKIP.has(child.tagName.toUpperCase())) continue;
        if (!isBlock(child)) { loose += textOfBounded(child); continue; }
        if (squash(loose)) push('para', loose);
        loose = '';
        walk(child, depth + 1);
      }
    }
    if (squash(loose)) push('para', loose);
    if (tag === 'ASIDE') markOffers(out.slice(start));
  };
  walk(root, 0);
  return out;
}

/**
 * Marks an aside's priced parts as other offers when there are two or more and none is a fact's label–value pair
 * (a key-facts aside gives its price as a pair, "Fee: £1,650"; "Also from us: X – £210, Y – £115" does not, nor
 * a card naming each course beside its price).
 */
function markOffers(box: Part[]): void {
  const priced = box.filter((p) => p.kind !== 'heading' && MONEY_CELL.test(p.text));
  // a pair labelled by a course's name ("NPQ in Leading Literacy | from £899") is an offer; one labelled as a fact ("Fee | £1,650") is not
  if (priced.length >= 2 && priced.every((p) => p.kind !== 'pair' || !FACT_LABEL.test(p.label ?? ''))) for (const p of priced) p.offer = true;
}

/** A label stating a fact of the course itself (its fee, a rate, a date), as a key-facts box gives it. */
const FACT_LABEL = /\b(?:fees?|costs?|price|prices|pricing|tickets?|rates?|members?|non-members?|early|standard|delegates?|per|vat|dates?|when|time|duration|venue|where|format|places?)\b/i;

/** A select box's choices that carry a figure (a date, a time, a price), at most 30: prompts such as "Select a session…" are left out. */
export function optionTexts(select: Element): string[] {
  const out: string[] = [];
  const options = select.getElementsByTagName('option');
  for (let i = 0; i < options.length && i < 30; i++) {
    const text = options[i]!.textContent ?? '';
    if (/\d/.test(text)) out.push(text);
  }
  return out;
}

/** A table cell stating an amount. */
const MONEY_CELL = /[£€$]\s?\d/;

/**
 * The heads of a row's columns: the text of its table's first row when that row is all header cells, two or
 * more of them named, as many as the row has cells, and it is not this row. Undefined otherwise.
 */
function columnHeads(tr: Element, width: number): string[] | undefined {
  const first = tr.closest('table')?.querySelector('tr');
  if (!first || first === tr) return undefined;
  const heads = childElements(first, 20);
  if (heads.length !== width || heads.some((c) => c.tagName.toUpperCase() !== 'TH')) return undefined;
  const names = heads.map((c) => squash(c.textContent ?? '').slice(0, 60));
  return names.filter(Boolean).length >= 2 ? names : undefined;
}

/** An icon card: two short leaf elements, a label ("Price") and its value ("£195 + VAT"), a line each when broken with <br>. */
function cardPair(el: Element): { label: string; value: string[] } | undefined {
  const all = childElements(el, 4);
  if (all.length < 2 || all.length > 3) return undefined;
  const kids = all.filter((c) => !SKIP.has(c.tagName.toUpperCase()) && squash(c.textContent ?? ''));
  if (kids.length !== 2 || kids.some((k) => hasBlockChild(k) && childElements(k, 2).length > 1)) return undefined;
  // words written between or around the two ("<strong>Package:</strong> six visits … <strong>£3,600</strong>") are part of the value: a paragraph, not a card
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && squash(c.nodeValue ?? '')) return undefined;
  const label = squash(kids[0]!.textContent ?? '');
  const value = squash(kids[1]!.textContent ?? '');
  if (label.length > 30 || !/^[A-Za-z][A-Za-z '’/&-]*:?$/.test(label) || value.length > 300 || HEADING.test(kids[0]!.tagName.toUpperCase())) return undefined;
  // a value broken with <br> is a value per line
  return { label: labelOf(label), value: brLines(kids[1]!) };
}

/** An element's first `max` child elements (sibling pointers: some DOMs build a new array on every `children` read). */
function childElements(el: Element, max: number): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c && out.length < max; c = c.nextElementSibling) out.push(c);
  return out;
}

/** A leaf's text split at its <br> elements (the whole text when it has none), at most 4,000 characters. */
function brLines(el: Element): string[] {
  if (!el.getElementsByTagName('br').length) return [textOfBounded(el)];
  const out = [''];
  let size = 0;
  // iterative, bounded: a leaf may nest inline elements deeply
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  for (let n = stack.pop(); n && size < 4000; n = stack.pop()) {
    if (n.nodeType === 3) {
      out[out.length - 1] += n.nodeValue ?? '';
      size += n.nodeValue?.length ?? 0;
    } else if (n.nodeType === 1) {
      if ((n as Element).tagName.toUpperCase() === 'BR') out.push('');
      else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out;
}

/** An element's text, cut at 4,000 characters (a part is at most 2,000). */
function textOfBounded(el: Element): string {
  const t = el.textContent ?? '';
  return t.length > 4000 ? t.slice(0, 4000) : t;
}

function nextElement(el: Element): Element | null {
  return el.nextElementSibling;
}

function previousElement(el: Element): Element | null {
  return el.previousElementSibling;
}

/** The parts' text as one string with a line per part, for readers that look across parts. */
export const partsText = (parts: readonly Part[]): string => parts.map((p) => (p.label ? `${p.label}: ${p.text}` : p.text)).join('\n');
