/**
 * Whether a group of repeated blocks is a listing of courses or something else of one course's page
 * (issue 18): its timetable ("Training day 1 – Tuesday 26 January 2027"), its table of rates ("Maintained
 * schools | £295"), its sections ("Dates", "Cost", "How it works") or its dates table.
 */
import { cleanText } from './clean.ts';
import { tagOf } from './dom.ts';
import { AUDIENCE } from '../facts/amounts.ts';
import type { Draft } from './types.ts';

/** One listing item read as a course: its draft and its text. */
export interface ListingCourse {
  draft: Draft;
  text: string;
}

const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Row names of a table of rates: who pays ("Maintained schools", "Non-members") or which ticket ("Standard ticket", "Group of 5"). */
const RATE_ROW = new RegExp(`${AUDIENCE.source}|\\b(?:tickets?|early[- ]?bird|standard|group of \\d+|delegates?|per (?:person|school|delegate)|rates?|prices?|fees?)\\b`, 'i');

/**
 * A table of a course's rates, not a list of courses (issue 18: three school rates read as three courses
 * named "Calderbrook maintained schools", "Schools buying the SLA", "Academies…"): no row has a date, and
 * the rows are named by who pays or which ticket.
 */
export function isPriceTable(courses: ListingCourse[], parent: Element): boolean {
  if (tagOf(parent) !== 'TBODY' && tagOf(parent) !== 'TABLE') return false;
  if (courses.some((c) => c.draft.sessions?.length)) return false;
  return courses.filter((c) => RATE_ROW.test(String(c.draft.title?.[0]?.value ?? ''))).length * 2 >= courses.length;
}

/** A timetable row's title: numbered, naming a session, module, day, week, part, unit, twilight or meeting ("Training day 2"), or a term ("Spring", "Summer 2"). */
const PART_TITLE = /^\s*(?:\d{1,2}\s*[.):]|(?:(?:training|coaching|teaching|course|programme|online|face[- ]to[- ]face|residential|study|conference|network|twilight)\s+)?(?:session|module|day|week|part|unit|twilight|workshop|meeting|sesiwn|diwrnod|wythnos|rhan)\s*\d|(?:autumn|spring|summer)(?:\s+(?:term|[12]))*\s*(?:\d\b|$|[–—:-]))/i;
/** A heading or first column naming one course's timetable ("Programme dates", "Programme at a glance", "Sessions", "Session | Date | Focus"). */
const SCHEDULE_HEAD = /^(?:the |our |your )?(?:(?:programme|course|training|network|session|meeting|workshop)\s+)?(?:dates|sessions|schedule|timetable|outline|structure|meetings|calendar)\b|^(?:session|day|week|part|module|sesiwn|diwrnod|wythnos)$|^(?:(?:the )?(?:programme|course|training|year) )?at a glance\b|^(?:rhaglen|sesiynau|amserlen|dyddiadau)\b/i;

/**
 * Rows that mostly have neither a link nor a price of their own are the sessions of the page's one
 * course (a programme's timetable), not a listing of courses, when they are numbered or sit under a
 * heading or a first column that names a timetable.
 */
export function isSchedule(courses: ListingCourse[], parent: Element): boolean {
  // a detail page's own sections ("Dates", "Cost", "How it works", "Related training") are not courses
  // nor are its labelled facts ("Price: £1,200 per school", "Optional follow-up: £450")
  if (courses.filter((c) => { const t = String(c.draft.title?.[0]?.value ?? '').trim(); return SECTION_TITLE.test(t) || t.endsWith(':'); }).length * 2 >= courses.length) return true;
  if (isDatesTable(parent)) return true;
  const own = courses.filter((c) => c.draft.url?.length || c.draft.price?.length).length;
  if (own * 2 >= courses.length) return false;
  const parts = courses.filter((c) => PART_TITLE.test(String(c.draft.title?.[0]?.value ?? ''))).length;
  return parts * 2 >= courses.length || SCHEDULE_HEAD.test(scheduleLabel(parent));
}

/** A section of one course's page, by its usual headings (English and Welsh). */
const SECTION_TITLE = /^(?:dates?(?: and (?:times?|venues?))?|dates? and times?|when(?: and where)?|where|venue|location|cost|costs|price|prices|pricing|fees?|fees? and booking|booking|how to book|book (?:now|a place|your place)|how it works|overview|summary|key (?:facts|information|details)|about(?: (?:the|this|our) \w+)?|your (?:instructor|trainer|facilitator|tutor|coach)s?|(?:the |our )?(?:trainers?|facilitators?|speakers?|presenters?|tutors?)|meet the (?:trainers?|team|facilitators?)|who (?:is it|is this|should attend|it'?s) for\??|audience|what you(?:'ll| will) (?:learn|gain|get)|learning outcomes|outcomes|(?:course )?content|programme|agenda|timetable|related (?:training|courses|events)|other courses|you may also like|testimonials|what (?:people|participants|delegates) say|faqs?|frequently asked questions|follow-up|the course day|format|delivery|cancellations?|terms(?: and conditions)?|contact(?: us)?|dyddiadau|pris|cost a archebu|lleoliad)$/i;

const DATE_COLUMN = /^(?:dates?|when|day|days|time|dyddiad(?:au)?|pryd|datum|wann|termin)$/i;
const TITLE_COLUMN = /\b(?:what|wat|was|quoi|thema|theme|onderwerp|course|courses|event|events|title|training|workshop|programme|name|topic|subject|talk|lecture|webinar|veranstaltung|titel|cwrs|digwyddiad)\b/i;

/** A table of one course's dates ("Date | Time | Venue | Availability"): it starts with a date column and names no course in any. */
function isDatesTable(parent: Element): boolean {
  const row = parent.closest('table')?.querySelector('tr');
  const cells = row ? [...row.children].map((c) => cleanText(c.textContent ?? '', 40)) : [];
  return !!row && tagOf(row.firstElementChild!) === 'TH' && DATE_COLUMN.test(cells[0] ?? '') && !cells.some((c) => TITLE_COLUMN.test(c));
}

/** The heading just before a group (or its table), or its table's first column header. */
function scheduleLabel(parent: Element): string {
  const table = parent.closest('table');
  const th = table?.querySelector('th');
  if (th && SCHEDULE_HEAD.test(cleanText(th.textContent ?? '', 40))) return cleanText(th.textContent ?? '', 40);
  let el: Element | null = table ?? parent;
  for (let hops = 0; el && hops < 4; hops++) {
    for (let prev = el.previousElementSibling, n = 0; prev && n < 3; prev = prev.previousElementSibling, n++) {
      if (HEADINGS.has(tagOf(prev))) return cleanText(prev.textContent ?? '', 80);
    }
    el = el.parentElement;
  }
  return '';
}
