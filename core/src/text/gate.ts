import { stem } from './tokens.ts';

/** Every gate's stems, each mapped to the bits of the gates it opens: one pass over a text's stems answers them all. */
const REGISTRY = new Map<string, number>();
let nextBit = 0;

/**
 * A cheap gate before a long pattern: the stems that any match must contain one of. A text whose
 * stems hold none of them cannot match, so the pattern is never run over it (most course blurbs).
 * Gates share one registry, so one pass over a text's stems (`gateBits`, see analyseCourse) builds
 * the mask that answers them all.
 */
export class StemGate {
  readonly #bit: number;

  /** Builds the gate from plain words ("choose", "alternative"); they are stemmed once. */
  constructor(words: readonly string[]) {
    if (nextBit > 30) throw new Error('too many stem gates');
    this.#bit = 1 << nextBit++;
    for (const s of new Set(words.map((w) => stem(w.toLowerCase())))) REGISTRY.set(s, (REGISTRY.get(s) ?? 0) | this.#bit);
  }

  /** Whether the text might match, by the gate mask of its stems. */
  open(mask: number): boolean {
    return (mask & this.#bit) !== 0;
  }
}

/** How many gates there are: what a cache of `gateBits` was built with is stale once another is made. */
export const gateCount = (): number => nextBit;

/** The gates one stem opens (0 when none). */
export const gateBits = (stem: string): number => REGISTRY.get(stem) ?? 0;
