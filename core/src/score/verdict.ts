import { EN, type CoreKey } from '../i18n/en.ts';
import { capital, english, msg, type InnerMessage, type Message } from '../i18n/message.ts';
import type { Reason } from '../model/course-profile.ts';
import type { Conflict } from '../model/facts.ts';
import type { CriterionResult, Evidence, ScoreResult } from '../model/score.ts';
import { sortShort } from '../text/sort.ts';

/** A reason's key and its English text (capitalised, as a reason says it), made once. */
interface Worded {
  key: CoreKey;
  text: string;
}
const worded = (key: CoreKey): Worded => ({ key, text: capital(english(msg(key))).slice(0, 300) });

/**
 * Criteria whose reasons have their own words in the tables (`reason.<id>.for` / `.against`), with both
 * keys and their English built once: every course scored gives several of these reasons.
 */
const WORDED: ReadonlyMap<string, { for: Worded; against: Worded }> = new Map(
  Object.keys(EN).filter((k) => k.startsWith('reason.') && k.endsWith('.for')).map((k) => k.slice(7, -4))
    .map((id) => [id, { for: worded(`reason.${id}.for` as CoreKey), against: worded(`reason.${id}.against` as CoreKey) }]),
);

/** Reasons kept on each side: the few that matter most. */
const MAX_REASONS = 4;

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The first evidence with the effect, else the first of all. */
function evidenceFor(evidence: readonly Evidence[], effect: '+' | '-'): Evidence | undefined {
  for (const e of evidence) if (e.effect === effect) return e;
  return evidence[0];
}

function reasonOf(c: CriterionResult, positive: boolean): Reason {
  const own = WORDED.get(c.id);
  const ev = evidenceFor(c.evidence, positive ? '+' : '-');
  let reason: Reason;
  // content the evidence refutes is said as such, not as a thin evidence base
  if (ev?.message?.key === 'evidence.debunked') reason = reasonWith(c.id, msg('reason.debunked'));
  else if (own) {
    const said = positive ? own.for : own.against;
    reason = { criterionId: c.id, text: said.text, message: msg(said.key) };
  } else reason = reasonWith(c.id, msg(positive ? 'reason.label.for' : 'reason.label.against', { label: lower(c.label) }));
  if (ev) reason.evidence = ev.text.slice(0, 400);
  return reason;
}

/** A reason with its message and, for older readers, its English text. */
const reasonWith = (criterionId: string, message: InnerMessage): Reason => ({ criterionId, text: reasonText(message), message });

/** The English text of reasons without parameters, by key: the same for every course scored. */
const plainReasons = new Map<string, string>();

function reasonText(message: InnerMessage): string {
  if (message.params) return capital(english(message)).slice(0, 300);
  let text = plainReasons.get(message.key);
  if (text === undefined) plainReasons.set(message.key, (text = capital(english(message)).slice(0, 300)));
  return text;
}

/** A band's name as a parameter: the default policy's bands are translated, a school's own are kept as written. */
export function bandParam(bandId: string, label: string): string | InnerMessage {
  const key = BAND_KEYS.get(bandId) ?? `band.${bandId}`;
  return Object.hasOwn(EN, key) && EN[key as CoreKey] === label ? msg(key as CoreKey) : label;
}

/** The default bands' keys (`band.<id>`), built once: scoring names the band of every course. */
const BAND_KEYS: ReadonlyMap<string, string> = new Map((Object.keys(EN) as CoreKey[]).filter((k) => k.startsWith('band.')).map((k) => [k.slice(5), k]));

/** How many criteria could be judged, as the sentence every view shows beside the total. */
export function basisSentence(criteria: readonly CriterionResult[]): InnerMessage {
  let count = 0;
  let known = 0;
  for (const c of criteria) {
    if (c.notApplicable) continue;
    count++;
    if (c.score !== null) known++;
  }
  return known === count ? msg('basis.all', { count }) : msg('basis.some', { known, count });
}

