import { textLines } from '../dom.ts';
import { yearHint } from '../sources/text.ts';
import { MAX_COURSES } from '../types.ts';
import { cardCourse } from './card.ts';
import type { AdapterCourse } from './types.ts';

/** Reads every block matching `blockSel` as a course titled by its `titleSel` element; `linkSel` picks the link. */
export function readBlocks(doc: Document, url: string, blockSel: string, titleSel: string, linkSel?: string): AdapterCourse[] {
  const hint = yearHint(textLines(doc.body, true, 20_000, 100_000));
  const out: AdapterCourse[] = [];
  const blocks = doc.querySelectorAll(blockSel);
  for (let i = 0; i < blocks.length && out.length < MAX_COURSES; i++) {
    const block = blocks[i]!;
    const course = cardCourse(block, block.querySelector(titleSel), url, hint, linkSel ? block.querySelector(linkSel) : undefined);
    if (course) out.push(course);
  }
  return out;
}
