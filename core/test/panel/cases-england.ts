/**
 * Expected judgement and costs for the English primary (maintained) and secondary (academy) pages.
 * Evidence: EEF Effective Professional Development (2021) mechanisms; DfE Standard for teachers' PD
 * (2016) parts 1–5; the trust CPL policy (3.1 criteria, 4.1 repayment); TDT commissioning advice.
 */
import type { PageCase } from './types.ts';

export const PRIMARY_CASES: PageCase[] = [
  {
    page: 'phonics-one-day', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 225, paid: 225 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves T1/SDP1 directly, but one day with no follow-up: DfE standard part 4 (sustained) and EEF embedding mechanisms 11–14 are absent.',
  },
  {
    page: 'early-reading-programme', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 450, paid: 450 }, coverDays: 1.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'good-practice'], against: [] },
    why: 'Two terms with gap tasks, goal setting, modelling, rehearsal, feedback and action planning (EEF mechanisms 3, 6–10, 12) on the EEF KS1 literacy report; three half days out of class.',
  },
  {
    page: 'motivational-keynote', context: 'primary', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 149, paid: 149 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'A one-off motivational talk serving no target, with no evidence base (DfE standard part 2); “for weeks after” is a testimonial, not follow-up (TDT: avoid one-off “guru” sessions).',
  },
  {
    page: 'maths-lesson-study', context: 'primary', bands: ['strong', 'good'], kind: 'lesson-study', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 12, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration'], against: [] },
    why: 'Lesson study across the year serves SDP2 with social support, modelling and feedback (EEF 7–9) and collaboration with expert challenge (DfE part 3); free, but four half days of cover remain (2 days).',
  },
  {
    page: 'dsl-refresher', context: 'primary', bands: ['good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['quality-compliance', 'priorities'], against: [] },
    why: 'KCSIE requires DSLs and deputies to refresh training every two years: required compliance (CPL 3.1 “compliant with all relevant legislation”) serving T3; a morning out of class is half a day.',
  },
  {
    page: 'paediatric-first-aid-saturdays', context: 'primary', bands: ['partial', 'good'], kind: 'statutory', status: 'open',
    fee: { exVat: 120, paid: 120 }, coverDays: 0, contactHours: 12, funding: null,
    reasons: { for: ['quality-compliance'], against: [] },
    why: 'EYFS statutory paediatric first aid; both days are Saturdays so no supply cover (issue: weekends carry no cover); VAT-exempt training.',
  },
  {
    page: 'inset-day-behaviour', context: 'primary', bands: ['good', 'strong'], kind: 'inset', status: 'open',
    fee: { exVat: 48.75, paid: 48.75 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: [] },
    why: 'Whole-staff INSET day on SDP4 from the EEF behaviour report with modelling and rehearsal (EEF 8, 10); three dates are alternatives, pupils are not in school so no cover; £1,950 for up to 40 staff = £48.75 a head.',
  },
  {
    page: 'title-only', context: 'primary', extracts: false, bands: ['insufficient'], kind: 'unknown', status: 'unknown',
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: [] },
    why: 'Nothing but a title: every criterion is unknown, so it scores the neutral prior and is “Not enough information” (issue point 1).',
  },
  {
    page: 'webinar-send-recording', context: 'primary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 35, paid: 35 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['priorities', 'resource-use'], against: ['sustained'] },
    why: 'One after-school hour on T2 drawing on the EEF SEND report; “recording available for 30 days” is access, not contact time; twilight, so no cover.',
  },
  {
    page: 'online-self-paced-send', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: ['open', 'unknown'],
    fee: { exVat: 65.83, paid: 65.83 }, coverDays: 0, contactHours: 10, funding: null,
    reasons: { for: ['priorities', 'resource-use'], against: ['collaboration'] },
    why: 'Self-paced study on T2: no cover, cheap per hour, but no collaboration or feedback (DfE part 3); £79 includes VAT, which a maintained school recovers (net £65.83).',
  },
  {
    page: 'ect-programme', context: 'primary', bands: ['partial', 'good', 'strong'], kind: 'ecf', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 6, funding: 'ecf',
    reasons: { for: ['sustained', 'relevant-standards'], against: [] },
    why: 'The DfE-funded ECF-based programme: two years, coaching with observation and feedback, aligned to the ITT/ECF; no fee, but six training days in school time still need cover.',
  },
];

