import type { SchoolType } from '../model/common.ts';
import type { Course } from '../model/course.ts';
import type { CourseProfile } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import { analyseCourse, type CourseText } from './analyse.ts';
import type { Span } from '../text/evidence.ts';
import { StemGate } from '../text/gate.ts';
import { correctProfile } from './corrections.ts';
import { fundingOf } from './funding.ts';
import { kindOf } from './kind.ts';
import { scheduleOf } from './schedule.ts';
import { coversIn } from '../parse/price.ts';

const FULL = /\bsold out\b|\bfully booked\b|\bno (?:places|spaces|seats) (?:left|remaining)\b|\bwaiting list only\b/i;
const STATUS_GATE = new StemGate(['sold', 'booked', 'places', 'spaces', 'seats', 'waiting', 'closed', 'longer']);
const CLOSED = /\bbookings? (?:are |is )?(?:now )?closed\b|\bregistration (?:is )?(?:now )?closed\b|\bno longer (?:taking|accepting) bookings\b/i;

/** Blanks out testimonials, names and navigation so no fact is read from them. */
function blank(text: string, spans: readonly Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

export interface ProfileOptions {
  /** ISO date of today, to tell past courses; without it the status never says "past" (scores stay deterministic). */
  today?: string;
  /** The kind of school booking (the plan's, else the policy's): funding a page gives state-funded schools only is not an independent school's. */
  school?: SchoolType;
}

/**
 * The facts a judge needs, derived once from a course before judging it: the kind of opportunity, the
 * schedule one participant attends, funding, status, delivery and the staff a group price covers.
 */
export function profileCourse(course: Course, policy: Policy, options: ProfileOptions = {}, analysed: CourseText = analyseCourse(course)): CourseProfile {
  const text = blank(analysed.text, analysed.spans);
  const found = kindOf(course, text, analysed.gates, analysed.titleGates);
  const { evidence, messages, statutory } = found;
  const schedule = scheduleOf({ course, text, kind: found.kind, hoursPerDay: policy.costs.hoursPerDay, stems: analysed.gates });
  const kind = refineKind(found.kind, course, schedule);
  const funding = fundingOf(course, text, kind, policy, analysed.gates, options.school ?? policy.costs.schoolType);
  const status = statusOf(course, text, schedule, options.today, analysed.gates);
  const profile: CourseProfile = { kind, kindEvidence: evidence, kindEvidenceMessages: messages, schedule, statutory, funding, status };
  if (course.delivery) profile.delivery = course.delivery;
  const covers = course.price?.covers ?? coversOf(course);
  if (covers !== undefined) profile.pricedFor = covers;
  // what staff corrected by hand wins over what the page was read to say
  return course.corrections ? correctProfile(profile, course, policy) : profile;
}

/** Staff a per-school or per-group price covers, as the price line or page says ("covering three teachers"). */
function coversOf(course: Course): number | undefined {
  const price = course.price;
  if (!price || (price.basis !== 'per-school' && price.basis !== 'per-group' && price.basis !== 'unknown')) return undefined;
  // the price's own words, up to the next offer on its line ("£99 + VAT · Groups of 5+: £89 each" is a ticket, not a group of five)
  const own = (text: string): string => text.split(/\s[·|;]\s/)[0]!;
  return coversIn(own(price.text ?? '')) ?? coversIn(own(course.provenance?.price?.raw ?? '')) ?? (price.basis === 'unknown' ? undefined : coversIn(course.description ?? ''));
}

const CURRENT_OFFER = /\b(?:starting|starts|begins|cohort|intake|next)\b[^.\n]{0,30}\b20\d\d\b|\b(?:january|february|march|april|may|june|july|september|october|november|december)\s+20\d\d\b/i;

/** Words inviting a school to ask for its own date ("Request a date", "Check availability", "dates … are being booked now"). */
const ON_REQUEST = /\b(?:request a date|check (?:our )?availability|enquire|get a quote|request a quote|book (?:your|a) date|available on your inset day|(?:are|is) being booked)\b/i;

/** The profile's status for the status the page states (read by core/src/facts/status.ts). */
const STATED: Record<NonNullable<Course['status']>['value'], CourseProfile['status'] | null> = { closed: 'closed', 'sold-out': 'full', 'waiting-list': 'full', cancelled: 'closed', past: 'past', open: null };
/** A price or a kind of ticket beside "Sold out" ("£229 + VAT" / "SOLD OUT", "Early-bird tickets now sold out!"): that tier has gone, not every place. */
const TIER = /[£€$]\s?\d|\bearly[- ]?bird\b|\bsuper[- ]early\b|\b(?:group|member|concession|discount(?:ed)?)\s+(?:tickets?|rates?|prices?|places?)\b/i;
/** A line that carries a date: "Fully booked" there speaks of that date, not the course. */
const DATED_LINE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** Open when dated sessions are ahead (or a bookable page names its next cohort), past when all have gone; full or closed as the page says. */
function statusOf(course: Course, text: string, schedule: CourseProfile['schedule'], today: string | undefined, stems: number): CourseProfile['status'] {
  const stated = course.status ? STATED[course.status.value] : null;
  if (stated) return stated;
  if (!course.status && STATUS_GATE.open(stems) && text.split('\n').some((line, i, lines) => (FULL.test(line) || CLOSED.test(line)) && !DATED_LINE.test(line) && !TIER.test(`${lines[i - 1] ?? ''} ${line}`))) {
    if (FULL.test(text)) return 'full';
    if (CLOSED.test(text)) return 'closed';
  }
  const sessions = course.sessions ?? [];
  const last = sessions.reduce((a, s) => (s.start > a ? s.start : a), '').slice(0, 10);
  if (today && last && last < today) return 'past';
  // an application or booking deadline still to come: the course takes applications; one passed has closed them
  const deadline = course.deadline?.date.slice(0, 10);
  if (today && deadline) return deadline >= today ? 'open' : 'closed';
  if (sessions.length) return 'open';
  if (schedule.timing === 'self-paced' && course.bookingUrl) return 'open';
  // training brought to the school on a date it chooses, which the page invites it to ask for, is open to book
  if (course.delivery === 'in-school' && (course.bookingUrl || ON_REQUEST.test(text))) return 'open';
  return course.bookingUrl && CURRENT_OFFER.test(text) ? 'open' : 'unknown';
}

/**
 * A course whose schedule says more than its words: three or more sessions spread over weeks are a
 * programme; one live online sitting of ninety minutes or less (or the same one on dates to choose from) is a
 * webinar, whatever the page calls it ("a twilight on Zoom", "examiner feedback, online").
 */
function refineKind(kind: CourseProfile['kind'], course: Course, schedule: CourseProfile['schedule']): CourseProfile['kind'] {
  if (kind !== 'course') return kind;
  const attended = (course.sessions?.length ?? 0) - schedule.alternatives;
  if (schedule.sustained && attended >= 3 && schedule.timing !== 'self-paced') return 'programme';
  if (course.delivery === 'online-live' && attended <= 1 && schedule.contactHours !== null && schedule.contactHours > 0 && schedule.contactHours <= 1.5) return 'webinar';
  return kind;
}

