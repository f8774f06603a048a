import type { Session } from '../model/index.ts';
import { cleanText, safeUrl, titleKey } from './clean.ts';
import { tagOf, textLines } from './dom.ts';
import { readDates } from '../parse/dates.ts';
import { normaliseIso } from '../parse/time.ts';
import { formatOf } from '../parse/words.ts';
import { bookingLink, textDraft } from './sources/text.ts';
import { type Candidate, MAX_COURSES, MAX_NODES, propose } from './types.ts';
import { isPriceTable, isSchedule, type ListingCourse } from './listing-shape.ts';
import { collapseSpaces } from '../parse/spaces.ts';

export type { ListingCourse } from './listing-shape.ts';

/**
 * Generic listings without structured data (issue 10): repeated sibling blocks (cards, list items,
 * table rows) or runs of same-level headings, each with a title and a date or a price, read as one
 * course each with its own link. The same title on several dates is one course with several sessions.
 * Work is bounded: one walk of at most MAX_NODES elements, at most MAX_BLOCKS blocks read, each
 * block's text cut at BLOCK_CHARS.
 */

/** A listing item: its title element and the elements holding its text. */
interface Item {
  title: Element | null;
  els: Element[];
}

const MIN_BLOCKS = 3;
const MAX_BLOCKS = 1500;
const BLOCK_CHARS = 4000;
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
/** Headings that open the items of a run of same-level headings. */
const RUN_HEADINGS = new Set([...HEADINGS, 'H1']);
const URLISH = /^(?:https?:\/\/|www\.|#)|^\S+\.\S+\/\S*$/i;

/**
 * The element naming one block: its first heading, else an element whose class says title, else bold
 * text, else the link, else a table row's first cell. A walk of at most 300 descendants with tag checks
 * only (selector queries are costly in some DOMs, and this runs on every repeated sibling).
 */
function titleOf(block: Element): Element | null {
  const tag = tagOf(block);
  if (HEADINGS.has(tag)) return block;
  let classed: Element | null = null;
  let bold: Element | null = null;
  let link: Element | null = tag === 'A' ? block : null;
  const stack: Element[] = [];
  for (let c = block.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  for (let n = 0; stack.length && n < 300; n++) {
    const el = stack.pop()!;
    const t = tagOf(el);
    // (an H1 inside a repeated block titles that block: cards written as <article><h1>)
    if (RUN_HEADINGS.has(t)) return el;
    const cls = el.getAttribute('class');
    if (!classed && cls && CLASS_TITLE.test(cls) && (el.textContent ?? '').trim().length >= 4) classed = el;
    if (!bold && (t === 'STRONG' || t === 'B') && (el.textContent ?? '').trim().length >= 4) bold = el;
    if (!link && t === 'A' && el.hasAttribute('href') && (el.textContent ?? '').trim().length >= 8) link = el;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  if (tag === 'TR') {
    // the row's title cell, or the bold title or the link inside it when the cell goes on to name the speaker or the
    // venue ("<a>FAIR Coffee lecture - Sandra Geurts</a><br><i>PHS1, Maastricht</i>")
    const cell = rowTitle(block);
    if (bold && cell?.contains(bold)) return bold;
    return link && cell?.contains(link) && !GENERIC_LINK.test((link.textContent ?? '').trim()) ? link : cell;
  }
  if (link && GENERIC_LINK.test((link.textContent ?? '').trim())) link = null;
  return classed ?? bold ?? link;
}

/** Classes of an item's naming element ("card__title", "event-name", "project-name"). */
const CLASS_TITLE = /title|(?:^|[-_ ])name(?:$|[-_ ])/i;

/** Link labels that name no course ("More info", "Book now"). */
const GENERIC_LINK = /^(?:more info(?:rmation)?|read more|details|view|book(?: now| here)?|register(?: now| here)?|learn more|find out more|meer info(?:rmatie)?|lees meer|more|go to (?:the )?event(?: page)?|view event|event page|more details)$/i;

/** A table row's title cell: the first cell with words, no date and no generic link label. */
function rowTitle(row: Element): Element | null {
  let n = 0;
  for (let c = row.firstElementChild; c && n < 12; c = c.nextElementSibling, n++) {
    const text = collapseSpaces(c.textContent ?? '').trim();
    if (text.length >= 4 && /[a-z]{3}/i.test(text) && !GENERIC_LINK.test(text) && !readDates(text.slice(0, 200)).dates.length && !/^[£€$]\s?\d/.test(text)) return c;
  }
  return null;
}

/** Lines of an item's elements, bounded. */
function itemLines(item: Item): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const el of item.els) {
    if (chars > BLOCK_CHARS) break;
    for (const line of textLines(el, false, 400, BLOCK_CHARS)) {
      out.push(line);
      chars += line.length;
    }
  }
  return out;
}

/**
 * A card's date badge is laid out as short lines of their own ("Tuesday", "December", "10th", "09.00-17.00"):
 * a run of two or more such lines is read as one line, as it is seen.
 */
function joinBadges(lines: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) out.push(run.join(' '));
    else out.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (line.length <= BADGE_CHARS && !/[£€$]/.test(line)) run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}