export const SECONDARY_CASES: PageCase[] = [
  {
    page: 'price-only', context: 'secondary', bands: ['insufficient'], kind: ['unknown', 'course'], status: 'unknown',
    fee: { exVat: 95, paid: 95 }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: [] },
    why: 'Only a title and a price: almost every criterion is unknown, so the band must say “Not enough information”, never a high score (issue: a price-only page scored 94).',
  },
  {
    page: 'shakespeare-speaker-marking', context: 'secondary', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['priorities', 'role-competency'] },
    why: 'An English/drama day serving none of a head of science’s targets; the presenter’s surname “Marking” is a name, not assessment content (issue point 2).',
  },
  {
    page: 'feedback-evidence-course', context: 'secondary', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'good-practice'], against: [] },
    why: 'Serves T1/SDP1 from the EEF feedback guidance report with modelling, rehearsal with feedback, action planning and a follow-up after a gap task (EEF 6, 8–10, 12); the follow-up is a twilight, so one day of cover.',
  },
  {
    page: 'feedback-no-evidence', context: 'secondary', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'Serves T1 in name, but tips with no evidence base (DfE part 2) and “no follow-up session” stated plainly (negation must count against sustained).',
  },
  {
    page: 'instructional-coaching', context: 'secondary', bands: ['strong', 'good'], kind: 'coaching', status: 'open',
    fee: { exVat: 1150, paid: 1150 }, coverDays: 2, contactHours: 21, funding: null,
    reasons: { for: ['priorities', 'sustained', 'good-practice', 'monitoring-evaluation'], against: ['price-per-participant'] },
    why: 'A year of instructional coaching serving T2/SDP2: instruction, modelling, feedback, rehearsal, goals and evaluation of practice and pupil outcomes (EEF 3, 6, 8–10, 13; DfE parts 1–4); two days out, twilights need no cover.',
  },
  {
    page: 'science-conference-saturday', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 74.17, paid: 74.17 }, coverDays: 0, funding: null,
    reasons: { for: ['resource-use'], against: ['sustained'] },
    why: 'A one-day Saturday conference: no cover; the early-bird £89 includes VAT, which an academy recovers (net £74.17); one-off, so not sustained (DfE part 4).',
  },
  {
    page: 'science-leadership-two-day', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 495, paid: 495 }, coverDays: 2, contactHours: 12, funding: null,
    reasons: { for: ['role-competency'], against: ['sustained'] },
    why: 'Fits the head of science’s role (CPL 3.1 competency) but is a two-day one-off; two consecutive days out of class are two days of cover, not one.',
  },
  {
    page: 'disciplinary-literacy-seven-hours', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 7, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T3/SDP3 from the EEF secondary literacy report with rehearsal and planning; a 7-hour day is one day out of class, not two.',
  },
];

