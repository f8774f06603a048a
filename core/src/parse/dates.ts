import { scopeMap } from './scope.ts';
import { isoDate, validDate } from './time.ts';

/*
 * Hand-written rules, not chrono-node (issue 10 evaluation, chrono-node 2.10.3 with en.GB, measured with
 * esbuild + gzip -9): chrono costs 13.5 KB gzipped against 2.0 KB for this file, more than the whole
 * detect.js budget (12 KB gz) and half of badge.js's. On 19 UK/Welsh forms from the issue, the tests and
 * the real pages ("6, 13 and 20 March", "Wednesday 2 - 4 October", "Thursday 5th & Friday 6th October",
 * "Saturday April 30" with the year from the page, "Date13 September 2023", "Dydd Mercher 6 Mawrth",
 * "16 Apr - 4 Jun", "15-02-2025 … 04-01-2026") chrono gave every date right for 8 and the first date
 * right for 11; these rules give all 19 (it reads only one date of a list or range, misreads a weekday
 * before a range as a separate date, and knows no Welsh). The real-page golden test
 * (core/test/extract/real-golden.test.ts) measures these rules on pages we did not write.
 */

/**
 * Month names and abbreviations, English and Welsh, to month numbers. A Map: every word of every dated line
 * is looked up here, and a Map's lookup of a fresh string is cheaper than a dictionary object's.
 */
const MONTHS = new Map<string, number>(Object.entries({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  ionawr: 1, chwefror: 2, mawrth: 3, ebrill: 4, mai: 5, mehefin: 6, gorffennaf: 7, awst: 8, medi: 9, hydref: 10, tachwedd: 11, rhagfyr: 12,
  // German, French and Dutch (issue 19: "20. Februar 2019, 14:45 Uhr", "20 février 2019", "3 maart 2025")
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  januari: 1, februari: 2, maart: 3, mrt: 3, mei: 5, augustus: 8,
}));
/** Weekday words, English and Welsh: the short forms alone or with "day" ("mon", "thurs", "tueday"), the full names, Welsh days. */
const SHORT_DAYS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
const WEEKDAYS: ReadonlySet<string> = new Set([
  ...SHORT_DAYS, ...SHORT_DAYS.map((d) => `${d}day`),
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'llun', 'iau', 'gwener', 'sadwrn', 'sul', 'mercher',
]);
/** Words a number labels in order ("Day 1", "Part 2", "Session 3"): the number is an ordinal, not a date. */
const ORDINAL_LABEL = new Set(['day', 'part', 'session', 'week', 'module', 'unit', 'stage', 'workshop', 'twilight', 'meeting', 'step', 'phase', 'block', 'cohort', 'group', 'dag', 'diwrnod', 'rhan', 'sesiwn']);
/** The starts of English month names and the Welsh ones, for patterns that look for a month (the one month list). */
export const MONTH_STARTS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';
const MONTH_NEXT = new RegExp(`^\\s*(?:of\\s+)?(?:${MONTH_STARTS})`, 'i');
const RANGE = new Set(['-', '–', '—', 'to', 'until', 'till', 'tan', 'bis', 'au', 'tot']);
const LIST = new Set([',', 'and', '&', 'a', '+', 'und', 'et', 'en']);

type Tok =
  | { k: 'date'; v: string }
  | { k: 'time'; min: number; mer: boolean }
  | { k: 'num'; n: number; len: number; ord: boolean }
  | { k: 'month'; m: number; cap: boolean }
  | { k: 'wd'; day?: number }
  | { k: 'range' }
  | { k: 'list' }
  | { k: 'word'; w: string };

/**
 * The tokens that start with a digit: an ISO date, a numeric date, a time with am/pm, a 24-hour time, a
 * number. Sticky: tokenize runs it only where a digit stands, and walks words and signs itself (a match of
 * one pattern with every kind of token cost a 17-capture match per word of every dated line).
 */
