import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A-ERR-02: the English messages follow GOV.UK's style — no blame, no pleading, no jargon about validity. */
const table = (file: string, start: string) => {
  const source = readFileSync(join(import.meta.dirname, '../src/internal', file), 'utf8');
  return source.slice(source.indexOf(start), source.indexOf('} as const;'));
};
// The shared table, the catalogue's, impact evaluation's and budget's, and the form's check page and
// outcome panel's, kept apart for the form's size.
const english = table('i18n.ts', 'const en = {') + table('i18n-widgets.ts', 'export const enWidgets = {') + table('i18n-next-steps.ts', 'export const enNextSteps = {');
const messages = [...english.matchAll(/^\s*'([\w.]+)':\s*'((?:[^'\\]|\\.)*)'/gm)].map((m) => ({ key: m[1]!, text: m[2]! }));

describe('the widgets’ English messages', () => {
  it('are all found by this check', () => {
    expect(messages.length).toBeGreaterThan(100);
    expect(messages.some((m) => m.key === 'status.signIn')).toBe(true);
  });

  it('never say invalid, valid, please, sorry, oops or forbidden', () => {
    const banned = messages.filter((m) => /\b(invalid|valid|please|sorry|oops|forbidden)\b/i.test(m.text));
    expect(banned).toEqual([]);
  });
});

describe('the widgets’ Welsh names of delivery modes', () => {
  it('are core’s names (which its evidence lines say), capitalised: one Welsh word for each mode', async () => {
    const { cy } = await import('../src/internal/i18n-cy.ts');
    const { CY } = await import('@cpd-lens/core/i18n-cy');
    const { capital, Delivery } = await import('@cpd-lens/core');
    for (const mode of Delivery.options) expect(cy[`delivery.${mode}`], mode).toBe(capital(CY[`delivery.${mode}`]));
  });
});
