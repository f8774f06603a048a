import { cleanText, safeUrl, titleKey } from './clean.ts';
import { textLines, textOf } from './dom.ts';
import { readDates } from '../parse/dates.ts';
import { deliveryOf, formatOf } from '../parse/words.ts';
import { metaContent, metaDraft, stripSiteName } from './sources/meta.ts';
import { bookingLink, ownLines, readPagePrice, readSessions, textDraft, VENUE_WORD } from './sources/text.ts';
import { type Draft, propose } from './types.ts';
import { readFacts, withSmallPrintVat, type PageFacts } from '../facts/index.ts';
import { factsDraft } from './facts-draft.ts';

/** Headings that name a page section, not a course ("Events", "Course Details"). */
const GENERIC_HEADING = /^(?:events?|agenda|calendar|courses?|course details|training|programmes?|workshops?|what'?s on|home|news|search|archive|upcoming events|rdm training calendar)$/i;

/** The page's main heading: the first h1 with real text, in the main element first. */
export function mainHeading(doc: Document, main: Element | null): { el: Element; text: string } | undefined {
  for (const scope of [main, doc]) {
    const list = scope?.querySelectorAll('h1') ?? [];
    for (let i = 0; i < list.length && i < 5; i++) {
      // The first line only: an unclosed <h1> in broken markup runs on into the page (parsers differ there).
      const text = cleanText(textLines(list[i], false, 2000, 2000)[0] ?? '', 300);
      if (text.length >= 3) return { el: list[i]!, text };
    }
  }
  return undefined;
}

/** Whether a heading names a section of a site rather than one course. */
export const isGenericHeading = (text: string): boolean => GENERIC_HEADING.test(text.trim()) || text.trim().length < 4;

/**
 * The block holding the title: the nearest ancestor of the main heading (up to five levels, at most
 * 20,000 characters) whose text gives a date or a price. Dates and prices are read there first, so a
 * banner or sidebar about another event does not decide them (issue 10).
 */
function titleBlock(h1: Element, hint: number | undefined): { el: Element; lines: string[] } | undefined {
  let el: Element | null = h1.parentElement;
  for (let depth = 0; el && depth < 5; depth++, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return undefined;
    const lines = textLines(el, true, 5000, 20_000);
    if (lines.join('').length >= 20_000) return undefined;
    if (readSessions(lines, hint).sessions.length || readPagePrice(lines)) return { el, lines };
  }
  return undefined;
}

/** A labelled line of a key-facts box ("Dates: …", "Fee: £425 + VAT"). */
const FACT_LABEL = /^(dates?|times?|when|venue|location|where|fees?|price|cost|duration|length|format|delivery|dyddiad(?:au)?|lleoliad|pris)\b\s*:/i;

/**
 * The page's own key-facts sidebar: an <aside> (skipped as chrome when the page's text is read), holding no heading of the page,
 * whose lines give at least two different labelled facts (a date and a fee, a venue and a time), each once.
 * A sidebar of other courses repeats its labels, one set per course, and is not this one.
 */
export function factAside(doc: Document, main: Element | null): { el: Element; lines: string[] } | undefined {
  const asides = doc.getElementsByTagName('aside');
  for (let i = 0; i < asides.length && i < 5; i++) {
    const el = asides[i]!;
    if (main && el.contains(main)) continue;
    if (el.closest('nav, footer, header') || el.querySelector('h1')) continue;
    const lines = textLines(el, false, 500, 4000);
    const labels = lines.map((l) => FACT_LABEL.exec(l)?.[1]?.toLowerCase().replace(/s$/, '')).filter((l): l is string => !!l);
    const distinct = new Set(labels).size;
    if (distinct >= 2 && distinct === labels.length) return { el, lines };
  }
  return undefined;
}

/** Provider from the page: og:site_name, else the site part of the title ("… - UHasselt"), else the domain. */
function providerOf(doc: Document, url: string, d: Draft): void {
  if (d.provider?.length) return;
  const title = cleanText(doc.title ?? '', 300);
  const parts = title.split(/\s+[|·•–—-]\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  if (last && last.length <= 60 && last.length >= 2) { propose(d, 'provider', last, 'meta', 0.45, title, 'title:suffix'); return; }
  let host = '';
  try { host = /^https?:/i.test(url) ? new URL(url).hostname.replace(/^www\d?\./, '') : ''; } catch { host = ''; }
  if (host && host !== 'example.org') propose(d, 'provider', host, 'meta', 0.3, host, 'location:host');
}

/** Meta tags, the main heading and the page's text, for a page about one course. */
export function pageDrafts(doc: Document, main: Element | null, lines: string[], url: string, hint: number | undefined, heading = mainHeading(doc, main), aside?: Element): Draft[] {
  const meta = metaDraft(doc, url);
  providerOf(doc, url, meta);
  const h1 = heading && !isGenericHeading(heading.text) ? heading.text : '';
  // The visible heading beats a <title> or og:title that only adds the site's name (issue 10).
  const site = metaContent(doc, 'og:site_name');
  if (h1 && meta.title?.length) {
    const key = titleKey(h1);
    // Only when og:title is the heading plus a suffix: a heading that runs on (broken markup) does not win.
    meta.title = meta.title.filter((c) => !titleKey(String(c.raw ?? c.value)).startsWith(key));
  }
  // the course's own lines: hours, days and prices of the related courses below it are not its own
  const text = textDraft(ownLines(lines), hint, 0.8);
  const titled = heading ? titleBlock(heading.el, hint) : undefined;
  const block = titled?.lines;
  const drafts: Draft[] = [meta, text];
  // facts read from the block's structure: the typed fee, charges, status, funding, trainer, conflicts
  const facts = readFacts(titled?.el ?? main, hint, h1 || undefined, aside);
  // a contradiction may sit outside the heading's block (a dates table with another price): look over the whole page
  if (titled?.el && main && titled.el !== main && main.contains(titled.el)) {
    const whole = readFacts(main, hint, h1 || undefined, aside, 'prices');
    facts.conflicts = whole.conflicts;
    // a tickets table below the heading's block prices the course: the typed fee beats the page-wide guess there too
    if (!facts.fee && whole.fee) Object.assign(facts, { fee: whole.fee, price: whole.price, charges: facts.charges.length ? facts.charges : whole.charges });
    // and a dates table headed "Dates – choose one" there offers its dates as choices
    if (!facts.choices && whole.choices) facts.choices = whole.choices;
  }
  // VAT the fee's block leaves unsaid may be in the page's small print, for everything the provider sells
  drafts.push(factsDraft(withSmallPrintVat(facts, doc, main)));
  if (block) {
    // The block holding the title is the course's own: its dates count as labelled, its venue words as a place.
    const own = textDraft(ownLines(block), hint);
    for (const c of own.sessions ?? []) c.confidence = Math.max(c.confidence, 0.75);
    if (!own.delivery && VENUE_WORD.test(block.join(' '))) propose(own, 'delivery', 'face-to-face', 'text', 0.45, undefined, 'text:venue');
    drafts.push(own);
  }
  const own: Draft = {};
  propose(own, 'title', h1, 'text', 0.75, h1, 'h1');
  // a heading that names its delivery ("12-Hour Paediatric First Aid (Blended)", "… – Online") says it outright
  const headed = h1 ? deliveryOf(h1) : undefined;
  propose(own, 'delivery', headed, 'text', 0.7, h1, 'h1:delivery');
  // A date the heading itself gives is the course's ("Tagung: … (26. und 27. 2. 2015, Eichstätt)", "Community meet-up - September 3 2025"),
  // above a post date or a deadline further down.
  const named = h1 ? readDates(h1, hint) : undefined;
  if (named?.dates.length) propose(own, 'sessions', named.dates.slice(0, 20).map((start) => ({ start })), 'text', 0.8, h1, 'h1:date');
  const title = cleanText(stripSiteName(doc.title ?? '', site), 300);
  propose(own, 'title', title, 'text', 0.5, cleanText(doc.title ?? '', 300), 'title');
  // the page's <title> often names the format the heading leaves out ("… – Live Webinar | Provider")
  // (read on the <title> less its last part, the site's name: the part naming the format is cut off with it above)
  const whole = cleanText((doc.title ?? '').replace(/\s+[|·•]\s+[^|·•]*$/, ''), 300);
  const inTitle = formatOf(whole);
  const format = formatOf(h1 || title) ?? (inTitle === 'webinar' || inTitle === 'conference' ? inTitle : undefined);
  propose(own, 'format', format, 'text', 0.5, h1 && formatOf(h1) ? h1 : whole, 'h1');
  const booking = bookingLink(main, url);
  propose(own, 'bookingUrl', booking, 'text', 0.7, booking, 'a:book');
  const pageUrl = safeUrl(url, url);
  propose(own, 'url', pageUrl, 'text', 0.9, pageUrl, 'location');
  const para = main?.querySelectorAll('p') ?? [];
  for (let i = 0; i < para.length && i < 30; i++) {
    const p = cleanText(textOf(para[i], 5000), 5000);
    if (p.length >= 80) { propose(own, 'description', p, 'text', 0.5, undefined, 'main p'); break; }
  }
  drafts.push(own);
  dropNonFees(drafts, facts);
  return drafts;
}

/** A price the page-wide reading took from an amount the facts typed as something else (a charge, a sum in prose) is not the fee. */
function dropNonFees(drafts: Draft[], facts: PageFacts): void {
  const fee = facts.fee?.price.amount;
  const other = new Set(facts.charges.map((c) => c.amount));
  for (const a of facts.others) other.add(a);
  if (fee !== undefined) other.delete(fee);
  if (!other.size) return;
  for (const d of drafts) {
    if (d.price?.some((c) => c.at === 'facts:fee')) continue;
    if (d.price) d.price = d.price.filter((c) => !other.has(c.value.amount) || c.value.amount === fee);
  }
}
