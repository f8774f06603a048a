import type { SchoolType } from '../model/common.ts';
import type { Course } from '../model/course.ts';
import type { Funding, OpportunityKind } from '../model/course-profile.ts';
import type { Policy } from '../model/policy.ts';
import { english, msg, type InnerMessage } from '../i18n/message.ts';
import { forNation, nationOf } from '../i18n/nation.ts';
import { EN } from '../i18n/en.ts';
import { StemGate } from '../text/gate.ts';

type Route = Funding['route'];

/** Funded routes as pages name them; what a school must check before relying on each is the message `funding.<route>`. */
const ROUTES: readonly [Route, RegExp][] = [
  ['levy-transfer', /\blevy transfers?\b|\btransfer(?:red)? (?:of )?(?:unused )?levy\b/i],
  ['apprenticeship-levy', /\b(?:apprenticeship|growth and skills) levy\b|\blevy[- ]funded\b|\bfunded (?:through|by|from) (?:the|your) levy\b|\blevy (?:account|funds?)\b/i],
  ['npq-dfe', /\b(?:DfE|government|department for education)[- ](?:funded|funding|scholarship)\b|\bscholarship funding\b|\bfunded (?:for|by the DfE|places?)\b|\btargeted support funding\b|\bfully funded\b|\bfunding (?:is )?available\b|\beligible (?:schools|for funding)\b/i],
  ['ecf', /\bfunded\b|\bno cost to (?:your|the) school\b|\bDfE\b/i],
  ['welsh-national', /\bWelsh Government\b|\bL?lywodraeth Cymru\b|\bnational (?:professional learning|programme) (?:for|in) Wales\b|\bprofessional learning grant\b|\bNPLE\b|\bHwb\b|\bregional consortium\b/i],
  ['grant', /\bgrant[- ]funded\b|\bbursar(?:y|ies)\b|\bfunded by (?:a|the) grant\b|\bcover (?:grant|funding)\b|\bfunded release\b/i],
  ['fully-funded', /\bfully[- ]funded\b|\bfunded places?\b|\bat no cost to (?:your |the )?school\b|\bfree (?:for|to) (?:state|maintained|all) schools\b|\bfree of charge\b/i],
];

/** A cheap gate: no funded route is named without one of these words. */
const FUNDING_GATE = new StemGate(['funded', 'funding', 'fund', 'levy', 'grant', 'bursary', 'bursaries', 'welsh', 'cymru', 'wales', 'hwb', 'nple', 'consortium', 'free', 'cost', 'dfe', 'scholarship', 'government']);

/** Kinds of qualification the policy's repayment terms (4.1) apply to. */
const QUALIFYING: ReadonlySet<OpportunityKind> = new Set(['npq', 'qualification', 'apprenticeship']);

/**
 * The route the page's own funding statements give (core/src/facts/funding.ts), which beats any default
 * for the kind: levy or Welsh Government funding is named; a priced page that says self-funded or that
 * its funded places have gone, and offers no current funding, has no funded route (`null`); undefined
 * when the page's statements do not settle it.
 */
function statedRoute(course: Course, kind: OpportunityKind): { route: Route; quote: string } | null | undefined {
  const said = course.funding ?? [];
  const find = (k: string) => said.find((f) => f.kind === k);
  const levy = find('levy');
  if (levy) return { route: /\btransfer/i.test(levy.quote) ? 'levy-transfer' : 'apprenticeship-levy', quote: levy.quote };
  const welsh = find('welsh-government');
  if (welsh) return { route: 'welsh-national', quote: welsh.quote };
  const priced = (course.price?.amount ?? 0) > 0;
  if (priced && (find('self-funded') || find('not-funded')) && !find('funded') && !find('eligible')) return null;
  const funded = find('funded') ?? find('eligible');
  if (funded && kind === 'npq') return { route: 'npq-dfe', quote: funded.quote };
  return undefined;
}

