/**
 * Panel 3: expected judgement and costs, page by page, as an experienced UK CPD lead reads each page.
 * Written without sight of the engine's code or earlier panels. Evidence: EEF Effective Professional
 * Development (2021) and its 14 mechanisms; DfE Standard for teachers' PD (2016) parts 1–5; TDT
 * (sustained over two terms / 30–50 hours, avoid one-off "guru" sessions, Weston's checks); the trust
 * CPL policy 3.1; NPQ, levy and Wales funding notes (cpd-evidence.md §5.1, §6.3, §6.4).
 * Costs for one participant; see README.md for the conventions.
 */
import type { PageCase } from './types.ts';

const PRIMARY: PageCase[] = [
  {
    page: 'la-phonics-ssp-day', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'not-stated', listPrice: { amount: 165, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['priorities', 'provider-expertise'],
    why: 'Serves T1/SDP1 directly with a named LA English adviser, but one day and no follow-up (DfE part 4; EEF embedding mechanisms 11–14 absent). Maintained rate £165 applies: the SLA price needs a buy-back the plan does not show.',
  },
  {
    page: 'english-hub-fluency-programme', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 1.5, contactHours: 9, funding: 'fully-funded',
    listPrice: null, sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'monitoring-evaluation'], against: [] },
    notAgainst: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'monitoring-evaluation'],
    why: 'Jan–July with modelling, rehearsal, action plans tried between sessions, specialist visits and pupil-data evaluation (EEF 3, 8–10, 12; DfE parts 1–4) on T1; DfE-funded; three half days out of class (1.5).',
  },
  {
    page: 'research-school-send-twilights', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 240, paid: 240 }, coverDays: 0, contactHours: 6, funding: null,
    vat: 'no-vat', listPrice: { amount: 240, basis: 'per-participant' }, sessions: 4,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'peer-feedback'], against: [] },
    notAgainst: ['sustained', 'research-evidence', 'collaboration', 'peer-feedback', 'monitoring-evaluation', 'provider-expertise'],
    why: 'Four twilights Jan–Apr on the EEF SEND in Mainstream report, with modelling, rehearsal, gap tasks and peer triads (EEF 6–9, 12), serving T2/SDP3; twilights need no cover; the £180 colleague place is not the fee.',
  },
  {
    page: 'vak-brain-gym-day', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 195, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Learning styles (VAK) and Brain Gym are debunked (DfE part 2: robust evidence; EEF rec. 1: evidence-based content); one day out of class serving no target; VAT recovered by a maintained school.',
  },
  {
    page: 'dsl-refresher-partnership', context: 'primary', bands: ['good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 60, paid: 60 }, coverDays: 0.5, contactHours: 3, funding: null,
    vat: 'not-stated', listPrice: { amount: 60, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['quality-compliance', 'priorities'], against: [] },
    notAgainst: ['quality-compliance', 'priorities'],
    why: 'KCSIE two-yearly DSL/deputy refresher serving T3 (CPL 3.1 compliance); three alternative half-day dates (one full) count once: 0.5 day, 3 hours; the full-fee non-attendance charge is not the fee.',
  },
  {
    page: 'paediatric-first-aid-sold-out', context: 'primary', bands: ['weak', 'partial'], kind: 'statutory', status: 'full',
    fee: { exVat: 85, paid: 85 }, coverDays: 0, contactHours: 12, funding: null,
    vat: 'no-vat', listPrice: { amount: 85, basis: 'per-participant' }, sessions: 2,
    reasons: { for: ['quality-compliance'], against: [] },
    why: 'Regulated EYFS paediatric first aid, but sold out (waiting list only), serves none of a Year 1 teacher\'s targets; two Saturdays 9–3 = 12 h and no cover; first aid stated VAT-exempt.',
  },
  {
    page: 'maths-hub-mastering-number', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 1.5, contactHours: 9, funding: 'fully-funded',
    listPrice: null, sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    notAgainst: ['priorities', 'sustained', 'collaboration'],
    why: 'Year-long DfE-funded Maths Hub work group on SDP2 with classroom trials, online community and an accredited Mastery Specialist (DfE parts 3–4; EEF 7); three afternoons out of class = 1.5 days; applications still open on 7 Dec.',
  },
  {
    page: 'reading-conference-2026-past', context: 'primary', bands: ['weak', 'partial', 'insufficient'], kind: 'conference', status: 'past',
    coverDays: 0, contactHours: 6, funding: null,
    vat: 'not-stated', listPrice: { amount: 89, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T1 but it took place on 14 November 2026 and tickets are closed: nothing can be booked (fee left unchecked); a one-off Saturday conference.',
  },
  {
    page: 'inspired-teacher-conference', context: 'primary', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 1, contactHours: 7.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 249, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Motivational keynotes serving no target with no evidence base (TDT: avoid one-off "guru" sessions; DfE part 2); super early bird £199 closed on 30 Nov 2026, so the standard £249 + VAT applies; a Friday out of class.',
  },
  {
    page: 'npq-senco-hub', context: 'primary', bands: ['good', 'partial'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 3, funding: 'npq-dfe',
    vat: 'no-vat',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'research-evidence'],
    why: '18-month DfE-funded NPQ (§6.3: SENCO funded for all state schools) on SEND/SDP3; for a Year 1 teacher it fits T2 only as an aspiring SENCO; three face-to-face days count as cover even when funded; online clinics undated.',
  },
  {
    page: 'autism-webinar-primary', context: 'primary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 24.17, paid: 24.17 }, coverDays: 0, contactHours: 1, funding: null,
    vat: 'includes-vat', listPrice: { amount: 29, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['provider-expertise'],
    why: 'One after-school hour on T2 from a named specialist teacher; £29 inc. VAT = £24.17 to a maintained school; the 30-day recording and the £99 membership are not contact hours or fee.',
  },
  {
    page: 'union-behaviour-saturday', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 30, paid: 30 }, coverDays: 0, contactHours: 5, funding: null,
    vat: 'not-stated', listPrice: { amount: 30, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'SDP4 behaviour routines from the EEF behaviour guidance with practice (EEF 10); a Saturday, so no cover; membership is not stated as held, so the non-member £30 applies.',
  },
  {
    page: 'inset-adaptive-teaching-per-school', context: 'primary', bands: ['good', 'partial'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 40, paid: 40 }, coverDays: 0, contactHours: 6, funding: null,
    vat: 'not-stated', listPrice: { amount: 1200, basis: 'per-school', covers: 30 }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['sustained'] },
    notAgainst: ['research-evidence', 'priorities'],
    why: 'Whole-staff INSET on SDP3 from the EEF SEND report with modelling and rehearsal (EEF 8, 10); £1,200 for up to 30 staff = £40 a head (travel not stated); the £450 follow-up is optional, not the fee; INSET day, no cover.',
  },
  {
    page: 'ofsted-deep-dive-english', context: 'primary', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: 225, paid: 225 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 225, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['sustained', 'research-evidence'] },
    why: 'Inspection preparation for an English lead rather than better teaching of early reading (DfE part 1: pupil outcomes); a one-off day out of class with no evidence base named.',
  },
];

