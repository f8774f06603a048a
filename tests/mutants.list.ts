/** The known mutants of `tests/mutants.ts`: each breaks one behaviour; `tests` (run in `package`) must notice. */
export interface Mutant {
  id: string;
  /** Path from the repository root. */
  file: string;
  /** Text found exactly once in the file, and what it becomes. */
  from: string;
  to: string;
  /** Test files (relative to the package) that must fail with the mutant in place. */
  tests: string[];
  /** The package the tests run in (default core). */
  package?: string;
  why: string;
}

const GUARDS = ['test/guards.test.ts'];

export const MUTANTS: Mutant[] = [
  {
    id: 'vat-flag-ignored',
    file: 'core/src/cost/cost.ts',
    from: ": policy.costs.vatReclaimable;",
    to: ': true;',
    tests: GUARDS,
    why: 'the policy’s "VAT reclaimable" flag is ignored',
  },
  {
    id: 'twilight-charged-cover',
    file: 'core/src/course-profile/schedule.ts',
    from: "else if (TWILIGHT.test(text, stems)) timing = 'twilight';",
    to: "else if (TWILIGHT.test(text, stems)) timing = 'unknown';",
    tests: GUARDS,
    why: 'a page that only says "twilight" is charged supply cover',
  },
  {
    id: 'negation-one-word',
    file: 'core/src/text/evidence.ts',
    from: 'const NEGATION_REACH = 3;',
    to: 'const NEGATION_REACH = 1;',
    tests: GUARDS,
    why: 'negation reaches one word instead of three ("no formal follow-up" counts as follow-up)',
  },
  {
    id: 'gig-title-check',
    file: 'core/src/extract/learning.ts',
    from: '(ENTERTAINMENT.test(text) || INFO_EVENT.test(text)) && !STRONG_LEARNING.test(text);',
    to: 'false;',
    tests: GUARDS,
    why: 'the entertainment check is removed (a concert page becomes a course)',
  },
  {
    id: 'welsh-medi',
    file: 'core/src/parse/dates.ts',
    from: 'medi: 9, ',
    to: '',
    tests: GUARDS,
    why: 'the Welsh month "Medi" is not read',
  },
  {
    id: 'welsh-tan',
    file: 'core/src/parse/dates.ts',
    from: "'till', 'tan', ",
    to: "'till', ",
    tests: GUARDS,
    why: 'the Welsh range word "tan" is not read',
  },
  {
    id: 'welsh-dydd-mawrth',
    file: 'core/src/parse/dates.ts',
    from: "(w === 'mawrth' || WEEKDAYS.has(w))",
    to: "(WEEKDAYS.has(w))",
    tests: GUARDS,
    why: '"dydd Mawrth" (Tuesday) reads as March',
  },
  {
    id: 'retry-after-dropped',
    file: 'core/src/request/delivery.ts',
    from: '...(after !== null ? { retryAfterMs: after } : {})',
    to: '',
    tests: GUARDS,
    why: 'a receiver’s Retry-After is dropped',
  },
  // issue 20: the hand-off CPD Lens keeps for the school's form is handed out once, to its tab and origin
  {
    id: 'handoff-reused',
    file: 'extension/request/pending.ts',
    from: '    await store.remove(token);\n    return entry.handoff;',
    to: '    return entry.handoff;',
    tests: ['test/pending-handoff.test.ts'],
    package: 'extension',
    why: 'a hand-off token works more than once',
  },
  {
    id: 'handoff-any-tab',
    file: 'extension/request/pending.ts',
    from: '(entry.tabId ?? claim.tabId) === claim.tabId',
    to: 'true',
    tests: ['test/pending-handoff.test.ts'],
    package: 'extension',
    why: 'another tab can take a hand-off',
  },
  {
    id: 'handoff-any-origin',
    file: 'extension/request/pending.ts',
    from: 'entry.origin === claim.origin && ',
    to: '',
    tests: ['test/pending-handoff.test.ts'],
    package: 'extension',
    why: 'a page on another origin can take a hand-off',
  },
];
