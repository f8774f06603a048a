/**
 * Funding as this page states it: fully funded, funded for eligible schools, self-funded at a price,
 * the apprenticeship levy, Welsh Government funding, or not funded. What the page says beats any default
 * for the kind: an NPQ with a stated self-funded price is not £0, and a levy apprenticeship is not a
 * qualification the school pays for (apprentices cannot be charged for training).
 */
import type { FundingStatement } from '../model/facts.ts';
import { OTHER_COURSES, type Part } from './structure.ts';

type FundingStated = FundingStatement['kind'];

const RULES: readonly [FundingStated, RegExp][] = [
  // the school paying from its own grant or budget ("Schools may use their professional learning grant to pay for places") is paying, not a funded place
  ['self-funded', /\b(?:may|can|could|are able to|might) (?:use|spend|draw on) (?:their|your|its|the school['’]?s?) (?:own )?(?:[\w-]+ ){0,3}(?:grant|budget|allocation)s?\b/i],
  ['welsh-government', /\b(?:funded|paid for|supported) (?:in full )?by (?:the )?Welsh Government\b|\bWelsh Government[- ]funded\b|\b[Ll]?[Ll]ywodraeth Cymru\b|\bariennir\b[^.]{0,40}\bCymru\b|\bfully funded\b[^.]{0,60}\bWelsh Government\b|\bWelsh Government\b[^.]{0,60}\b(?:funded|funding|grant)\b|\bprofessional learning grant\b/i],
  // before the levy: "not funded through the apprenticeship levy" names the levy to rule it out
  ['not-funded', /\bnot (?:eligible|available) for (?:DfE |government |(?:apprenticeship )?levy )?funding\b|\b(?:cannot|can ?not|can['’]t) be (?:funded|paid for)\b|\bis not an apprenticeship\b|\bno (?:DfE |government )?funding (?:is )?available\b|\bnot (?:DfE[- ])?funded\b|\bindependent schools? (?:are not eligible|pay|will be charged)\b/i],
  ['levy', /\b(?:apprenticeship|growth and skills) levy\b|\blevy[- ]funded\b|\bfunded (?:through|by|from) (?:the|your) levy\b|\blevy transfers?\b/i],
  ['self-funded', /\bself[- ]funded\b|\bself[- ]funding\b|\bpay (?:the (?:full )?fee )?(?:yourself|themselves)\b|\bschool[- ]funded (?:places?|route|cohort)\b/i],
  ['eligible', /\bfunded (?:places? )?for eligible\b|\beligible (?:schools|participants|teachers|settings)\b[^.]{0,60}\bfund|\bscholarship funding\b|\btargeted support funding\b|\bfunding (?:is )?available (?:for|to) (?:eligible|state|schools)\b|\bsubject to eligibility\b/i],
  // free of charge said of the course or its places, not of a substitution, a transfer or the parking
  ['funded', /\bfully[- ]funded\b|\b(?:DfE|government|department for education)[- ]funded\b|\bfunded by the (?:DfE|department for education)\b|\bat no cost to (?:your |the )?school\b|\bno cost to (?:your|the) school\b|\b(?:course|programme|training|event|workshop|webinar|places?|sessions?|day|network|conference|it|this) (?:is|are) (?:completely |entirely )?(?:offered )?free of charge\b|^\s*free of charge\b|\bfunded places?\b/i],
];

/** Funding that has gone: "funded places … have now been fully allocated", "funding has run out". */
/** A word every rule needs (a fund, a levy, Welsh Government, eligibility, paying, no cost, free of charge): a part with none is passed over. */
const FUNDING_WORDS = /fund|welsh government|lywodraeth|ariennir|learning grant|independent school|levy|pay|eligibility|no cost|free of charge/i;
const GONE = /\b(?:fully allocated|all (?:been )?allocated|no longer available|(?:has|have) (?:now )?run out|ran out|(?:is|are) now closed|none (?:left|remaining)|(?:has|have) (?:now )?(?:all )?gone)\b/i;

/** Every funding statement in the block, in reading order, one per kind, read sentence by sentence. */
export function readFunding(parts: readonly Part[]): FundingStatement[] {
  const out: FundingStatement[] = [];
  for (const p of parts) {
    if (/^[“"]/.test(p.text) || OTHER_COURSES.test(p.heading)) continue;
    const text = p.label ? `${p.label}: ${p.text}` : p.text;
    if (!FUNDING_WORDS.test(text)) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      // a question ("Can I fund this through the apprenticeship levy?") states nothing: its answer does
      if (sentence.trimEnd().endsWith('?')) continue;
      for (const [kind, re] of RULES) {
        if (!re.test(sentence)) continue;
        // funded places that have all gone are not funding this page offers
        const said: FundingStated = (kind === 'funded' || kind === 'eligible') && GONE.test(sentence) ? 'not-funded' : kind;
        if (!out.some((f) => f.kind === said)) out.push({ kind: said, quote: sentence.slice(0, 300) });
        break;
      }
    }
    if (out.length >= 6) break;
  }
  return out.slice(0, 6);
}