const NUMERIC =
  /(\d{4})-(\d{2})-(\d{2})(?!\d)|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}|\d{2})(?![\d/.-])|(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?|(\d{1,2})[:.](\d{2})(?![\d:]|\.\d)|(\d{1,4})(st|nd|rd|th)?(?![\d])/iy;
/** A letter of a word token, as the class reads with the i flag (so "É" and "ɓ" too). */
const LETTER = /[a-z\u00c0-\u024f]/i;
/** Range, list and money signs, each a token of its own: - – — , & + £ € $ */
const SIGNS: ReadonlySet<number> = new Set([0x2d, 0x2013, 0x2014, 0x2c, 0x26, 0x2b, 0xa3, 0x20ac, 0x24]);
/** Whether each UTF-16 code unit is a LETTER, found on first sight (0 unknown, 1 yes, 2 no). */
const letters = new Uint8Array(65536);
const isLetter = (c: number): boolean => (letters[c] ||= LETTER.test(String.fromCharCode(c)) ? 1 : 2) === 1;

/** German numeric dates with spaces ("27. 2. 2015", "26. und 27. 2. 2015"), closed up so the tokens read them. */
const SPACED_DMY = /(\d{1,2})\.\s?(?:(und|bis|-|–)\s?(\d{1,2})\.\s?)?(\d{1,2})\.\s(\d{4})(?!\d)/g;
const closeUp = (_: string, d: string, sep: string | undefined, d2: string | undefined, m: string, y: string): string =>
  sep ? `${d}.${m}.${y} ${sep} ${d2}.${m}.${y}` : `${d}.${m}.${y}`;

/** Splits a line into date/time tokens in one linear pass. */
function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  let money = false;
  let text = line.slice(0, 2000);
  if (text.includes('. ')) text = text.replace(SPACED_DMY, closeUp);
  // where the one pattern of every token would match: a number's tokens at a digit, a word at a letter, a sign
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    let m: RegExpExecArray | null = null;
    let word = '';
    let sign = '';
    if (c >= 48 && c <= 57) {
      NUMERIC.lastIndex = at;
      m = NUMERIC.exec(text);
      if (!m) { at++; continue; }
      at = NUMERIC.lastIndex;
    } else if (isLetter(c)) {
      const from = at;
      while (++at < text.length && isLetter(text.charCodeAt(at)));
      word = text.slice(from, at);
    } else if (SIGNS.has(c)) {
      sign = text[at++]!;
    } else {
      at++;
      continue;
    }
    const wasMoney = money;
    money = false;
    if (m?.[1]) {
      const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
      out.push(validDate(y, mo, d) ? { k: 'date', v: isoDate(y, mo, d) } : { k: 'word', w: 'bad-date' });
    } else if (m?.[4]) {
      let y = Number(m[7]);
      if (m[7]!.length === 2) y += 2000;
      const d = Number(m[4]), mo = Number(m[6]);
      // day first, as the UK writes it; "1/22/2007" can only be American, month first
      out.push(validDate(y, mo, d) ? { k: 'date', v: isoDate(y, mo, d) } : validDate(y, d, mo) ? { k: 'date', v: isoDate(y, d, mo) } : { k: 'word', w: 'bad-date' });
    } else if (m?.[8]) {
      let h = Number(m[8]);
      const mi = m[9] ? Number(m[9]) : 0;
      if (h < 1 || h > 12 || mi > 59) { out.push({ k: 'word', w: 'x' }); continue; }
      if (m[10]!.toLowerCase() === 'p' && h < 12) h += 12;
      if (m[10]!.toLowerCase() === 'a' && h === 12) h = 0;
      out.push({ k: 'time', min: h * 60 + mi, mer: true });
    } else if (m?.[11]) {
      const h = Number(m[11]), mi = Number(m[12]);
      if (wasMoney || h > 24 || mi > 59) out.push({ k: 'word', w: 'money' });
      else out.push({ k: 'time', min: (h % 24) * 60 + mi, mer: h >= 13 || m[11][0] === '0' });
    } else if (m?.[13]) {
      if (wasMoney) { out.push({ k: 'word', w: 'money' }); continue; }
      // "Day 1 – Thursday 4 February", "Part 2 – 3 March": an ordinal label, never the first day of a range
      const prev = out[out.length - 1];
      // ("Training day 10 March" is a date: the number runs straight into a month)
      if (prev?.k === 'word' && ORDINAL_LABEL.has(prev.w) && !m[14] && !MONTH_NEXT.test(text.slice(at, at + 12))) { out.push({ k: 'word', w: 'ordinal' }); continue; }
      out.push({ k: 'num', n: Number(m[13]), len: m[13].length, ord: !!m[14] });
    } else if (word) {
      const w = word.toLowerCase();
      const month = MONTHS.get(w);
      const prev = out[out.length - 1];
      // Welsh "dydd Mawrth" is Tuesday ("Mawrth" after a day number or before a year is March): "dydd" and
      // its weekday become one weekday, so "Dydd Mawrth 3 a Dydd Mercher 4 Hydref" lists two days
      if (prev?.k === 'word' && prev.w === 'dydd' && (w === 'mawrth' || WEEKDAYS.has(w))) out[out.length - 1] = { k: 'wd', day: dayIndex(w) };
      else if (month !== undefined) out.push({ k: 'month', m: month, cap: word[0] !== w[0] });
      else if (WEEKDAYS.has(w)) out.push({ k: 'wd', day: dayIndex(w) });
      else if (RANGE.has(w)) out.push({ k: 'range' });
      else if (LIST.has(w)) out.push({ k: 'list' });
      else if (w === 'noon' || w === 'midday') out.push({ k: 'time', min: 720, mer: true });
      else out.push({ k: 'word', w });
    } else if (sign) {
      const s = sign;
      if (s === '£' || s === '€' || s === '$') { money = true; out.push({ k: 'word', w: 'money' }); }
      else out.push(RANGE.has(s) ? { k: 'range' } : { k: 'list' });
    }
  }
  return out;
}

