/**
 * Panel 5: expected judgement and costs, one case per page and context, decided from the pages and the
 * evidence before anything was run. Evidence: EEF Effective Professional Development (2021) mechanisms
 * 1–14; DfE Standard for teachers' PD (2016) parts 1–5; the trust CPL policy (3.1 criteria); TDT
 * commissioning advice (sustained 30–50 hours, avoid one-off "guru" sessions); NPQ, levy and Wales
 * funding (cpd-evidence §5.1, §6.3, §6.4). Today is Monday 7 December 2026.
 *
 * Cost conventions (format README): one participant; per-school/per-group prices divided by the stated
 * headcount; `fee.paid` nets VAT out for maintained schools and academies, keeps it for the independent
 * school; cover days are days out of class in school hours (twilights, evenings, weekends, INSET days,
 * self-paced study and roles without a class are 0; mornings/afternoons 0.5); contact hours from stated
 * session times or a stated total; facts the page leaves open are left undefined.
 */
import type { PageCase } from './types.ts';

const PRIMARY: PageCase[] = [
  {
    page: 'northvale-phonics-twilights', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 0, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 165, basis: 'per-participant' }, sessions: 4,
    reasons: { for: ['priorities', 'research-evidence', 'planned-programme', 'collaboration'], against: [] },
    notAgainst: ['research-evidence', 'provider-expertise', 'planned-programme', 'collaboration'],
    why: 'Serves T1/SDP1 from the EEF KS1 literacy report across four twilights January–April with modelling, rehearsal, gap tasks and action planning (EEF 8, 10, 12, 14); the £140 early-bird closed on 20 Nov 2026, so £165 + VAT (recovered); twilights need no cover.',
  },
  {
    page: 'three-rivers-send-adaptive', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 295, paid: 295 }, coverDays: 1.5, contactHours: 9, funding: null,
    vat: 'no-vat', listPrice: { amount: 295, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'research-evidence', 'sustained', 'peer-feedback', 'monitoring-evaluation'], against: [] },
    notAgainst: ['research-evidence', 'provider-expertise', 'peer-feedback', 'monitoring-evaluation', 'collaboration', 'sustained'],
    why: 'Serves T2/SDP3 over two terms on the EEF SEND in Mainstream report: goal setting, peer trios, an observed coaching visit with feedback, pupil-level evaluation (EEF 3, 7, 9, 13; DfE parts 1–4); state-school price £295, no VAT; three mornings = 1.5 days of cover.',
  },
  {
    page: 'larkspur-reading-conference-2026', context: 'primary', bands: ['partial', 'weak'], kind: 'conference', status: 'past',
    coverDays: 1,
    vat: 'not-stated', listPrice: { amount: 60, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T1/SDP1 but it took place on 12 March 2026 (“This event has now taken place”); a one-off conference day (DfE part 4); free only to hub partner schools, which Oak Lane may or may not be, so the fee is left open.',
  },
  {
    page: 'brightminds-learning-styles-inset', context: 'primary', bands: ['weak'], kind: 'inset', status: 'open',
    fee: { exVat: 29.83, paid: 29.83 }, coverDays: 0, contactHours: 5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 895, basis: 'per-school', covers: 30 }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Learning styles (VAK), Brain Buttons and left/right-brain warm-ups are debunked (DfE part 2: robust evidence; EEF mechanism 4 credible source); one-off INSET serving no target; £895 + VAT for up to 30 staff = £29.83 a head plus travel; INSET day so no cover.',
  },
  {
    page: 'safeguard-ed-deputy-dsl-online', context: 'primary', bands: ['good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 89, paid: 89 }, coverDays: 0.5, contactHours: 3.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 89, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['quality-compliance', 'priorities'], against: [] },
    notAgainst: ['quality-compliance', 'provider-expertise'],
    why: 'KCSIE two-yearly DSL/deputy refresher serving T3 (CPL 3.1 compliance); three alternative dates count once; 9.30–1.00 is a morning out of class (0.5) and 3.5 hours; £89 + VAT recovered; the 50% late-cancellation and non-attendance charges are not the fee.',
  },
  {
    page: 'kingsmere-dsl-advanced-full', context: 'primary', bands: ['good', 'partial'], kind: 'statutory', status: 'full',
    fee: { exVat: 60, paid: 60 }, coverDays: 0.5, contactHours: 3, funding: null,
    vat: 'no-vat', listPrice: { amount: 60, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['quality-compliance', 'priorities', 'provider-expertise'], against: [] },
    notAgainst: ['quality-compliance', 'provider-expertise'],
    why: 'Multi-agency KCSIE refresher serving T3, but FULLY BOOKED with a waiting list; £60 with charges “not subject to VAT” (the £60 non-attendance charge is a penalty, not a second fee); a morning = 0.5 day.',
  },
  {
    page: 'firstresponse-efaw-inset', context: 'primary', bands: ['partial', 'good'], kind: 'statutory', status: 'open',
    coverDays: 0, contactHours: 6, funding: null,
    vat: 'not-stated', listPrice: { amount: 720, basis: 'per-group', covers: 12 }, sessions: 1,
    reasons: { for: ['quality-compliance'], against: [] },
    notAgainst: ['quality-compliance'],
    why: 'Regulated EFAW for workplace first-aid cover (CPL 3.1 compliance) but none of this teacher’s targets, and the page says it is not paediatric first aid; £720 per group of 12 = £60 a head with VAT not stated, so the net fee stays open; on an INSET day, 6 hours of training.',
  },
  {
    page: 'calm-classrooms-behaviour-inset', context: 'primary', bands: ['good', 'partial'], kind: 'inset', status: 'open',
    fee: { exVat: 40, paid: 40 }, coverDays: 0, contactHours: 5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1400, basis: 'per-school', covers: 35 }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['sustained'] },
    notAgainst: ['research-evidence', 'provider-expertise'],
    why: 'Serves SDP4 from the EEF behaviour report with modelled and rehearsed routines and feedback (EEF 8–10); £1,400 + VAT for up to 35 staff = £40 a head plus travel; the £550 review visit is optional, so as booked it is one day (DfE part 4).',
  },
  {
    page: 'brainwave-braingym-send', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 145.83, paid: 145.83 }, coverDays: 1, contactHours: 5, funding: null,
    vat: 'includes-vat', listPrice: { amount: 175, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained'] },
    why: 'Brain Gym “re-patterning” and VAK learning styles are debunked; dressing them as SEND support fails DfE part 2 and CPL 3.1 research evidence; £175 including VAT = £145.83 net for the maintained school, plus a day of cover for two 2.5-hour sessions.',
  },
  {
    page: 'eastmoor-maths-hub-mastering-number', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 4.5, funding: 'fully-funded',
    vat: 'not-stated', sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'value-for-money'], against: [] },
    notAgainst: ['sustained', 'collaboration'],
    why: 'Serves SDP2 (number fluency) for a year with daily classroom repetition, reflection brought to sessions and an online community (EEF 7, 14; DfE part 4); fully funded for state schools; three 90-minute online sessions after school = 4.5 hours, no cover.',
  },
  {
    page: 'pennine-phonics-postponed', context: 'primary', bands: ['partial', 'weak'], kind: 'course', status: ['closed', 'unknown'],
    coverDays: 1, funding: null,
    vat: 'not-stated', listPrice: { amount: 150, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T1 but POSTPONED with no new date, so it cannot be booked; a one-off day (DfE part 4); £150 or £120 for partnership schools with VAT not stated, so the fee stays open.',
  },
  {
    page: 'brightpath-autism-adaptive-day', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    coverDays: 1, funding: null, sessions: 1, conflicts: ['price'],
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    notAgainst: ['research-evidence', 'provider-expertise'],
    why: 'Serves T2/SDP3 with adaptive strategies drawn from the EEF SEND report, but one day with no follow-up (DfE part 4); the page contradicts itself on price (£150 in the title and banner, £175 + VAT in Key facts), so the fee is a question for the provider.',
  },
  {
    page: 'fenland-lesson-study-early-reading', context: 'primary', bands: ['strong', 'good'], kind: 'lesson-study', status: 'open',
    fee: { exVat: 190, paid: 190 }, coverDays: 2, contactHours: 14, funding: null,
    vat: 'plus-vat', listPrice: { amount: 380, basis: 'per-school', covers: 2 }, sessions: 4,
    reasons: { for: ['priorities', 'collaboration', 'sustained', 'research-evidence', 'peer-feedback'], against: [] },
    notAgainst: ['collaboration', 'research-evidence', 'sustained'],
    why: 'Lesson study on phonics and fluency (T1/SDP1) across two terms with research lessons, case-pupil observation and an Evidence Lead (EEF 7–9; DfE part 3); £380 + VAT per school for two teachers = £190; four mornings of 3.5 hours = 2 days of cover, 14 hours.',
  },
];

