/**
 * Whitespace collapsing for page text. `s.replace(/\s+/g, ' ')` rewrites every single space of a line
 * (a match per word); this pattern matches only what changes: a run of two or more, or one that is not
 * a plain space (a tab, a newline, a no-break space). The result is the same string.
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** `s` with each run of whitespace (\s, which takes in U+00A0) made one plain space. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUN, ' ');
}
