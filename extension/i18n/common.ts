import { capital, money, type Phase, type Role } from '@cpd-lens/core';
import { CY } from '@cpd-lens/core/i18n-cy';
import { BADGE } from './label.ts';
import { fill, type Locale } from './locale.ts';

/**
 * Words every view shares: band names of the default policy, roles, phases, the first-run invitation.
 * Welsh follows the glossary (docs/glossary-cy.md: dysgu proffesiynol, targedau dysgu proffesiynol, Cynllun Datblygu’r Ysgol); a Welsh speaker should check it.
 */
const en = {
  setup: 'Setup',
  outOf100: '{total} out of 100',
  unknown: 'not known',
  known: '{percent} of what the policy looks at is known',
  perHour: '{amount} per person per hour of training',
  perHourUnknown: 'Cost per hour of training not known',
  invite: {
    title: 'Make the scores yours',
    body: 'Add your role, phase and PD targets, or load your school’s policy, and CPD Lens will judge each course against them.',
    action: 'Set up CPD Lens',
  },
  defaultPolicy: 'the default policy, based on a trust’s CPD policy, the Teacher Development Trust’s advice on commissioning CPD and the DfE’s standard for teachers’ professional development',
};

const cy: typeof en = {
  setup: 'Gosod',
  outOf100: '{total} allan o 100',
  unknown: 'anhysbys',
  known: 'Mae {percent} o’r hyn y mae’r polisi’n edrych arno yn hysbys',
  perHour: '{amount} y person am bob awr o hyfforddiant',
  perHourUnknown: 'Cost am bob awr o hyfforddiant yn anhysbys',
  invite: {
    title: 'Gwnewch y sgoriau’n rhai i chi',
    body: 'Ychwanegwch eich rôl, eich cyfnod a’ch targedau dysgu proffesiynol, neu lwythwch bolisi eich ysgol, a bydd CPD Lens yn barnu pob cwrs yn eu herbyn.',
    action: 'Gosod CPD Lens',
  },
  defaultPolicy: 'y polisi diofyn, yn seiliedig ar bolisi dysgu proffesiynol ymddiriedolaeth, cyngor y Teacher Development Trust ar gomisiynu dysgu proffesiynol a safon yr Adran Addysg (Lloegr) ar gyfer dysgu proffesiynol athrawon',
};

export const common = { en, cy };

type BandId = keyof typeof BADGE.en.bands;
/** The default policy's band names in both languages, from the badge's table (the content script needs them too). */
const BANDS: Record<string, { en: string; cy: string }> = Object.fromEntries((Object.keys(BADGE.en.bands) as BandId[]).map((id) => [id, { en: BADGE.en.bands[id], cy: BADGE.cy.bands[id] }]));

/** The default policy's band id for an English band name (headline summaries carry the name only). */
export function bandIdOf(label: string): string {
  return Object.keys(BANDS).find((id) => BANDS[id]!.en === label) ?? '';
}

/** A band's name in the view's language: the default policy's bands are translated, a school's own are shown as written. */
export function bandName(bandId: string | undefined, label: string, locale: Locale): string {
  const known = BANDS[bandId || bandIdOf(label)];
  return known && known.en === label ? known[locale] : label;
}

/** An amount as core formats it (£1,250), or "not known" in the view's language. */
export function moneyText(amount: number | null, locale: Locale, currency = 'GBP'): string {
  return amount === null ? common[locale].unknown : money(amount, currency);
}

/** "£12.50 per person per hour of training", or "not known" said as such. */
export function perHourText(amount: string | null, locale: Locale): string {
  const t = common[locale];
  return amount === null ? t.perHourUnknown : fill(t.perHour, { amount });
}

/** Staff roles in the words schools use: English here, Welsh from core's table (the names its evidence lines use), capitalised. */
export const ROLE_LABELS: Record<Role, { en: string; cy: string }> = withWelsh('role', {
  teacher: 'Teacher',
  ect: 'Early career teacher (ECT)',
  'teaching-assistant': 'Teaching assistant',
  'middle-leader': 'Middle leader (head of department, phase or subject lead)',
  'senior-leader': 'Senior leader',
  headteacher: 'Headteacher',
  senco: 'SENCo',
  dsl: 'Designated safeguarding lead',
  'business-leader': 'School business leader',
  'support-staff': 'Support staff',
  governor: 'Governor or trustee',
  other: 'Other',
});

/** School phases in the words schools use: English here, Welsh from core's table, capitalised. */
export const PHASE_LABELS: Record<Phase, { en: string; cy: string }> = withWelsh('phase', {
  'early-years': 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  'post-16': 'Post-16',
  special: 'Special',
  'all-through': 'All-through',
  'further-education': 'Further education',
});

/** Codes' English labels beside core's Welsh names of the same codes, so setup and the evidence lines say one thing. */
function withWelsh<C extends string>(prefix: 'role' | 'phase', en: Record<C, string>): Record<C, { en: string; cy: string }> {
  const table: Readonly<Record<string, string>> = CY;
  return Object.fromEntries((Object.keys(en) as C[]).map((code) => [code, { en: en[code], cy: capital(table[`${prefix}.${code}`] ?? en[code]) }])) as Record<C, { en: string; cy: string }>;
}
