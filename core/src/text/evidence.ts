import { StemGate } from './gate.ts';
import type { Hit } from './lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * Where words on a page are not the provider describing its course: quoted testimonials, people's
 * names, navigation and footer lines. A phrase found there is not evidence. Every pattern is compiled
 * once; a text is scanned in linear time.
 */
const QUOTED = /[“"‘]([^“”"\n]{12,600})[”"’]/g;
const HONORIFIC = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+(?:[A-Z][\w'’-]*\.?\s?){1,3}/g;
const NAMED_BY = /\b(?:[Ll]ed|[Pp]resented|[Ff]acilitated|[Dd]elivered|[Hh]osted|[Rr]un|[Tt]aught|[Cc]haired|[Ww]ritten) by:?\s+((?:[A-Z][\w'’-]+\s?){2,3})/g;
const NAMED_WITH = /\b(?:with|by|from|and)\s+((?:[A-Z][a-z'’-]+)\s(?:[A-Z][a-z'’-]+))\b(?!\s+(?:[A-Z]|Training|School|Hub|Trust|Academy|College|University|Institute|Centre|Education))/g;
/** Words in a capitalised pair that make it an organisation, place or product, not a person. */
const NOT_A_PERSON = /\b(?:Government|Department|Education|Council|Schools?|Hub|Trust|Academy|College|University|Institute|Centre|Foundation|Partnership|Network|Ltd|Limited|Teaching|Training|Learning|Maths|English|Science|Research|Year|Key|Stage|Microsoft|Zoom|Teams|Google|Welsh|British|National|Local|Regional|England|Wales|Scotland|Ofsted|Estyn|Confidence|Curriculum|Primary|Secondary|Early|Leaders?|Leadership)\b/;
/** A first name and surname opening a sentence about what the person does ("Jo Marking shares …"). */
const NAME_SUBJECT = /(?:^|[.!?]\s+|\n)([A-Z][a-z'’-]+\s[A-Z][a-z'’-]+)\s+(?:is|was|has|had|will|shares|leads|led|brings|draws|taught|teaches|works|worked|spent|founded|wrote|writes|presents|delivers|runs|joined|trained|speaks|spoke)\b/g;
const NAME_LABEL = /\b(?:[Ss]peakers?|[Tt]rainers?|[Pp]resenters?|[Ff]acilitators?|[Tt]utors?|[Kk]eynote|[Hh]osts?|[Ll]ead)\s*:\s*((?:[A-Z][\w'’-]+\s?){2,3})/g;
/** A line of short items separated by bars or bullets ("Home | Courses | About"). */
const NAV_LINE = /^(?:[^|•·\n]{1,30}[|•·]){2,}[^|•·\n]{0,30}$/gm;
/** A footer or site line: copyright, cookies, privacy, "follow us". */
const FOOTER_LINE = /^.*(?:©|\bcookies?\b|\bprivacy (?:policy|notice)\b|\ball rights reserved\b|\bterms (?:and|&) conditions\b|\bfollow us\b|\bnewsletter\b|\bsubscribe\b|\bsign up for (?:our|termly|monthly|weekly|regular)\b|\bskip to (?:main )?content\b).*$/gim;
/** Cheap gates: a pattern runs only when its trigger occurs at all. */
const HONORIFIC_GATE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd)\b/;
const FOOTER_STEMS = new StemGate(['cookie', 'cookies', 'privacy', 'reserved', 'conditions', 'follow', 'newsletter', 'subscribe', 'sign', 'skip']);
const FOOTER_GATE = /©|cookie|privacy|rights reserved|conditions|follow us|newsletter|subscribe|sign up for|skip to/i;
/** A testimonial block: from a heading such as "What delegates say" to the next blank line. */
const TESTIMONIAL_BLOCK = /^(?:testimonials?|what (?:delegates|participants|teachers|attendees|schools|colleagues|people) (?:say|said)|reviews|feedback from (?:delegates|participants))\b[^\n]*\n(?:[^\n]+\n?){0,8}/gim;

const TESTIMONIAL_GATE = /testimonial|what \w+ (?:say|said)|reviews|feedback from/i;
/** Strict gates (see text/gate.ts) for a text whose gate mask is known: the words every match holds whole. */
const TESTIMONIAL_STEMS = new StemGate(['testimonial', 'testimonials', 'say', 'said', 'reviews', 'feedback'], true);
const HONORIFIC_STEMS = new StemGate(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd'], true);
/** Whether the text holds an opening quotation mark (three searches for a character cost less than a pattern's call). */
const hasQuoteMark = (text: string): boolean => text.includes('"') || text.includes('“') || text.includes('‘');
/** Whether the text holds a bar or bullet. */
const hasListMark = (text: string): boolean => text.includes('|') || text.includes('•') || text.includes('·');
/** Two capitalised words in a row ("Jo Marking"): every name NAMED_WITH and NAME_SUBJECT find holds them. */
const NAME_PAIR = /[A-Z][a-z'’-]+\s[A-Z][a-z'’-]/;

/** A span of a text that does not count as evidence, and why. */
export interface Span {
  start: number;
  end: number;
  why: 'quote' | 'name' | 'navigation';
}

function collect(re: RegExp, text: string, why: Span['why'], group: number, out: Span[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[group];
    const start = inner === undefined ? m.index : m.index + m[0].indexOf(inner);
    out.push({ start, end: start + (inner ?? m[0]).length, why });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The spans of `text` that are testimonials, names or navigation, sorted by start; `titleFirst` keeps a first line with bars. */
export function excludedSpans(text: string, titleFirst = false, gates?: number): Span[] {
  const out: Span[] = [];
  if (hasQuoteMark(text)) collect(QUOTED, text, 'quote', 0, out);
  if (gates !== undefined ? HONORIFIC_STEMS.open(gates) && HONORIFIC_GATE.test(text) : HONORIFIC_GATE.test(text)) collect(HONORIFIC, text, 'name', 0, out);
  if (text.includes(' by')) collect(NAMED_BY, text, 'name', 1, out);
  if (text.includes(':')) collect(NAME_LABEL, text, 'name', 1, out);
  const before = out.length;
  if (NAME_PAIR.test(text)) {
    collect(NAMED_WITH, text, 'name', 1, out);
    collect(NAME_SUBJECT, text, 'name', 1, out);
  }
  for (let i = out.length - 1; i >= before; i--) if (NOT_A_PERSON.test(text.slice(out[i]!.start, out[i]!.end))) out.splice(i, 1);
  if (out.some((x) => x.why === 'name')) surnames(text, out);
  if (hasListMark(text)) {
    const before = out.length;
    collect(NAV_LINE, text, 'navigation', 0, out);
    // the first line is the title ("Phonics | Early reading | Provider"), never navigation
    if (titleFirst && out.length > before && out[before]!.start === 0) out.splice(before, 1);
  }
  if (gates !== undefined ? FOOTER_STEMS.open(gates) || text.includes('©') : FOOTER_GATE.test(text)) collect(FOOTER_LINE, text, 'navigation', 0, out);
  if (text.includes('\n') && (gates !== undefined ? TESTIMONIAL_STEMS.open(gates) : TESTIMONIAL_GATE.test(text))) collect(TESTIMONIAL_BLOCK, text, 'quote', 0, out);
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** Every other capitalised occurrence of a surname already found ("with Jo Marking" … "Marking shares"). */
function surnames(text: string, out: Span[]): void {
  const names = new Set<string>();
  for (const x of out) if (x.why === 'name') {
    const last = /([A-Z][\w'’-]+)\s*$/.exec(text.slice(x.start, x.end));
    if (last && last[1]!.length > 2) names.add(last[1]!);
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + name.length);
      const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!letter(before) && !letter(after)) out.push({ start: at, end: at + name.length, why: 'name' });
    }
  }
}

/** The span holding [start, end), if any. */
export function spanAt(spans: readonly Span[], start: number, end: number): Span | undefined {
  for (const s of spans) {
    if (s.start > start) return undefined;
    if (end <= s.end) return s;
  }
  return undefined;
}

/** Stems that negate a phrase a few words later: "no follow-up", "not included", "without coaching". */
const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'never', 'nor', 'neither', 'doesnt', 'isnt', 'dont', 'arent', 'cannot', 'cant', 'wont', 'lack', 'lacks', 'non']);
const NEGATION_REACH = 3;
/** Whether text[from, to) holds a sentence end: . ! ? ; or a newline. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

/** The index of the token starting at `start` (tokens are in text order), or -1. */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether the words just before the hit (in the same sentence) negate it. */
export function negated(tokens: readonly Token[], text: string, hit: Hit): boolean {
  const at = tokenAt(tokens, hit.start);
  if (at < 0) return false;
  for (let k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (endsSentence(text, t.end, tokens[k + 1]!.start)) return false;
    if (NEGATORS.has(t.stem)) return true;
  }
  return false;
}

/** Whether one hit counts as evidence: not in a testimonial, name or navigation, and not negated. */
export function counts(hit: Hit, tokens: readonly Token[], text: string, spans: readonly Span[]): boolean {
  return !(spans.length && spanAt(spans, hit.start, hit.end)) && !negated(tokens, text, hit);
}

/** Hits that count as evidence: not in a testimonial, name or navigation, and not negated. */
export function countedHits(hits: readonly Hit[], tokens: readonly Token[], text: string, spans: readonly Span[]): Hit[] {
  return hits.filter((h) => counts(h, tokens, text, spans));
}
