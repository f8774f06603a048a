import { readFileSync } from 'node:fs';
import { glossaryProblems } from '@cpd-lens/core/glossary-cy';
import { describe, expect, it } from 'vitest';
import { fillIn, loadLocale } from '../src/internal/i18n.ts';
import { cy } from '../src/internal/i18n-cy.ts';
import { checkConfig } from '../src/internal/config.ts';
import { welshProblem } from '../src/internal/problems-cy.ts';

/** The policy editor's Welsh table, read from its source (the table is private to the editor's chunk). */
function editorWelsh(): Record<string, string> {
  const source = readFileSync(new URL('../src/policy-editor/strings.ts', import.meta.url), 'utf8');
  const block = source.slice(source.indexOf('const cy:'), source.indexOf('\n};', source.indexOf('const cy:')));
  return Object.fromEntries([...block.matchAll(/^\s*'([\w.-]+)': '((?:[^'\\]|\\.)*)',$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('the widgets’ Welsh (issue 25)', () => {
  it('uses the glossary’s terms and the mutation rules in every widget and the policy editor', () => {
    const editor = editorWelsh();
    expect(Object.keys(editor).length).toBeGreaterThan(80);
    expect([...glossaryProblems(cy), ...glossaryProblems(editor)]).toEqual([]);
  });

  it('writes "ag" before an address that starts with a vowel, "â" otherwise', async () => {
    await loadLocale('cy');
    expect(fillIn(cy['status.failedHelp'], { contact: 'info@ysgol.cymru' })).toContain('neu gysylltwch ag info@ysgol.cymru.');
    expect(fillIn(cy['status.failedHelp'], { contact: 'swyddfa@ysgol.cymru' })).toContain('neu gysylltwch â swyddfa@ysgol.cymru.');
  });

  it('says the catalogue’s and the evaluation’s reasons in Welsh', () => {
    for (const key of ['reason.serverAnswered', 'reason.notJson', 'reason.notCourses', 'reason.noAnswer', 'reason.chunks'] as const) expect(cy[key]).not.toMatch(/\b(?:the|is|not|list|answer|could)\b/);
  });

  it('says a wrong configuration’s problems in Welsh (the box for the school’s IT team)', () => {
    const checked = checkConfig({ schemaVersion: 2, school: '', endpoint: 'http://intranet.example/hook', retry: { firstDelaySeconds: 'soon', maxDelaySeconds: 0 }, delivery: 'fax' });
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) expect(welshProblem(p.message), `${p.path} ${p.message}`).not.toBe(p.message);
    expect(welshProblem('The endpoint must not contain a user name or password.')).toBe('ni ddylai gynnwys enw defnyddiwr na chyfrinair');
    expect(welshProblem('something new')).toBe('something new');
  });
});
