import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { defaultPolicy, vatRecoverable } from '@cpd-lens/core';
import { policyOf, type Setup } from '../data/setup.ts';
import { withManaged } from '../managed/apply.ts';
import { MANAGED_KEYS, isLocked, mergeManaged, parseManaged, vatRecoverableOf, type ManagedConfig } from '../managed/config.ts';

describe('settings pushed by the school', () => {
  it('names the same keys as the schema Chrome shows to admins', () => {
    const schema = JSON.parse(readFileSync(new URL('../public/managed_schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });

  it('keeps good values and names each bad or unknown one', () => {
    const read = parseManaged({ requestFormUrl: 'https://intranet.example.sch.uk/cpd', supplyCoverDayRate: 'lots', phase: 'nursery', colour: 'red', policyUrl: 'javascript:alert(1)' });
    expect(read.config).toEqual({ requestFormUrl: 'https://intranet.example.sch.uk/cpd' });
    expect(read.problems.map((p) => p.path).sort()).toEqual(['colour', 'phase', 'policyUrl', 'supplyCoverDayRate']);
  });

  it('refuses plain-http addresses and names each unusable value as the admin typed it', () => {
    const read = parseManaged({ policyUrl: 'http://intranet.example.sch.uk/policy.json', requestFormUrl: 'http://127.0.0.1:8080/form', phase: 'Secondary', supplyCoverDayRate: '250' });
    expect(read.config).toEqual({ requestFormUrl: 'http://127.0.0.1:8080/form' });
    const byKey = Object.fromEntries(read.problems.map((p) => [p.path, p]));
    expect(byKey.policyUrl?.message).toMatch(/https:\/\//);
    expect(byKey.phase?.value).toBe('"Secondary"');
    expect(byKey.supplyCoverDayRate?.value).toBe('"250"');
    expect(Object.keys(byKey).sort()).toEqual(['phase', 'policyUrl', 'supplyCoverDayRate']);
  });

  it('treats nothing set as no settings and no problems, and a non-object as one problem', () => {
    expect(parseManaged(undefined)).toEqual({ config: {}, problems: [] });
    expect(parseManaged({})).toEqual({ config: {}, problems: [] });
    expect(parseManaged('x').problems).toHaveLength(1);
    expect(parseManaged(JSON.parse('{"__proto__": {"polluted": true}}')).config).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('locks by default; lets staff change values only when the school allows it', () => {
    const own = { requestFormUrl: 'https://mine.example/form', supplyCoverDayRate: undefined as number | undefined };
    const locked = mergeManaged(own, { requestFormUrl: 'https://school.example/form', supplyCoverDayRate: 250 });
    expect(locked.value).toEqual({ requestFormUrl: 'https://school.example/form', supplyCoverDayRate: 250 });
    expect(locked.fromSchool).toEqual(['requestFormUrl', 'supplyCoverDayRate']);
    const open = mergeManaged(own, { requestFormUrl: 'https://school.example/form', supplyCoverDayRate: 250, allowStaffChanges: true });
    expect(open.value).toEqual({ requestFormUrl: 'https://mine.example/form', supplyCoverDayRate: 250 });
    expect(open.fromSchool).toEqual(['supplyCoverDayRate']);
    expect(isLocked({})).toBe(true);
  });

  it('derives VAT recovery from the school type unless set', () => {
    expect(vatRecoverableOf({ schoolType: 'academy' })).toBe(true);
    expect(vatRecoverableOf({ schoolType: 'maintained' })).toBe(true);
    expect(vatRecoverableOf({ schoolType: 'independent' })).toBe(false);
    expect(vatRecoverableOf({ schoolType: 'independent', vatRecoverable: true })).toBe(true);
    expect(vatRecoverableOf({})).toBeUndefined();
  });
});

describe('what the school pushed, applied to the policy in force', () => {
  const setup = (managed: ManagedConfig): Setup => ({ profile: undefined, stored: undefined, settings: { objectives: [], configured: true }, managed });

  it('an independent school pays VAT; an explicit VAT status wins over the school type', () => {
    expect(vatRecoverable(policyOf(setup({})))).toBe(vatRecoverable(defaultPolicy));
    expect(vatRecoverable(policyOf(setup({ schoolType: 'independent' })))).toBe(false);
    expect(vatRecoverable(policyOf(setup({ schoolType: 'academy' })))).toBe(true);
    expect(vatRecoverable(policyOf(setup({ schoolType: 'independent', vatRecoverable: true })))).toBe(true);
    expect(policyOf(setup({}))).toBe(defaultPolicy);
  });
});

describe('the nation a trust or local authority pushes (issue 25)', () => {
  const staff = (nation?: 'england' | 'wales') => ({ objectives: [], configured: true, ...(nation ? { nation } : {}) });

  it('reads "wales" and "england", and names any other value as the admin typed it', () => {
    expect(parseManaged({ nation: 'wales' }).config).toEqual({ nation: 'wales' });
    const read = parseManaged({ nation: 'Cymru', phase: 'primary' });
    expect(read.config).toEqual({ phase: 'primary' });
    expect(read.problems).toEqual([expect.objectContaining({ path: 'nation', value: '"Cymru"' })]);
  });

  it('fixes the nation for everyone when locked, fills only an unset one when staff may change it', async () => {
    // the fake browser's managed area is read-only, as a real one is: what the school pushed is stubbed
    const pushed = (config: Record<string, unknown>) => vi.spyOn(browser.storage.managed, 'get').mockImplementation((async () => config) as typeof browser.storage.managed.get);
    pushed({ nation: 'wales' });
    const locked = await withManaged(staff('england'));
    expect(locked.settings.nation).toBe('wales');
    const setup: Setup = { profile: undefined, stored: undefined, ...locked };
    expect(policyOf(setup).nation).toBe('wales');

    pushed({ nation: 'wales', allowStaffChanges: true });
    expect((await withManaged(staff('england'))).settings.nation).toBe('england');
    expect((await withManaged(staff())).settings.nation).toBe('wales');
    vi.restoreAllMocks();
  });
});
