import { describe, expect, it } from 'vitest';
import { check, defaultPolicy } from '../../src/index.ts';
import { endpointProblem, requestCosts, resolveEndpoint, SchoolConfig, schoolObjectives, supplyCoverRate } from '../../src/request/config.ts';
import { schoolPolicy } from '../../src/request/school-policy.ts';
import { plan } from '../helpers.ts';

describe('the school configuration', () => {
  it('needs only a schema version and an endpoint', () => {
    const result = check(SchoolConfig, { schemaVersion: 1, endpoint: 'https://flow.example/hook' });
    expect(result.ok).toBe(true);
    expect(schoolPolicy(result.ok ? result.value : undefined)).toBe(defaultPolicy);
  });

  it.each([
    ['https://flow.example/hook', true],
    ['http://127.0.0.1:8080/endpoint', true],
    ['http://localhost/endpoint', true],
    ['/api/cpd-requests', true],
    ['http://school.example/hook', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@school.example/hook', false],
    ['//evil.example/hook', false],
    ['not a url', false],
  ])('accepts %s as an endpoint: %s', (endpoint, ok) => {
    expect(check(SchoolConfig, { schemaVersion: 1, endpoint }).ok).toBe(ok);
  });

  it('takes an optional evaluation endpoint under the same rules as the request endpoint', () => {
    expect(check(SchoolConfig, { schemaVersion: 1, endpoint: '/api/cpd-requests', evaluationEndpoint: '/api/cpd-evaluations' }).ok).toBe(true);
    const bad = check(SchoolConfig, { schemaVersion: 1, endpoint: '/api/cpd-requests', evaluationEndpoint: 'http://intranet.example/evaluations' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['evaluationEndpoint']);
  });

  it('says what is wrong in plain English', () => {
    const result = check(SchoolConfig, { schemaVersion: 1, endpoint: 'http://school.example/hook', objectives: [{ id: 'x' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path: 'endpoint', message: 'must be a web address starting with https:// (http:// is only allowed for this page’s own site, localhost or 127.0.0.1)' });
    expect(result.problems).toContainEqual({ path: 'objectives[0].title', message: 'is missing' });
  });

  it('resolves a same-origin path against the page', () => {
    expect(resolveEndpoint('/hook', 'https://intranet.school.example/cpd')).toEqual({ ok: true, url: 'https://intranet.school.example/hook' });
    expect(endpointProblem('/hook')).toBeNull();
  });

  it('on a plain-HTTP intranet sends only to the page’s own site in clear (issue 20): never to another http address', () => {
    expect(resolveEndpoint('/hook', 'http://intranet.school.example/cpd')).toEqual({ ok: true, url: 'http://intranet.school.example/hook' });
    expect(resolveEndpoint('http://intranet.school.example/hook', 'http://intranet.school.example/cpd').ok).toBe(true);
    expect(resolveEndpoint('http://receiver.example/hook', 'http://intranet.school.example/cpd').ok).toBe(false);
    expect(resolveEndpoint('http://intranet.school.example:8080/hook', 'http://intranet.school.example/cpd').ok).toBe(false);
    // an https page never sends to its own site's http address
    expect(resolveEndpoint('http://intranet.school.example/hook', 'https://intranet.school.example/cpd').ok).toBe(false);
    expect(resolveEndpoint('https://receiver.example/hook', 'http://intranet.school.example/cpd').ok).toBe(true);
  });

  it("takes objectives from the list, else from the plan", () => {
    const p = plan();
    expect(schoolObjectives({ schemaVersion: 1, endpoint: '/x', plan: p })).toEqual(p.objectives);
    expect(schoolObjectives({ schemaVersion: 1, endpoint: '/x', plan: p, objectives: [] })).toEqual([]);
    expect(schoolObjectives(undefined)).toEqual([]);
  });
});

describe('request costs', () => {
  it("prices supply cover at the policy's day rate, by phase where it has one", () => {
    expect(supplyCoverRate(defaultPolicy)).toBe(defaultPolicy.costs.supplyCoverDayRate);
    expect(supplyCoverRate(defaultPolicy, 'primary')).toBe(218);
    expect(requestCosts({ fee: 150, travel: 12.5, supplyDays: 1.5 }, defaultPolicy, 'primary')).toEqual({ fee: 150, travel: 12.5, supplyDays: 1.5, supplyCost: 327, total: 489.5 });
  });
});
