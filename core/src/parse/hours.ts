/** Durations: ISO 8601 from structured data and UK phrasing ("3 x 2-hour twilight sessions", "6 hours CPD"). */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  a: 1, an: 1, single: 1, half: 0.5, fifteen: 15, twenty: 20, thirty: 30, forty: 40,
};
const N = '(\\d{1,3}(?:\\.\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a|an|single)';
/** A count written in figures or words ("30", "thirty", "a"). */
export const num = (s: string | undefined): number => (s === undefined ? NaN : (WORDS[s.toLowerCase()] ?? Number(s)));

const TIMES = new RegExp(`\\b${N}\\s*(?:x|×|\\*)\\s*${N}(?:\\s*|-)(?:hours?|hrs?|hour)\\b`, 'i');
const SESSIONS_OF = new RegExp(`\\b${N}\\s+(?:[a-z-]+\\s+){0,2}(?:sessions|workshops|webinars|modules|twilights)\\s+(?:of|lasting)\\s+${N}(?:\\s*|-)(?:hours?|hrs?)\\b`, 'i');
const TOTAL = new RegExp(`\\b${N}(?:\\s*|-)(?:hours?|hrs?)(?:\\s+of)?\\s+(?:cpd|contact time|training|learning|guided learning|study|face[- ]to[- ]face|online learning|in total|in all|altogether|total)\\b|\\b${N}\\s+(?:awr|oriau)\\s+(?:i gyd|o ddysgu|o hyfforddiant|o ddpp|yn gyfan gwbl)\\b|\\b(?:cyfanswm|tua)\\s+${N}\\s+(?:awr|oriau)\\b|\\b(?:total(?: of)?|duration:?|length:?|cpd hours:?|study time:?|learning time:?|time commitment:?)\\s*(?:about |around |approximately |approx\\. |roughly )?${N}(?:\\s*|-)(?:hours?|hrs?)\\b`, 'i');
const DAYS = /\b(\d{1,3}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*|-)(full[- ]days?|half[- ]days?|days?)\b(?!\s+(?:before|after|notice|left))/i;
const ISO = /^P(?:(\d{1,4}(?:\.\d+)?)D)?(?:T(?:(\d{1,4}(?:\.\d+)?)H)?(?:(\d{1,5}(?:\.\d+)?)M)?)?$/i;

/** Hours of an ISO 8601 duration such as PT6H, PT90M or P2D (a day counted as 6 contact hours). */
export function isoHours(input: unknown): number | undefined {
  if (typeof input !== 'string' || input.length > 30) return undefined;
  const m = ISO.exec(input.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  const h = Number(m[1] ?? 0) * 6 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
  return bounded(h);
}

/** What any pattern of readHours needs: the unit of its figure (hours, hrs, Welsh awr or oriau, days). */
const MAYBE_HOURS = /hour|hr|awr|oriau|day/i;

/** Total contact hours a text states, with the phrase it came from. */
export function readHours(text: string): { hours: number; raw: string } | undefined {
  const s = text.slice(0, 3000);
  // every pattern below needs an hour, hr, awr, oriau or day: most catalogue rows say none and stop here
  if (!MAYBE_HOURS.test(s)) return undefined;
  let m = TIMES.exec(s) ?? SESSIONS_OF.exec(s);
  if (m) {
    const h = bounded(num(m[1]) * num(m[2]));
    if (h !== undefined) return { hours: h, raw: m[0] };
  }
  m = TOTAL.exec(s);
  // a university's study time ("around 600 hours of total learning for 60 credits", "notional hours") is not contact time
  if (m && STUDY_TIME.test(clauseAround(s, m.index, m.index + m[0].length))) m = null;
  if (m) {
    const h = bounded(num(m.slice(1).find((g) => g !== undefined)));
    if (h !== undefined) return { hours: h, raw: m[0] };
  }
  m = DAYS.exec(s);
  // "you must have completed the two-day New to Role course" is another course's length
  if (m && PREREQUISITE.test(clauseAround(s, m.index, m.index + m[0].length))) m = null;
  if (m) {
    const unit = m[2]!.toLowerCase();
    const per = unit.startsWith('half') ? 3 : 6;
    const h = bounded(num(m[1]) * per);
    if (h !== undefined) return { hours: h, raw: m[0] };
  }
  m = /\b(half|full)[- ]day\b/i.exec(s);
  if (m) return { hours: m[1]!.toLowerCase() === 'half' ? 3 : 6, raw: m[0] };
  return undefined;
}

/** Words that make an hours figure a qualification's whole study time: credits, notional or independent study. */
const STUDY_TIME = /\bcredits?\b|\bnotional\b|\bindependent study\b|\bself[- ]study\b/i;

/** Words that make a clause about a course to have done before this one. */
export const PREREQUISITE = /\bpre-?requisite|\bmust (?:already )?have (?:completed|attended)\b|\b(?:having|who have) (?:completed|attended)\b/i;

/** The clause holding [start, end): back to the last sentence break before, on to the next after. */
function clauseAround(s: string, start: number, end: number): string {
  const from = Math.max(s.lastIndexOf('.', start), s.lastIndexOf('\n', start), s.lastIndexOf('(', start)) + 1;
  const stops = [s.indexOf('.', end), s.indexOf('\n', end), s.indexOf(')', end)].filter((i) => i >= 0);
  return s.slice(from, stops.length ? Math.min(...stops) : s.length);
}

function bounded(h: number): number | undefined {
  return Number.isFinite(h) && h > 0 && h <= 2000 ? Math.round(h * 100) / 100 : undefined;
}

/** A line counting sessions of its own ("Six online facilitated sessions (twilights, 4.00pm–5.30pm)", "8 coaching calls"): its times are those sessions', not the dated days'. */
/** The things a programme counts besides its days ("six clinics", "8 coaching calls"), as a pattern's alternatives. */
export const SESSION_NOUNS = 'sessions|clinics|twilights|tutorials|webinars|workshops|meetings|calls|seminars';
export const OWN_SESSIONS = new RegExp(`^(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\w-]+\\s+){0,3}(?:${SESSION_NOUNS})\\b`, 'i');
const OWN_SESSION_LINES = new RegExp(`${OWN_SESSIONS.source}[^\n]*`, 'gim');

/** The text less its lines about sessions of their own, for reading the times of the dated sessions. */
export const withoutOwnSessions = (text: string): string => text.replace(OWN_SESSION_LINES, ' ');
