/**
 * "No English in a Welsh view" (issue 25), measured on what a reader sees: the text of a rendered page
 * (its shadow roots included), cut into the sentences it shows, checked against a list of common English
 * words that are not Welsh. Quoted page text (`q`, anything marked `lang="en"`, text in curly quotes),
 * addresses, and the course titles and answers a test typed are left out first: those stay as written.
 */
import type { Frame, Page } from '@playwright/test';

/**
 * Common English words that are never Welsh words (so not "a", "i", "at", "to", "do", "can", "be", "cost",
 * "staff", "problem": Welsh words too). A Welsh view showing one of them is showing English.
 */
export const ENGLISH_WORDS = new Set(
  ('the and of with for is are was were not this that these your our you they their it its if does did ' +
    'has have been will would should could must may there here what when how which who why from by into or ' +
    'course courses request requests send sent sending school schools training teacher teachers pupils page ' +
    'answer answers answered enter select choose save saved saving try again error ' +
    'evidence provider budget fit strong good weak partial matched funded funding policy setting settings ' +
    'address yes no none more less only about after before every each other than then also still yet ' +
    'please find found read add remove change open close show hide new old day days hours per total').split(' '),
);

/** What may stay as written inside a Welsh sentence: names, acronyms and codes. */
const KEPT = /CPD Lens|Teacher Development Trust|Google|JSON|HTML|CSV|XLSX|SharePoint|OneDrive|Power Automate|Apps Script|connect-src|Content-Security-Policy|dist-cdn|policy\.json|https?:\/\/\S+|\S+@\S+\.\S+/g;

/**
 * Every piece of text a reader meets on the page, as the sentences it shows: text nodes in the document and
 * every open shadow root (`roots`: only inside these elements' shadow roots, when given), and the
 * accessible names set in attributes. Skips scripts and styles, `q` quotes and anything marked English
 * inside the page (the page's own `<html lang>` is the view's language, checked by the caller).
 * Closed `<details>` are opened first, so their text is read too.
 */
export function shownSentences(target: Page | Frame, roots?: string): Promise<string[]> {
  return target.evaluate((rootSelector) => {
    const out: string[] = [];
    const skip = (el: Element | null): boolean => !el || Boolean(el.closest('script, style, template, q, [lang="en"]:not(html), [lang^="en-"]:not(html)'));
    const visit = (root: Document | ShadowRoot | Element, inside: boolean) => {
      for (const d of root.querySelectorAll('details')) d.open = true;
      if (inside) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (skip(n.parentElement)) continue;
          const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) out.push(text);
        }
        for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
          if (skip(el)) continue;
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = el.getAttribute(name)?.trim();
            if (value) out.push(value);
          }
        }
      }
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        const host = !rootSelector || el.matches(rootSelector);
        visit(el.shadowRoot, inside || host);
      }
    };
    visit(document, !rootSelector);
    if (!rootSelector) out.push(document.title);
    return out;
  }, roots);
}

/** Every string value in a fixture (course titles, providers, the school's objectives): text a school or provider wrote. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * The sentences showing English words, each with the words found, once `written` (titles, names, what a
 * school or a test typed) and quotes are taken out. Empty when the view is all Welsh.
 */
export function englishSentences(sentences: readonly string[], written: readonly string[]): string[] {
  const kept = [...new Set(written.map((w) => w.trim()).filter((w) => w.length > 2))].sort((a, b) => b.length - a.length);
  const bad = new Set<string>();
  for (const sentence of sentences) {
    let text = sentence;
    // a title cut short to fit ("Improve maths fluency with retrieval …") is still what the school wrote
    if (text.includes('…')) for (const w of kept) for (let n = w.length - 1; n >= 12; n--) text = text.split(`${w.slice(0, n).trimEnd()} …`).join(' ').split(`${w.slice(0, n).trimEnd()}…`).join(' ');
    for (const w of kept) text = text.split(w).join(' ');
    text = text.replace(KEPT, ' ').replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ');
    const words = text.toLowerCase().split(/[^a-zà-ÿŵŷ’'-]+/).filter((w) => ENGLISH_WORDS.has(w));
    if (words.length) bad.add(`${sentence}  ← ${[...new Set(words)].join(', ')}`);
  }
  return [...bad];
}
