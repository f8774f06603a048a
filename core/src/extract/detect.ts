import { ADAPTER_MARKERS, findAdapter } from './adapters/index.ts';
import { CPD_WORDS } from './parse/words.ts';
import { isArticlePage } from './sources/meta.ts';

const LD_TYPE = /"@type"\s*:\s*\[?\s*"(?:schema:|https?:\/\/schema\.org\/)?(Course|EducationEvent|Event|BusinessEvent|EducationalOccupationalProgram|Product)"/g;
const MARKUP = '[itemtype*="schema.org/Course"], [itemtype*="schema.org/EducationEvent"], [itemtype$="schema.org/Event"], [typeof~="Course"], [typeof~="schema:Course"], [typeof~="Event"], [typeof~="EducationEvent"]';

/**
 * Cheap check for the extension badge: 'catalogue' for a page listing several courses, 'course' for one,
 * null for everything else (news, shops for other goods, blank pages). Reads no more than it must.
 */
export function detectPage(doc: Document, url: string): 'course' | 'catalogue' | null {
  try {
    if (!doc.body) return null;
    const title = `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.slice(0, 500);
    // One query for every structured or adapter signal; most pages have none and stop at the text check.
    if (!doc.querySelector(`${ADAPTER_MARKERS}, script[type="application/ld+json"], [itemscope], [typeof]`)) return textSignals(doc, title);
    if (findAdapter(url, doc)) return 'catalogue';
    let count = 0;
    let product = 0;
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < 50; i++) {
      for (const m of (scripts[i]!.textContent ?? '').slice(0, 500_000).matchAll(LD_TYPE)) {
        if (m[1] === 'Product') product++;
        else count++;
      }
    }
    count += doc.querySelectorAll(MARKUP).length;
    if (!count && (product || doc.querySelector('[itemtype*="schema.org/Product"]')) && CPD_WORDS.test(title)) count = 1;
    if (count >= 3) return 'catalogue';
    if (count >= 1) return 'course';
    return textSignals(doc, title);
  } catch {
    return null;
  }
}

/** A page without structured data counts when its title names CPD and its text has a price and a booking call. */
function textSignals(doc: Document, title: string): 'course' | null {
  if (!CPD_WORDS.test(title) || isArticlePage(doc)) return null;
  const text = (doc.body?.textContent ?? '').slice(0, 30_000);
  const priced = /[£€]\s?\d|\bfully[- ]funded\b|\bfree of charge\b|\bcost:?\s*free\b/i.test(text);
  const booking = /\b(?:book (?:now|a place|your place|online)|register (?:now|here|your)|enrol|add to basket|booking)\b/i.test(text);
  return priced && booking ? 'course' : null;
}
