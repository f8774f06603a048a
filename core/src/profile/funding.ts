import type { Course } from '../model/course.ts';
import type { Funding, OpportunityKind } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import { StemGate } from '../text/gate.ts';

type Route = Funding['route'];

/** Funded routes and what a school must check before relying on each, in plain English. */
const ROUTES: readonly [Route, RegExp, string][] = [
  ['levy-transfer', /\blevy transfers?\b|\btransfer(?:red)? (?:of )?(?:unused )?levy\b/i, 'A levy-paying employer can transfer up to 25% of its unused apprenticeship levy to you: agree the transfer before the start date, and plan at least 20% off-the-job training time.'],
  ['apprenticeship-levy', /\b(?:apprenticeship|growth and skills) levy\b|\blevy[- ]funded\b|\bfunded (?:through|by|from) (?:the|your) levy\b|\blevy (?:account|funds?)\b/i, 'Paid from the employer’s apprenticeship levy account (the local authority for community and voluntary-controlled schools, the trust for academies); check the funding band, the 5% co-investment if you do not pay the levy, and the 20% off-the-job training time.'],
  ['npq-dfe', /\b(?:DfE|government|department for education)[- ](?:funded|funding|scholarship)\b|\bscholarship funding\b|\bfunded (?:for|by the DfE|places?)\b|\btargeted support funding\b|\bfully funded\b|\bfunding (?:is )?available\b|\beligible (?:schools|for funding)\b/i, 'DfE funding for NPQs depends on eligibility: some NPQs are funded for all state schools, others only for schools in the top half by pupil premium; independent schools are not eligible. Check the current list on gov.uk and the provider’s eligibility checker before booking.'],
  ['ecf', /\bfunded\b|\bno cost to (?:your|the) school\b|\bDfE\b/i, 'ECF-based induction is funded by the DfE for state-funded schools, including the mentor’s time off timetable in the second year; check the school is registered for the provider-led route and the ECT’s induction dates.'],
  ['welsh-national', /\bWelsh Government\b|\bLlywodraeth Cymru\b|\bnational (?:professional learning|programme) (?:for|in) Wales\b|\bprofessional learning grant\b|\bNPLE\b|\bHwb\b|\bregional consortium\b/i, 'Funded by the Welsh Government for maintained schools in Wales (often through the professional learning grant or the regional consortium): check eligibility and whether release time is covered.'],
  ['grant', /\bgrant[- ]funded\b|\bbursar(?:y|ies)\b|\bfunded by (?:a|the) grant\b|\bcover (?:grant|funding)\b|\bfunded release\b/i, 'Grant-funded: check who is eligible, what it covers (fee, release time) and any conditions, such as completing the programme.'],
  ['fully-funded', /\bfully[- ]funded\b|\bfunded places?\b|\bat no cost to (?:your |the )?school\b|\bfree (?:for|to) (?:state|maintained|all) schools\b|\bfree of charge\b/i, 'Funded: check who the funding covers (for example state schools only), what happens if a participant withdraws, and that supply cover and time are still yours to find.'],
];

/** A cheap gate: no funded route is named without one of these words. */
const FUNDING_GATE = new StemGate(['funded', 'funding', 'fund', 'levy', 'grant', 'bursary', 'bursaries', 'welsh', 'cymru', 'wales', 'hwb', 'nple', 'consortium', 'free', 'cost', 'dfe', 'scholarship', 'government']);

/** Kinds of qualification the policy's repayment terms (4.1) apply to. */
const QUALIFYING: ReadonlySet<OpportunityKind> = new Set(['npq', 'qualification', 'apprenticeship']);

/** The funded route a page states, with what to check and the policy's repayment terms where they apply. */
export function fundingOf(course: Course, text: string, kind: OpportunityKind, policy: Policy, stems: number): Funding | null {
  let found: { route: Route; check: string; quote: string } | null = null;
  const mentions = FUNDING_GATE.open(stems);
  for (const [route, re, check] of mentions ? ROUTES : []) {
    if (route === 'npq-dfe' && kind !== 'npq') continue;
    if (route === 'ecf' && kind !== 'ecf') continue;
    const m = re.exec(text);
    if (m) {
      found = { route, check, quote: m[0] };
      break;
    }
  }
  if (!found && course.price?.basis === 'funded') {
    const route: Route = kind === 'npq' ? 'npq-dfe' : kind === 'ecf' ? 'ecf' : 'fully-funded';
    found = { route, check: ROUTES.find(([r]) => r === route)![2], quote: course.price.text ?? 'Funded' };
  }
  if (!found) return null;
  const funding: Funding = { route: found.route, check: found.check, evidence: [found.quote.slice(0, 400)] };
  const repayment = repaymentText(kind, policy);
  if (repayment) funding.repayment = repayment;
  return funding;
}

/** The policy's repayment terms, as a sentence, for a qualification (funded or paid by the school). */
export function repaymentText(kind: OpportunityKind, policy: Policy): string | undefined {
  const terms = policy.repayment;
  if (!terms || !QUALIFYING.has(kind)) return undefined;
  const list = terms.conditions.length > 1 ? `${terms.conditions.slice(0, -1).join('; ')}; or ${terms.conditions[terms.conditions.length - 1]}` : terms.conditions[0]!;
  const section = terms.source?.section ? ` (policy ${terms.source.section})` : '';
  return `If the school pays or releases time for this qualification, the member of staff may have to repay all or part of the cost if they ${list}${section}.`.slice(0, 400);
}