const SECONDARY: PageCase[] = [
  {
    page: 'mat-instructional-coaching', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 1150, paid: 1150 }, coverDays: 4, contactHours: 26, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1150, basis: 'per-participant' }, sessions: 4,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'collaboration', 'monitoring-evaluation'], against: [] },
    notAgainst: ['sustained', 'research-evidence', 'peer-feedback', 'collaboration', 'monitoring-evaluation', 'provider-expertise', 'priorities'],
    why: 'Jan–July instructional coaching for middle leaders serving T2/SDP2: modelling, rehearsal, filmed feedback, peer review, action steps (EEF 3, 6–12) and pre/post evaluation; four school days 9–3.30 = 26 h; Trust funding is for Northfield schools only.',
  },
  {
    page: 'science-feedback-day', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 245, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['priorities', 'research-evidence', 'provider-expertise'],
    why: 'Serves T1 from the EEF feedback review with a named head-of-science trainer, but a stand-alone day with "no follow-up" (DfE part 4); London and Manchester are alternatives: one day, 6.5 h.',
  },
  {
    page: 'disciplinary-literacy-science-twilights', context: 'secondary', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 137.5, paid: 137.5 }, coverDays: 0, contactHours: 4.5, funding: null,
    vat: 'includes-vat', listPrice: { amount: 165, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'research-evidence', 'collaboration'], against: [] },
    notAgainst: ['priorities', 'research-evidence'],
    why: 'Three twilights Feb–Apr on T3/SDP3 from the EEF secondary literacy report with classroom trials and pupil work discussed in groups (EEF 7, 10, 12); non-member £165 inc. VAT = £137.50 to an academy.',
  },
  {
    page: 'exam-board-chemistry-feedback', context: 'secondary', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1.5, funding: null,
    listPrice: { amount: 0, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['provider-expertise'], against: ['sustained'] },
    why: 'Free 90-minute principal examiner report: useful subject knowledge touching assessment (T1) but information only, one-off (Weston & Crisp "inform" level); free to attend is not a funded route.',
  },
  {
    page: 'coaching-conference-cancelled', context: 'secondary', bands: ['weak', 'partial', 'insufficient'], kind: 'conference', status: 'closed',
    coverDays: 0, funding: null,
    reasons: { for: [], against: [] },
    why: 'Cancelled ("all delegates refunded"): nothing to book, whatever the topic; the old £135 ticket is not a fee that applies.',
  },
  {
    page: 'ecte-mentor-training', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 2, contactHours: 19, funding: 'ecf',
    listPrice: null, sessions: 8,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'collaboration'],
    why: 'DfE-funded ECTE mentor training (instructional mentoring: modelling, deliberate practice, feedback; EEF 6–10) serving T2 for a head of department who mentors; two school days (13 h) + six 1-h clinics = 19 h.',
  },
  {
    page: 'pgcert-coaching-university', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 3150, paid: 3150 }, coverDays: 0, contactHours: 36, funding: null,
    vat: 'no-vat', listPrice: { amount: 3150, basis: 'per-participant' }, sessions: 6,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'research-evidence'],
    why: 'Accredited 60-credit coaching PGCert Jan–July on T2 with recorded coaching, tutor and peer feedback and an enquiry (DfE parts 2–4); six Saturdays 9.30–3.30 = 36 h, no cover; the 600 notional hours are not contact.',
  },
  {
    page: 'formative-assessment-format-conflict', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 180, paid: 180 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 180, basis: 'per-participant' }, sessions: 1,
    conflicts: ['format'],
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Formative assessment serves T1; one-off day. The page says "LIVE ONLINE (ZOOM)" and "Delivery: Face to face" at Manchester Central: ask which. A school-day date costs a day of cover either way.',
  },
  {
    page: 'vocabulary-twilight-price-conflict', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    coverDays: 0, contactHours: 2, funding: null, sessions: 1,
    conflicts: ['price'],
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'A twilight on disciplinary vocabulary and reading (T3) from the EEF literacy guidance; "free to attend" in the banner and "£95 per delegate" in the booking table contradict each other, so the fee is left unchecked.',
  },
  {
    page: 'museum-chemistry-postponed', context: 'secondary', bands: ['weak', 'partial', 'insufficient'], kind: 'course', status: ['unknown', 'closed'],
    fee: { exVat: 0, paid: 0 }, funding: null, listPrice: { amount: 0, basis: 'per-participant' },
    reasons: { for: [], against: ['sustained'] },
    why: 'Postponed with no new date; an enrichment day serving none of the head of science\'s targets; free (the £15 lunch is optional).',
  },
  {
    page: 'science-saturday-conference', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 37.5, paid: 37.5 }, coverDays: 0, contactHours: 7, funding: null,
    vat: 'includes-vat', listPrice: { amount: 45, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'A Saturday conference with feedback and literacy strands (T1, T3) and credible speakers; one-off; £45 inc. VAT = £37.50 to an academy; the £25 ECT ticket does not apply to a head of science.',
  },
  {
    page: 'course-coming-soon', context: 'secondary', extracts: false, bands: ['insufficient'], kind: 'unknown', status: 'unknown',
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null, listPrice: null,
    reasons: { for: [], against: [] },
    why: 'A title and "details coming soon": every criterion is unknown (TDT/TDA codes: the provider has published nothing to judge).',
  },
  {
    page: 'leadership-coaching-middle-leaders', context: 'secondary', bands: ['partial', 'good'], kind: ['programme', 'course'], status: ['open', 'unknown'],
    fee: { exVat: 720, paid: 720 }, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 720, basis: 'per-participant' },
    reasons: { for: ['provider-expertise'], against: ['research-evidence'] },
    notAgainst: ['provider-expertise'],
    why: 'Six hours of non-directive one-to-one coaching with EMCC-accredited ex-leaders supports a middle leader but does not train them to coach their department (T2), and names no evidence base; times arranged, so cover left open.',
  },
  {
    page: 'inspired-teacher-conference', context: 'secondary', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 1, contactHours: 7.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 249, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Motivational keynotes serving none of the head of science\'s targets (TDT: one-off guru sessions); closed early bird does not apply: £249 + VAT, recovered by an academy.',
  },
];

