import { describe, expect, it } from 'vitest';
import { analyseCourse } from '../../src/course-profile/analyse.ts';
import { GatedPattern } from '../../src/text/gate.ts';
import { readWords, tokenize } from '../../src/text/tokens.ts';

/**
 * Strict gates skip a pattern over text whose words cannot hold a match (issue 24): they must never
 * change what the pattern finds. They rely on the tokenizer splitting words where a pattern's `\b` does;
 * where it cannot tell (accents folded, "İ" or the Kelvin sign lower-cased into ASCII letters, an inner
 * apostrophe, text cut off), the text is not `exact` and every strict gate opens.
 */
describe('words split as written, for strict gates', () => {
  it('reads plain ASCII text as exact, with the tokens tokenize gives', () => {
    const text = 'Twilight sessions, 4:00–5:30pm. Three 90-minute WORKSHOPS.';
    const read = readWords(text);
    expect(read.exact).toBe(true);
    expect(read.tokens).toEqual(tokenize(text));
    expect(read.tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Twilight', 'sessions', '4', '00', '5', '30pm', 'Three', '90', 'minute', 'WORKSHOPS']);
  });

  it.each([
    ['an accented letter folded into its base letter', 'Cwrs ôl-16 ar gyfer athrawon'],
    ['a capital I with a dot, lower-cased into two characters', 'İstanbul twilights'],
    ['the Kelvin sign, lower-cased into k', 'Weekend\u212a sessions'],
    ['an inner apostrophe joining two words', 'Meet at 4 o’clock'],
  ])('is not exact with %s', (_, text) => {
    expect(readWords(text).exact).toBe(false);
  });

  it('is not exact beyond the limit, and the tokens stop there', () => {
    const read = readWords(`${'word '.repeat(10)}twilight`, 20);
    expect(read.exact).toBe(false);
    expect(read.tokens).toHaveLength(4);
  });

  it('finds with a gated pattern what the pattern finds, on exact and inexact text alike', () => {
    const weekend = new GatedPattern(/\bweekends?\b/i, ['weekend', 'weekends']);
    for (const text of ['Runs at weekends.', 'Runs on weekdays.', 'Runs at weekendé.', 'x’weekend sessions', 'Weekend\u212a', 'Whole-school training']) {
      const { gates } = analyseCourse({ title: 'A course', description: text });
      expect(weekend.test(text, gates), text).toBe(weekend.pattern.test(text));
    }
  });
});
