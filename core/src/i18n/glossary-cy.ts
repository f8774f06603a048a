/**
 * The Welsh glossary (issue 25): one Welsh term for each concept the views name, with its source, and
 * the variants no Welsh table may use for it. `glossaryProblems` is run over every Welsh table (core's,
 * the extension's, the widgets', the store listing) by their tests. Human-readable copy:
 * docs/glossary-cy.md. Sources: Welsh Government's TermCymru, the professional standards for teaching
 * and leadership (Safonau proffesiynol ar gyfer addysgu ac arweinyddiaeth, 2017), Cwricwlwm i Gymru and
 * Hwb's professional learning pages (Dysgu proffesiynol, 2022).
 */
export interface GlossaryEntry {
  en: string;
  cy: string;
  source: string;
  /** Variants for the same concept that a Welsh table must not use. */
  banned?: readonly RegExp[];
}

const TERMCYMRU = 'TermCymru (Welsh Government)';
const STANDARDS = 'Safonau proffesiynol ar gyfer addysgu ac arweinyddiaeth (Welsh Government, 2017)';
const HWB = 'Hwb: Dysgu proffesiynol (Welsh Government)';
const CFW = 'Cwricwlwm i Gymru (Hwb)';
const HOUSE = 'CPD Lens house style (one term per concept)';

