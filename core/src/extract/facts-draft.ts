/** The facts the structure readers found (`facts/`), as candidates for the extraction's merge. */
import { type Draft, propose } from './types.ts';
import type { PageFacts } from '../facts/index.ts';

/**
 * The facts as candidates for the extraction's merge: the typed fee beats the page-wide price guess
 * (confidence 0.85 against 0.75), and every other fact carries its quote as provenance.
 */
export function factsDraft(facts: PageFacts): Draft {
  const d: Draft = {};
  // a fee typed by its context beats the page-wide guess (0.75), which cannot tell a charge from a fee
  // but an amount inside a long sentence that says nothing of a price ("a PC that costs only $35") is left
  // to the page-wide reading and its price context (issue 19): no label, no basis, no VAT, no short price line
  const fee = facts.fee;
  if (facts.price && fee && (fee.labelled || fee.price.basis !== 'unknown' || facts.price.vat !== 'unknown' || fee.quote.length < 80)) propose(d, 'price', facts.price, 'text', fee.labelled ? 0.85 : 0.8, fee.quote, 'facts:fee');
  propose(d, 'charges', facts.charges, 'text', 0.8, facts.charges[0]?.quote, 'facts:charges');
  if (facts.status) propose(d, 'status', facts.status, 'text', 0.8, facts.status.quote, 'facts:status');
  propose(d, 'funding', facts.funding, 'text', 0.8, facts.funding[0]?.quote, 'facts:funding');
  if (facts.trainer) propose(d, 'trainer', facts.trainer, 'text', 0.7, facts.trainer.quote, 'facts:trainer');
  if (facts.access) propose(d, 'access', { days: facts.access.value, quote: facts.access.quote }, 'text', 0.8, facts.access.quote, 'facts:access');
  if (facts.span) propose(d, 'span', { days: facts.span.value, quote: facts.span.quote }, 'text', 0.7, facts.span.quote, 'facts:span');
  if (facts.deadline) propose(d, 'deadline', { date: facts.deadline.value, quote: facts.deadline.quote }, 'text', 0.8, facts.deadline.quote, 'facts:deadline');
  if (facts.choices) propose(d, 'choices', { quote: facts.choices.quote }, 'text', 0.7, facts.choices.quote, 'facts:choices');
  propose(d, 'conflicts', facts.conflicts, 'text', 0.8, facts.conflicts[0]?.quotes[0], 'facts:conflicts');
  return d;
}
