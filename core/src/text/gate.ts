import { stem } from './tokens.ts';

/** Every gate's stems, each mapped to the bits of the gates it opens: one pass over a text's stems answers them all. */
const REGISTRY = new Map<string, number>();
let nextBit = 0;

/**
 * A cheap gate before a long pattern: the stems that any match must contain one of. A text whose
 * stems hold none of them cannot match, so the pattern is never run over it (most course blurbs).
 * Gates share one registry, so `gateMask` reads a text's stems once for all of them.
 */
export class StemGate {
  readonly #stems: readonly string[];
  readonly #bit: number;

  /** Builds the gate from plain words ("choose", "alternative"); they are stemmed once. */
  constructor(words: readonly string[]) {
    if (nextBit > 30) throw new Error('too many stem gates');
    this.#bit = 1 << nextBit++;
    this.#stems = [...new Set(words.map((w) => stem(w.toLowerCase())))];
    for (const s of this.#stems) REGISTRY.set(s, (REGISTRY.get(s) ?? 0) | this.#bit);
  }

  /** Whether the text might match: by its gate mask (see gateMask) or its stems; `undefined` always might. */
  open(stems: ReadonlySet<string> | number | undefined): boolean {
    if (stems === undefined) return true;
    if (typeof stems === 'number') return (stems & this.#bit) !== 0;
    for (const s of this.#stems) if (stems.has(s)) return true;
    return false;
  }
}

/** The gates a text's stems open, as one bit mask (computed once per course). */
export function gateMask(stems: Iterable<string>): number {
  let mask = 0;
  for (const s of stems) {
    const bits = REGISTRY.get(s);
    if (bits !== undefined) mask |= bits;
  }
  return mask;
}

/** The gates one stem opens (0 when none). */
export const gateBits = (stem: string): number => REGISTRY.get(stem) ?? 0;
