import { stem } from './tokens.ts';

/**
 * A cheap gate before a long pattern: the stems that any match must contain one of. A text whose
 * stems hold none of them cannot match, so the pattern is never run over it (most course blurbs).
 */
export class StemGate {
  readonly #stems: readonly string[];

  /** Builds the gate from plain words ("choose", "alternative"); they are stemmed once. */
  constructor(words: readonly string[]) {
    this.#stems = [...new Set(words.map((w) => stem(w.toLowerCase())))];
  }

  /** Whether the text (by its stems) might match; `undefined` stems always might. */
  open(stems: ReadonlySet<string> | undefined): boolean {
    if (!stems) return true;
    for (const s of this.#stems) if (stems.has(s)) return true;
    return false;
  }
}
