import { describe, expect, it } from 'vitest';
import { checkPolicy, defaultPolicy, explainPolicyProblem } from '../../src/index.ts';

const explainAll = (raw: unknown): string[] => {
  const checked = checkPolicy(raw);
  return checked.ok ? [] : checked.problems.map((p) => explainPolicyProblem(p, raw));
};

describe('explainPolicyProblem', () => {
  it('names a criterion by its label and says the rule in plain English', () => {
    const raw = structuredClone(defaultPolicy) as unknown as { criteria: { label: string; weight: unknown }[] };
    raw.criteria[1]!.weight = 'high';
    expect(explainAll(raw)).toEqual([`Weight of criterion ‘${raw.criteria[1]!.label}’ must be a number`]);
  });

  it('names missing top-level settings and cost rules, and places when there is no label', () => {
    const raw = { schemaVersion: 1, id: 'p', name: 'P', criteria: [{ id: 'a', weight: 1, judge: 'priorities', question: 'Q?', sources: [{ document: 'D' }] }], bands: [{ id: 'b', label: 'B', min: 0 }] };
    expect(explainAll(raw)).toEqual(['Name of criterion 1 is missing', 'The cost rules section is missing']);
  });

  it('rewrites paths inside messages of the semantic checks', () => {
    const raw = structuredClone(defaultPolicy);
    raw.costs.poorCostPerHour = raw.costs.goodCostPerHour;
    expect(explainAll(raw)).toEqual(['Cost per participant-hour counted as poor must be more than cost per participant-hour counted as good']);
  });

  it('says a problem with the whole file as such', () => {
    expect(explainPolicyProblem({ path: '', message: 'is not valid JSON (Unexpected token)' }, undefined)).toBe('The file is not valid JSON (Unexpected token)');
  });
});
