import { textLines } from '../dom.ts';
import { earlyYearHint, yearHint } from '../sources/text.ts';
import { MAX_COURSES } from '../types.ts';
import { cardCourse } from './card.ts';
import type { AdapterCourse } from './types.ts';

/** Reads every block matching `blockSel` as a course titled by its `titleSel` element; `linkSel` picks the link. */
export function readBlocks(doc: Document, url: string, blockSel: string, titleSel: string, linkSel?: string): AdapterCourse[] {
  const hint = bodyYearHint(doc.body);
  const out: AdapterCourse[] = [];
  const blocks = doc.querySelectorAll(blockSel);
  for (let i = 0; i < blocks.length && out.length < MAX_COURSES; i++) {
    const block = blocks[i]!;
    const course = cardCourse(block, block.querySelector(titleSel), url, hint, linkSel ? block.querySelector(linkSel) : undefined);
    if (course) out.push(course);
  }
  return out;
}

/** Characters of the body's text read first for its year hint: a catalogue states a full date near its top. */
const TOP_CHARS = 4_000;

/**
 * yearHint over the body's lines, reading the whole body only when its top states no full date. The
 * top's lines are the start of the body's lines (the same walk, stopped sooner), all but its last, which
 * the stop may have cut; a date among them settles the hint exactly as the whole body would. This saves
 * a second walk of a 500-row catalogue (every block is walked again for its own fields).
 */
function bodyYearHint(body: HTMLElement | null): number | undefined {
  const top = textLines(body, true, 20_000, TOP_CHARS);
  const early = earlyYearHint(top.slice(0, -1));
  return early ?? yearHint(textLines(body, true, 20_000, 100_000));
}
