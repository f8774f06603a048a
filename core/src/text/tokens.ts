import { demutate } from './demutate.ts';

/** A word of a text, with its stem and where it sits, so a match can quote the sentence around it. */
export interface Token {
  stem: string;
  start: number;
  end: number;
  /** The word's place in the tokenizer's table of words: what a WordCache keeps for it is found by it. */
  word: number;
}

/** Words recur across thousands of course blurbs: stems are memoised, in a bounded cache. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

/** Words too common in CPD blurbs to say anything about a target ("teaching", "pupils", "develop"…). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can do for from has have how i in into is it its of on or our ' +
    'so that the their them these they this to up us was we were what when which who will with you your ' +
    'all also any more most new not one other over per than then there through very day days ' +
    'improve develop develope support use work school staff teacher pupil student learn learner ' +
    'teach course session train skill knowledge understand practic help way need able make get ' +
    'part attend book place well across within about each include delegate participant ' +
    'outcome raise embed strengthen ensure increase better high quality effective ' +
    // issue 25: Welsh words as common ("disgyblion", "athrawon", "gwella"): a target naming only these matches nothing
    'disgyblion disgybl dysgwyr dysgwr athrawon athro athrawes ysgol ysgolion gwella datblygu cefnogi sgiliau ' +
    'addysgu dysgu cwrs cyrsiau sesiwn sesiynau hyfforddiant plant newydd effeithiol gyda gyfer mewn drwy trwy ' +
    'sydd mae bod pob eich hyn hwn hon neu ond fel dros heb rhwng mwy fwy wedi ein ac ar yn yr eu ei yng ynghyd hefyd sut'
  )
    .split(' ')
    .map((w) => stem(w)),
);

/**
 * A light, deterministic English stemmer (suffix stripping in the spirit of Porter's step 1): enough
 * for "assessing"/"assessment"/"assessed" to meet, small enough to run millions of times a second.
 */
