/**
 * C0 and C1 control characters (but newline and tab), a CR not ending a line, and the bidi controls:
 * text from pages, policy and import files must not move the cursor, recolour the terminal or reorder
 * what the user reads (a title with U+202E would print backwards).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** Strips control and bidi characters from text on its way to a terminal. */
export const forTerminal = (text: string): string => text.replace(UNSAFE, '');

/** JSON whose strings keep every character, but with the ones a terminal would act on written as \u escapes. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The width tables should fit: $COLUMNS when set, else the terminal's own, else 80 (files, pipes). */
export function terminalWidth(env: Record<string, string | undefined>, stdout?: { isTTY?: boolean; columns?: number }): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 20) return fromEnv;
  if (stdout?.isTTY && stdout.columns && stdout.columns >= 20) return stdout.columns;
  return 80;
}
