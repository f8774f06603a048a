import { GatedPattern } from '../text/gate.ts';

/**
 * Approaches the evidence does not support, taught as if it did (learning styles, Brain Gym, left and
 * right brain, NLP): the DfE standard asks that CPD be underpinned by robust evidence (part 2) and
 * Weston's first check before buying is whether it is. A sentence that calls them a myth, or says the
 * evidence does not support them, is the page debunking them, not teaching them.
 */
const DEBUNKED = /\b(?:learning styles?|vak|visual,? auditory,? (?:and |or )?kin(?:a)?esthetic|brain gym|left[- ]brain(?:ed)?|right[- ]brain(?:ed)?|left and right (?:sides of the )?brain|neuro-?linguistic programming|multiple intelligences|learning pyramid)\b/i;
/** The words one of which every debunked claim holds whole, so most course texts are passed over at a bit test. */
const NAMED = new GatedPattern(DEBUNKED, ['style', 'styles', 'vak', 'visual', 'brain', 'brained', 'programming', 'intelligences', 'pyramid']);
const REFUTED = /\b(?:myths?|neuromyths?|debunk\w*|discredited|dispel\w*|refut\w*|misconceptions?|no (?:good |robust |reliable )?evidence|not (?:supported|backed) by|lacks? evidence|(?:does|do)(?: not|n['’]t) work|beyond|instead of|rather than)\b/i;

/** The sentence of a course's text that teaches a debunked approach, or undefined; `gates`, the text's gate mask when known (see text/gate.ts). */
export function debunkedClaim(text: string, gates?: number): string | undefined {
  if (!(gates === undefined ? DEBUNKED.test(text) : NAMED.test(text, gates))) return undefined;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (DEBUNKED.test(sentence) && !REFUTED.test(sentence)) return sentence.trim().slice(0, 200);
  }
  return undefined;
}
