import { BODY_LEARNING, ENTERTAINMENT, forTeachers, informsOnly, LEARNING, notLearning, STRONG_LEARNING, TEACHER_AUDIENCE } from './learning.ts';
import type { ListingCourse } from './listing.ts';
import { CPD_WORDS } from '../parse/words.ts';
import { isArticlePage, metaContent } from './sources/meta.ts';
import { otherKindOf } from './other-kinds.ts';
import { textOf } from './dom.ts';
import { pageMemo } from '../parse/scope.ts';
import type { Candidate, Draft, ExtractContext } from './types.ts';

/**
 * The page-level half of "is this learning?" (issue 19): what the page says it is, read once per page,
 * and the gates for a listing and for a page with no structured course.
 */
export interface PageEvidence {
  /** The page's title, description and main heading. */
  head: string;
  /** The title or heading names learning (course, training, workshop, conference, lecture, class…). */
  titled: boolean;
  /** The address names learning ("/training-calendar/", "/courses/"), or the description uses CPD words. */
  placed: boolean;
  /** The page itself speaks of learning: its head, its address, or sentences near its top. */
  learns: boolean;
  /** The page's own title or main heading uses CPD words ("… – trust cohort programme | Provider"). */
  cpdTitled: boolean;
  /** The page's own title or main heading names the training outright ("Rekindle the Fire – INSET keynote and workshop"). */
  strongTitled: boolean;
  /** A news article or blog post: a publication time or Article types (og:type "article" alone, which many CMSs put on every page, is not enough). */
  article: boolean;
  /** The main block has a control that books on the page itself (a button, a link to "#"): a booking sign like a booking link. */
  books?: boolean;
  /** Why the page as a whole is something else (a gig guide, an exhibition, a shop), if it is. */
  other?: string;
  /** Laid out as one event: a date label and a venue label under its main heading. */
  event?: boolean;
  /** A post's publication time (`article:published_time`), when the page gives one. */
  published?: string;
}