/** A line's tokens, and what they say under each year hint they were read with. */
interface LineRead {
  toks: Tok[];
  byHint?: Map<number | undefined, LineDates>;
}

/**
 * A line's reading, kept for the current extraction: a page's dated lines are read by the year hint,
 * the heading's block (and each ancestor tried for it), the page's text, its sessions' parts and the facts
 * readers in turn. Tokens depend on the line alone, dates on the tokens and the hint; neither is changed once made.
 */
function lineRead(line: string): LineRead {
  const kept = scopeMap<LineRead>('date-tokens');
  // (a longer text, which tokenize cuts, is read once: it is no line of the page)
  if (!kept || line.length > 2000) return { toks: tokenize(line) };
  let read = kept.get(line);
  if (!read) {
    read = { toks: tokenize(line) };
    kept.set(line, read);
  }
  return read;
}

/** What one line says about dates and times. */
export interface LineDates {
  dates: string[];
  /** Start and end of the day's session in minutes since midnight, when the line gives times. */
  start?: number;
  end?: number;
  /** Minutes of teaching when the day is given in parts with a break between ("9–12 and 1–3:30"). */
  minutes?: number;
}

const isDay = (t: Tok | undefined): t is { k: 'num'; n: number; len: number; ord: boolean } => t?.k === 'num' && t.n >= 1 && t.n <= 31 && t.len <= 2;
type Num = { k: 'num'; n: number; len: number; ord: boolean };
const isYear = (t: Tok | undefined): boolean => t?.k === 'num' && t.len === 4 && !t.ord;

/** What any date or time token needs (see NUMERIC and tokenize): a digit, or the words noon and midday. */
const MAYBE_DATED = /\d|noon|midday/i;

/** Reads the dates of one line ("Tuesday 14 March 2023, 9:30am – 3:30pm", "6, 13 and 20 March", "14/03/2023"). */
export function readDates(line: string, yearHint?: number): LineDates {
  // every date and time needs a digit, or says "noon"/"midday": most lines of prose are let go untokenised
  if (!MAYBE_DATED.test(line.slice(0, 2000))) return { dates: [] };
  const read = lineRead(line);
  let said = read.byHint?.get(yearHint);
  if (!said) {
    said = datesIn(read.toks, yearHint);
    const times = readTimes(read.toks);
    if (times && !timedApart(line)) Object.assign(said, times);
    (read.byHint ??= new Map()).set(yearHint, said);
  }
  // a copy: the caller may change what it is given
  return { ...said, dates: said.dates.slice() };
}

/** The dates of one line without its times (see readDates). */
function datesOf(line: string): LineDates {
  return MAYBE_DATED.test(line.slice(0, 2000)) ? datesIn(lineRead(line).toks) : { dates: [] };
}

