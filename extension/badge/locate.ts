import type { BadgeCourse } from '../messaging/protocol.ts';

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds where a course's title is on the page, for a catalogue badge: the extractor's own selector,
 * then a heading with exactly that text, then a link to the course whose text holds its title, then a
 * link with exactly that text.
 * Returns null rather than guessing.
 */
export function findTitleElement(doc: Document, course: Pick<BadgeCourse, 'title' | 'at' | 'url'>): Element | null {
  const title = norm(course.title);
  const at = course.at;
  if (at && !at.startsWith('$')) {
    try {
      const el = doc.querySelector(at);
      if (el && norm(el.textContent).includes(title)) return el;
    } catch {
      // not a CSS selector (a JSON path): fall through
    }
  }
  // a heading that is the title: a card's "View course" button may carry the title too, for screen readers only
  const headings = doc.querySelectorAll('h1, h2, h3, h4, h5, h6');
  for (const el of headings) if (norm(el.textContent) === title) return el;
  const links = doc.querySelectorAll<HTMLAnchorElement>('a[href]');
  if (course.url) {
    for (const a of links) if (a.href === course.url && norm(a.textContent).includes(title)) return a;
  }
  for (const a of links) if (norm(a.textContent) === title) return a;
  return null;
}

/** Where to put a catalogue badge: just after the title's link (never inside a link, where a click would navigate). */
export function badgeSpot(title: Element): { anchor: Element; append: 'after' | 'last' } {
  const link = title.closest('a');
  if (link) return { anchor: link, append: 'after' };
  return { anchor: title, append: 'last' };
}