const INDEPENDENT: PageCase[] = [
  {
    page: 'npq-senco-hub', context: 'independent', bands: ['good', 'partial'], kind: 'programme', status: 'open',
    fee: { exVat: 1265, paid: 1265 }, coverDays: 3, funding: null,
    vat: 'no-vat', listPrice: { amount: 1265, basis: 'per-participant' },
    reasons: { for: ['priorities', 'sustained', 'research-evidence'], against: [] },
    notAgainst: ['sustained', 'research-evidence'],
    why: 'The same NPQ is self-funded for an independent school: £1,265, VAT-exempt as stated (§6.3); serves SDP3 but not the maths teacher\'s own targets; three conference days of cover.',
  },
  {
    page: 'ks3-mastery-three-days', context: 'independent', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 540, paid: 648 }, coverDays: 3, contactHours: 18, funding: null,
    vat: 'plus-vat', listPrice: { amount: 540, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    notAgainst: ['priorities', 'sustained', 'collaboration', 'provider-expertise'],
    why: 'Three spaced days Jan–May on T1/SDP1 with gap tasks, pupil-work analysis and research lessons in triads (EEF 7, 8, 12; DfE parts 3–4); non-member £540 + VAT, which an independent school pays: £648.',
  },
  {
    page: 'aspiring-hod-independent', context: 'independent', bands: ['good', 'partial'], kind: 'programme', status: 'open',
    fee: { exVat: 695, paid: 834 }, coverDays: 2, contactHours: 14.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 695, basis: 'per-participant' }, sessions: 3,
    reasons: { for: ['priorities', 'provider-expertise'], against: [] },
    notAgainst: ['priorities'],
    why: 'Serves T2/SDP2 (aspiring head of department) over Feb–Apr with rehearsal of difficult conversations; "subject to VAT at the standard rate" (footer) so £834 paid; two school days + a twilight = 14.5 h; the second-delegate discount is not the fee.',
  },
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 3, contactHours: 27, funding: null,
    vat: 'no-vat', listPrice: { amount: 899, basis: 'per-participant' },
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'research-evidence'],
    why: 'Year-long NPQ on leading teaching in a subject (T2) on the DfE framework and EEF evidence; independent schools self-fund £899, VAT-exempt (§6.3); three conference days (18 h) + six 90-min online sessions (9 h).',
  },
  {
    page: 'ks3-mastery-self-paced', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: ['open', 'unknown'],
    fee: { exVat: 79, paid: 94.8 }, coverDays: 0, funding: null,
    vat: 'plus-vat', listPrice: { amount: 79, basis: 'per-participant' }, sessions: 0,
    reasons: { for: ['priorities', 'value-for-money'], against: ['sustained', 'collaboration'] },
    why: 'Serves T1 cheaply, but self-study videos alone with no feedback or collaboration (EEF 7–9 absent); £79 + VAT = £94.80 for an independent school; "about 8 hours" and "12 months\' access" are not contact hours.',
  },
  {
    page: 'whole-brain-inset', context: 'independent', bands: ['weak'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 24.17, paid: 29 }, coverDays: 0, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1450, basis: 'per-school', covers: 60 }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Left/right brain, the "10% of the brain" myth and learning styles are debunked (DfE part 2); £1,450 + VAT for up to 60 staff = £24.17 a head, £29 with VAT an independent school pays (travel not stated); INSET day, no cover.',
  },
];

