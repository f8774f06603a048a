import { Policy } from '../model/policy.ts';
import { check, parseJson, type Checked, type Problem } from '../model/validate.ts';

/**
 * Checks a policy from outside: its schema, then what a schema cannot say (unique criterion ids,
 * some weight, sensible cost bands), each problem in plain English with the field's path.
 */
export function checkPolicy(value: unknown): Checked<Policy> {
  const result = check(Policy, value);
  if (!result.ok) return result;
  const policy = result.value;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  policy.criteria.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) problems.push({ path: `criteria[${i}].id`, message: `repeats the id "${c.id}" of criteria[${first}]` });
    else seen.set(c.id, i);
    if (c.judge === 'keywords' && !c.terms?.length) problems.push({ path: `criteria[${i}].terms`, message: 'is needed when judge is "keywords" (the words that count as evidence)' });
  });
  if (!policy.criteria.some((c) => c.weight > 0)) problems.push({ path: 'criteria', message: 'should give at least one criterion a weight above 0' });
  const bandIds = new Set<string>();
  policy.bands.forEach((b, i) => {
    if (bandIds.has(b.id)) problems.push({ path: `bands[${i}].id`, message: `repeats the band id "${b.id}"` });
    bandIds.add(b.id);
  });
  if (!policy.bands.some((b) => b.min === 0)) problems.push({ path: 'bands', message: 'should include a band with min 0, so every score has a band' });
  const c = policy.costs;
  if (c.poorCostPerHour <= c.goodCostPerHour) problems.push({ path: 'costs.poorCostPerHour', message: 'should be more than costs.goodCostPerHour' });
  if (c.poorPricePerParticipant <= c.goodPricePerParticipant) problems.push({ path: 'costs.poorPricePerParticipant', message: 'should be more than costs.goodPricePerParticipant' });
  return problems.length ? { ok: false, problems } : result;
}

/**
 * A policy file's text, checked as every importer must: a byte-order mark is allowed, then JSON, then
 * `checkPolicy`. The parsed JSON comes back too, so messages can name the setting at fault.
 */
export function readPolicyText(text: string): { raw: unknown; checked: Checked<Policy> } {
  const json = parseJson(text.replace(/^\uFEFF/, ''));
  return json.ok ? { raw: json.value, checked: checkPolicy(json.value) } : { raw: undefined, checked: json };
}