export const PRIMARY_MORE: PageCase[] = [
  {
    page: 'npq-senco', context: 'primary', bands: ['good', 'strong'], kind: 'npq', status: 'open',
    fee: { paid: 0 }, coverDays: 3, funding: 'npq-dfe',
    reasons: { for: ['sustained', 'relevant-standards', 'priorities'], against: [] },
    why: 'NPQSENCO is DfE-funded for all state schools (cpd-evidence §6.3, Nov 2026 cohort) and serves SDP3; 18 months; three conference days need cover; CPL 4.1 repayment terms apply if the trust funds it.',
  },
  {
    page: 'early-reading-network', context: 'primary', bands: ['good', 'strong'], kind: 'network', status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 0, contactHours: 4.5, funding: null,
    reasons: { for: ['priorities', 'collaboration'], against: [] },
    why: 'A year-round network on T1 with peer lesson visits: social support and collaboration (EEF 7; DfE part 3); twilights need no cover; £150 per school for one lead.',
  },
  {
    page: 'maths-summer-intensive', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 540, paid: 540 }, coverDays: 3, contactHours: 18, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves SDP2, but three consecutive days are not sustained however “summer term” reads (DfE part 4: sessions spread over time); three days of cover.',
  },
  {
    page: 'early-reading-conference-past', context: 'primary', bands: ['weak', 'partial', 'good', 'insufficient'], kind: 'conference', status: 'past',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, funding: null,
    reasons: { for: [], against: [] },
    why: 'Held on 12 March 2026: it has passed and cannot be booked, whatever its merits.',
  },
  {
    page: 'number-fluency-jsonld', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'A one-day course on SDP2 (number fluency through mastery), described in JSON-LD; one day out, no follow-up (DfE part 4).',
  },
  {
    page: 'send-adaptive-programme', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 325, paid: 325 }, coverDays: 0, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'good-practice'], against: [] },
    why: 'Two terms on T2/SDP3 from the EEF SEND report: goals, gap tasks, observation with feedback, pupil review (EEF 3, 9, 12–14); twilights and an in-school observation need no cover.',
  },
  {
    page: 'primary-english-conference', context: 'primary', bands: ['weak', 'partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 1, funding: null,
    reasons: { for: [], against: ['sustained'] },
    why: 'A general one-day conference touching T1 among many topics; one-off (DfE part 4), a day of cover.',
  },
  {
    page: 'phonics-one-day-pricier', context: 'primary', bands: ['weak', 'partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 395, paid: 395 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'price-per-participant'] },
    why: 'The same phonics day at £395 instead of £225 (CPL 3.1 value for money; TDT price per participant).',
  },
];

export const SECONDARY_MORE: PageCase[] = [
  {
    page: 'formative-assessment-twilights', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 180, paid: 180 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'resource-use'], against: [] },
    why: 'Four twilights over ten weeks on T1 with gap tasks reviewed at the next session (EEF 2, 12, 14); no cover; £30 per hour.',
  },
  {
    page: 'ks3-assessment-per-school', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 200, paid: 200 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: '“£600 per school, covering three teachers” is £200 a participant; serves T1; one day out, no follow-up.',
  },
  {
    page: 'pgcert-assessment-qualification', context: 'secondary', bands: ['good', 'strong'], kind: 'qualification', status: 'open',
    fee: { exVat: 1200, paid: 1200 }, coverDays: 0, contactHours: 30, funding: null,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards'], against: [] },
    why: 'An accredited Level 7 module on T1 over a year, assessed with one resubmission; Saturday workshops need no cover; the trust may apply CPL 4.1 repayment if it pays.',
  },
  {
    page: 'coaching-skills-alternatives-jsonld', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 260, paid: 260 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'One day on T2; its three JSON-LD events are alternative dates of one course, so one day of cover, not three, and not sustained.',
  },
  {
    page: 'inset-twilight-questioning', context: 'secondary', bands: ['partial', 'good'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 16.5, paid: 16.5 }, coverDays: 0, contactHours: 1.5, funding: null,
    reasons: { for: ['resource-use', 'value-for-money'], against: ['sustained'] },
    why: 'An in-school twilight with rehearsal (EEF 10): no cover, £495 for up to 30 staff = £16.50 a head; one-off.',
  },
  {
    page: 'learning-styles-workshop', context: 'secondary', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Learning styles and Brain Gym are not supported by evidence (DfE part 2; EEF rec. 1: evidence-based content); “our research shows teachers love it” is not research evidence.',
  },
  {
    page: 'free-webinar-ofsted', context: 'secondary', bands: ['weak', 'partial'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['resource-use'], against: ['sustained'] },
    why: 'A free after-school hour of general information serving no target; free is not a funded route.',
  },
];
