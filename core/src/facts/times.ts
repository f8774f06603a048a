/**
 * Time ranges as UK pages write them: "9:15–4:30" is 9.15am to 4.30pm (a school day, so pm is
 * inferred for an end hour before 7), "1.30–3pm", "09:00-15:30", "4pm – 5.30pm".
 */

const RANGE = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:[-–—]|to|until|till)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i;

/** A time range: start in hours since midnight and its length, or null. */
export interface TimeRange {
  start: number;
  end: number;
  hours: number;
  quote: string;
}

const mer = (s: string | undefined): 'am' | 'pm' | undefined => (s ? (s[0]!.toLowerCase() === 'p' ? 'pm' : 'am') : undefined);

/** One range as matched: start and end in hours, where it sits in the text. */
interface Found { start: number; end: number; at: number; to: number }

/** Every time range of a text in order, at most 12; a bare "9–4" without minutes or am/pm is not read (it may be a score or a ratio). */
function rangesOf(s: string): Found[] {
  const out: Found[] = [];
  const re = new RegExp(RANGE.source, 'gi');
  for (let m = re.exec(s); m && out.length < 12; m = re.exec(s)) {
    const m1 = mer(m[3]);
    const m2 = mer(m[6]);
    if (!m1 && !m2 && (m[2] === undefined || m[5] === undefined)) continue;
    let start = Number(m[1]) + Number(m[2] ?? 0) / 60;
    let end = Number(m[4]) + Number(m[5] ?? 0) / 60;
    if (start > 24 || end > 24) continue;
    if (m2 === 'pm' && end < 12) end += 12;
    else if (!m2 && end < 7) end += 12;
    if (m1 === 'pm' && start < 12) start += 12;
    else if (!m1 && start < 7 && end >= 12) start += 12;
    else if (!m1 && m2 === 'pm' && start + 12 < end && start < 7) start += 12;
    // an afternoon part written without pm after a morning one ("9.00 – 12.00 … 1.00 – 3.00")
    const last = out[out.length - 1];
    if (!m1 && !m2 && last && start < last.end && start + 12 >= last.end && start + 12 - last.end <= 1.5) {
      start += 12;
      end += end < 12 ? 12 : 0;
    }
    if (end - start > 0 && end - start <= 12) out.push({ start, end, at: m.index, to: m.index + m[0].length });
  }
  return out;
}

/** Words naming a pause in the day, not teaching: a short part beside them is left out of its hours. */
const PAUSE = /\b(?:lunch|break|coffee|tea|refreshments|registration|arrival|parking|drinks|dinner|cinio|egwyl|cofrestru)\b/i;
/** Words saying two parts are alternatives ("or", "repeated"), not one day. */
const ALTERNATIVE = /\b(?:or|repeated|alternatively|choose|either|neu)\b/i;

/** Ends of a timetable's entries: a line, a semicolon, a bullet or a sentence (not the dot of "9.00"). */
const ENTRY_END = /[;\n·|•]|\.\s/g;

/** The words of the entry a part sits in ("12.00 – 1.00: Lunch (provided)"), within its neighbours' bounds. */
function segmentOf(s: string, p: Found, from: number, to: number): string {
  let a = from;
  ENTRY_END.lastIndex = from;
  for (let m = ENTRY_END.exec(s); m && m.index < p.at; m = ENTRY_END.exec(s)) a = m.index + m[0].length;
  ENTRY_END.lastIndex = p.to;
  const m = ENTRY_END.exec(s);
  const b = Math.min(to, m ? m.index : s.length, p.to + 60);
  return s.slice(Math.max(a, p.at - 60), p.at) + s.slice(p.to, b);
}

/**
 * The first time range in a text, and with it the rest of the same day when the text goes on to its later
 * parts ("Morning session 9.00am–12.00pm; afternoon session 1.00pm–3.00pm", a timetable "9.00 – 12.00: …
 * 12.00 – 1.00: Lunch … 1.00 – 3.00: …"): the day's hours are its parts' without the lunch or breaks
 * between them (issue 18: whole INSET days read as their first three hours).
 */
export function readTimeRange(text: string): TimeRange | null {
  const s = text.slice(0, 3000);
  const found = rangesOf(s);
  const first = found[0];
  if (!first) return null;
  const parts = [first];
  for (const next of found.slice(1)) {
    const prev = parts[parts.length - 1]!;
    const between = s.slice(prev.to, next.at);
    // a later part of the same day: it starts when the last ended or soon after, close by in the text
    if (next.start < prev.end || next.start - prev.end > 1.5 || between.length > 160 || ALTERNATIVE.test(between) || next.end - first.start > 12) break;
    parts.push(next);
  }
  let hours = 0;
  let start: number | undefined;
  for (const [i, p] of parts.entries()) {
    if (parts.length > 1 && p.end - p.start <= 1.25 && PAUSE.test(segmentOf(s, p, parts[i - 1]?.to ?? 0, parts[i + 1]?.at ?? s.length))) continue;
    hours += p.end - p.start;
    start ??= p.start;
  }
  const last = parts[parts.length - 1]!;
  hours = Math.round(hours * 100) / 100;
  return hours > 0 ? { start: start ?? first.start, end: last.end, hours, quote: s.slice(first.at, last.to).trim() } : null;
}
