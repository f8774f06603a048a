import { english, type Message } from '@cpd-lens/core';
import { describe, expect, it } from 'vitest';
import { shownCaveats } from '../sidepanel/caveats.ts';

const name = (n: number) => ({ key: 'commission.option', params: { n, title: `A very long course title number ${n} that fills a narrow panel` } });
const caveat = (key: string, n: number, params: Record<string, string | number> = {}): Message => ({ key, params: { name: name(n), ...params } });

describe('the commissioning check’s caveats at a glance', () => {
  const messages = [caveat('commission.low-coverage', 3, { percent: 20 }), caveat('commission.no-fit', 1), caveat('commission.low-coverage', 1, { percent: 30 }), caveat('commission.no-fit', 2), caveat('commission.no-fit', 3)];
  const r = { caveatMessages: messages, caveats: messages.map(english) };

  it('shows the three weightiest, grouped by option, each naming its option by number and never its title', () => {
    const { shown, rest } = shownCaveats(r, 'en', (n) => `Option ${n}`);
    expect(shown.map((c) => c.option)).toEqual([1, 1, 3]);
    expect(shown[0]!.text).toMatch(/^Option 1: /);
    for (const c of [...shown, ...rest]) expect(c.text).not.toContain('very long course title');
    expect(rest.map((c) => c.option)).toEqual([2, 3]);
  });

  it('says them in Welsh, and keeps an older record’s English as written (marked so)', () => {
    const welsh = shownCaveats(r, 'cy', (n) => `Opsiwn ${n}`);
    expect(welsh.shown[0]!.text).toMatch(/^Opsiwn 1: /);
    expect(welsh.shown.every((c) => c.lang === undefined)).toBe(true);
    const old = shownCaveats({ caveats: ['Option 1 (Old): over budget.'], caveatMessages: [] }, 'cy', (n) => `Opsiwn ${n}`);
    expect(old.shown).toEqual([{ option: null, text: 'Option 1 (Old): over budget.', lang: 'en' }]);
  });
});
