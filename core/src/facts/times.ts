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

/** The first time range in a text; a bare "9–4" without minutes or am/pm is not read (it may be a score or a ratio). */
export function readTimeRange(text: string): TimeRange | null {
  const s = text.slice(0, 3000);
  const re = new RegExp(RANGE.source, 'gi');
  for (let m = re.exec(s); m; m = re.exec(s)) {
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
    const hours = Math.round((end - start) * 100) / 100;
    if (hours > 0 && hours <= 12) return { start, end, hours, quote: m[0].trim() };
  }
  return null;
}
