import { FEATURE_PHRASES_CY } from './features-cy.ts';
import { CONCEPTS_CY, WELSH_WORDS } from './thesaurus-cy.ts';

/**
 * Welsh initial mutations undone (issue 25): "ar dracio a chynnydd" meets "tracio cynnydd", "yng
 * nghwricwlwm" meets "cwricwlwm", "ei gwersi" meets "gwersi". A word is brought back only to a radical
 * the thesaurus knows (a Welsh term's word, or one of `WELSH_WORDS`), so English words never change.
 */
const WORDS: ReadonlySet<string> = new Set(
  [...Object.values(CONCEPTS_CY).flat(), ...Object.values(FEATURE_PHRASES_CY).flat(), ...WELSH_WORDS].flatMap((term) => term.toLowerCase().split(/[^a-z0-9’'-]+/)).filter((w) => w.length > 3),
);

/** Mutated starts and the radical starts they may come from: nasal, aspirate, then soft (longest first). */
const RULES: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ch', ['c']],
  ['ph', ['p']],
  ['th', ['t']],
  ['dd', ['d']],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
  ['h', ['']],
  ['', ['g']],
];

/** The known radical a word may be a mutated form of ("gymru" → "cymru"), or undefined. */
function radicalIn(word: string, known: ReadonlySet<string>): string | undefined {
  for (const [start, radicals] of RULES) {
    if (!word.startsWith(start)) continue;
    for (const radical of radicals) {
      const candidate = radical + word.slice(start.length);
      if (candidate !== word && known.has(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The radicals: the words of the Welsh terms, less those that are mutated forms of others ("gymru" in "cwricwlwm i gymru"). */
const RADICALS: ReadonlySet<string> = new Set([...WORDS].filter((w) => radicalIn(w, WORDS) === undefined));

/** The radical of a lower-case Welsh word when the thesaurus knows it ("dracio" → "tracio"), else the word unchanged. */
export function demutate(word: string): string {
  if (word.length < 4 || RADICALS.has(word)) return word;
  return radicalIn(word, RADICALS) ?? word;
}
