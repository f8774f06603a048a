import { describe, expect, it } from 'vitest';
import { analyseCourse } from '../../src/course-profile/analyse.ts';
import { compileGoal, matchGoal } from '../../src/score/targets.ts';
import { demutate } from '../../src/text/demutate.ts';
import { tokenize } from '../../src/text/tokens.ts';
import type { Course } from '../../src/model/course.ts';

const strength = (target: string, course: Course): number => matchGoal(compileGoal('t', 'target', target, target), analyseCourse(course)).strength;

const oracyPage: Course = { title: 'Oracy and literacy across the primary curriculum', description: 'Develop classroom talk, vocabulary and speaking and listening so that every pupil can explain their thinking.' };
const llafareddPage: Course = { title: 'Llafaredd a llythrennedd ar draws y cwricwlwm cynradd', description: 'Datblygu sgwrs yn y dosbarth, geirfa a siarad a gwrando fel bod pob disgybl yn gallu esbonio ei feddwl.' };
const unrelated: Course = { title: 'Health and safety for site managers', description: 'Risk assessment, fire safety and first aid for site staff.' };

describe('Welsh and bilingual matching', () => {
  // targets whose words are the thesaurus's concepts: a plain word ("feedback") has no twin in the other language
  it.each([
    ['Gwella llythrennedd a llafaredd disgyblion', 'Improve pupils’ literacy and oracy'],
    ['Datblygu addysgu ffoneg', 'Develop phonics teaching'],
    ['Asesu ffurfiannol', 'Formative assessment'],
    ['Ymarfer adalw mewn mathemateg', 'Retrieval practice in maths'],
    ['Cefnogi dysgwyr ag anghenion dysgu ychwanegol', 'Support learners with additional learning needs'],
  ])('a Welsh target (%s) scores an English page as its English twin does (%s), and the reverse', (welsh, english) => {
    const phonicsPage: Course = { title: 'Systematic synthetic phonics in Reception and Year 1', description: 'Phonics, early reading, retrieval practice in maths, formative assessment and feedback, additional learning needs (ALN), literacy and oracy.' };
    const cyPage: Course = { title: 'Ffoneg, darllen cynnar ac ymarfer adalw mewn mathemateg', description: 'Asesu ffurfiannol ac adborth, anghenion dysgu ychwanegol (ADY), llythrennedd a llafaredd.' };
    const en = strength(english, phonicsPage);
    expect(en).toBeGreaterThan(0);
    expect(strength(welsh, phonicsPage)).toBe(en);
    expect(strength(welsh, cyPage)).toBeGreaterThan(0);
    expect(strength(english, cyPage)).toBe(strength(welsh, cyPage));
  });

  it('matches a Welsh target to an English page on the same topic at the English score', () => {
    expect(strength('Gwella llythrennedd a llafaredd', oracyPage)).toBe(strength('Improve literacy and oracy', oracyPage));
    expect(strength('Improve literacy and oracy', llafareddPage)).toBe(strength('Gwella llythrennedd a llafaredd', llafareddPage));
    expect(strength('Gwella llythrennedd a llafaredd', oracyPage)).toBe(1);
    expect(strength('Improve literacy and oracy', llafareddPage)).toBe(1);
  });

  it.each([
    ['dracio', 'tracio'],
    ['chynnydd', 'cynnydd'],
    ['ngwersi', 'gwersi'],
    ['nghwricwlwm', 'cwricwlwm'],
    ['ddiogelu', 'diogelu'],
    ['gymru', 'cymru'],
    ['fathemateg', 'mathemateg'],
    ['thracio', 'tracio'],
    ['hasesu', 'asesu'],
  ])('brings the mutated %s back to %s', (mutated, radical) => {
    expect(demutate(mutated)).toBe(radical);
  });

  it('never changes an English word', () => {
    for (const word of ['the', 'change', 'phonics', 'think', 'well', 'drama', 'data', 'reading', 'leading', 'plant', 'hang', 'wait', 'bet', 'disadvantage']) expect(demutate(word), word).toBe(word);
  });

  it('matches a mutated target to its radical ("ar dracio a chynnydd" meets "tracio cynnydd")', () => {
    const page: Course = { title: 'Tracio cynnydd disgyblion', description: 'Sut i dracio cynnydd yn y dosbarth.' };
    expect(strength('Gwella ar dracio a chynnydd', page)).toBe(1);
    expect(strength('yng nghwricwlwm yr ysgol', { title: 'Cynllunio cwricwlwm', description: 'Cwricwlwm i Gymru.' })).toBe(1);
  });

  it('reads Welsh letters with accents as words ("ôl-16", "llesiant")', () => {
    expect(tokenize('Dysgu ôl-16').map((t) => t.stem)).toContain('ol');
    expect(tokenize('ŵyr â’r').length).toBeGreaterThan(1);
  });

  it('never matches on a word too common to mean anything alone (disgyblion, pupils, athrawon, teachers)', () => {
    for (const target of ['disgyblion', 'pupils', 'athrawon', 'teachers', 'Gwella dysgu disgyblion', 'Improve pupils’ learning']) expect(strength(target, unrelated), target).toBe(0);
  });
});
