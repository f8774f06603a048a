import { describe, expect, it } from 'vitest';
import { CY } from '../../src/i18n/cy.ts';
import { EN, type CoreKey } from '../../src/i18n/en.ts';
import { GLOSSARY_CY, glossaryProblems } from '../../src/i18n/glossary-cy.ts';
import { renderIn, type InnerMessage, type Message } from '../../src/i18n/message.ts';
import { forNation, nationOf } from '../../src/i18n/nation.ts';
import { applyRule, countNoun, orWith, softMutate, withA } from '../../src/i18n/welsh.ts';
import { CONCEPTS } from '../../src/text/thesaurus.ts';
import { compareOptions, defaultPolicy, scoreCourse, type Course, type ScoreResult } from '../../src/index.ts';
import { bareCourse, phonicsCourse, plan, profile } from '../helpers.ts';
import { generateCourse, random } from '../score/generate.ts';

describe('Welsh where a number or a name goes into a sentence', () => {
  it.each([
    [2, 'dyddiad', false, '2 ddyddiad'],
    [2, 'diwrnod', false, '2 ddiwrnod'],
    [2, 'cyfranogwr', false, '2 gyfranogwr'],
    [3, 'cwrs', false, '3 chwrs'],
    [6, 'pwnc', false, '6 phwnc'],
    [3, 'dyddiad', false, '3 dyddiad'],
    [5, 'diwrnod', false, '5 diwrnod'],
    [1, 'sesiwn', true, '1 sesiwn'],
    [2, 'gwers', true, '2 wers'],
    [1, 'llinell', true, '1 llinell'],
    [0.5, 'diwrnod', false, '0.5 diwrnod'],
  ])('%s %s (feminine: %s) → %s', (n, noun, feminine, said) => {
    expect(countNoun(n, noun, feminine)).toBe(said);
  });

  it('softens after "neu", keeping a capital, and never mutates ch, ph, th, ff', () => {
    expect(softMutate('cysylltwch')).toBe('gysylltwch');
    expect(softMutate('pwyswch')).toBe('bwyswch');
    expect(softMutate('Tynnwch')).toBe('Dynnwch');
    expect(softMutate('llwythwch')).toBe('lwythwch');
    expect(softMutate('gwersi')).toBe('wersi');
    expect(softMutate('Gareth')).toBe('Areth');
    expect(softMutate('chwarae')).toBe('chwarae');
    expect(softMutate('ffoneg')).toBe('ffoneg');
    expect(orWith('caniatewch')).toBe('neu ganiatewch');
    expect(orWith('swyddfa@ysgol.cymru')).toBe('neu swyddfa@ysgol.cymru');
    expect(orWith('Catrin', true)).toBe('neu Catrin');
  });

  it('writes "ag" before a vowel in names and e-mail addresses, "â" otherwise', () => {
    expect(withA('Alun Jones')).toBe('ag Alun Jones');
    expect(withA('info@ysgol.cymru')).toBe('ag info@ysgol.cymru');
    expect(withA('Ysgol y Ddraig')).toBe('ag Ysgol y Ddraig');
    expect(withA('swyddfa@ysgol.cymru')).toBe('â swyddfa@ysgol.cymru');
    expect(withA('Wrecsam')).toBe('ag Wrecsam');
    expect(withA('Wyn')).toBe('â Wyn');
  });

  it('applies a table’s `{name|rule}` in every message: "2 ddyddiad", not "2 dyddiad"', () => {
    expect(applyRule(2, 'n:dyddiad')).toBe('2 ddyddiad');
    expect(applyRule('tîm TG', 'â')).toBe('â tîm TG');
    expect(applyRule('x', 'unknown-rule')).toBe('x');
    expect(renderIn({ key: 'schedule.alternatives', params: { dates: 2, days: 2 } }, CY)).toBe('2 ddyddiad ar gyfer cwrs 2 ddiwrnod: yn cael eu trin fel dewisiadau');
    expect(renderIn({ key: 'schedule.alternatives', params: { dates: 2, days: 2 } }, EN)).toBe('2 dates for a 2-day course: read as alternatives');
    expect(renderIn({ key: 'cost.cover', params: { days: 2, rate: 180 } }, CY)).toBe('2 ddiwrnod o gyflenwi ar £180 y diwrnod.');
  });
});

describe('the Welsh glossary', () => {
  it('has one Welsh term and a source for every concept, and bans no term it chose', () => {
    for (const entry of GLOSSARY_CY) {
      expect(entry.cy.trim(), entry.en).not.toBe('');
      expect(entry.source.trim(), entry.en).not.toBe('');
      for (const re of entry.banned ?? []) expect(re.test(entry.cy), `${entry.en}: ${re}`).toBe(false);
    }
  });

  it('finds the issue’s variants, and none in core’s Welsh table', () => {
    expect(glossaryProblems({ a: 'Cyllideb DPP', b: 'Cyd-fynd yn gryf', c: 'neu cysylltwch â ni', d: 'Llety addas', e: 'yn hunan-gyflym', f: 'siarad â eraill', g: 'CPCP', h: 'neu bwyswch' })).toHaveLength(7);
    expect(glossaryProblems(CY)).toEqual([]);
  });
});

