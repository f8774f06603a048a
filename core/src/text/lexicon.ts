import { tokenize, WordCache, type Token } from './tokens.ts';

/** A phrase compiled to stems, tagged with the key it stands for (a concept, a feature, a criterion). */
interface Entry {
  stems: readonly string[];
  key: string;
  /** The key's place among the lexicon's keys, in the order they were first added. */
  group: number;
  phrase: string;
  /** Written in capitals ("SEND", "TA"): matches only where the text writes it in capitals too. */
  upper: boolean;
}

/** Where a phrase of the lexicon occurs in a text. */
export interface Hit {
  key: string;
  /** The key's place among the lexicon's keys (see `Lexicon.keys`), for a caller that keeps a table by key. */
  group: number;
  phrase: string;
  /** Character offsets in the original text. */
  start: number;
  end: number;
}

/**
 * A phrase matcher: every phrase is stemmed once, indexed by its first stem, and a text is scanned in
 * one pass. Longer phrases win where several start at the same word.
 */
export class Lexicon {
  readonly #byFirst = new Map<string, Entry[]>();
  /** The keys, in the order they were first added: a hit's `group` is its key's place here. */
  readonly keys: string[] = [];
  /** The phrases starting with each word, found by the token (see WordCache) rather than by hashing its stem. */
  readonly #first = new WordCache<Entry[] | undefined>((stem) => this.#byFirst.get(stem));

  /** Builds the matcher from `{ key: [phrases…] }`. */
  constructor(groups: Readonly<Record<string, readonly string[]>>) {
    for (const [key, phrases] of Object.entries(groups)) for (const phrase of phrases) this.add(key, phrase);
  }

  /** Adds one phrase under `key`; phrases with no words are ignored. */
  add(key: string, phrase: string): void {
    const stems = tokenize(phrase).map((t) => t.stem);
    const first = stems[0];
    if (first === undefined) return;
    let group = this.keys.indexOf(key);
    if (group < 0) group = this.keys.push(key) - 1;
    const list = this.#byFirst.get(first) ?? [];
    list.push({ stems, key, group, phrase, upper: phrase.length > 1 && phrase === phrase.toUpperCase() && /[A-Z]/.test(phrase) });
    list.sort((a, b) => b.stems.length - a.stems.length);
    this.#byFirst.set(first, list);
    this.#first.clear();
  }

  /**
   * All phrase occurrences in already-tokenised text, in reading order. With the original `text`,
   * phrases written in capitals match only capitals ("SEND", not "send us an email").
   */
  scan(tokens: readonly Token[], text?: string): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.#first.get(tokens[i]!);
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.stems.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n; k++) {
          if (tokens[i + k]!.stem !== entry.stems[k]) {
            ok = false;
            break;
          }
        }
        if (ok && entry.upper && text !== undefined && !isUpper(text, tokens[i]!.start, tokens[i + n - 1]!.end)) ok = false;
        if (ok) hits.push({ key: entry.key, group: entry.group, phrase: entry.phrase, start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
      }
    }
    return hits;
  }
}

/** Whether the letters of text[start, end) are all capitals. */
function isUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