const WALES: PageCase[] = [
  {
    page: 'cfw-progression-bilingual', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 2, contactHours: 10.5, funding: 'welsh-national',
    listPrice: null, sessions: 3,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards', 'research-evidence'], against: [] },
    notAgainst: ['priorities', 'collaboration', 'relevant-standards'],
    why: 'Jan–June on T1/SDP1 with trials in class and cluster moderation of learners\' work, endorsed and linked to the NPLE (§5.1); funded by the Welsh Government grant; two afternoons + one day = 2 days, 10.5 h.',
  },
  {
    page: 'aln-code-twilight-cy', context: 'wales', bands: ['partial', 'good'], kind: ['webinar', 'course'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1.5, funding: [null, 'fully-funded'],
    listPrice: { amount: 0, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    notAgainst: ['priorities'],
    why: 'A free 90-minute twilight on the ALN Code (T2/SDP2) led by the council\'s ALN lead; the 26 January date is full, 4 February is open (alternatives count once); awareness-level, one-off.',
  },
  {
    page: 'national-ma-education-wales', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    notAgainst: ['sustained', 'research-evidence'],
    why: 'The National MA Education (Wales), funded by Welsh Government (§5.1), three years with ALN and Curriculum pathways and practitioner enquiry; evening seminars and Saturday study days need no cover.',
  },
  {
    page: 'ofsted-deep-dive-english', context: 'wales', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 225, paid: 225 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 225, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['priorities', 'relevant-standards', 'sustained'] },
    why: 'Ofsted inspects England, not Wales (Estyn does): serves no target of a Welsh teacher and no Welsh framework; a day out of class at £225 + VAT (recovered).',
  },
  {
    page: 'vak-brain-gym-day', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 195, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Debunked learning styles and Brain Gym (DfE part 2), serving neither CfW progression nor ALN; a day out of class in Birmingham.',
  },
];

const BUSINESS: PageCase[] = [
  {
    page: 'sbp-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'sustained', 'role-competency', 'relevant-standards'], against: [] },
    notAgainst: ['priorities', 'sustained', 'role-competency'],
    why: 'The Level 4 School Business Professional standard is exactly T1 (finance, procurement, HR), 18 months with coaching visits (§6.4); levy-funded, no cost to the apprentice; the £9,000 band is not a fee; no class, no cover.',
  },
  {
    page: 'sbm-diploma-level5', context: 'business', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 2950, paid: 2950 }, coverDays: 0, contactHours: 33, funding: null,
    vat: 'plus-vat', listPrice: { amount: 2950, basis: 'per-participant' }, sessions: 6,
    reasons: { for: ['priorities', 'sustained', 'role-competency', 'relevant-standards'], against: [] },
    notAgainst: ['priorities', 'sustained'],
    why: 'A regulated Level 5 qualification in finance, procurement and HR (T1) over 12 months; £2,950 + VAT (VAT recovered by the academy; the member rate and the £500 deposit are not the fee); six days 10–3.30 = 33 h; no class, no cover.',
  },
  {
    page: 'procurement-act-webinar', context: 'business', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 65, paid: 65 }, coverDays: 0, contactHours: 1.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 65, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'A 90-minute update on part of T1 (procurement) from a named procurement solicitor; not a qualification; non-member £65 + VAT applies; the 14-day recording is not contact.',
  },
];

export const CASES: PageCase[] = [...PRIMARY, ...SECONDARY, ...INDEPENDENT, ...WALES, ...BUSINESS];
