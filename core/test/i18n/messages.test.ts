import { describe, expect, it } from 'vitest';
import { CY } from '../../src/i18n/cy.ts';
import { EN } from '../../src/i18n/en.ts';
import { capital, english, Message, renderIn, say } from '../../src/i18n/message.ts';
import { compareOptions, criterionName, judgedName, defaultPolicy, Delivery, Format, OpportunityKind, Phase, Role, ScoreResult, scoreCourse, type Course, type Profile, type SchoolPlan } from '../../src/index.ts';
import { bareCourse, phonicsCourse, plan, profile } from '../helpers.ts';
import { generateCourse, random } from '../score/generate.ts';

const params = (template: string): string[] => [...template.matchAll(/\{(\w+)(?:\|[^{}|]+)?\}/g)].map((m) => m[1]!).sort();

/** Courses that reach every kind of sentence: generated ones, the phonics fixture, funded and statutory kinds. */
function courses(): Course[] {
  const rand = random(12);
  const special: Course[] = [
    phonicsCourse(),
    bareCourse(),
    { title: 'NPQ for Senior Leadership', description: 'A national professional qualification. Fully funded places for eligible schools. Scholarship funding available.', price: { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'funded' } },
    { title: 'Level 3 Teaching Assistant apprenticeship', description: 'An apprenticeship funded through your apprenticeship levy account, with 20% off-the-job training.' },
    { title: 'Safeguarding refresher for all staff (KCSIE 2026)', description: 'Statutory safeguarding training.', price: { amount: 450, currency: 'GBP', vat: 'excluded', basis: 'per-school', covers: 3 } },
    // audiences, formats and schedules the generator does not reach: roles, phases and subjects, a format as the kind
    { title: 'Leading maths across the school', description: 'For secondary middle leaders and SENCOs. Covers maths and science.', format: 'network', audience: { roles: ['middle-leader', 'senco'], phases: ['secondary', 'post-16'], subjects: ['Maths', 'Science'] }, delivery: 'online-live', price: { amount: 900, currency: 'GBP', vat: 'exempt', basis: 'per-group' } },
    { title: 'Spring term', description: 'Drama and English for early years practitioners and teaching assistants.', format: 'visit', audience: { roles: ['teaching-assistant'], phases: ['early-years'] }, delivery: 'in-school' },
    { title: 'Whole-staff day', description: 'A bespoke day on feedback at your school.', delivery: 'in-school', format: 'other' },
    { title: 'Feedback that moves learning on', description: 'A two-day course. Choose one of the following dates.', sessions: [{ start: '2026-01-12T09:30:00Z', end: '2026-01-12T15:30:00Z' }, { start: '2026-03-02T09:30:00Z', end: '2026-03-02T15:30:00Z' }, { start: '2026-05-11T09:30:00Z', end: '2026-05-11T15:30:00Z' }] },
    { title: 'Oracy programme', description: 'Four sessions: session 1 in September, with gap tasks between sessions.', sessions: [{ start: '2026-09-14T15:45:00Z' }, { start: '2026-10-12T15:45:00Z' }, { start: '2026-11-09T15:45:00Z' }, { start: '2027-01-11T15:45:00Z' }] },
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
  r.profile?.kindEvidence.forEach((e, i) => out.push([e, r.profile?.kindEvidenceMessages?.[i]]));
  r.profile?.schedule.evidence.forEach((e, i) => out.push([e, r.profile?.schedule.evidenceMessages?.[i]]));
  for (const c of r.criteria) for (const e of c.evidence) if (e.message) out.push([e.text, e.message]);
  return out;
}

/** Members of staff in other roles and phases, with subjects, so the role-fit lines say every kind of audience. */
function profiles(): (Profile | undefined)[] {
  const me = profile();
  return [me, undefined, { ...me, role: 'governor', phase: 'secondary', subjects: ['maths'] }, { ...me, role: 'middle-leader', phase: 'special', subjects: ['Geography'] }];
}

/** The school plan with colleagues' feedback in every shape: named or not, with a comment or only a rating. */
function plans(): SchoolPlan[] {
  const p = plan();
  const provider = 'North Star Research School';
  return [p, { ...p, peerFeedback: [{ provider, rating: 0.4 }, { provider, rating: 0.8, comment: 'Worth it.' }, { provider, rating: 0.6, from: 'Oak Lane' }] }];
}

/** Evidence core writes with no message: only the page's own words (feature quotes, accreditation, matched sentences). */
const QUOTE_FIELDS = new Set(['features', 'accreditation', 'text']);

describe('core sentences as messages', () => {
  it('has every key in English and Welsh, with the same parameters', () => {
    expect(Object.keys(CY).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(params(CY[key]), key).toEqual(params(EN[key]));
      expect(CY[key].trim().length, key).toBeGreaterThan(0);
    }
  });

  it('writes the same English text it stores (English users see no change), and Welsh with every parameter filled', { timeout: 60_000 }, () => {
    let checked = 0;
    const keys = new Set<string>();
    const all = courses();
    const runs = [...all.map((course) => [course, profile(), plan()] as const), ...all.slice(0, 60).flatMap((course) => profiles().map((p, i) => [course, p, plans()[i % 2]!] as const))];
    for (const [course, me, schoolPlan] of runs) {
      const r = scoreCourse(course, defaultPolicy, me, schoolPlan);
      expect(ScoreResult.safeParse(r).success, course.title).toBe(true);
      for (const c of r.criteria) for (const e of c.evidence) if (!e.message) expect(QUOTE_FIELDS.has(e.field), `${c.id}: ${e.text}`).toBe(true);
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
    const reached = ['evidence.designed-for', 'evidence.designed-for-not', 'evidence.phase', 'evidence.phase-not', 'evidence.covers-subject', 'evidence.subjects', 'evidence.about-not', 'evidence.delivery', 'evidence.format', 'evidence.runs-over-time', 'evidence.peer', 'evidence.peer-rated', 'evidence.peer-colleague', 'evidence.peer-colleague-rated', 'kind.title', 'kind.page-says', 'kind.in-school', 'schedule.sessions-over', 'schedule.choose', 'schedule.series-quote', 'schedule.runs-twilight', 'schedule.single'];
    expect(reached.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('names every role, phase, delivery mode, format and kind in both languages, in words: never a kebab-case code', () => {
    // real English words that happen to be hyphenated, as the codes are
    const hyphenatedWords = new Set(['all-through']);
    const codes: [string, readonly string[]][] = [
      ['role', Role.options],
      ['phase', Phase.options],
      ['delivery', Delivery.options],
      ['format', Format.options],
      ['kind', OpportunityKind.options],
    ];
    for (const [prefix, options] of codes) {
      for (const code of options) {
        const key = `${prefix}.${code}` as keyof typeof EN;
        expect(EN[key], key).toBeTruthy();
        if (!hyphenatedWords.has(EN[key])) expect(EN[key], key).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
        expect(CY[key], key).toBeTruthy();
      }
    }
    expect(EN['role.teaching-assistant']).toBe('teaching assistant');
    expect(EN['role.middle-leader']).toBe('middle leader');
  });

  it('says a criterion’s score on one scale of words in both languages', () => {
    const levels = [1, 0.8, 0.6, 0.4, 0.2, 0, null].map((s) => renderIn(judgedName(s), EN));
    expect(levels).toEqual(['strong', 'strong', 'good', 'some', 'weak', 'poor', 'not stated']);
    for (const s of [0.9, 0.7, 0.5, 0.3, 0.1, null]) expect(renderIn(judgedName(s), CY)).toMatch(/^[\p{L} ’]+$/u);
  });

  it('names the default policy’s criteria in both languages, and none of a school’s own', () => {
    for (const c of defaultPolicy.criteria) {
      const name = criterionName(c.id, c.label);
      expect(name && english(name), c.id).toBe(c.label);
      expect(name && renderIn(name, CY), c.id).toBeTruthy();
      expect(criterionName(c.id, `${c.label} (ours)`)).toBeUndefined();
    }
  });

  it('says an audience in Welsh, a list of roles joined with commas, and keeps a school’s subjects as typed', () => {
    const course: Course = { title: 'Workshop', description: 'About curriculum.', audience: { roles: ['teacher', 'teaching-assistant'], phases: ['primary'], subjects: ['Music'] } };
    const r = scoreCourse(course, defaultPolicy, { ...profile(), role: 'governor', phase: 'secondary', subjects: ['Maths'] });
    const lines = r.criteria.find((c) => c.id === 'role-competency')!.evidence;
    expect(lines.map((e) => e.text)).toEqual(['Designed for teacher, teaching assistant, not governor', 'Phase primary, not secondary', 'Subjects: Music']);
    expect(lines.map((e) => renderIn(e.message!, CY))).toEqual(['Wedi’i gynllunio ar gyfer athro neu athrawes, cynorthwyydd addysgu, nid ar gyfer llywodraethwr neu ymddiriedolwr', 'Cyfnod: cynradd, nid uwchradd', 'Pynciau: Music']);
  });

  it('keeps lists of names and names inside sentences in the stored shape, and falls back when a name is unknown', () => {
    const inner = { key: 'evidence.format', params: { format: { key: 'format.webinar' } } };
    expect(Message.safeParse({ key: 'evidence.statutory', params: { what: inner } }).success).toBe(true);
    expect(say(Message.parse({ key: 'evidence.statutory', params: { what: inner } }), CY, '')).toBe('Hyfforddiant statudol neu gydymffurfio: Fformat: gweminar');
    expect(say({ key: 'evidence.designed-for', params: { roles: [{ key: 'role.dsl' }, { key: 'role.from-the-future' }] } }, CY, 'Designed for dsl, x')).toBe('Designed for dsl, x');
    expect(Message.safeParse({ key: 'evidence.designed-for', params: { roles: Array.from({ length: 21 }, () => ({ key: 'role.dsl' })) } }).success).toBe(false);
    expect(Message.safeParse({ key: 'evidence.designed-for', params: { roles: ['<b>dsl</b>'] } }).success).toBe(false);
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

