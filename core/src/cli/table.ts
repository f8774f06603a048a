/** A column of a text table: its heading, alignment, and whether long cells wrap (else they are clipped). */
export interface Column {
  title: string;
  /** Widest the column may grow, even with room to spare. */
  max?: number;
  align?: 'left' | 'right';
  /** Wraps long cells over several lines; such columns give way first when the table is too wide. */
  wrap?: boolean;
  /** Narrowest a wrapping column may shrink to. */
  min?: number;
}

const GAP = 2;
/** Control characters from page text must not break a table's lines (the terminal filter removes the rest). */
const clean = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
const clip = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`);

/** Breaks text into lines of at most `width` characters, at spaces where it can, mid-word where it must. */
export function wrapText(text: string, width: number): string[] {
  if (!Number.isFinite(width) || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/**
 * Wraps each line of prose to the width, continuing under its own indent (and after a "- " or "+ "
 * bullet), so notes, reasons and questions fit the terminal as the tables do.
 */
export function wrapProse(text: string, width: number): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const indent = /^\s*(?:[-+!?·•] |\d+\. )?/.exec(line)![0].length;
      const pad = ' '.repeat(Math.min(indent, Math.floor(width / 3)));
      const [first, ...rest] = wrapText(line.slice(indent), width - pad.length);
      return [line.slice(0, indent) + first, ...rest.map((l) => pad + l)];
    })
    .join('\n');
}

/** Widths for the columns: natural sizes, then wrapping columns narrowed (widest first) until the table fits. */
function widthsFor(columns: readonly Column[], cells: readonly string[][], width: number): number[] {
  const wide = !Number.isFinite(width);
  const widths = columns.map((c, i) => Math.min(Math.max(c.title.length, ...cells.map((r) => r[i]!.length)), wide ? Infinity : (c.max ?? Infinity)));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  while (total() > width) {
    let pick = -1;
    columns.forEach((c, i) => {
      if (c.wrap && widths[i]! > (c.min ?? 10) && (pick < 0 || widths[i]! > widths[pick]!)) pick = i;
    });
    if (pick < 0) break;
    widths[pick]!--;
  }
  return widths;
}

/**
 * Renders rows as an aligned plain-text table that fits `width` columns (Infinity: no limit), as lines:
 * the heading and rule, then one array of lines per row (a wrapped row spans several).
 */
export function tableLines(columns: readonly Column[], rows: readonly (readonly string[])[], width = Infinity): { head: string[]; rows: string[][] } {
  const cells = rows.map((row) => columns.map((_, i) => clean(row[i] ?? '')));
  const widths = widthsFor(columns, cells, width);
  const render = (values: readonly string[]): string[] => {
    const parts = values.map((v, i) => (columns[i]!.wrap ? wrapText(v, widths[i]!) : [clip(v, widths[i]!)]));
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, line) =>
      parts
        .map((p, i) => {
          const v = p[line] ?? '';
          return columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!);
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  return { head: [...render(columns.map((c) => c.title)), widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP))], rows: cells.map(render) };
}

/** Renders rows as an aligned plain-text table that fits `width` columns, wrapping or clipping long cells. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[], width = Infinity): string {
  const t = tableLines(columns, rows, width);
  return [...t.head, ...t.rows.flat()].join('\n');
}

/** "1 entry", "3 entries": a count with its noun in the right number. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** A table cell for a figure that may be unknown: "?" in tables, as the key under each table says. */
export const orUnknown = <T>(value: T | null | undefined, format: (v: T) => string = String): string => (value === null || value === undefined ? '?' : format(value));

export { money, percent } from '../text/format.ts';
