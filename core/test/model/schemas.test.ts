import { describe, expect, it } from 'vitest';
import { check, Course, CpdRequest, defaultPolicy, ImpactEvaluation, Policy, Profile, SchoolPlan } from '../../src/index.ts';
import { DOCUMENT_SCHEMAS, jsonSchemaOf } from '../../src/model/json-schema.ts';
import { phonicsCourse, plan, profile } from '../helpers.ts';

describe('schemas', () => {
  it('accept the fixtures and the default policy', () => {
    expect(check(Course, phonicsCourse()).ok).toBe(true);
    expect(check(Profile, profile()).ok).toBe(true);
    expect(check(SchoolPlan, plan()).ok).toBe(true);
    expect(check(Policy, defaultPolicy).ok).toBe(true);
  });

  it('refuse links that are not http(s), so a page cannot smuggle javascript: URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'https://exa mple.org']) {
      const result = check(Course, { title: 'x', url });
      expect(result.ok, url).toBe(false);
    }
  });

  it('bound text lengths so a hostile page cannot bloat storage', () => {
    expect(check(Course, { title: 'x'.repeat(301) }).ok).toBe(false);
    expect(check(Course, { title: 'ok', description: 'y'.repeat(5001) }).ok).toBe(false);
  });

  it('refuse negative or absurd money and ISO dates in other formats', () => {
    expect(check(Course, { title: 'x', price: { amount: -5, currency: 'GBP', vat: 'unknown', basis: 'unknown' } }).ok).toBe(false);
    expect(check(Course, { title: 'x', price: { amount: 1e12, currency: 'GBP', vat: 'unknown', basis: 'unknown' } }).ok).toBe(false);
    expect(check(Course, { title: 'x', sessions: [{ start: '14/03/2027' }] }).ok).toBe(false);
    expect(check(Course, { title: 'x', sessions: [{ start: '2027-03-14T09:30:00+00:00' }] }).ok).toBe(true);
  });

  it('say what is wrong in plain English, with the path of the field', () => {
    const bad = { ...defaultPolicy, criteria: [{ ...defaultPolicy.criteria[0]!, weight: 'high' }, { ...defaultPolicy.criteria[1]!, judge: 'magic' }] };
    const result = check(Policy, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path: 'criteria[0].weight', message: 'should be a number' });
    expect(result.problems.find((p) => p.path === 'criteria[1].judge')?.message).toMatch(/^should be one of: "priorities"/);
    const empty = check(Profile, {});
    expect(empty.ok ? [] : empty.problems).toContainEqual({ path: 'role', message: 'is missing' });
  });

  it('never throw on any input shape', () => {
    for (const value of [null, undefined, 42, 'x', [], [1, 2], { __proto__: { title: 'x' } }, JSON.parse('{"__proto__":{"polluted":1},"title":"t"}')]) {
      expect(() => check(Course, value)).not.toThrow();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accept a minimal request and impact evaluation', () => {
    const request = {
      schemaVersion: 1, id: 'r1', createdAt: '2027-01-05T10:00:00Z', requester: { name: 'Alex Morgan' }, course: phonicsCourse(), dates: ['2027-01-14'],
      costs: { fee: 474, travel: 12, supplyDays: 1, supplyCost: 218, total: 704 }, targetIds: ['t1'], objectiveIds: ['sdp-1'],
      expectedImpact: { practice: 'Daily phonics sessions follow the programme', pupils: 'More pupils pass the check' }, sharing: 'Staff meeting', approach: 'course-or-conference', evaluation: ['reaction', 'use', 'pupils'],
    };
    expect(check(CpdRequest, request).ok).toBe(true);
    expect(check(ImpactEvaluation, { schemaVersion: 1, id: 'e1', courseTitle: 'x', completedAt: '2027-06-01', objectiveIds: [], levels: { reaction: { rating: 5 }, organisation: { rating: 4, valueForMoney: 4 } } }).ok).toBe(true);
    expect(check(ImpactEvaluation, { schemaVersion: 1, id: 'e1', courseTitle: 'x', completedAt: '2027-06-01', objectiveIds: [], levels: { reaction: { rating: 6 } } }).ok).toBe(false);
  });
});

describe('JSON Schema export', () => {
  it.each(Object.keys(DOCUMENT_SCHEMAS) as (keyof typeof DOCUMENT_SCHEMAS)[])('exports %s as draft 2020-12 with an $id', (name) => {
    const schema = jsonSchemaOf(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://cpd-lens.example/schemas/${name}.schema.json`);
    expect(schema.type).toBe('object');
  });

  it('lists the policy judges so an editor can complete them', () => {
    const text = JSON.stringify(jsonSchemaOf('policy'));
    expect(text).toContain('"price-per-participant"');
    expect(text).toContain('"supplyCoverDayRate"');
  });
});

describe('the committed JSON Schemas in core/schemas/', () => {
  it.each(Object.keys(DOCUMENT_SCHEMAS) as (keyof typeof DOCUMENT_SCHEMAS)[])('%s.schema.json is up to date (regenerate with: pnpm cpd schema --out core/schemas)', async (name) => {
    const { readFile } = await import('node:fs/promises');
    const committed = await readFile(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(jsonSchemaOf(name));
  });
});
