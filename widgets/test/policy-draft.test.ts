import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '@cpd-lens/core';
import { checkDraft, defaultDraft, fieldId, getAt, listAt, parseField, pathKeys, policyFile, problemMessage, readPolicy, setAt, settingName, showField } from '../src/policy-editor/draft.ts';
import { checkMessage, editorText } from '../src/policy-editor/strings.ts';
import { bandAdded, criterionToggled, itemRemoved, startEditing, typedInto } from '../src/policy-editor/editing.ts';

const say = (key: Parameters<typeof editorText>[1], params?: Record<string, string | number>) => editorText('en', key, params);

describe('the policy editor draft', () => {
  it('reads and sets settings by path without touching the default policy', () => {
    expect(pathKeys('criteria[2].weight')).toEqual(['criteria', 2, 'weight']);
    const draft = defaultDraft();
    const next = setAt(draft, 'criteria[0].weight', 7);
    expect(getAt(next, 'criteria[0].weight')).toBe(7);
    expect(getAt(draft, 'criteria[0].weight')).toBe(defaultPolicy.criteria[0]!.weight);
    expect(defaultPolicy.criteria[0]!.weight).not.toBe(7);
    expect(getAt(setAt(draft, 'costs.supplyCoverDayRateByPhase.primary', undefined), 'costs.supplyCoverDayRateByPhase')).not.toHaveProperty('primary');
  });

  it('turns typed text into values: numbers, percentages, blanks for optional settings, text kept to be reported', () => {
    expect(parseField(' £1,250 ', 'number', false)).toBe(1250);
    expect(parseField('20', 'percent', false)).toBe(0.2);
    expect(parseField('', 'number', true)).toBeUndefined();
    expect(parseField('lots', 'number', false)).toBe('lots');
    expect(showField(0.2, 'percent')).toBe('20');
    expect(showField(0.125, 'percent')).toBe('12.5');
  });

  it('checks like `cpd policy check` and names each problem’s setting in plain English', () => {
    let draft = setAt(defaultDraft(), 'criteria[2].weight', 250);
    draft = setAt(draft, 'costs.vatRate', 1.2);
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const words = checked.problems.map((p) => `${settingName(p.path, draft, say)} ${problemMessage(p)}`);
    expect(words).toContain('Weight of “Helps raise pupils’ achievement” should be at most 100');
    expect(words).toContain('VAT rate (%) should be at most 100%');
    expect(fieldId('costs.supplyCoverDayRateByPhase.post-16')).toBe('f-costs-supplyCoverDayRateByPhase-post-16');
    expect(checkMessage('cy', 'should be at most 100')).toBe('dylai fod yn 100 ar y mwyaf');
  });

  it('writes a file that reads back as the same policy, and refuses broken files with reasons', () => {
    const checked = checkDraft(defaultDraft());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const read = readPolicy(policyFile(checked.policy));
    expect(read.ok && read.draft).toEqual(checked.policy);
    const broken = readPolicy('{"schemaVersion": 1');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems[0]!.message).toMatch(/not valid JSON/);
  });
});

describe('editing steps (shared by the Lit editor and the extension\'s Preact editor)', () => {
  it('keeps what was typed, checks at once, and restores a criterion\'s weight when it is turned back on', () => {
    let e = startEditing(defaultDraft());
    e = typedInto(e, 'criteria[2].weight', '250', 'number', false);
    expect(e.raw['criteria[2].weight']).toBe('250');
    expect(e.problems.map((p) => p.path)).toContain('criteria[2].weight');
    e = typedInto(e, 'criteria[2].weight', '2', 'number', false);
    expect(e.problems).toEqual([]);
    e = criterionToggled(e, 2, false);
    expect(getAt(e.draft, 'criteria[2].weight')).toBe(0);
    e = criterionToggled(e, 2, true);
    expect(getAt(e.draft, 'criteria[2].weight')).toBe(2);
    const bands = listAt(e.draft, 'bands').length;
    e = itemRemoved(bandAdded(e), 'bands', bands);
    expect(listAt(e.draft, 'bands')).toHaveLength(bands);
  });
});