export function stem(word: string): string {
  const known = stemCache.get(word);
  if (known !== undefined) return known;
  const result = stemUncached(word);
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

function stemUncached(word: string): string {
  let w = demutate(word).replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) {
    // keep: class, focus, analysis
  } else if (w.endsWith('s') && w.length > 4) w = w.slice(0, -1);
  for (const suffix of ['ational', 'ments', 'ment', 'ation', 'ings', 'ing', 'edly', 'ed', 'ers', 'er', 'ly', 'ive']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // double consonant left by -ing/-ed: "planning" → "plann" → "plan"
  if (w.length > 4 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w;
}

/**
 * Accented Latin letters as their base letter, one for one so offsets stay put (issue 25): Welsh "ôl-16",
 * "llesiant" with "â", "ŵyr" are words, not breaks. Text without such letters is returned as it is.
 */
function foldAccents(lower: string): string {
  return /[\u00c0-\u017f]/.test(lower) ? lower.replace(/[\u00c0-\u017f]/g, (c) => c.normalize('NFD').charAt(0)) : lower;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The stems of the words tokenize has met, found without cutting the word out of the text: an
 * open-addressing table keyed by a hash computed while the word is scanned, each slot checked
 * against the word's characters. Cutting and hashing a new string per word was most of tokenize's
 * time (scoring throughput, issue 24). Bounded: full, it starts again empty.
 */
const WORD_BITS = 15;
const WORD_MASK = (1 << WORD_BITS) - 1;
const WORDS_MAX = 1 << (WORD_BITS - 1);
const slots = new Int32Array(1 << WORD_BITS);
const slotHash = new Int32Array(1 << WORD_BITS);
const slotWord: string[] = [];
const slotStem: string[] = [];
let wordCount = 0;

/** The entry of lower[start, end), whose hash is `hash`, in the table (1-based): found, or stemmed and kept. */
function wordAt(lower: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let at = hash & WORD_MASK;
  for (let entry = slots[at]!; entry !== 0; at = (at + 1) & WORD_MASK, entry = slots[at]!) {
    if (slotHash[at] !== hash) continue;
    const word = slotWord[entry - 1]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && word.charCodeAt(k) === lower.charCodeAt(start + k)) k++;
    if (k === length) return entry;
  }
  const word = lower.slice(start, end);
  const stemmed = stem(word);
  if (wordCount >= WORDS_MAX) {
    slots.fill(0);
    slotWord.length = 0;
    slotStem.length = 0;
    wordCount = 0;
    at = hash & WORD_MASK;
  }
  slotWord.push(word);
  slotStem.push(stemmed);
  slots[at] = ++wordCount;
  slotHash[at] = hash;
  return wordCount;
}

/**
 * A value derived from a word's stem, kept by the word's place in the tokenizer's table (`Token.word`), so
 * readers of every token (analysis, lexicons) find it by an array index rather than by hashing the stem.
 * Each value is kept with the stem it came from, so a place the table has since given to another word
 * derives afresh.
 */
export class WordCache<T> {
  readonly #derive: (stem: string) => T;
  // grown by filling, never by writing past the end: an array written at scattered places turns sparse, and slow
  #stems: string[] = [];
  #values: (T | undefined)[] = [];

  /** The cache of `derive`, a function of the stem alone. */
  constructor(derive: (stem: string) => T) {
    this.#derive = derive;
  }

  /** The value for the token's stem. */
  get(token: Token): T {
    const word = token.word;
    if (word >= this.#stems.length) this.#grow(word);
    else if (this.#stems[word] === token.stem) return this.#values[word]!;
    const value = this.#derive(token.stem);
    this.#stems[word] = token.stem;
    this.#values[word] = value;
    return value;
  }

  /** Forgets every value (what they are derived from has changed). */
  clear(): void {
    if (this.#stems.length) {
      this.#stems.fill('');
      this.#values.fill(undefined);
    }
  }

  /** Room for `word`: twice as much as before, or more, filled (so the arrays stay dense). */
  #grow(word: number): void {
    let size = Math.max(1024, this.#stems.length * 2);
    while (size <= word) size *= 2;
    const stems = new Array<string>(size).fill('');
    const values = new Array<T | undefined>(size).fill(undefined);
    for (let i = 0; i < this.#stems.length; i++) {
      stems[i] = this.#stems[i]!;
      values[i] = this.#values[i];
    }
    this.#stems = stems;
    this.#values = values;
  }
}

/** A text's tokens, and whether its words are split exactly where a pattern's `\b` splits them. */
export interface Words {
  tokens: Token[];
  /**
   * True when every word of the text is a token as written: no letter the tokenizer folds or lower-cases
   * into another (accents, "İ", the Kelvin sign), no word joined to another by an inner apostrophe
   * ("o'clock"), nothing cut off beyond the limit. Then a pattern can match a whole word only where that
   * word's stem is among the tokens' (what text/gate.ts's strict gates rely on).
   */
  exact: boolean;
}

/**
 * Splits text into stemmed word tokens with their offsets (letters and digits, with an inner
 * apostrophe: "teacher's"). A hand-written scan: this is the hottest loop of scoring.
 */
export function tokenize(text: string, limit = 20_000): Token[] {
  return readWords(text, limit).tokens;
}

/** The text's tokens (see tokenize), and whether they split its words exactly as written (see Words). */
export function readWords(text: string, limit = 20_000): Words {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  const lower = cut.toLowerCase();
  const read = scanWords(lower, false) ?? scanWords(foldAccents(lower), true)!;
  // cut off, or a letter lower-cased into another ("İ" into "i̇", the Kelvin sign into "k")
  if (read.exact && (text.length > limit || lower.length !== cut.length || cut.includes('\u212a'))) read.exact = false;
  return read;
}

/**
 * The tokens of lower-case text; undefined, unless `folded`, at the first accented letter (the text is
 * folded and read again: its tokens are then not `exact`).
 */
function scanWords(lower: string, folded: boolean): Words | undefined {
  const tokens: Token[] = [];
  let exact = !folded;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c >= 0xc0 && c <= 0x17f && !folded) return undefined;
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + c) | 0;
      c = lower.charCodeAt(++i);
    } while (i < n && isWordCode(c));
    if ((c === 39 || c === 8217) && i + 1 < n && lower.charCodeAt(i + 1) >= 97 && lower.charCodeAt(i + 1) <= 122) {
      // "teacher's", "o'clock": one token where a pattern sees two words
      exact = false;
      hash = (Math.imul(hash, 31) + c) | 0;
      c = lower.charCodeAt(++i);
      while (i < n && c >= 97 && c <= 122) {
        hash = (Math.imul(hash, 31) + c) | 0;
        c = lower.charCodeAt(++i);
      }
    }
    const word = wordAt(lower, start, i, hash);
    tokens.push({ stem: slotStem[word - 1]!, start, end: i, word });
  }
  return { tokens, exact };
}

/** Sentence ends and list separators: . ! ? newline • | */
const isBreakCode = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10 || code === 8226 || code === 124;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Whether text[i] ends a sentence; a full stop between digits ("9.30am", "£1.50") does not. */
const breakAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code !== 46) return isBreakCode(code);
  return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
};

/** Where the sentence holding offset `at` begins (after the previous break, or 0). */
export function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !breakAt(text, from - 1)) from--;
  return from;
}

/** The sentence of `text` around [start, end), cut to about `max` characters, for quoting as evidence. */
export function sentenceAround(text: string, start: number, end: number, max = 200): string {
  const reach = max >> 1;
  let from = start;
  while (from > 0 && start - from < reach && !breakAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < reach && !breakAt(text, to)) to++;
  if (to < text.length && text.charCodeAt(to) !== 10) to++;
  const raw = text.slice(from, to);
  const quote = (/\s\s|[\t\n\r]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  const cutBefore = from > 0 && !breakAt(text, from - 1);
  const cutAfter = to < text.length && !breakAt(text, to - 1);
  return (cutBefore ? '…' : '') + quote + (cutAfter ? '…' : '');
}