/** The dates a line's tokens give, dates without a year taking `yearHint`. */
function datesIn(toks: Tok[], yearHint?: number): LineDates {
  const found: { y?: number; m: number; d: number; wd?: number }[] = [];
  const exact: string[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.k === 'date') { exact.push(t.v); i++; continue; }
    if (isDay(t)) {
      const days: number[] = [t.n];
      let range = false;
      let j = i + 1;
      for (;;) {
        while (toks[j]?.k === 'wd') j++;
        const sep = toks[j];
        if (sep?.k !== 'range' && sep?.k !== 'list') break;
        let k = j + 1;
        while (toks[k]?.k === 'wd') k++;
        const next = toks[k];
        if (!isDay(next)) break;
        if (sep.k === 'range') range = true;
        days.push(next.n);
        j = k + 1;
      }
      while (toks[j]?.k === 'wd') j++;
      const month = toks[j];
      if (month?.k === 'month') {
        let y: number | undefined;
        const after = toks[j + 1];
        if (isYear(after)) { y = (after as Num).n; j++; }
        else if (after?.k === 'num' && after.len === 2 && !after.ord && after.n >= 15 && after.n <= 40 && toks[j + 2]?.k !== 'month') { y = 2000 + after.n; j++; }
        const list = range && days.length === 2 && days[1]! > days[0]! && days[1]! - days[0]! <= 7
          ? Array.from({ length: days[1]! - days[0]! + 1 }, (_, n) => days[0]! + n) : days;
        const wd = weekdayBefore(toks, i);
        for (const d of list) found.push(list.length === 1 && wd !== undefined ? { y, m: month.m, d, wd } : { y, m: month.m, d });
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (t.k === 'month' && isDay(toks[i + 1])) {
      // US order: "March 16, 2026".
      const d = (toks[i + 1] as { n: number }).n;
      let j = i + 2;
      if (toks[j]?.k === 'list') j++;
      const y = toks[j];
      if (isYear(y)) { found.push({ y: (y as Num).n, m: t.m, d }); i = j + 1; continue; }
      // "Saturday April 30", "November 13th": the year comes from the page; "may 5" in a sentence is not a date.
      if (t.cap && toks[i + 2]?.k !== 'month') {
        const wd = weekdayBefore(toks, i);
        found.push(wd === undefined ? { m: t.m, d } : { m: t.m, d, wd });
        i += 2;
        continue;
      }
    }
    i++;
  }
  const dates = [...exact];
  // a line that names its year apart from its dates ("popular dates for 2027 include Monday 4 January") dates them in it
  const hint = found.some((f) => f.y !== undefined) ? yearHint : lineYear(toks) ?? yearHint;
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!;
    let y = f.y;
    for (let k = n + 1; y === undefined && k < found.length; k++) y = found[k]!.y;
    // a year taken from the page fits the weekday the line gives ("Mon., Feb 5" on a page headed 2006 is 2007)
    if (y === undefined && hint !== undefined) y = f.wd === undefined ? hint : weekdayYear(hint, f.m, f.d, f.wd);
    if (y !== undefined && validDate(y, f.m, f.d)) dates.push(isoDate(y, f.m, f.d));
  }
  return { dates: dates.length > 1 ? [...new Set(dates)] : dates };
}

const BRACKETED = /\([^()]{1,160}\)/g;
const TIME_LIKE = /\d[.:]\d\d|\d\s?[ap]\.?m\b/i;
/** The end of words before a bracket that name a day or a time ("Thursday 4 March 2027 (", "3.30pm (", "Monday ("). */
const DATED_END = /(?:\d|\b(?:am|pm|noon|midday|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\w+day))[\s,.;:–—-]*$/i;

/**
 * Whether the line's times belong to another item than its dates: a time range bracketed after a noun
 * ("six online clinics (16:00–17:30)") with the line's dates before it or in brackets of their own ("and
 * three conference days (Thursday 4 March, Thursday 24 June)"), none after it ("Clinics (4–5.30pm): 4 March").
 */
export function timedApart(line: string): boolean {
  if (line.indexOf('(') < 0) return false;
  // matchAll reads a copy of the pattern: the dates read inside the loop use it too
  for (const m of line.matchAll(BRACKETED)) {
    const inner = m[0].slice(1, -1);
    if (!TIME_LIKE.test(inner) || DATED_END.test(line.slice(Math.max(0, m.index - 40), m.index)) || datesOf(inner).dates.length) continue;
    const rest = line.slice(m.index + m[0].length);
    if (datesOf(rest.replace(BRACKETED, ' ')).dates.length) continue;
    if (datesOf(line.slice(0, m.index)).dates.length || datesOf(rest).dates.length) return true;
  }
  return false;
}

