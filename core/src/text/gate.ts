import { stem } from './tokens.ts';

/**
 * A gate mask: one bit per gate, the first 31 gates in the low 31 bits and the rest above them, as one
 * exact integer (`high * 2^31 + low`, below 2^53). A bitwise `&` reads the low part as it is (ToInt32),
 * so a low gate is one bit test; a high gate divides first.
 */
const HIGH = 2 ** 31;
const LOW_GATES = 31;
const MAX_GATES = LOW_GATES + 22;
/** The low and high parts of a mask. */
export const lowBits = (mask: number): number => mask & 0x7fffffff;
export const highBits = (mask: number): number => (mask / HIGH) | 0;
/** A mask of its low and high parts. */
export const maskOf = (low: number, high: number): number => high * HIGH + low;
const union = (a: number, b: number): number => maskOf(lowBits(a) | lowBits(b), highBits(a) | highBits(b));

/** Every gate's stems, each mapped to the mask of the gates it opens: one pass over a text's stems answers them all. */
const REGISTRY = new Map<string, number>();
let nextBit = 0;
/** The mask of the strict gates. */
let STRICT = 0;

/**
 * A cheap gate before a long pattern: the stems that any match must contain one of. A text whose
 * stems hold none of them cannot match, so the pattern is never run over it (most course blurbs).
 * Gates share one registry, so one pass over a text's stems (`gateBits`, see analyseCourse) builds
 * the mask that answers them all.
 */
export class StemGate {
  readonly #low: number;
  readonly #high: number;

  /**
   * Builds the gate from plain words ("choose", "alternative"); they are stemmed once. A `strict` gate
   * stands for a pattern that can match only where one of its words is written whole (`\bword\b`, as a
   * token): it never changes what the pattern finds, so text whose words the tokenizer cannot split as
   * written (see `Words.exact` in tokens.ts) opens it whatever its stems (see `strictGates`).
   */
  constructor(words: readonly string[], strict = false) {
    const n = nextBit++;
    if (n >= MAX_GATES) throw new Error('too many stem gates');
    this.#low = n < LOW_GATES ? 1 << n : 0;
    this.#high = n < LOW_GATES ? 0 : 1 << (n - LOW_GATES);
    const bit = maskOf(this.#low, this.#high);
    if (strict) STRICT = union(STRICT, bit);
    for (const s of new Set(words.map((w) => stem(w.toLowerCase())))) REGISTRY.set(s, union(REGISTRY.get(s) ?? 0, bit));
  }

  /** Whether the text might match, by the gate mask of its stems. */
  open(mask: number): boolean {
    return this.#low !== 0 ? (mask & this.#low) !== 0 : ((mask / HIGH) & this.#high) !== 0;
  }
}

/** How many gates there are: what a cache of `gateBits` was built with is stale once another is made. */
export const gateCount = (): number => nextBit;

/** The mask of the strict gates: open for a text whose words are not split exactly as written. */
export const strictGates = (): number => STRICT;

/** The mask of the gates one stem opens (0 when none). */
export const gateBits = (stem: string): number => REGISTRY.get(stem) ?? 0;

/**
 * A pattern behind a strict gate of the words every match of it holds whole (`\bword\b`): run only over
 * text whose stems open the gate, so it finds what it would find over any text, at a bit test for most
 * (scoring throughput, issue 24). The words must be such that no match can do without one of them.
 */
export class GatedPattern {
  readonly pattern: RegExp;
  readonly #gate: StemGate;

  /** The pattern, and the words of which every match holds at least one. */
  constructor(pattern: RegExp, words: readonly string[]) {
    this.pattern = pattern;
    this.#gate = new StemGate(words, true);
  }

  /** `pattern.test(text)`, skipped (false) when the text's gate mask shows none of the words. */
  test(text: string, mask: number): boolean {
    return this.#gate.open(mask) && this.pattern.test(text);
  }

  /** `pattern.exec(text)`, skipped (null) when the text's gate mask shows none of the words. */
  exec(text: string, mask: number): RegExpExecArray | null {
    return this.#gate.open(mask) ? this.pattern.exec(text) : null;
  }
}
