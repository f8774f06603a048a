import { z } from '../zod.ts';
import { Phase, text, label } from '../model/common.ts';
import { SchoolPlan, SdpObjective } from '../model/plan.ts';
import { Policy } from '../model/policy.ts';
import { DeliveryMode } from '../model/delivery-mode.ts';
import { defaultCosts } from '../policy/default-costs.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What is wrong with an address documents are sent to, as a code a view says in its own language (issue 25). */
export type EndpointIssue = 'not-url' | 'credentials' | 'not-https';

const ENDPOINT_PROBLEMS: Record<EndpointIssue, string> = {
  'not-url': 'must be a web address starting with https://',
  credentials: 'must not contain a user name or password',
  'not-https': 'must be a web address starting with https:// (http:// is only allowed for this page’s own site, localhost or 127.0.0.1)',
};

/**
 * Where requests may be sent: an https address, http on this machine (tests, development), or http on
 * the page's own origin when the page itself came over plain HTTP (a school intranet without HTTPS: the
 * request travels as the page did, and goes nowhere else in clear). A path starting with "/" means the
 * intranet's own origin and is checked again once resolved.
 */
export function endpointIssue(value: string, base?: string): EndpointIssue | null {
  if (!base && value.startsWith('/') && !value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return 'not-url';
  }
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && (LOOPBACK.has(url.hostname) || (base !== undefined && plainOrigin(base) === url.origin))) return null;
  return 'not-https';
}

/** The origin of a plain-HTTP page address, or undefined for any other. */
function plainOrigin(base: string): string | undefined {
  try {
    const page = new URL(base);
    return page.protocol === 'http:' ? page.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `endpointIssue` in English, as configuration problems and setup's checks say it. */
export function endpointProblem(value: string, base?: string): string | null {
  const issue = endpointIssue(value, base);
  return issue && ENDPOINT_PROBLEMS[issue];
}

/** Resolves the endpoint against the page's address and checks it again: never a `javascript:` or plain-http address. */
export function resolveEndpoint(value: string, base: string): { ok: true; url: string } | { ok: false; message: string } {
  const problem = endpointProblem(value, base);
  if (problem) return { ok: false, message: `The endpoint ${problem}.` };
  return { ok: true, url: new URL(value, base).href };
}

/** The school's endpoint: an https URL (or loopback http), or a same-origin path such as "/api/cpd-requests". */
export const EndpointUrl = z.string().check(
  z.maxLength(2048),
  z.refine((v) => endpointProblem(v) === null, { error: 'must be a web address starting with https:// (http:// is only allowed for this page’s own site, localhost or 127.0.0.1)' }),
);

/** How quickly the widgets retry a delivery (a request or an evaluation) that failed for a reason that may pass. */
export const RetrySettings = z.object({
  /** The first retry waits about this long; each later one doubles it (with jitter). */
  firstDelaySeconds: z.number().check(z.gte(0.05), z.lte(3600)),
  /** No wait is ever longer than this. */
  maxDelaySeconds: z.number().check(z.gte(1), z.lte(86_400)),
});
export type RetrySettings = z.infer<typeof RetrySettings>;

/**
 * A school's configuration for the CPD Lens widgets, usually a JSON file on the intranet
 * (`config-src`). Only `schemaVersion` and `endpoint` are needed; everything else has a default.
 */
export const SchoolConfig = z.object({
  $schema: z.optional(text(2048)),
  schemaVersion: z.literal(1),
  /** The school's name, shown in headings. */
  school: z.optional(label(200)),
  /** Where the request form POSTs each request (the CpdRequest JSON, schema version 1). */
  endpoint: EndpointUrl,
  /** Where the impact evaluation widget POSTs each ImpactEvaluation (schema version 1), with the same contract. */
  evaluationEndpoint: z.optional(EndpointUrl),
  /**
   * How documents are posted to both endpoints: `json` (default, with a CORS preflight) or `text-plain`
   * (no preflight: the JSON as text/plain, the id in the body as the idempotency key), for receivers that
   * cannot answer OPTIONS, such as Power Automate's HTTP trigger. Apps Script addresses always use it.
   */
  delivery: z.optional(DeliveryMode),
  /** The CPD policy requests are judged against; CPD Lens's default policy when absent. */
  policy: z.optional(Policy),
  /** The School Development Plan objectives requests can serve; else the plan's objectives. */
  objectives: z.optional(z.array(SdpObjective).check(z.maxLength(50))),
  /** The year's plan: INSET budget and commitments (for the budget widget and budget share). */
  plan: z.optional(SchoolPlan),
  /** The phase, for the supply-cover day rate when the policy sets one per phase. */
  phase: z.optional(Phase),
  /** Who approves requests, shown on the form. */
  approver: z.optional(z.object({ name: label(120), email: z.optional(text(200)), note: z.optional(text(500)) })),
  /** The course feed the catalogue shows (a URL, absolute or relative to the config file). */
  catalogueUrl: z.optional(text(2048)),
  /** The intranet page holding the request form; the catalogue links there with a hand-off. */
  formUrl: z.optional(text(2048)),
  /** The intranet page holding the impact evaluation; the request form's confirmation links there with the request's id. */
  evaluationUrl: z.optional(text(2048)),
  retry: z.optional(RetrySettings),
});
export type SchoolConfig = z.infer<typeof SchoolConfig>;

/** The costs a school's requests are priced with (its policy's, else the default's), without the rest of the default policy. */
export function schoolCosts(config?: SchoolConfig): Policy['costs'] {
  return config?.policy?.costs ?? defaultCosts;
}

/** The SDP objectives a request can serve: the configured list, else the plan's. */
export function schoolObjectives(config?: SchoolConfig): SdpObjective[] {
  return config?.objectives ?? config?.plan?.objectives ?? [];
}

/**
 * The supply-cover day rate for the school's phase under its policy. The school's own rates beat the
 * defaults: a per-phase rate counts when the school set it, but a policy started from the default (`cpd
 * policy default`) whose day rate was changed and whose per-phase table was left as copied means its own
 * day rate (£265, not the default table's £291).
 */
export function supplyCoverRate(policy: Pick<Policy, 'costs'>, phase?: Phase): number {
  const { supplyCoverDayRate: rate, supplyCoverDayRateByPhase: table } = policy.costs;
  const byPhase = phase && table?.[phase];
  // a table left as copied from the default, beside a day rate the school changed, is not the school's
  return byPhase === undefined || (rate !== defaultCosts.supplyCoverDayRate && byPhase === defaultCosts.supplyCoverDayRateByPhase![phase!]) ? rate : byPhase;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The costs block of a request from what the member of staff typed: supply cover at the policy's
 * day rate, and the total. Unknown amounts count as 0 only here, where the person has seen them.
 */
export function requestCosts(typed: { fee: number; travel: number; supplyDays: number }, policy: Pick<Policy, 'costs'>, phase?: Phase): {
  fee: number;
  travel: number;
  supplyDays: number;
  supplyCost: number;
  total: number;
} {
  const supplyCost = round2(typed.supplyDays * supplyCoverRate(policy, phase));
  return { ...typed, supplyCost, total: round2(typed.fee + typed.travel + supplyCost) };
}
