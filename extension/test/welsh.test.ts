import { readFileSync } from 'node:fs';
import { flattenTable, glossaryProblems } from '@cpd-lens/core/glossary-cy';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, scoreCourse } from '@cpd-lens/core';
import { policyOf } from '../data/setup.ts';
import { common } from '../i18n/common.ts';
import { BADGE, LABEL } from '../i18n/label.ts';
import { fill } from '../i18n/locale.ts';
import { optionsText } from '../i18n/options.ts';
import { popupText } from '../i18n/popup.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';

/** Every Welsh table of the extension's views, by name. */
const TABLES = { common, badge: BADGE, label: LABEL, options: optionsText, popup: popupText, sidepanel: sidepanelText };

describe('the extension’s Welsh (issue 25)', () => {
  it('uses the glossary’s terms and the mutation rules in every view', () => {
    const problems = Object.entries(TABLES).flatMap(([name, table]) => glossaryProblems(flattenTable(table.cy, name)));
    expect(problems).toEqual([]);
  });

  it('the store listing uses the glossary’s terms too', () => {
    const listing = readFileSync(new URL('../../store/listing.cy.md', import.meta.url), 'utf8');
    expect(glossaryProblems({ 'listing.cy.md': listing })).toEqual([]);
  });

  it('says "2 ddiwrnod" where a count goes into a Welsh sentence, and English as before', () => {
    expect(fill(LABEL.cy.days, { days: 2 })).toBe('2 ddiwrnod');
    expect(fill(LABEL.cy.days, { days: 4 })).toBe('4 diwrnod');
    expect(fill(LABEL.en.days, { days: 2 })).toBe('2 days');
  });

  it('gives every extension page a Welsh title', () => {
    for (const table of [LABEL, optionsText, sidepanelText]) expect(table.cy.pageTitle).not.toBe(table.en.pageTitle);
  });

  it('a school set up as in Wales is asked about Wales’s frameworks (Keeping learners safe, not KCSIE)', () => {
    const setup = (nation?: 'england' | 'wales') => ({ profile: undefined, stored: undefined, managed: {}, settings: { objectives: [], configured: true, ...(nation ? { nation } : {}) } });
    expect(policyOf(setup('wales')).nation).toBe('wales');
    expect(policyOf(setup()).nation).toBeUndefined();
    const course = { title: 'Safeguarding refresher', description: 'Statutory safeguarding training for all staff.' };
    const asked = (nation?: 'england' | 'wales') => scoreCourse(course, policyOf(setup(nation))).questions.map((q) => q.question).join(' ');
    expect(asked('wales')).toContain('Keeping learners safe');
    expect(asked()).toContain('KCSIE');
    expect(defaultPolicy.nation).toBeUndefined();
  });
});
