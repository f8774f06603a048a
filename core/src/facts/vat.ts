/**
 * What the page says about VAT, wherever it says it: "+ VAT" beside the fee, "All prices exclude VAT"
 * in the small print, "No VAT is charged" or "exempt from VAT". Unknown stays unknown: silence is never
 * "included".
 */
import { OTHER_COURSES, type Part } from './structure.ts';

export type VatStated = 'excluded' | 'included' | 'exempt';

const EXEMPT = /\bno vat\b|\bvat[- ]exempt\b|\bexempt from vat\b|\bvat (?:is |does )?not (?:payable|applicable|charged|apply)\b|\bnot subject to vat\b|\b(?:do|does|will) not (?:charge|add) vat\b|\bno vat (?:is )?(?:charged|added)\b|\bzero[- ]rated\b|\boutside the scope of vat\b|\bwithout vat\b/i;
const EXCLUDED = /(?:\+|\bplus)\s*vat\b|(?<!\bnot )\bsubject to vat\b|\bexclude[sd]?\s+vat\b|\b(?:ex|exc|excl|excluding|exclusive of|before)\.?\s+vat\b|\bvat (?:is )?(?:charged|payable|added|applies|will be added)\b|\bprices? (?:do not|don't) include vat\b/i;
const INCLUDED = /\b(?:inc|incl|including|inclusive of|include[sd]?)\.?\s+vat\b|\bvat (?:is )?included\b|\bvat[- ]inclusive\b|\bincludes vat\b/i;

/** The VAT treatment a text states, with the words, or undefined when it says nothing. */
export function vatIn(text: string): { vat: VatStated; quote: string } | undefined {
  for (const [vat, re] of [['exempt', EXEMPT], ['included', INCLUDED], ['excluded', EXCLUDED]] as const) {
    const m = re.exec(text);
    if (m) return { vat, quote: m[0] };
  }
  return undefined;
}

/**
 * The VAT treatment the block states for all its prices ("All prices include VAT", "Our training is not
 * subject to VAT"): a part that names no amount of its own, outside other courses' boxes. The fee's own
 * line is read first by the caller.
 */
export function readVat(parts: readonly Part[]): { vat: VatStated; quote: string } | undefined {
  for (const p of parts) {
    if (!/\bvat\b|zero[- ]rated/i.test(p.text) || /[£€$]\s?\d/.test(p.text) || OTHER_COURSES.test(p.heading)) continue;
    const found = vatIn(p.text);
    if (found) return { vat: found.vat, quote: p.text.slice(0, 300) };
  }
  return undefined;
}