const SECONDARY: PageCase[] = [
  {
    page: 'stepwise-instructional-coaching', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 1450, paid: 1450 }, coverDays: 4, contactHours: 24, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1450, basis: 'per-participant' }, sessions: 4,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'research-evidence', 'monitoring-evaluation', 'provider-expertise'], against: [] },
    notAgainst: ['sustained', 'research-evidence', 'peer-feedback', 'provider-expertise', 'monitoring-evaluation', 'collaboration'],
    why: 'Year-long instructional coaching serving T2/SDP2: modelling, rehearsal in trios, observed coaching with feedback, logged cycles and an impact report (EEF 6–10, 13; DfE parts 1–4); £1,450 + VAT recovered; four 6-hour weekday training days; untimed calls left out.',
  },
  {
    page: 'keynote-tour-feedback', context: 'secondary', bands: ['partial', 'weak'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 40.83, paid: 40.83 }, coverDays: 0, contactHours: 1.5, funding: null,
    vat: 'includes-vat', listPrice: { amount: 49, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'Touches T1 (feedback and marking) but is a 90-minute entertaining evening talk by a speaker-author with no follow-up (TDT: avoid one-off “guru” sessions); three cities are alternatives; £49 including VAT = £40.83 net; 4.30pm start needs no cover.',
  },
  {
    page: 'wolds-research-school-science-literacy', context: 'secondary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 1, contactHours: 7.5, funding: null,
    vat: 'no-vat', listPrice: { amount: 210, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'research-evidence', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    notAgainst: ['research-evidence', 'provider-expertise', 'collaboration'],
    why: 'Serves T3/SDP3 from the EEF secondary literacy report across spring and summer with classroom trials, pupil work analysed with peers and action planning (EEF 7, 12, 14); the £210 early-bird is open until 15 Jan 2027 (standard £240), no VAT; two mornings = 1 day.',
  },
  {
    page: 'uab-science-feedback-webinar', context: 'secondary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise', 'value-for-money'], against: ['sustained'] },
    notAgainst: ['provider-expertise'],
    why: 'A free hour from senior examiners on the 2026 papers, relevant to T1 assessment in science; free with no funding body is not a funded route; the 30-day recording is not contact time; one-off (DfE part 4).',
  },
  {
    page: 'classroom-evidence-online-formative', context: 'secondary', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 65.83, paid: 65.83 }, coverDays: 0, contactHours: 16, funding: null,
    vat: 'includes-vat', listPrice: { amount: 79, basis: 'per-participant' }, 
    reasons: { for: ['priorities', 'value-for-money', 'resource-use'], against: ['collaboration'] },
    why: 'Serves T1/SDP1 (assessment and feedback) with quizzes revisiting earlier modules and classroom tasks (EEF 2, 14) for £79 including VAT (£65.83 net) and about 16 hours of self-study; works alone, no peer or expert feedback (DfE part 3); 12 months’ access is not a programme length.',
  },
  {
    page: 'inspire-festival-2027', context: 'secondary', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 299, paid: 299 }, coverDays: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 299, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A motivational festival (adventurer, TV presenter, choir) serving none of the targets: a one-off “guru” day (TDT; DfE parts 2 and 4); the £229 early-bird sold out, the group rate needs three, so £299 + VAT recovered; a Friday in term = 1 day of cover.',
  },
  {
    page: 'nuss-directed-time-briefing', context: 'secondary', bands: ['weak', 'partial'], kind: ['webinar', 'course'], status: 'open',
    coverDays: 0, contactHours: 1, funding: null, sessions: 1,
    reasons: { for: [], against: ['priorities', 'sustained'] },
    why: 'A one-hour evening union rights briefing: useful to a member but serves no PD target or pupil outcome (DfE part 1); free only to members, so the fee depends on membership and is left open.',
  },
  {
    page: 'harrowfield-ecte-mentor', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 16, funding: 'ecf', sessions: 6,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'value-for-money'], against: [] },
    notAgainst: ['sustained'],
    why: 'DfE-funded ECTE mentor training develops instructional coaching (T2/SDP2) over two terms with modelling and rehearsal (EEF 6, 8, 10); no fee for state schools; two 6-hour conference days = 2 days of cover plus four one-hour clinics after school.',
  },
  {
    page: 'ascend-ilm-coaching-level5', context: 'secondary', bands: ['good', 'partial'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 1895, paid: 1895 }, coverDays: 4, contactHours: 24, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1895, basis: 'per-participant' }, sessions: 4,
    reasons: { for: ['priorities', 'sustained', 'provider-expertise', 'relevant-standards'], against: ['research-evidence'] },
    notAgainst: ['provider-expertise', 'sustained'],
    why: 'A recognised generic coaching qualification serving T2 over four months with supervised practice, but not built for teaching and citing no education evidence (DfE part 2); £1,895 + VAT (the £400 deposit is part of it), four workshop days = 4 days of cover, 24 stated hours.',
  },
  {
    page: 'meridian-tsh-npq-leading-teaching', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    coverDays: 3, funding: ['npq-dfe', null],
    vat: 'no-vat', listPrice: { amount: 899, basis: 'per-participant' },
    reasons: { for: ['role-competency', 'sustained', 'relevant-standards', 'priorities'], against: [] },
    notAgainst: ['sustained', 'relevant-standards'],
    why: 'The NPQ for middle leaders of teaching, a 12-month accredited programme covering assessment and PD (DfE parts 2, 4); funded only for schools eligible for targeted funding, which the page does not settle for Riverside, so fee and route stay open; three face-to-face weekdays = 3 days of cover.',
  },
  {
    page: 'sciencelink-feedback-science-day', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 225, paid: 225 }, coverDays: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 225, basis: 'per-participant' }, sessions: 1, conflicts: ['dates'],
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    notAgainst: ['research-evidence', 'provider-expertise'],
    why: 'Serves T1 in science from the EEF feedback report with modelling and practice (EEF 8, 10) but one day with no follow-up (DfE part 4); the page gives Tuesday 9 March in the title and Wednesday 10 March in the table; £225 + VAT recovered.',
  },
];

