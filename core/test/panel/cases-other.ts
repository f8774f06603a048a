/** Expected judgement and costs for the independent, Welsh and business-manager contexts. */
import type { PageCase } from './types.ts';

export const INDEPENDENT_CASES: PageCase[] = [
  {
    page: 'npq-senco', context: 'independent', bands: ['partial', 'good', 'strong'], kind: 'npq', status: 'open',
    fee: { exVat: 1265, paid: 1265 }, coverDays: 3, funding: ['npq-dfe', null],
    reasons: { for: ['sustained', 'relevant-standards'], against: [] },
    why: 'Independent schools are not eligible for DfE NPQ funding (cpd-evidence §6.3): the self-funded £1,265 applies, with no VAT to recover.',
  },
  {
    page: 'ks3-maths-mastery-day', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 275, paid: 330 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves T1/SDP1 in one day; an independent school cannot recover VAT, so it pays £330.',
  },
  {
    page: 'ks3-maths-mastery-twilights', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 295, paid: 354 }, coverDays: 0, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'resource-use'], against: [] },
    why: 'Five twilights over two terms on T1 with modelling, rehearsal and classroom tasks (EEF 8, 10, 14); no cover; £354 with unrecoverable VAT.',
  },
  {
    page: 'middle-leadership-programme', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 1450, paid: 1740 }, coverDays: 6, contactHours: 36, funding: null,
    reasons: { for: ['priorities', 'sustained'], against: ['price-per-participant'] },
    why: 'A year with coaching and a school project serving T2/SDP2 (DfE parts 3–4); six days of cover; £1,740 with VAT the school cannot recover.',
  },
  {
    page: 'wellbeing-afternoon-talk', context: 'independent', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 60, paid: 72 }, coverDays: 0.5, contactHours: 2.5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'An afternoon motivational talk serving no target; “for weeks after” is a testimonial; an afternoon in school hours is half a day of cover.',
  },
  {
    page: 'kcsie-update-online', context: 'independent', bands: ['partial', 'good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 45, paid: 54 }, coverDays: 0, contactHours: 1.5, funding: null,
    reasons: { for: ['quality-compliance'], against: [] },
    why: 'KCSIE requires regular safeguarding updates for all staff: required compliance (CPL 3.1); after school, so no cover; £54 with VAT.',
  },
];

export const WALES_CASES: PageCase[] = [
  {
    page: 'wales-cfw-national-programme', context: 'wales', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 16.5, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence'], against: [] },
    why: 'An NPLE-endorsed national programme on SDP1 over the year with a cluster enquiry (NAPL; DfE part 3–4 equivalents); grant-funded, but two days out of class remain.',
  },
  {
    page: 'wales-aln-one-day', context: 'wales', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 180, paid: 180 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (ALN Code) in one day; a maintained school recovers the VAT; one day of cover.',
  },
  {
    page: 'wales-mindset-talk', context: 'wales', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 75, paid: 75 }, coverDays: 0.5, contactHours: 2, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A motivational afternoon serving no priority; a quoted “research shows” and “for weeks after” are testimonials, not evidence or follow-up.',
  },
  {
    page: 'wales-national-ma', context: 'wales', bands: ['good', 'strong'], kind: 'qualification', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence'], against: [] },
    why: 'The National MA Education (Wales), funded by Welsh Government (cpd-evidence §5.1); evening and weekend study, so no cover; practitioner enquiry.',
  },
];

export const BUSINESS_CASES: PageCase[] = [
  {
    page: 'apprenticeship-school-business', context: 'business', bands: ['good', 'strong'], kind: 'apprenticeship', status: ['open', 'unknown'],
    fee: { paid: 0 }, coverDays: 0, funding: ['apprenticeship-levy', 'levy-transfer'],
    reasons: { for: ['priorities', 'relevant-standards'], against: [] },
    why: 'Levy-funded for an academy trust (cpd-evidence §6.4): nothing from the school budget, but 20% off-the-job time; a business manager has no class, so no cover.',
  },
];
