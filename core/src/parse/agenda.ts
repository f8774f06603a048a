/**
 * A day's timetable written on one line ("8.30 Registration · 9.00 Welcome · 9.15 Keynote 1 · … · 16.30
 * Close"): the day runs from its first item after arrival to the item that closes it (issue 18: a
 * conference day read as six hours because only its date was given).
 */

/** A time and the item it opens: "9.15 Keynote 1", "1:00pm Lunch". */
const ITEM = /(?:^|[·|•;,–—-]\s*|\s)(\d{1,2})[.:](\d{2})\s*(am|pm)?\s+([A-Za-z][A-Za-z' &/-]{1,40})/gi;
/** Items before the day starts. */
const ARRIVAL = /^(?:registration|arrival|arrive|coffee|refreshments|doors|breakfast)/i;
/** The item that ends the day. */
const CLOSE = /^(?:close|closing|end|finish|depart)/i;

/** The start and end of the day a one-line timetable gives, in minutes since midnight, when it has three items or more and a close. */
export function agendaSpan(line: string): { start: number; end: number } | undefined {
  if (line.length > 600) return undefined;
  const items: { min: number; label: string }[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(line); m && items.length < 30; m = ITEM.exec(line)) {
    let min = Number(m[1]) * 60 + Number(m[2]);
    const mer = m[3]?.toLowerCase();
    if (mer === 'pm' && min < 720) min += 720;
    // a timetable only moves forward: "4.30 Close" after "2.30 Panel" is the afternoon
    const last = items[items.length - 1];
    if (!mer && last && min < last.min) min += 720;
    if (min >= 24 * 60) return undefined;
    items.push({ min, label: m[4]!.trim() });
  }
  if (items.length < 3) return undefined;
  const first = items.find((it) => !ARRIVAL.test(it.label));
  const close = items.find((it) => CLOSE.test(it.label));
  return first && close && close.min > first.min ? { start: first.min, end: close.min } : undefined;
}