const INDEPENDENT: PageCase[] = [
  {
    page: 'three-rivers-send-adaptive', context: 'independent', bands: ['good', 'partial'], kind: 'programme', status: 'open',
    fee: { exVat: 345, paid: 345 }, coverDays: 1.5, contactHours: 9, funding: null,
    vat: 'no-vat', listPrice: { amount: 345, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['research-evidence', 'sustained', 'peer-feedback'], against: [] },
    notAgainst: ['research-evidence', 'provider-expertise', 'peer-feedback', 'monitoring-evaluation', 'sustained'],
    why: 'A sustained, evidence-based SEND programme touching the school’s SDP3 though not this maths teacher’s own targets; independent schools pay £345, no VAT either way; three mornings = 1.5 days.',
  },
  {
    page: 'keynote-tour-feedback', context: 'independent', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 40.83, paid: 49 }, coverDays: 0, contactHours: 1.5, funding: null,
    vat: 'includes-vat', listPrice: { amount: 49, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['priorities', 'sustained', 'research-evidence'] },
    why: 'A one-off evening talk on marking serving neither KS3 mastery nor middle leadership (CPL 3.1 priorities; TDT “guru” sessions); the independent school cannot recover VAT, so it pays the full £49.',
  },
  {
    page: 'classroom-evidence-online-formative', context: 'independent', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: 65.83, paid: 79 }, coverDays: 0, contactHours: 16, funding: null,
    vat: 'includes-vat', listPrice: { amount: 79, basis: 'per-participant' },
    reasons: { for: ['value-for-money'], against: ['priorities', 'collaboration'] },
    why: 'Sound, cheap self-study on formative assessment, but not this teacher’s KS3 mastery or leadership targets and done alone (DfE part 3); £79 including VAT is what the independent school pays.',
  },
  {
    page: 'inspire-festival-2027', context: 'independent', bands: ['weak'], kind: 'conference', status: 'open',
    fee: { exVat: 299, paid: 358.8 }, coverDays: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 299, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A motivational festival day serving no target (TDT: avoid one-off “guru” sessions); £299 + VAT = £358.80 for an independent school, plus a day of cover.',
  },
  {
    page: 'meridian-tsh-npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 3, funding: null,
    vat: 'no-vat', listPrice: { amount: 899, basis: 'per-participant' },
    reasons: { for: ['priorities', 'role-competency', 'sustained', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'relevant-standards'],
    why: 'Serves T2/SDP2 (preparing to lead a department) with a 12-month accredited NPQ; the page says independent schools self-fund at £899 with no VAT (NPQ funding §6.3); three face-to-face weekdays = 3 days of cover.',
  },
  {
    page: 'wessex-maths-hub-ks3-workgroup', context: 'independent', bands: ['strong', 'good'], kind: ['programme', 'lesson-study'], status: 'open',
    fee: { exVat: 300, paid: 300 }, coverDays: 1.5, contactHours: 9, funding: null,
    vat: 'no-vat', listPrice: { amount: 600, basis: 'per-school', covers: 2 }, sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    notAgainst: ['collaboration', 'sustained', 'provider-expertise'],
    why: 'Serves T1/SDP1 (KS3 mastery) across the year with collaborative planning, a research lesson and classroom trials reported back (EEF 7, 8, 14; DfE part 3); funded for state schools only, so £600 per school for two teachers = £300, no VAT; three afternoons = 1.5 days.',
  },
  {
    page: 'harbour-institute-middle-leaders', context: 'independent', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 650, paid: 780 }, coverDays: 2, contactHours: 21, funding: null,
    vat: 'plus-vat', listPrice: { amount: 650, basis: 'per-participant' }, sessions: 8,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'planned-programme'], against: [] },
    notAgainst: ['sustained', 'planned-programme', 'collaboration'],
    why: 'Serves T2/SDP2 across two terms with an enquiry project and a mentor from another school (DfE parts 3–4); £650 + VAT = £780 for the independent school; two weekday days (2 cover days, 12 h) plus six 90-minute twilights (9 h).',
  },
  {
    page: 'society-maths-educators-hod-day', context: 'independent', bands: ['partial', 'good'], kind: ['conference', 'course'], status: 'open',
    coverDays: 0, contactHours: 5, funding: null,
    vat: 'plus-vat', sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['provider-expertise'],
    why: 'Serves T2 (leading a maths department) with KS3 curriculum content, but a one-off day (DfE part 4); member £165 or non-member £215 + VAT depends on membership the page cannot settle; a Saturday, so no cover; two 2.5-hour sessions.',
  },
  {
    page: 'uni-westmarch-ks3-mastery-day', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 1, funding: null,
    vat: 'no-vat', listPrice: { amount: 150, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['provider-expertise'],
    why: 'Serves T1/SDP1 (KS3 mastery) with research on variation, but a single day; the two dates are alternatives, not a series (JSON-LD lists two EducationEvents); £150 VAT-exempt; the £640 module is an optional extra.',
  },
  {
    page: 'pinnacle-aspiring-hod-conflict', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 294 }, coverDays: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 245, basis: 'per-participant' }, sessions: 1, conflicts: ['venue', 'format'],
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T2 (aspiring middle leader) but a one-off generic day (DfE part 4); the page says Leeds in its heading and “Online via Zoom” in At a glance; £245 + VAT = £294 for the independent school; a weekday either way = 1 day.',
  },
];