const EXPLICIT_TYPE = /"@type"\s*:\s*\[?\s*"(?:schema:|https?:\/\/schema\.org\/)?(?:Course|CourseInstance|EducationEvent)"/;
const ARTICLE_MARKUP = '[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/BlogPosting"], [itemtype$="schema.org/Article"], [typeof~="NewsArticle"], [typeof~="BlogPosting"]';
/** Address words of learning ("/training-calendar-rdm/", "/courses/"). */
const URL_LEARNING = /[/_.-](?:courses?|training|trainings|workshops?|cpd|webinars?|lectures?|seminars?|summer-?school|masterclass(?:es)?|tutorials?|learning|opleiding\w*|cursus\w*)(?=[/_.?#-]|$)/i;

/** An event page's labels: a date label, and a venue label (each a line of its own or opening a line). */
const EVENT_DATE = /^(?:dates?|when|time|datum|wann|zeit|termin|quand|wanneer|dyddiad|pryd)\b\s*:?/im;
const EVENT_PLACE = /^(?:venue|location|where|place|room|address|ort|veranstaltungsort|lieu|locatie|plaats|lleoliad)\b\s*:?/im;
/** An event organised by a place of learning ("Organised by Wageningen University"). */
export const LEARNING_HOST = /\b(?:organi[sz]ed by|hosted by|organi[sz]er|veranstalter|organisateur|georganiseerd door)\b\s*:?\s*\n?[^\n]{0,80}\b(?:universit\w*|college|school|academy|institute|instituut|hochschule|faculty|facult\w*|research school)\b/i;

/** A site's breadcrumb trail: where the site itself files the page ("Home › Professional development › Science"). */
const BREADCRUMB = 'nav[aria-label*="readcrumb" i], .breadcrumb, .breadcrumbs, [itemtype*="BreadcrumbList"], [typeof~="BreadcrumbList"]';
/** Sections of a site that hold learning. */
const CRUMB_LEARNING = /\b(?:professional (?:development|learning)|cpd|cpl|training|courses?|workshops?|webinars?|events? (?:for|and) (?:teachers|schools)|dysgu proffesiynol|hyfforddiant|fortbildung|weiterbildung|formation)\b/i;
function breadcrumbText(doc: Document): string {
  return textOf(doc.querySelector(BREADCRUMB), 300);
}

/** A blog post's title as WordPress writes it ("Site » Blog Archive » Post"). */
const BLOG_TITLE = /\bblog[- ]?archiv(?:e|es)?\b/i;
/** A byline of a news article or post, on a line of its own. */
const BYLINE = /^\s*(?:written by|posted by|author:|geschrieben von|verfasst von|publié par|geschreven door)\b|^\s*von [^\n]{1,40} am\s*$/im;

/** A heading introducing the course's author or trainer ("Your course author", "About the trainer"): the "Written by" under it is theirs, not a post's. */
const AUTHOR_HEAD = /^(?:your |the |our |about (?:the |your )?|meet (?:the |your )?)?(?:course )?(?:authors?|trainers?|tutors?|facilitators?|presenters?|speakers?)\s*:?\s*$/i;

/** Whether a byline marks the text as a post: one under a heading introducing the course's author does not. */
function postByline(near: string): boolean {
  const m = BYLINE.exec(near);
  if (!m) return false;
  const before = near.slice(0, m.index).trimEnd();
  return !AUTHOR_HEAD.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** A news byline of a name alone on the line under the heading ("By Judith Burns"): an article's mark on a page typed as one. */
const BY_NAME = /^By (?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+$/m;

/** A news or blog post's address, dated to the day ("/_news/2012/07/23/…", "/2012/8/9/…"). */
const DATED_PATH = /\/(?:19|20)\d\d\/\d{1,2}\/\d{1,2}\//;

/** A labelled start line giving a month and a year, on the label's line or the line under it ("Start dates" / "February 2027 and April 2027 cohorts"). */
const MONTH_START = /^(?:next start|starts?|starting|start date|begins?|course dates?|dates?|intake|cohort)\b[^\n]{0,40}(?:\n[^\n]{0,20}?)?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d (?:intake|cohort|start)\b/im;

/** A speaker's talk put on for teachers ("motivational speaker … every teacher", "education speaker … your passion for teaching"). */
const TALK_FOR_TEACHERS = /\b(?:speakers?|keynotes?)\b[^\n]{0,200}\b(?:teachers?|teaching|educators?)\b|\b(?:teachers?|teaching|educators?|education)\b[^\n]{0,40}\b(?:speakers?|keynotes?)\b/i;

/** Whether the page marks something up as a Course, CourseInstance or EducationEvent. */
export function explicitCourse(doc: Document): boolean {
  return pageMemo(doc, 'explicit-course', () => {
    if (doc.querySelector('[itemtype*="schema.org/Course"], [itemtype*="schema.org/EducationEvent"], [typeof*="Course"], [typeof*="EducationEvent"]')) return true;
    return ldTyped(doc, EXPLICIT_TYPE);
  });
}

/** What the page says it is, from its head, address, opening text and markup. */
export function pageEvidence(doc: Document, url: string, heading: string | undefined, text: string): PageEvidence {
  const named = `${doc.title} ${heading ?? ''}`.slice(0, 1000);
  const head = `${named} ${metaContent(doc, 'description', 'og:description')}`.slice(0, 2000);
  let path = '';
  try { path = /^https?:/i.test(url) ? new URL(url).pathname : ''; } catch { path = ''; }
  const published = metaContent(doc, 'article:published_time');
  const article = !!published || !!doc.querySelector(ARTICLE_MARKUP) || ldTyped(doc, ARTICLE_TYPE);
  // A news article's title must name learning outright; another page's may name a lecture, a class, a meet-up.
  const titled = !notLearning(named) && (CPD_WORDS.test(named) || STRONG_LEARNING.test(named) || (!article && LEARNING.test(named)));
  const crumbs = breadcrumbText(doc);
  const placed = URL_LEARNING.test(path) || (CPD_WORDS.test(head) && !notLearning(head)) || (!!crumbs && CRUMB_LEARNING.test(crumbs) && !notLearning(crumbs));
  const near = nearHeading(text, heading);
  const speaks = speaksOfLearning(near) || LEARNING_HOST.test(near) || forTeachers(head, near) || TALK_FOR_TEACHERS.test(near.slice(0, 3000));
  const learns = titled || placed || speaks;
  // A page laid out as an event (a date label and a venue label under its heading) is not a news article,
  // whatever its CMS's meta tags say (university activity pages carry article:published_time).
  const event = EVENT_DATE.test(near) && EVENT_PLACE.test(near);
  // a post by its own marks: WordPress's "Blog Archive" title, or a byline under its heading ("Written by:", "Von R. R. am 07.08.2013")
  // or a page typed as an article at a news or blog address dated to the day ("/2012/07/23/…"), or under a byline
  const post = BLOG_TITLE.test(doc.title) || postByline(near) || (isArticlePage(doc) && (DATED_PATH.test(path) || BY_NAME.test(near.slice(0, 400))));
  const cpdTitled = CPD_WORDS.test(named) && !notLearning(named);
  const strongTitled = STRONG_LEARNING.test(named) && !notLearning(named);
  const out: PageEvidence = { head, titled, placed, learns, cpdTitled, strongTitled, event, article: !event && (article || post || (isArticlePage(doc) && !learns)) };
  if (published) out.published = published;
  // A gig guide or an exhibition is not a course, whatever words it shares with one ("The Twilight Sad");
  // a teachers' conference that also has an exhibition is.
  if (ENTERTAINMENT.test(head) && !CPD_WORDS.test(head) && !STRONG_LEARNING.test(head) && !TEACHER_AUDIENCE.test(head) && !explicitCourse(doc)) out.other = `the page is about ${ENTERTAINMENT.exec(head)![0].toLowerCase()}, not learning`;
  // a sports report, a job advert, a garage: its own words say so, whatever its title shares with a course
  const kind = out.other || explicitCourse(doc) ? undefined : otherKindOf(`${head}\n${near}`);
  if (kind) out.other = `the page is ${kind}, not learning`;
  return out;
}

/**
 * The opening of the page's own text: the 40 lines from its main heading (a learning word deep in a
 * long article, "grew out of course work", says nothing of the page), else its first 3000 characters.
 */
function nearHeading(text: string, heading: string | undefined): string {
  const at = heading ? text.indexOf(heading.slice(0, 60)) : -1;
  if (at < 0) return text.slice(0, 3000);
  let end = at;
  for (let n = 0; n < 40 && end >= 0; n++) end = text.indexOf('\n', end + 1);
  return text.slice(at, end < 0 ? at + 6000 : Math.min(end, at + 6000));
}

/** Words of learning in sentences, not in menus (a shop's "Training" category link is not a course), and not beside a show's words ("NBA Eastern Conference playoff tickets"). */
export function speaksOfLearning(text: string): boolean {
  for (const line of text.split('\n')) if (line.length >= 40 && line.includes(' ') && BODY_LEARNING.test(line) && !notLearning(line)) return true;
  return false;
}

const ARTICLE_TYPE = /"@type"\s*:\s*\[?\s*"(?:schema:|https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|Report)"/;

/** Whether any JSON-LD block names a type (read as text: the blocks are parsed once, by the sources). */
function ldTyped(doc: Document, type: RegExp): boolean {
  return ldTexts(doc).some((text) => type.test(text));
}

/** The text of the page's first 50 JSON-LD blocks (each cut at 500,000 characters), read once per extraction. */
function ldTexts(doc: Document): string[] {
  return pageMemo(doc, 'ld-texts', () => {
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    const out: string[] = [];
    for (let i = 0; i < scripts.length && i < 50; i++) out.push((scripts[i]!.textContent ?? '').slice(0, 500_000));
    return out;
  });
}

/** Whether a draft gives a date that is not the post's own publication day. */
function eventDated(page: Draft[], published: string | undefined): boolean {
  const day = published?.slice(0, 10);
  return page.some((d) => (d.sessions ?? []).some((c) => c.confidence >= 0.5 && c.value.some((x) => x.start.slice(0, 10) !== day)));
}

/**
 * The items of a listing that count as courses. All of them when the page's title or half its items'
 * titles name learning, or (on a provider's site or when asked) the site files the page as learning or
 * a third of its items' titles name it; otherwise only the items that name learning themselves, in their
 * title or their own text (a learning word in one item's line does not make the page learning): a venue's or a
 * bookshop's "what's on" may hold a workshop among its author evenings, tours and quizzes, and those
 * others are not courses.
 */
export function acceptedItems(all: ListingCourse[], page: PageEvidence, loose: boolean): ListingCourse[] {
  // a funder's Q&A or information session, matchmaking or a deadline in a calendar of learning is not a course
  const listing = all.filter((c) => !informsOnly(String(c.draft.title?.[0]?.value ?? '')));
  if (!listing.length) return [];
  const titles = listing.map((c) => String(c.draft.title?.[0]?.value ?? ''));
  if (page.titled && !page.article) return listing;
  const about = titles.filter((t) => CPD_WORDS.test(t)).length;
  if (about * 2 >= listing.length) return listing;
  if (!loose) return [];
  // the site files the page as learning (its address, breadcrumb or description)
  if (page.placed && !page.article) return listing;
  // a news article's teasers of other news are not learning because the article is about some
  const named = titles.map((t) => LEARNING.test(t) && !notLearning(t));
  if (!page.article && named.filter(Boolean).length * 3 >= listing.length) return listing;
  return listing.filter((item, i) => !notLearning(titles[i]!) && (STRONG_LEARNING.test(titles[i]!) || (!page.article && speaksOfLearning(item.text))));
}

/** Funding statements that settle a course's cost. */
const FUNDED_KINDS: ReadonlySet<string> = new Set(['funded', 'levy', 'welsh-government', 'eligible']);

/**
 * The gate for a page with no structured course. A news article or blog post needs learning in its
 * title, a price, a date and a booking, in every context. Browsing, a page counts only with CPD words and at least two of price, dates
 * and booking link (all three if it has no CPD words). On a provider's site or when asked, a title with
 * a labelled date or a price (in a price context) is enough ('weak') when the page speaks of learning.
 */
export function looksLikeCourse(page: Draft[], evidence: PageEvidence, text: string, context: ExtractContext): 'strong' | 'weak' | string {
  const all = (f: keyof Draft): Candidate[] => page.flatMap((d) => (d[f] ?? []) as Candidate[]);
  const title = all('title').map((c) => String(c.value)).join(' ');
  if (!title) return 'no title';
  if (evidence.article && !evidence.titled) return 'a news article or blog post, not a course';
  // a page that says the course is funded (levy, DfE, Welsh Government) has settled its cost as surely as a price
  const funded = all('funding').some((c) => (c.value as { kind: string }[]).some((f) => FUNDED_KINDS.has(f.kind)));
  const priced = all('price').length > 0 || funded;
  // A start given as a month only ("Next start: January 2027", "Starts February 2012", "the September 2027 intake") dates a course too.
  const dated = all('sessions').some((c) => c.confidence >= 0.5) || MONTH_START.test(text.slice(0, 20_000));
  const booking = all('bookingUrl').length > 0 || !!evidence.books;
  const signals = Number(priced) + Number(dated) + Number(booking);
  // A news post announcing one learning event by name ("First-ever webinar on …", "Seminar Reiki und
  // Schamanismus") with the event's own date, not its publication day, is that event, when asked or on a
  // provider's site; while browsing it is news. Without a publication time the post's date line is its own.
  if (evidence.article && context !== 'browse' && STRONG_LEARNING.test(title) && evidence.published && eventDated(page, evidence.published)) return 'weak';
  // A news article about training ("£400m boost for professional development") is not a course page unless it books one.
  if (evidence.article && signals < 3) return 'a news article about learning, not a course page';
  const cpd = CPD_WORDS.test(title) || evidence.cpdTitled || speaksOfLearning(text.slice(0, 3000)) || forTeachers(evidence.head, text.slice(0, 3000));
  // A provider's page for an undated service (an INSET day in school, a network subscription, a coaching
  // package, a levy-funded apprenticeship) states a typed fee or its funding and no date: a title that names
  // the training outright is enough with it.
  const fee = all('price').some((c) => c.confidence >= 0.8) || funded;
  const named = STRONG_LEARNING.test(title) || evidence.strongTitled;
  // an event page whose title names the learning ("Workshop: …") with a labelled date and place under it
  const strong = !cpd ? signals === 3 : (signals >= 2 && (priced || dated)) || (named && fee) || (named && dated && !!evidence.event);
  if (strong && evidence.learns) return 'strong';
  if (context === 'browse') return 'not enough signs of a course for a page read while browsing';
  if (!(priced || dated)) return 'no date or price for a course';
  return evidence.learns ? 'weak' : 'no sign of learning on the page';
}