const BADGE_CHARS = 12;

/** Sessions from machine-readable `<time datetime>` elements of an item. */
function timeSessions(item: Item): Session[] {
  const out: Session[] = [];
  for (const el of item.els) {
    const times = tagOf(el) === 'TIME' ? [el] : Array.from(el.getElementsByTagName('time')).slice(0, 4);
    for (const t of times) {
      const iso = normaliseIso(t.getAttribute('datetime') ?? '');
      if (iso && !out.some((s) => s.start.slice(0, 10) === iso.slice(0, 10))) out.push({ start: iso });
    }
  }
  return out;
}

/** A person's name under an academic or courtesy title, and nothing else. */
const SPEAKER = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(?:(?:[A-Z][\p{L}'’-]+|van|von|de|der|den|du|la|le|ter)\.?\s*){1,5}$/u;

/** Reads one item as a draft, or undefined when it has no title or neither a date nor a price. */
function readItem(item: Item, base: string, hint: number | undefined): ListingCourse | undefined {
  const titleEl = (item.title ??= titleOf(item.els[0]!));
  if (!titleEl) return undefined;
  const title = cleanText(titleEl.textContent ?? '', 300);
  // A title names something: words, not a link, a hashtag or a bare date.
  // (And a "title" holding a price is a price tier, "10 Spots $400", not a course.)
  // (Nor is a person's name with their title, "Dr. Anna Harris", "Prof. Gijs van Dijck": a speaker's card names the speaker.)
  if (title.length < 4 || URLISH.test(title) || !/[a-z]{3}/i.test(title) || /[£€$]\s?\d/.test(title) || SPEAKER.test(title)) return undefined;
  // a page's own section ("Available sessions", "Charges", "Related courses") in a run of its headings is no course
  if (RUN_HEADINGS.has(tagOf(titleEl)) && SECTION.test(title)) return undefined;
  const lines = joinBadges(itemLines(item));
  const times = timeSessions(item);
  // an item that says what it is ("Cursus | …", "Next start: August 2025") is a course without a date or a price
  // (a run of headings is a page's sections, whose words may name the courses inside them: it needs a date or a price)
  // and a block holding several headings is a section of cards, not one of them)
  const declared = !RUN_HEADINGS.has(tagOf(item.els[0]!)) && declaresLearning(lines) && item.els[0]!.querySelectorAll('h1, h2, h3, h4, h5, h6').length <= 1;
  // No digit, no date and no price: menus and footers stop here, before the text readers run.
  if (!times.length && !declared && !lines.some((l) => /\d/.test(l))) return undefined;
  const draft = textDraft(lines, hint, 0.9, true);
  propose(draft, 'sessions', times, 'text', 0.8, times[0]?.start, 'listing:time[datetime]');
  const undated = !draft.sessions?.length && !draft.price?.length;
  if (undated && !declared) return undefined;
  propose(draft, 'title', title, 'text', 0.85, title, 'listing:title');
  const anchor = titleEl.closest('a') ?? titleEl.querySelector('a') ?? item.els[0]!.closest('a') ?? item.els[0]!.querySelector('a[href]');
  const href = safeUrl(anchor?.getAttribute('href') ?? undefined, base);
  // undated and unpriced, it must at least lead to its own page
  if (undated && (!href || href.split('#')[0] === base.split('#')[0])) return undefined;
  let booking: string | undefined;
  for (const el of item.els) booking ??= bookingLink(el, base);
  propose(draft, 'url', href, 'text', 0.8, href, 'listing:link');
  propose(draft, 'bookingUrl', booking ?? href, 'text', 0.7, booking ?? href, 'listing:link');
  propose(draft, 'format', formatOf(title), 'text', 0.5, title, 'listing:title');
  return { draft, text: lines.join('\n') };
}

/**
 * A listing item's own words saying it is a course (issue 19: a catalogue of courses with no dates or prices
 * on it, as many providers list them): a kind of learning as the item's tag ("Cursus | …", "Online course ·
 * …", "Workshop:") or a fact only a course has ("Next start: August 2025", "Omfattning: 400 YH-poäng", "15
 * ECTS"). Duration alone is not one: jobs and products have durations too.
 */
const KIND_TAG = /^(?:(?:online|e-?learning|part[- ]time|deeltijd|short|korte|open)\s+)?(?:course|training|workshop|masterclass|webinar|seminar|cursus|opleiding|leergang|kurs|kurse|utbildning|formation|cwrs|gweithdy|post-hbo|post-graduate|postgraduate|pgcert|npq)\s*[|:·•–—-]/i;
const COURSE_FACT = /^(?:next (?:start|intake|cohort|course date)|intake|n[äa]sta (?:utbildningsstart|kursstart)|studiepunten|ects|credits|cat points|yh-po[äa]ng|omfattning|studietakt|study (?:mode|load))\b|\b\d{1,3}\s*(?:ects|credits|studiepunten|yh-po[äa]ng|cat points)\b/i;

/** A heading naming a part of one course's page, not a course: its dates, costs, trainer, booking, related courses. */
const SECTION = /^(?:(?:the |this |our |your )?(?:course|programme|event|workshop|training) )?(?:content|contents|overview|outline|summary|details|description|structure|timetable|agenda|(?:key |important )?(?:dates?|information|facts)(?: and (?:times|venues?|prices?))?|(?:available|upcoming|future) (?:sessions|dates)|sessions|dates and venues?|times?|venues?|locations?|where and when|when and where|costs?|charges|fees?|prices?|pricing|tickets|funding|eligibility|booking(?: information| terms| details)?|how to (?:book|apply)|cancellations?(?: policy)?|terms(?: and conditions)?|who (?:is it|is this|should attend)(?: for)?|audience|(?:your |the |our )?(?:trainers?|tutors?|facilitators?|speakers?|presenters?)|about (?:the |your |this )?(?:trainers?|tutors?|course|programme|us)|(?:learning )?outcomes|objectives|what you will (?:learn|gain)|testimonials|what (?:delegates|colleagues|people|participants) say|faqs?|frequently asked questions|contact(?: us)?|related (?:courses|events|training)|you (?:may|might) also (?:like|be interested in))\s*[?:.]?$/i;

/** Whether an item's first lines declare it a course (see KIND_TAG and COURSE_FACT). */
const declaresLearning = (lines: readonly string[]): boolean => lines.slice(0, 12).some((l) => l.length < 600 && (KIND_TAG.test(l) || COURSE_FACT.test(l)));

/**
 * A row that opens with its row header and holds one value ("Price | SEA members £185") states a fact of
 * the one course the table describes, not an item of a listing (issue 18: a course's details table read
 * as three courses named "Course day", "Follow-up clinic" and "Price").
 */
const isFactRow = (el: Element): boolean => tagOf(el) === 'TR' && el.childElementCount <= 2 && !!el.firstElementChild && tagOf(el.firstElementChild) === 'TH';

/** A block's signature: its tag and first class, as siblings of one listing share it. */
const signature = (el: Element): string => `${tagOf(el)}.${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
/** Whether two siblings could be two items of one listing (a form's label and input cannot, nor a heading and its text). */
const sameSignature = (a: Element, b: Element): boolean => signature(a) === signature(b);

/** Candidate item groups under one parent: same-signature children, or runs that start at same-level headings. */
function groupsOf(parent: Element, min = MIN_BLOCKS): Item[][] {
  const bySig = new Map<string, Element[]>();
  const headings = new Map<string, number>();
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    // a page written in Markdown gives each item an H1 of its own ("# Fairly Toolset Workshop"): three or more make a run too
    if (RUN_HEADINGS.has(tag)) headings.set(tag, (headings.get(tag) ?? 0) + 1);
    const sig = signature(c);
    const list = bySig.get(sig);
    if (list) list.push(c);
    else bySig.set(sig, [c]);
  }
  const out: Item[][] = [];
  for (const [sig, els] of bySig) {
    if (els.length < min || RUN_HEADINGS.has(sig.split('.')[0]!) || els.every(isFactRow)) continue;
    // Titles are looked up for the first three only until the probe shows a listing (see findListing).
    out.push(els.map((el) => ({ title: null, els: [el] })));
  }
  for (const [tag, n] of headings) {
    if (n < MIN_BLOCKS) continue;
    const items: Item[] = [];
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (tagOf(c) === tag) items.push({ title: c, els: [c] });
      else if (items.length && !RUN_HEADINGS.has(tagOf(c))) items[items.length - 1]!.els.push(c);
    }
    out.push(items);
  }
  return out;
}

/**
 * The best listing under `root`: the group with the most items that each carry a title and a date or
 * a price (at least three, and at least half the group), read as courses; same titles merged.
 */
export function findListing(root: Element | null, base: string, hint: number | undefined): ListingCourse[] {
  if (!root) return [];
  let best: ListingCourse[] = [];
  let bestParent: Element | null = null;
  let read = 0;
  const pairs: Element[] = [];
  const stack: Element[] = [root];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES && read < MAX_BLOCKS) {
    const el = stack.pop()!;
    if (el.childElementCount === 2 && !best.length && pairs.length < 50 && sameSignature(el.firstElementChild!, el.lastElementChild!)) pairs.push(el);
    if (el.childElementCount >= MIN_BLOCKS) {
      for (const items of groupsOf(el)) {
        if (items.length < MIN_BLOCKS || items.length <= best.length) continue;
        // Probe three items before reading the rest: most repeated siblings (menus, footers) are not listings.
        const probe = items.slice(0, 3).map((it) => readItem(it, base, hint));
        read += 3;
        if (probe.filter(Boolean).length < 2 || inComments(el) || otherOffers(el, root)) continue;
        const seen = Math.min(items.length, MAX_COURSES);
        const courses = [...probe, ...items.slice(3, seen).map((it) => (read++ < MAX_BLOCKS ? readItem(it, base, hint) : undefined))].filter((c): c is ListingCourse => !!c);
        if (courses.length >= MIN_BLOCKS && courses.length * 2 >= seen && courses.length > best.length && !isSchedule(courses, el) && !isPriceTable(courses, el)) {
          best = courses;
          bestParent = RUN_HEADINGS.has(tagOf(items[0]!.els[0]!)) ? null : el;
        }
      }
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  if (bestParent) best = withSections(root, bestParent, best, base, hint);
  return mergeSameTitles(best.length ? best : pairListing(pairs, base, hint));
}

/**
 * A catalogue in sections (issue 19: "Cytologie", "Chemie", … each with its cards of courses): the other
 * sections' cards, in the same kind of container as the listing found, are its courses too, in page order.
 * A section of one or two cards counts when every card reads as a course.
 */
function withSections(root: Element, parent: Element, best: ListingCourse[], base: string, hint: number | undefined): ListingCourse[] {
  const sig = signature(parent);
  const cls = parent.getAttribute('class');
  if (!cls) return best;
  const item = signature(parent.firstElementChild!);
  const out: ListingCourse[] = [];
  let found = false;
  let visited = 0;
  const stack: Element[] = [root];
  while (stack.length && visited++ < MAX_NODES && out.length < MAX_COURSES) {
    const el = stack.pop()!;
    if (el === parent) {
      out.push(...best);
      found = true;
      continue;
    }
    if (signature(el) === sig && el.getAttribute('class') === cls && !inComments(el)) {
      const items: Item[] = [];
      for (let c = el.firstElementChild; c && items.length < 50; c = c.nextElementSibling) if (signature(c) === item) items.push({ title: null, els: [c] });
      const courses = items.map((it) => readItem(it, base, hint)).filter((c): c is ListingCourse => !!c);
      if (courses.length && (courses.length === items.length || (courses.length >= MIN_BLOCKS && courses.length * 2 >= items.length))) out.push(...courses);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return found ? out : best;
}

/** A heading over other courses than the page's own ("You might also be interested in", "Related courses", "See also"); "Upcoming courses" heads a catalogue's own. */
const RELATED_HEAD = /\byou (?:may|might) also\b|\bsee also\b|^\s*(?:related|similar)\b|^\s*also (?:from|by|available)\b/i;

/** Cards in a sidebar or under a "You might also like" heading: other courses offered beside the page's, not its listing. */
function otherOffers(el: Element, root: Element): boolean {
  if (el.closest('aside')) return true;
  // the cards' own container may open with the heading ("<section><h2>You might also …</h2><div class=card>…")
  const first = el.firstElementChild;
  if (first && /^H[1-6]$/.test(tagOf(first))) return RELATED_HEAD.test(first.textContent ?? '');
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let prev = at.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(tagOf(prev))) return RELATED_HEAD.test(prev.textContent ?? '');
    }
  }
  return false;
}

/** Readers' comments under a post ("Comment number 391."): people's words about the page, never its courses. */
const COMMENTS = '[id*="comment"], [class*="comment"], [id*="Comment"], [class*="Comment"]';
const inComments = (el: Element): boolean => el.closest(COMMENTS) !== null;

/**
 * Two items are a listing too (an agenda of two events, issue 19) when they are plainly cards: two
 * same-signature siblings, each titled by a heading that links to its own page, each with a date or a price.
 */
function pairListing(parents: Element[], base: string, hint: number | undefined): ListingCourse[] {
  for (const parent of parents) {
    const items = groupsOf(parent, 2)[0];
    if (items?.length !== 2) continue;
    const titled = items.every((it) => {
      const t = (it.title = titleOf(it.els[0]!));
      return !!t && HEADINGS.has(tagOf(t)) && !!(t.querySelector('a[href]') ?? t.closest('a[href]'));
    });
    if (!titled) continue;
    const courses = items.map((it) => readItem(it, base, hint));
    if (courses.every(Boolean) && titleKey(String(courses[0]!.draft.title?.[0]?.value)) !== titleKey(String(courses[1]!.draft.title?.[0]?.value))) return courses as ListingCourse[];
  }
  return [];
}

/** The same title on several dates is one course: its sessions join, its first link stays. */
function mergeSameTitles(courses: ListingCourse[]): ListingCourse[] {
  const byTitle = new Map<string, ListingCourse>();
  for (const c of courses) {
    const key = titleKey(String(c.draft.title?.[0]?.value ?? ''));
    const seen = byTitle.get(key);
    if (!seen) { byTitle.set(key, c); continue; }
    const sessions = [...(seen.draft.sessions ?? []), ...(c.draft.sessions ?? [])] as Candidate<Session[]>[];
    if (!sessions.length) continue;
    const all = new Map<string, Session>();
    for (const cand of sessions) for (const s of cand.value) if (!all.has(s.start.slice(0, 10))) all.set(s.start.slice(0, 10), s);
    const best = sessions.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    seen.draft.sessions = [{ ...best, value: [...all.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).slice(0, 200) }];
  }
  return [...byTitle.values()];
}
