/**
 * Welsh grammar where a number or a name goes into a sentence (issue 25): mutation after numerals
 * ("2 ddyddiad", "3 chwrs"), "â" becoming "ag" before a vowel, and the soft mutation after "neu".
 * Small and rule-based: names and e-mail addresses are never mutated, only what the rules need.
 */

/** Soft mutation of a word's first letter(s): "cysylltwch" → "gysylltwch", "diwrnod" → "ddiwrnod". */
export function softMutate(word: string): string {
  return mutateWith(word, SOFT);
}

/** Aspirate mutation (after "a", "tri", "chwe", "ei" her): "cwrs" → "chwrs", "pwnc" → "phwnc". */
export function aspirateMutate(word: string): string {
  return mutateWith(word, ASPIRATE);
}

/** Nasal mutation (after "fy", "yn" in): "cwricwlwm" → "nghwricwlwm", "Dinbych" → "Nimbych" is not attempted: words only. */
export function nasalMutate(word: string): string {
  return mutateWith(word, NASAL);
}

const SOFT: readonly [string, string][] = [['ll', 'l'], ['rh', 'r'], ['c', 'g'], ['p', 'b'], ['t', 'd'], ['g', ''], ['b', 'f'], ['d', 'dd'], ['m', 'f']];
const ASPIRATE: readonly [string, string][] = [['c', 'ch'], ['p', 'ph'], ['t', 'th']];
const NASAL: readonly [string, string][] = [['c', 'ngh'], ['p', 'mh'], ['t', 'nh'], ['g', 'ng'], ['b', 'm'], ['d', 'n']];

/** Applies the first rule whose radical starts the word, keeping a capital ("Cwrs" → "Gwrs"); "ch", "ph", "th" and "ff" never mutate. */
function mutateWith(word: string, rules: readonly [string, string][]): string {
  const lower = word.toLowerCase();
  if (/^(?:ch|ph|th|ff|ngh|mh|nh|dd)/.test(lower)) return word;
  for (const [radical, mutated] of rules) {
    if (!lower.startsWith(radical)) continue;
    const rest = word.slice(radical.length);
    if (word.charAt(0) !== lower.charAt(0)) return mutated ? mutated.charAt(0).toUpperCase() + mutated.slice(1) + rest : rest.charAt(0).toUpperCase() + rest.slice(1);
    return mutated + rest;
  }
  return word;
}

/**
 * A count and its noun as Welsh says it with digits: the noun stays singular, soft-mutated after 2
 * (dau/dwy: "2 ddyddiad", "2 sesiwn"), aspirate after 3 for masculine nouns (tri: "3 chwrs") and after
 * 6 (chwe: "6 phwnc"), soft after 1 for feminine nouns ("1 wythnos" stays: w does not mutate).
 */
export function countNoun(count: number, noun: string, feminine = false): string {
  let said = noun;
  if (count === 2 || (count === 1 && feminine && !/^(?:ll|rh)/i.test(noun))) said = softMutate(noun);
  else if ((count === 3 && !feminine) || count === 6) said = aspirateMutate(noun);
  return `${count} ${said}`;
}

/** Whether a word starts with a vowel sound, for "ag" (a, e, i, o, u, y, w before a consonant, and their accents). */
function startsWithVowel(word: string): boolean {
  const s = word.trim().toLowerCase();
  if (/^[aeiouyâêîôûŷáéíóúàèìòù]/.test(s)) return true;
  return /^[wŵ][^aeiouyâêîôûŷ]/.test(s);
}

/** "â" or "ag" before a name or an address, unmutated ("ag Alun", "â swyddfa@ysgol.cymru", "ag info@…"). */
export function withA(nameOrAddress: string): string {
  return `${startsWithVowel(nameOrAddress) ? 'ag' : 'â'} ${nameOrAddress}`;
}

/** "neu" with the soft mutation it causes on the next word ("neu gysylltwch"); a name or an address is not mutated. */
export function orWith(next: string, isName = false): string {
  return `neu ${isName || /[@.:/]/.test(next) ? next : softMutate(next)}`;
}

/**
 * A parameter's value with a Welsh rule applied, as the tables write it: `{contact|â}` (â/ag),
 * `{name|neu}` (neu before a name: not mutated), `{word|soft}` (soft mutation), `{dates|n:dyddiad}` / `{sessions|nf:sesiwn}` (a count and its noun).
 * An unknown rule leaves the value as it is.
 */
export function applyRule(value: string | number, rule: string): string {
  if (rule === 'â') return withA(String(value));
  if (rule === 'neu') return orWith(String(value), true);
  if (rule === 'soft') return softMutate(String(value));
  const count = typeof value === 'number' ? value : Number(value);
  const noun = /^(nf?):(.+)$/.exec(rule);
  if (noun && Number.isFinite(count)) return countNoun(count, noun[2]!, noun[1] === 'nf');
  return String(value);
}