/** The one year a line names on its own ("for 2027"), if it names exactly one. */
function lineYear(toks: Tok[]): number | undefined {
  let year: number | undefined;
  for (const t of toks) {
    if (!isYear(t) || (t as Num).n < 1990 || (t as Num).n > 2100) continue;
    if (year !== undefined && year !== (t as Num).n) return undefined;
    year = (t as Num).n;
  }
  return year;
}

const DAY_INDEX: Readonly<Record<string, number>> = { sun: 0, sul: 0, mon: 1, llun: 1, tue: 2, mawrth: 2, wed: 3, mercher: 3, thu: 4, iau: 4, fri: 5, gwener: 5, sat: 6, sadwrn: 6 };
/** A lower-case weekday word's day of the week, 0 for Sunday ("tues", "thursday", Welsh "mercher"). */
export const dayIndex = (w: string): number | undefined => DAY_INDEX[w] ?? DAY_INDEX[w.slice(0, 3)];

/** The weekday named just before token `i` ("Monday 5 February", "Mon., Feb 5"), if any. */
function weekdayBefore(toks: Tok[], i: number): number | undefined {
  const prev = toks[i - 1]?.k === 'list' ? toks[i - 2] : toks[i - 1];
  return prev?.k === 'wd' ? prev.day : undefined;
}

/** Of the page's year and the years either side, the one in which day `d` of month `m` falls on weekday `wd`; the page's year when none does. */
function weekdayYear(year: number, m: number, d: number, wd: number): number {
  for (const y of [year, year + 1, year - 1]) if (validDate(y, m, d) && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === wd) return y;
  return year;
}

/** Finds the first time range of a line ("9:30am – 3:30pm", "9.30 for 10.00am start", "13.30-17 hrs"). */
function readTimes(toks: Tok[]): { start: number; end?: number; minutes?: number } | undefined {
  const times: { min: number; mer: boolean; i: number; after: 'range' | 'for' | 'none' }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    let min: number | undefined;
    let mer = false;
    if (t.k === 'time') { min = t.min; mer = t.mer; }
    else if (t.k === 'num' && t.len <= 2 && t.n <= 24 && prev?.k === 'range' && toks[i - 2]?.k === 'time' && toks[i + 1]?.k !== 'month') { min = t.n * 60; mer = t.n > 12; }
    if (min === undefined) continue;
    const before = prev?.k === 'range' ? 'range' : prev?.k === 'word' && prev.w === 'for' ? 'for' : 'none';
    times.push({ min, mer, i, after: before });
  }
  if (!times.length) return undefined;
  // "Registration 9.00am, sessions 9.30am – 4.15pm": the two times joined by a dash are the range, not the first two
  const joined = times.findIndex((t, k) => k > 1 && t.after === 'range' && times[k - 1]!.i === t.i - 2);
  const first = joined > 1 && times[1]!.after === 'none' ? joined - 1 : 0;
  let start = times[first]!;
  let end: (typeof times)[number] | undefined;
  for (const t of times.slice(first + 1)) {
    if (t.after === 'for' && t.i - start.i <= 2) { start = t; continue; }
    end = t;
    break;
  }
  if (start.min === 0 && (!end || end.min === 0)) return undefined;
  let s = start.min;
  let e = end?.min;
  if (e !== undefined) {
    if (!end!.mer && e < 7 * 60) e += 720;
    if (!start.mer && s < 12 * 60 && s + 720 <= e && (s < 7 * 60 || e >= 12 * 60 + 60 && s + 720 < e)) s += 720;
    if (e <= s) e = undefined;
  } else if (!start.mer && s < 7 * 60) s += 720;
  if (e === undefined) return { start: s };
  // a day in two parts ("from 9:00am to 12:00pm and from 1:00pm to 3:30pm"): its hours leave out the break
  const rest = times.filter((t) => t.i > end!.i);
  if (rest.length >= 2 && rest[1]!.after === 'range' && toks.slice(end!.i + 1, rest[0]!.i).some((t) => t.k === 'list')) {
    const s2 = rest[0]!.min;
    let e2 = rest[1]!.min;
    if (!rest[1]!.mer && e2 < 7 * 60) e2 += 720;
    if (s2 >= e && e2 > s2) return { start: s, end: e2, minutes: e - s + (e2 - s2) };
  }
  return { start: s, end: e };
}