const WALES: PageCase[] = [
  {
    page: 'dyffryn-consortium-cfw-progression', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 7.5, funding: 'welsh-national', sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards'], against: [] },
    notAgainst: ['collaboration', 'sustained', 'relevant-standards'],
    why: 'Serves T1/SDP1 (CfW progression and assessment) over two terms in cluster triads with trialled plans and moderation of learners’ work (NPLE; endorsed provision; DfE parts 3–4); fully funded by Welsh Government; three afternoons = 1.5 days of release.',
  },
  {
    page: 'prifysgol-glannau-aln-code-online', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 120, paid: 120 }, coverDays: 0, contactHours: 10, funding: null,
    vat: 'no-vat', listPrice: { amount: 120, basis: 'per-participant' },
    reasons: { for: ['priorities', 'relevant-standards', 'value-for-money'], against: ['collaboration'] },
    why: 'Serves T2/SDP2 (ALN Code, IDPs) with Welsh case studies, about 10 hours self-paced for £120 VAT-exempt; no cover; studied alone with no feedback (DfE part 3); six months’ access is not a programme length.',
  },
  {
    page: 'national-ma-education-wales-glannau', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    notAgainst: ['sustained'],
    why: 'The National MA Education (Wales) (§5.1) is fully funded by Welsh Government, three years with an ALN pathway and a practitioner enquiry (DfE parts 2, 4); online evenings and study weekends, so no release; contact hours not stated.',
  },
  {
    page: 'cymraeg-gwaith-addysg-evening', context: 'wales', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 60, funding: 'welsh-national', sessions: 30,
    reasons: { for: ['priorities', 'sustained'], against: [] },
    notAgainst: ['sustained'],
    why: 'Serves SDP3 (Welsh language across the school) with 30 weekly two-hour evening lessons and classroom use between them (EEF 14); free, funded by Welsh Government via the National Centre; evenings need no cover; optional Saturdays left out.',
  },
  {
    page: 'learnwise-cfw-assessment-online', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0, contactHours: 4.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 95, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'value-for-money'], against: [] },
    why: 'Serves T1 (CfW assessment for progression) over three twilights five weeks apart with tasks between sessions; £95 + VAT recovered by the maintained school; 3 × 90 minutes = 4.5 hours, no cover; recordings are not contact time.',
  },
  {
    page: 'cynhadledd-ady-cancelled', context: 'wales', bands: ['partial', 'weak'], kind: 'conference', status: 'closed',
    fee: { exVat: 185, paid: 185 }, coverDays: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 185, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T2 (ALN Code) but CANCELLED / WEDI’I GANSLO, with refunds; a one-off conference (DfE part 4); £185 + VAT as stated.',
  },
  {
    page: 'ceredig-aln-network-tbc', context: 'wales', extracts: false, bands: ['insufficient'], kind: 'unknown', status: 'unknown',
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    listPrice: null,
    reasons: { for: [], against: [] },
    why: 'A title and “Details to follow”: every criterion unknown, so “Not enough information”, not a judgement either way.',
  },
];