export const GLOSSARY_CY: readonly GlossaryEntry[] = [
  { en: 'CPD, professional development, professional learning', cy: 'dysgu proffesiynol', source: HWB, banned: [/\bDPP\b/, /\b[Dd]d?atblygiad proffesiynol\b/, /datblygu proffesiynol parhaus/i] },
  { en: 'PD targets', cy: 'targedau dysgu proffesiynol', source: HOUSE, banned: [/\b\w*argedau? DP\b/] },
  { en: 'fit (the policy’s bands: strong fit…)', cy: 'addasrwydd (addasrwydd cryf, da, rhannol, gwan)', source: HOUSE, banned: [/Cyd-fynd yn (?:gryf|dda|rhannol|wan)/i, /cyfatebiaeth/i] },
  { en: 'judgement, verdict', cy: 'barn', source: HOUSE, banned: [/\b[Dd]yfarniad\b(?! \(er enghraifft)/] },
  { en: 'NPQ (national professional qualification, England)', cy: 'NPQ', source: HOUSE, banned: [/\bCPCP\b/, /\bCPC\b/] },
  { en: 'early career teacher (ECT, England)', cy: 'athro ar ddechrau gyrfa (ECT)', source: HOUSE, banned: [/athr(?:o|awon) gyrfa gynnar/] },
  { en: 'newly qualified teacher (NQT, Wales)', cy: 'athro newydd gymhwyso (ANG)', source: TERMCYMRU },
  { en: 'induction', cy: 'sefydlu', source: TERMCYMRU },
  { en: 'supply cover', cy: 'cyflenwi', source: TERMCYMRU, banned: [/\bcyflenwad\b/, /\bgorchudd\b/, /^Athrawon cyflenwi$/, /ddyddiol athrawon cyflenwi/] },
  { en: 'band (of the policy’s judgement: strong fit…)', cy: 'band (bandiau barn)', source: HOUSE },
  { en: 'venue', cy: 'lleoliad', source: TERMCYMRU, banned: [/\b[Ll]lety\b/] },
  { en: 'self-paced', cy: 'ar eich cyflymder eich hun', source: HOUSE, banned: [/hunan-?gyflym/i] },
  { en: 'fully booked', cy: 'dim lleoedd ar ôl', source: HOUSE, banned: [/archebu[’']n llawn/] },
  { en: 'requested (a course)', cy: 'cais wedi’i wneud', source: HOUSE, banned: [/Wedi gwneud cais/] },
  { en: 'attended (a course)', cy: 'wedi’i fynychu', source: HOUSE, banned: [/\bWedi mynychu\b/] },
  { en: 'past (an event)', cy: 'mae’r digwyddiad wedi bod', source: HOUSE, banned: [/digwydd yn barod/] },
  { en: 'INSET day', cy: 'diwrnod HMS (hyfforddiant mewn swydd)', source: TERMCYMRU },
  { en: 'School Development Plan (SDP)', cy: 'Cynllun Datblygu’r Ysgol', source: TERMCYMRU },
  { en: 'participant-hour', cy: 'awr cyfranogwr', source: HOUSE },
  { en: 'value for money', cy: 'gwerth am arian', source: TERMCYMRU, banned: [/yn werth am arian/] },
  { en: 'thin (evidence)', cy: 'prin', source: HOUSE, banned: [/\byn denau\b/] },
  { en: 'of every criterion, for every course', cy: 'pob maen prawf ar gyfer pob cwrs', source: HOUSE, banned: [/\bwrth gwrs\b/] },
  { en: 'professional standards for teaching and leadership (Wales)', cy: 'safonau proffesiynol ar gyfer addysgu ac arweinyddiaeth', source: STANDARDS },
  { en: 'Teachers’ Standards (England)', cy: 'Safonau Athrawon (Lloegr)', source: HOUSE },
  { en: 'Keeping learners safe (Wales)', cy: 'Cadw dysgwyr yn ddiogel', source: TERMCYMRU },
  { en: 'Pupil Development Grant (Wales)', cy: 'Grant Datblygu Disgyblion', source: TERMCYMRU },
  { en: 'pupil premium (England)', cy: 'premiwm disgyblion', source: TERMCYMRU },
  { en: 'professional learning grant', cy: 'grant dysgu proffesiynol', source: HWB },
  { en: 'regional consortium, regional partnership', cy: 'consortiwm rhanbarthol, partneriaeth ranbarthol', source: TERMCYMRU },
  { en: 'national approach to professional learning', cy: 'y dull cenedlaethol o ymdrin â dysgu proffesiynol', source: HWB },
  { en: 'National Academy for Educational Leadership', cy: 'yr Academi Genedlaethol ar gyfer Arweinyddiaeth Addysgol', source: TERMCYMRU },
  { en: 'Curriculum for Wales', cy: 'Cwricwlwm i Gymru', source: CFW, banned: [/Cwricwlwm Cymru\b/] },
  { en: 'additional learning needs (ALN)', cy: 'anghenion dysgu ychwanegol (ADY)', source: TERMCYMRU },
  { en: 'SENCo, ALNCo', cy: 'cydlynydd ADY', source: TERMCYMRU },
  { en: 'safeguarding', cy: 'diogelu', source: TERMCYMRU },
  { en: 'Department for Education (England)', cy: 'yr Adran Addysg', source: TERMCYMRU },
];

/**
 * A soft mutation missing after "neu" (issue 25: "neu cysylltwch" → "neu gysylltwch"): a radical c, p,
 * t, m, ll or rh after "neu" (b, d and g may be mutated forms already, so they are not checked). Words that are not Welsh (a product name) are listed as exceptions.
 */
const NEU_UNMUTATED = /\bneu (?!CPD Lens|Microsoft|Teams|PDF|JSON)(?:[cpt](?!h)[a-zâêîôûŵŷ]|m[a-zâêîôûŵŷ]|ll|rh)/i;

/** "â" before a vowel (it must be "ag"): "â eraill", "â un". */
const A_BEFORE_VOWEL = /(?:^|\s)â (?:[aeiouâêîôû]|y[^n])/i;

/** Problems of Welsh text against the glossary and the mutation rules above, as "where: problem" lines. */
export function glossaryProblems(texts: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [where, text] of Object.entries(texts)) {
    for (const entry of GLOSSARY_CY) for (const re of entry.banned ?? []) if (re.test(text)) out.push(`${where}: "${text.match(re)![0]}" (glossary: ${entry.en} → ${entry.cy})`);
    if (NEU_UNMUTATED.test(text)) out.push(`${where}: "${text.match(NEU_UNMUTATED)![0]}" (soft mutation after "neu")`);
    if (A_BEFORE_VOWEL.test(text)) out.push(`${where}: "${text.match(A_BEFORE_VOWEL)![0].trim()}" ("ag" before a vowel)`);
  }
  return out;
}

/** Every string inside a nested message table, by its path ("status.past"), for `glossaryProblems`. */
export function flattenTable(table: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof table === 'string') out[prefix] = table;
  else if (table && typeof table === 'object') for (const [k, v] of Object.entries(table)) Object.assign(out, flattenTable(v, prefix ? `${prefix}.${k}` : k));
  return out;
}
