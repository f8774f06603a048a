import { describe, expect, it } from 'vitest';
import { CY } from '../../src/i18n/cy.ts';
import { EN } from '../../src/i18n/en.ts';
import { capital, english, Message, renderIn, say } from '../../src/i18n/message.ts';
import { compareOptions, defaultPolicy, ScoreResult, scoreCourse, type Course } from '../../src/index.ts';
import { bareCourse, phonicsCourse, plan, profile } from '../helpers.ts';
import { generateCourse, random } from '../score/generate.ts';

const params = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Courses that reach every kind of sentence: generated ones, the phonics fixture, funded and statutory kinds. */
function courses(): Course[] {
  const rand = random(12);
  const special: Course[] = [
    phonicsCourse(),
    bareCourse(),
    { title: 'NPQ for Senior Leadership', description: 'A national professional qualification. Fully funded places for eligible schools. Scholarship funding available.', price: { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'funded' } },
    { title: 'Level 3 Teaching Assistant apprenticeship', description: 'An apprenticeship funded through your apprenticeship levy account, with 20% off-the-job training.' },
    { title: 'Safeguarding refresher for all staff (KCSIE 2026)', description: 'Statutory safeguarding training.', price: { amount: 450, currency: 'GBP', vat: 'excluded', basis: 'per-school', covers: 3 } },
  ];
  return [...special, ...Array.from({ length: 300 }, (_, i) => generateCourse(rand, i))];
}

/** Each English text a result stores, beside the message it was written from (reasons are shown capitalised). */
function pairs(r: ScoreResult): [string, Message | undefined, boolean?][] {
  const out: [string, Message | undefined, boolean?][] = [[r.verdict!, r.verdictMessage], [r.basis!, r.basisMessage]];
  for (const x of [...r.reasons!.for, ...r.reasons!.against]) out.push([x.text, x.message, true]);
  for (const q of r.questions) if (q.message) out.push([q.question, q.message]);
  r.value.notes.forEach((n, i) => out.push([n, r.value.noteMessages?.[i]]));
  r.cost?.warnings?.forEach((w, i) => out.push([w, r.cost?.warningMessages?.[i]]));
  if (r.profile?.funding) out.push([r.profile.funding.check, r.profile.funding.checkMessage]);
  for (const c of r.criteria) for (const e of c.evidence) if (e.message) out.push([e.text, e.message]);
  return out;
}

describe('core sentences as messages', () => {
  it('has every key in English and Welsh, with the same parameters', () => {
    expect(Object.keys(CY).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(params(CY[key]), key).toEqual(params(EN[key]));
      expect(CY[key].trim().length, key).toBeGreaterThan(0);
    }
  });

  it('writes the same English text it stores (English users see no change), and Welsh with every parameter filled', () => {
    const me = profile();
    const schoolPlan = plan();
    let checked = 0;
    const keys = new Set<string>();
    for (const course of courses()) {
      const r = scoreCourse(course, defaultPolicy, me, schoolPlan);
      expect(ScoreResult.safeParse(r).success, course.title).toBe(true);
      for (const [text, message, capitalised] of pairs(r)) {
        expect(message, text).toBeDefined();
        const m = message!;
        const en = capitalised ? capital(english(m)) : english(m);
        expect(en.slice(0, 300), m.key).toBe(text);
        keys.add(m.key);
        const cy = renderIn(m, CY);
        expect(cy, m.key).not.toBeNull();
        expect(cy, m.key).not.toMatch(/\{\w+\}/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(keys.size).toBeGreaterThan(60);
  });

  it('says a commissioning check in both languages', () => {
    const options = courses().slice(0, 6);
    const { recommendation } = compareOptions(options, defaultPolicy, { cohort: 4, profile: profile(), plan: plan() });
    expect(recommendation.reasonMessages.map(english)).toEqual(recommendation.reasons);
    expect(recommendation.caveatMessages.map(english)).toEqual(recommendation.caveats);
    expect(recommendation.caveats.length).toBeGreaterThan(0);
    for (const m of [...recommendation.reasonMessages, ...recommendation.caveatMessages]) expect(renderIn(m, CY)).not.toMatch(/\{\w+\}/);
    expect(say(recommendation.caveatMessages[0], CY, '')).toMatch(/^Opsiwn \d/);
  });

  it('falls back to the stored English text for a key this version does not know, or a missing parameter', () => {
    expect(say({ key: 'verdict.from-the-future' }, CY, 'Stored sentence.')).toBe('Stored sentence.');
    expect(say({ key: 'verdict.one', params: { band: 'Strong fit' } }, CY, 'Stored sentence.')).toBe('Stored sentence.');
    expect(say({ key: 'verdict.one', params: { band: 'X', reason: { key: 'reason.unknown-to-us' } } }, CY, 'Stored.')).toBe('Stored.');
    expect(say(undefined, CY, 'Older record.')).toBe('Older record.');
    expect(say({ key: 'toString' }, CY, 'Safe.')).toBe('Safe.');
  });

  it('translates the default policy’s bands and questions, but keeps a school’s own words', () => {
    const r = scoreCourse(bareCourse(), defaultPolicy);
    expect(say(r.verdictMessage, CY, '')).toMatch(/^Dim digon o wybodaeth i farnu/);
    const own = { ...defaultPolicy, bands: defaultPolicy.bands.map((b) => ({ ...b, label: `Ours: ${b.id}` })), minCoverage: 0, criteria: defaultPolicy.criteria.map((c) => (c.id === 'research-evidence' ? { ...c, question: 'Our own question?' } : c)) };
    const mine = scoreCourse(phonicsCourse(), own, profile());
    expect(say(mine.verdictMessage, CY, '')).toMatch(/^Ours: /);
    const q = mine.questions.find((x) => x.criterionId === 'research-evidence');
    if (q) expect(q.message).toBeUndefined();
  });
});