const BUSINESS: PageCase[] = [
  {
    page: 'kestrel-skills-sbp-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'quality-compliance'], against: [] },
    notAgainst: ['sustained', 'relevant-standards'],
    why: 'Exactly T1 (SBP qualification in finance, procurement, HR): an 18-month Level 4 standard with a skills coach and EPA (§6.4); levy-funded, so nothing from the budget for a MAT levy payer, and apprentices cannot be charged (no 4.1 repayment); no class to cover.',
  },
  {
    page: 'asfp-procurement-essentials', context: 'business', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 0, contactHours: 5.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 210, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['provider-expertise'],
    why: 'Serves the procurement strand of T1 with a chartered trainer, but a one-off day, not a qualification; £210 + VAT recovered (the £35 toolkit is optional); no class, so no cover; 5.5 stated hours.',
  },
  {
    page: 'uni-avonlea-pgcert-school-business', context: 'business', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 3200, paid: 3200 }, coverDays: 0, funding: null,
    vat: 'no-vat', listPrice: { amount: 3200, basis: 'per-participant' },
    reasons: { for: ['priorities', 'sustained', 'relevant-standards'], against: ['value-for-money'] },
    notAgainst: ['sustained'],
    why: 'A one-year PGCert in finance, people and procurement serves T1 and is sustained, but £3,200 VAT-exempt and self-funded where a levy-funded apprenticeship covers the same ground (CPL 3.1 value for money); Saturday study days, no cover.',
  },
  {
    page: 'dataguard-gdpr-office-webinar', context: 'business', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 45, paid: 45 }, coverDays: 0, contactHours: 1, funding: null,
    vat: 'plus-vat', listPrice: { amount: 45, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['quality-compliance'], against: ['sustained', 'priorities'] },
    why: 'A one-hour compliance refresher aimed at office staff, not the business manager’s qualification target; £45 + VAT per attendee (the £120 five-login licence is another basis); one-off.',
  },
  {
    page: 'firstresponse-efaw-inset', context: 'business', bands: ['partial', 'good'], kind: 'statutory', status: 'open',
    coverDays: 0, contactHours: 6, funding: null,
    vat: 'not-stated', listPrice: { amount: 720, basis: 'per-group', covers: 12 }, sessions: 1,
    reasons: { for: ['quality-compliance'], against: [] },
    notAgainst: ['quality-compliance'],
    why: 'Workplace first-aid compliance the business manager may need to organise or hold, though not the qualification target; £720 per group of 12 with VAT not stated, so the net fee is left open; no class to cover.',
  },
];

export const CASES: readonly PageCase[] = [...PRIMARY, ...SECONDARY, ...INDEPENDENT, ...WALES, ...BUSINESS];