/** Funding the page gives to state-funded schools only ("fully funded … for state-funded schools", "teachers employed in maintained schools"). */
const STATE_ONLY = /\b(?:fund(?:ed|s)?|funding|free|no cost)\b[^.]{0,160}\b(?:state[- ]funded|maintained|state) (?:schools?|sector|settings?)\b/i;
/** The page funds independent schools too (not "not eligible for funding", nor self-funded places "including independent schools"). */
const INDEPENDENT_FUNDED = /\bindependent schools?\b[^.\n]{0,60}(?<![\w-])(?<!\bnot )(?:funded|eligible|free)\b|\b(?:including|and) independent schools\b/gi;
/** A statement about paying, not funding: self-funded places, a price. */
const PAYING = /\bself[- ]fund|[£€$]\s?\d|\bnot eligible\b/i;
/** Whether the page funds independent schools: a statement naming them that is not about paying. */
function fundsIndependent(text: string): boolean {
  for (const m of text.matchAll(INDEPENDENT_FUNDED)) {
    const from = Math.max(text.lastIndexOf('\n', m.index) + 1, text.lastIndexOf('. ', m.index) + 1, m.index - 120);
    if (!PAYING.test(text.slice(from, m.index + m[0].length))) return true;
  }
  return false;
}

/**
 * The funded route a page states, with what to check and the policy's repayment terms where they apply.
 * An independent school gets none where the page funds state-funded schools only: it pays the fee.
 */
export function fundingOf(course: Course, text: string, kind: OpportunityKind, policy: Policy, stems: number, school?: SchoolType): Funding | null {
  if (school === 'independent' && STATE_ONLY.test(text) && !fundsIndependent(text)) return null;
  const stated = statedRoute(course, kind);
  if (stated === null) return null;
  let found: { route: Route; quote: string } | null = stated ?? null;
  const mentions = FUNDING_GATE.open(stems);
  for (const [route, re] of mentions && !found ? ROUTES : []) {
    if (route === 'npq-dfe' && kind !== 'npq') continue;
    if (route === 'ecf' && kind !== 'ecf') continue;
    const m = re.exec(text);
    if (m) {
      found = { route, quote: m[0] };
      break;
    }
  }
  if (!found && course.price?.basis === 'funded') {
    const route: Route = kind === 'npq' ? 'npq-dfe' : kind === 'ecf' ? 'ecf' : 'fully-funded';
    found = { route, quote: course.price.text ?? 'Funded' };
  }
  if (!found) return null;
  const check = msg(forNation(`funding.${found.route}`, nationOf(policy)));
  const funding: Funding = { route: found.route, check: english(check), checkMessage: check, evidence: [found.quote.slice(0, 400)] };
  const repayment = repaymentMessage(kind, policy, found.route);
  if (repayment) {
    funding.repayment = english(repayment).slice(0, 400);
    funding.repaymentMessage = repayment;
  }
  return funding;
}

/**
 * The policy's repayment terms, as a message, for a qualification (funded or paid by the school); the
 * conditions stay as the school wrote them. Never for a levy-funded apprenticeship: apprentices cannot
 * be charged for their training.
 */
export function repaymentMessage(kind: OpportunityKind, policy: Policy, route?: Route): InnerMessage | undefined {
  const terms = policy.repayment;
  if (!terms || !QUALIFYING.has(kind) || route === 'apprenticeship-levy' || route === 'levy-transfer') return undefined;
  const written = (terms.conditions.length > 1 ? `${terms.conditions.slice(0, -1).join('; ')}; or ${terms.conditions[terms.conditions.length - 1]}` : terms.conditions[0]!).slice(0, 400);
  // the default policy's conditions are said in each language (issue 25); a school's own stay as it wrote them
  const conditions = written === EN['repayment.default'] ? msg('repayment.default') : written;
  const section = terms.source?.section;
  return section ? msg('funding.repayment-section', { conditions, section }) : msg('funding.repayment', { conditions });
}
