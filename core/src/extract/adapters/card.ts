import { cleanText, safeUrl } from '../clean.ts';
import { textLines, textOf } from '../dom.ts';
import { formatOf } from '../../parse/words.ts';
import { bookingLink, textDraft } from '../sources/text.ts';
import { type Candidate, type Draft, propose } from '../types.ts';
import type { AdapterCourse } from './types.ts';

/** Reads one catalogue block (card, row, list item) as an adapter course: its title, link and text fields. */
export function cardCourse(block: Element, titleEl: Element | null, base: string, hint: number | undefined, linkEl?: Element | null): AdapterCourse | undefined {
  const title = cleanText(textOf(titleEl, 600), 300);
  if (!title) return undefined;
  const lines = textLines(block, false, 3000, 20_000);
  const draft: Draft = textDraft(lines, hint, 1, true);
  for (const list of Object.values(draft) as Candidate[][]) {
    for (const c of list) {
      c.source = 'adapter';
      c.confidence = Math.min(0.9, c.confidence + 0.2);
    }
  }
  propose(draft, 'title', title, 'adapter', 0.9, title, 'adapter:title');
  const anchor = linkEl ?? titleEl?.closest('a') ?? titleEl?.querySelector('a');
  const href = safeUrl(anchor?.getAttribute('href') ?? undefined, base);
  const booking = bookingLink(block, base) ?? href;
  propose(draft, 'bookingUrl', booking, 'adapter', 0.85, booking, 'adapter:link');
  propose(draft, 'url', href, 'adapter', 0.8, href, 'adapter:link');
  propose(draft, 'format', formatOf(title), 'adapter', 0.6, title, 'adapter:title');
  return { draft, text: lines.join('\n') };
}