/** Words that are English and never Welsh: a Welsh view showing one of them shows English. */
const ENGLISH = new Set(
  ('the and of with for is are not this that your our you they their if do does course courses school schools funded funding ' +
    'teachers teacher pupils pupil training page price cover fit strong good weak partial via matched topic complete qualification ' +
    'remain employed trust months after from which what when how who will would should could have has been per day days hours ' +
    'session sessions supply venue evidence research standards framework induction safeguarding learners curriculum professional ' +
    'learning regional consortium partnership leadership literacy oracy reading phonics maths science assessment feedback behaviour ' +
    'wellbeing inclusion governance budget option options level served serves requested attended booked fully past self paced').split(' '),
);
/** Names and acronyms a Welsh sentence keeps as they are. */
const KEPT = /CPD Lens|Teacher Development Trust|gov\.uk|EEF|NPQs?|ECF|ECT|KCSIE|SENCo|SEND|ADHD|HMS|TAW|ANG|ADY/g;

/** Welsh text of a message with every plain text parameter (page quotes, titles, what a school typed) left out. */
function welshOf(message: Message | InnerMessage): string {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(message.params ?? {})) params[k] = typeof v === 'string' ? '«»' : v;
  return renderIn({ ...message, params } as Message, CY) ?? '';
}

function englishWords(text: string): string[] {
  return text.replace(KEPT, ' ').replace(/“[^”]*”/g, ' ').toLowerCase().split(/[^a-z’'-]+/).filter((w) => ENGLISH.has(w));
}

/** Every message a result carries. */
function messagesOf(r: ScoreResult): (Message | InnerMessage)[] {
  const out: (Message | InnerMessage | undefined)[] = [r.verdictMessage, r.basisMessage, ...r.questions.map((q) => q.message), ...(r.value.noteMessages ?? []), ...(r.cost?.warningMessages ?? []), r.profile?.funding?.checkMessage, r.profile?.funding?.repaymentMessage];
  for (const x of [...r.reasons!.for, ...r.reasons!.against]) out.push(x.message);
  for (const c of r.criteria) for (const e of c.evidence) out.push(e.message);
  return out.filter((m): m is Message | InnerMessage => !!m);
}

describe('no English in a Welsh view', () => {
  it('says every core sentence in Welsh with no English word outside quotes, names and what a school typed', () => {
    const bad: string[] = [];
    for (const key of Object.keys(CY) as CoreKey[]) {
      const words = englishWords(CY[key].replace(/\{[^}]+\}/g, ' '));
      if (words.length) bad.push(`${key}: ${words.join(', ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('renders every scored result, in England and Wales, with no English word (the default policy’s repayment terms included)', () => {
    const rand = random(25);
    const special: Course[] = [
      phonicsCourse(),
      bareCourse(),
      { title: 'NPQ for Senior Leadership', description: 'A national professional qualification. Fully funded places for eligible schools.', price: { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'funded' } },
      { title: 'Level 3 Teaching Assistant apprenticeship', description: 'An apprenticeship funded through your apprenticeship levy account, with 20% off-the-job training.' },
      { title: 'ECF induction', description: 'Early career framework induction for ECTs, funded by the DfE.' },
      { title: 'Safeguarding refresher (KCSIE 2026)', description: 'Statutory safeguarding training.', price: { amount: 450, currency: 'GBP', vat: 'excluded', basis: 'per-school', covers: 3 } },
    ];
    const bad = new Set<string>();
    let seen = 0;
    for (const nation of ['england', 'wales'] as const) {
      const policy = { ...defaultPolicy, nation };
      for (const course of [...special, ...Array.from({ length: 80 }, (_, i) => generateCourse(rand, i))]) {
        for (const m of messagesOf(scoreCourse(course, policy, profile(), plan()))) {
          seen++;
          const words = englishWords(welshOf(m));
          if (words.length) bad.add(`${m.key}: ${words.join(', ')}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect([...bad]).toEqual([]);
  });

  it('says matched topics in Welsh ("yn cyfateb: ffoneg"), never the English label', () => {
    const r = scoreCourse(phonicsCourse(), defaultPolicy, profile(), plan());
    const serves = r.criteria.flatMap((c) => c.evidence).find((e) => e.message?.key === 'evidence.serves');
    expect(serves && renderIn(serves.message!, CY)).toMatch(/\(yn cyfateb: .*ffoneg/);
    expect(serves && renderIn(serves.message!, EN)).toBe(serves?.text);
  });

  it('names every thesaurus concept in both languages', () => {
    for (const id of Object.keys(CONCEPTS)) {
      expect(EN[`concept.${id}` as CoreKey], id).toBe(CONCEPTS[id]!.label);
      expect(CY[`concept.${id}` as CoreKey], id).toBeTruthy();
    }
  });

  it('says the default policy’s repayment conditions (4.1) in Welsh, and keeps English text as it was', () => {
    const course: Course = { title: 'NPQ for Senior Leadership', description: 'A national professional qualification.', price: { amount: 1200, currency: 'GBP', vat: 'exempt', basis: 'per-participant' } };
    const funding = scoreCourse(course, defaultPolicy).profile!.funding;
    const repayment = funding?.repaymentMessage ?? scoreCourse({ ...course, description: 'A national professional qualification. Fully funded.' }, defaultPolicy).profile!.funding!.repaymentMessage!;
    expect(renderIn(repayment, EN)).toContain('if they do not complete the qualification; do not pass the qualification; or do not remain employed');
    expect(renderIn(repayment, CY)).toContain('os nad yw’n cwblhau’r cymhwyster; nad yw’n llwyddo yn y cymhwyster; neu nad yw’n aros');
  });
});

describe('a Welsh school’s frameworks', () => {
  it('takes the nation from the plan, else the policy, else England', () => {
    expect(nationOf()).toBe('england');
    expect(nationOf({ nation: 'wales' })).toBe('wales');
    expect(nationOf({ nation: 'wales' }, { nation: 'england' })).toBe('england');
    expect(forNation('question.statutory', 'wales')).toBe('question.statutory.wales');
    expect(forNation('question.dates', 'wales')).toBe('question.dates');
    expect(forNation('question.statutory', 'england')).toBe('question.statutory');
  });

  const says = (r: ScoreResult, table: Record<string, string>): string => messagesOf(r).map((m) => renderIn(m, table)).join('\n');
  const wales = { ...plan(), nation: 'wales' as const };

  it('asks a Welsh school about Keeping learners safe, not KCSIE, in both languages; an English school keeps KCSIE', () => {
    const course: Course = { title: 'Safeguarding refresher', description: 'Statutory safeguarding training for all staff.' };
    const welsh = scoreCourse(course, defaultPolicy, profile(), wales);
    expect(says(welsh, EN)).toContain('Keeping learners safe');
    expect(says(welsh, EN)).not.toContain('KCSIE');
    expect(says(welsh, CY)).toContain('Cadw dysgwyr yn ddiogel');
    expect(says(scoreCourse(course, defaultPolicy, profile(), plan()), EN)).toContain('KCSIE');
  });

  it('tells a Welsh school that NPQ and ECF funding is England’s, and names induction and the professional learning grant', () => {
    const npq: Course = { title: 'NPQ for Senior Leadership', description: 'A national professional qualification. DfE funded for eligible schools.', price: { amount: 0, currency: 'GBP', vat: 'unknown', basis: 'funded' } };
    const ecf: Course = { title: 'ECF-based induction programme', description: 'Early career framework induction for ECTs. Funded by the DfE.' };
    const policy = { ...defaultPolicy, nation: 'wales' as const };
    const npqSaid = says(scoreCourse(npq, policy, profile(), wales), EN);
    expect(npqSaid).toContain('professional learning grant');
    expect(npqSaid).not.toContain('pupil premium');
    expect(says(scoreCourse(npq, policy, profile(), wales), CY)).toContain('grant dysgu proffesiynol');
    const ecfSaid = says(scoreCourse(ecf, policy, profile(), wales), EN);
    expect(ecfSaid).toContain('newly qualified teachers');
    expect(says(scoreCourse(ecf, policy, profile(), wales), CY)).toContain('athrawon newydd gymhwyso (ANG)');
    expect(says(scoreCourse(npq, defaultPolicy, profile(), plan()), EN)).toContain('pupil premium');
  });

  it('asks about the professional standards for teaching and leadership, not the Teachers’ Standards', () => {
    const r = scoreCourse(bareCourse(), { ...defaultPolicy, nation: 'wales' }, profile(), wales);
    const q = r.questions.find((x) => x.criterionId === 'relevant-standards');
    if (q) {
      expect(q.question).toContain('professional standards for teaching and leadership');
      expect(renderIn(q.message!, CY)).toContain('Cwricwlwm i Gymru');
    }
    const all = Object.keys(EN).filter((k) => k.endsWith('.wales')).map((k) => EN[k as CoreKey]).join(' ');
    expect(all).not.toMatch(/Teachers’ Standards|KCSIE|pupil premium|academies/);
  });

  it('commissions for a Welsh school with Wales’s national approach, not the DfE standard', () => {
    const options = [phonicsCourse(), bareCourse()];
    const { recommendation } = compareOptions(options, defaultPolicy, { cohort: 3, profile: profile(), plan: wales });
    expect(recommendation.reasons.join(' ')).not.toContain('DfE standard');
  });
});