/**
 * The verdict sentence and the top reasons for and against, each tied to a criterion and its evidence:
 * a criterion counts for the course where it scores above the prior and against where it scores below,
 * in proportion to its weight, strongest first.
 */
export function verdictOf(result: ScoreResult, prior: number, conflicts: readonly Conflict[] = []): { verdict: Message; reasons: { for: Reason[]; against: Reason[] } } {
  // each judged criterion's pull: a product worked out again at each comparison of the sorts, cheaper than an object per criterion
  const pull = (c: CriterionResult): number => (c.score! - prior) * c.weight;
  const ups: CriterionResult[] = [];
  const downs: CriterionResult[] = [];
  for (const c of result.criteria) {
    if (c.score === null || c.notApplicable) continue;
    const p = pull(c);
    if (p > 0.001) ups.push(c);
    // a reason against needs a fact against: a criterion whose only evidence is stated for it is not held against the page
    else if (p < -0.001 && c.evidence.some((e) => e.effect === '-')) downs.push(c);
  }
  sortShort(ups, (a, b) => pull(b) - pull(a));
  sortShort(downs, (a, b) => pull(a) - pull(b));
  const pros: Reason[] = [];
  for (let i = 0; i < ups.length && i < MAX_REASONS; i++) pros.push(reasonOf(ups[i]!, true));
  const cons: Reason[] = [];
  for (let i = 0; i < downs.length && i < MAX_REASONS; i++) cons.push(reasonOf(downs[i]!, false));
  // silence on the evidence base is worth saying (DfE standard part 2), though it counts only as average
  const research = result.criteria.find((c) => c.id === 'research-evidence');
  if (research && research.score === null && !research.notApplicable && cons.length < MAX_REASONS && result.bandId !== 'insufficient') {
    cons.push(reasonWith(research.id, msg('reason.no-research')));
  }
  const facts = result.profile;
  if (facts?.statutory) pros.unshift(reasonWith(result.criteria.find((c) => c.id === 'quality-compliance')?.id ?? result.criteria[0]!.id, msg('reason.statutory')));
  let verdict: Message;
  const band = bandParam(result.bandId, result.band);
  const status = facts?.status;
  const conflict = conflicts[0];
  const range = result.range;
  if (status === 'past' || status === 'full' || status === 'closed') {
    verdict = msg(`verdict.status-${status}`, { band });
  } else if (conflict) {
    verdict = msg(`verdict.conflict-${conflict.field}`, { band, first: conflict.values[0]!.slice(0, 120), second: conflict.values[1]!.slice(0, 120) });
  } else if (result.bandId === 'insufficient') {
    verdict = msg(facts?.statutory ? 'verdict.insufficient-statutory' : 'verdict.insufficient', { percent: Math.round(result.coverage * 100) });
  } else {
    const best = pros.find((r) => !facts?.statutory || r.text !== pros[0]!.text) ?? pros[0];
    const worst = cons[0];
    // a band the unknowns could still change is said "for now", with the range
    const tail = `${facts?.statutory ? '-statutory' : ''}${range && !range.decisive ? '-open' : ''}`;
    const open = range && !range.decisive;
    // reasons are quoted mid-sentence as their messages (lower case), or their text for a reason without one
    const quote = (r: Reason): string | InnerMessage => r.message ?? lower(r.text);
    const params: Record<string, string | number | InnerMessage> = best && worst ? { band, best: quote(best), worst: quote(worst) } : best || worst ? { band, reason: quote((best ?? worst)!) } : { band };
    if (open) {
      params['low'] = range.low;
      params['high'] = range.high;
    }
    verdict = msg(`verdict.${best && worst ? 'both' : best || worst ? 'one' : 'band'}${tail}` as CoreKey, params);
  }
  return { verdict, reasons: { for: pros.slice(0, MAX_REASONS), against: cons } };
}
