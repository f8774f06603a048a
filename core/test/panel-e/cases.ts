/**
 * Panel 4: expected judgement and costs for 37 fresh UK course pages in the five school contexts.
 * Written blind (see README.md). Evidence: EEF Effective Professional Development (2021) mechanisms 1–14;
 * DfE Standard for teachers' PD (2016) parts 1–5; TDT (two terms / 30–50 hours, avoid one-off "guru"
 * sessions, Weston's checks); the trust CPL policy (3.1 criteria, 4.1 repayment); cpd-evidence.md §6
 * (VAT recovery, NPQ funding, levy, supply cover) and §5.1 (Wales NPLE, National MA).
 * "Today" is Monday 7 December 2026.
 */
import type { PageCase } from './types.ts';

const PRIMARY: PageCase[] = [
  {
    page: 'phonics-fidelity-county', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 185, paid: 185 }, coverDays: 1, contactHours: 6.25, funding: null,
    vat: 'plus-vat', listPrice: { amount: 185, basis: 'per-participant' }, sessions: 1,
    notAgainst: ['priorities', 'provider-expertise', 'research-evidence'],
    reasons: { for: ['priorities', 'provider-expertise', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T1/SDP1 directly (SSP fidelity, keep-up) from the Reading Framework and EEF KS1 literacy report with a credentialled adviser (DfE part 2; EEF 4), but one day with no follow-up (DfE part 4; TDT). Maintained rate £185 + VAT, recovered; 9:15–3:30 is one day of cover.',
  },
  {
    page: 'english-hub-fluency-programme', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 10.5, funding: 'fully-funded',
    listPrice: null, sessions: 4,
    notAgainst: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'peer-feedback', 'monitoring-evaluation', 'planned-programme'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'peer-feedback', 'monitoring-evaluation'], against: [] },
    why: 'Two terms on T1 with goal setting, modelling, rehearsal, gap tasks, a practice log, a peer network and an observed visit with feedback (EEF 3, 7–10, 12–14; DfE parts 1–4); DfE-funded via English Hubs (the £75 non-attendance charge is not the fee); three mornings out = 1.5 days.',
  },
  {
    page: 'send-adaptive-research-school', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 295, paid: 295 }, coverDays: 0, contactHours: 7.5, funding: null,
    vat: 'no-vat', listPrice: { amount: 295, basis: 'per-participant' }, sessions: 5,
    notAgainst: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'provider-expertise', 'monitoring-evaluation'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'monitoring-evaluation'], against: [] },
    why: 'Serves T2/SDP3 over two terms from the EEF SEND in mainstream schools report with modelling, rehearsal, revisiting, action planning and coaching triads (EEF 2, 6–8, 10, 12; DfE parts 2–4); five online twilights (no cover, 7.5 h); £295 with no VAT charged (the £195 second-colleague rate is not the fee).',
  },
  {
    page: 'learning-styles-vak', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 199, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Learning styles (VAK), left/right-brain learners and Brain Gym are debunked: fails DfE part 2 and CPL 3.1 "current research"; a one-off day serving no target, £199 + VAT plus a day of cover (three dates are alternatives, counted once).',
  },
  {
    page: 'unstoppable-teacher-conference', context: 'primary', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 189, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'A one-off motivational day ("rediscover your why") serving no target, the generic "guru" session TDT warns against; the early bird (£189 + VAT to 31 January 2027) is the price today, super early bird closed; a Friday in term is a day of cover.',
  },
  {
    page: 'dsl-refresher-halfday', context: 'primary', bands: ['good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0.5, contactHours: 3.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 95, basis: 'per-participant' }, sessions: 1,
    notAgainst: ['quality-compliance', 'provider-expertise', 'priorities'],
    reasons: { for: ['quality-compliance', 'priorities', 'provider-expertise'], against: [] },
    why: 'KCSIE requires deputy DSLs to refresh every two years: compliance (CPL 3.1) serving T3, with a named ex-CAIU trainer; one of three alternative dates is full, the others open; 9:00–12:30 is a morning (0.5 day).',
  },
  {
    page: 'maths-hub-mastery-workgroup', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'lesson-study'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2.5, contactHours: 15, funding: 'fully-funded',
    listPrice: null, sessions: 5,
    notAgainst: ['priorities', 'sustained', 'collaboration', 'planned-programme'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'good-practice'], against: [] },
    why: 'Serves SDP2 across two terms with research-lesson observation, classroom trials, pupil work brought back and a specialist visit (EEF 7–9, 14; DfE parts 3–4); DfE-funded through the Maths Hubs but supply is not funded: five afternoons = 2.5 days of cover.',
  },
  {
    page: 'early-reading-self-paced', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 65.83, paid: 65.83 }, coverDays: 0, contactHours: 8, funding: null,
    vat: 'includes-vat', listPrice: { amount: 79, basis: 'per-participant' },
    reasons: { for: ['priorities', 'value-for-money'], against: ['collaboration', 'sustained'] },
    why: 'Covers T1 content in about 8 hours, self-paced (no cover); £79 including VAT is £65.83 to a maintained school; no practice, feedback or peers (EEF groups C–D absent), and 12 months\' access is not a sustained programme.',
  },
  {
    page: 'behaviour-inset-per-school', context: 'primary', bands: ['good', 'partial'], kind: 'inset', status: 'open',
    fee: { exVat: 47.14, paid: 47.14 }, coverDays: 0, contactHours: 5.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1650, basis: 'per-school', covers: 35 },
    notAgainst: ['provider-expertise', 'research-evidence', 'priorities'],
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money', 'provider-expertise'], against: ['sustained'] },
    why: 'Whole-staff INSET on SDP4 from the EEF behaviour report with modelling, rehearsal in place and peer feedback (EEF 8–10); £1,650 + VAT for up to 35 staff = £47.14 a head, no cover on an INSET day; the £450 follow-up twilight is optional and travel is extra, so one day without it is not sustained.',
  },
  {
    page: 'npq-leading-literacy', context: 'primary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    coverDays: 3, funding: ['npq-dfe', null],
    vat: 'no-vat', listPrice: { amount: 899, basis: 'per-participant' }, sessions: 3,
    notAgainst: ['sustained', 'priorities'],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'planned-programme'], against: [] },
    why: 'An 18-month NPQ for an English lead covering phonics and reading (T1/SDP1) with an implementation project (DfE part 4; EEF 12); funding depends on the school being in the top 50% by pupil premium (cpd-evidence §6.3), which the context does not say, so the fee is open (£0 or £899, no VAT); three weekday conference days = 3 days of cover.',
  },
  {
    page: 'reading-fluency-status-conflict', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: ['full', 'unknown', 'open'],
    fee: { exVat: 175, paid: 175 }, coverDays: 0.5, contactHours: 3, funding: null,
    vat: 'plus-vat', listPrice: { amount: 175, basis: 'per-participant' }, sessions: 1, conflicts: ['status'],
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1 (KS1 fluency) with modelling on video and rehearsal of prosody coaching (EEF 8, 10), one afternoon, no follow-up; the banner says fully booked while the facts box says places available: a status the provider must confirm.',
  },
  {
    page: 'pfa-level3-weekend', context: 'primary', bands: ['partial', 'weak'], kind: 'statutory', status: 'open',
    fee: { exVat: 110, paid: 110 }, coverDays: 0, contactHours: 12, funding: null,
    vat: 'no-vat', listPrice: { amount: 110, basis: 'per-participant' }, sessions: 2,
    notAgainst: ['quality-compliance'],
    reasons: { for: ['quality-compliance'], against: ['priorities'] },
    why: 'Ofqual-regulated 12-hour paediatric first aid meets an EYFS requirement (CPL 3.1 compliance) but is not one of a Year 1 teacher\'s targets; two Saturdays so no cover; £110 per person, VAT-exempt (the £840 onsite group rate is a different product).',
  },
  {
    page: 'phonics-union-webinar', context: 'primary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    coverDays: 0, contactHours: 1.5, funding: null,
    vat: 'not-stated', sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'A 90-minute twilight panel on the phonics check and SSP fidelity serves T1 with a credible researcher (EEF 4) but is one-off (DfE part 4); free to members, £20 to non-members with VAT not stated and membership unknown, so the fee is left open.',
  },
];

const SECONDARY: PageCase[] = [
  {
    page: 'learning-styles-vak', context: 'secondary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 199, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Debunked content (learning styles, Brain Gym, left/right brain) serving none of the head of science\'s targets; one-off day plus cover (DfE part 2; CPL 3.1 research evidence).',
  },
  {
    page: 'unstoppable-teacher-conference', context: 'secondary', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 189, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Motivational keynotes serving no target (TDT: avoid one-off guru sessions); early-bird £189 + VAT applies today; a term-time Friday of cover.',
  },
  {
    page: 'responsive-feedback-science-mat', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 575, paid: 575 }, coverDays: 2, contactHours: 17.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 575, basis: 'per-participant' }, sessions: 5,
    notAgainst: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'monitoring-evaluation', 'collaboration', 'provider-expertise', 'planned-programme'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'monitoring-evaluation', 'collaboration'], against: [] },
    why: 'Three terms on T1/SDP1 in science from the EEF feedback report with goals, modelling, rehearsal, coaching visits with feedback, action planning and a log (EEF 3, 6–10, 12–13), evaluated up to pupil outcomes (Guskey 5); external rate £575 + VAT (trust schools free, second colleague £450); two days out + three twilights = 17.5 h. JSON-LD start/end dates are a span, not one session.',
  },
  {
    page: 'instructional-coaching-practice', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 1395, paid: 1395 }, coverDays: 3, contactHours: 18, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1395, basis: 'per-participant' }, sessions: 3,
    notAgainst: ['priorities', 'sustained', 'peer-feedback', 'provider-expertise', 'research-evidence', 'monitoring-evaluation'],
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'A year of instructional coaching serving T2/SDP2: modelling, rehearsal, fortnightly coaching with feedback on recorded practice and logged cycles (EEF 6, 8–10, 13; DfE parts 2–4); £1,395 + VAT (the £300 deposit is part of it); three Tuesdays out = 3 days; untimed coaching calls not counted.',
  },
  {
    page: 'disciplinary-literacy-webinar-association', context: 'secondary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 37.5, paid: 37.5 }, coverDays: 0, contactHours: 1.25, funding: null,
    vat: 'includes-vat', listPrice: { amount: 45, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T3 from the EEF secondary literacy report in 75 minutes after school (no cover); non-member £45 including VAT = £37.50 to an academy (membership not known, so the member rate is not assumed); one-off, the 30-day recording is not follow-up.',
  },
  {
    page: 'exam-board-chemistry-past', context: 'secondary', bands: ['partial', 'weak'], kind: 'webinar', status: 'past',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1.5, funding: null, sessions: 1,
    reasons: { for: [], against: ['sustained'] },
    why: 'The event took place on 19 November 2026 (a recording remains); a free one-off examiner report, loosely linked to assessment (T1) but with no technique development (EEF groups C–D absent).',
  },
  {
    page: 'ecte-mentor-programme', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 19, funding: 'ecf',
    listPrice: null, sessions: 8,
    notAgainst: ['sustained'],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards'], against: [] },
    why: 'DfE-funded ECTE mentor training builds instructional-coaching skills (T2) across the year (DfE part 4; EEF 6, 8–10); no fee, and mentor time is funded, but two weekday conference days are still 2 days out; 2 × 6.5 h + 6 one-hour clinics = 19 h.',
  },
  {
    page: 'museum-science-twilight', context: 'secondary', bands: ['weak', 'partial'], kind: ['course', 'unknown'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 2, funding: null, sessions: 1,
    reasons: { for: [], against: ['priorities', 'sustained', 'research-evidence'] },
    why: 'A free preview evening to plan a museum visit: serves none of the targets (feedback, coaching, literacy) and builds no technique (EEF 2021 rec. 1); no cost beyond two hours after school.',
  },
  {
    page: 'pgcert-coaching-university', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 2240, paid: 2240 }, coverDays: 0, contactHours: 26, funding: null,
    vat: 'no-vat', listPrice: { amount: 2240, basis: 'per-participant' }, sessions: 4,
    notAgainst: ['sustained', 'research-evidence', 'provider-expertise'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'relevant-standards'], against: [] },
    why: 'A three-term accredited PGCert serving T2 with repeated coaching cycles, tutor feedback on recordings and a practitioner enquiry into impact (EEF 9, 14; DfE parts 1–4); £2,240 VAT-exempt; study days are Saturdays (no cover), 4 × 6.5 h; untimed online seminars not counted.',
  },
  {
    page: 'feedback-conflicting-page', context: 'secondary', bands: ['partial'], kind: 'course', status: 'open',
    coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', sessions: 1, conflicts: ['price', 'format', 'venue'],
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves T1 in one day with no follow-up (DfE part 4); the page gives £149 + VAT in the key facts and £189 + VAT in the booking table, and a Leeds venue against "live online via Zoom": fee left open; either way a Tuesday in term is a day of cover.',
  },
  {
    page: 'feedback-oneday-sold-out', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'full',
    fee: { exVat: 249, paid: 249 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'plus-vat', listPrice: { amount: 249, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T1 drawing on the EEF feedback guidance, but one-off; SOLD OUT with a waiting list; the £219 early bird closed on 30 November 2026 so £249 + VAT applies.',
  },
  {
    page: 'coaching-middle-leaders-cancelled', context: 'secondary', bands: ['partial', 'weak'], kind: 'course', status: 'closed',
    coverDays: 0, contactHours: 4, funding: null,
    vat: 'not-stated', sessions: 2,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Would serve T2 with trio practice and observer feedback (EEF 9–10) over two twilights, but the course is cancelled; the fee depends on buying into a borough package (£60 vs £90, VAT not stated), so it is left open.',
  },
];

const INDEPENDENT: PageCase[] = [
  {
    page: 'send-adaptive-research-school', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 295, paid: 295 }, coverDays: 0, contactHours: 7.5, funding: null,
    vat: 'no-vat', listPrice: { amount: 295, basis: 'per-participant' }, sessions: 5,
    notAgainst: ['sustained', 'research-evidence', 'collaboration', 'provider-expertise'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration'], against: [] },
    why: 'Serves SDP3 (SEND) with a secondary strand over two terms, evidence-based with triads and rehearsal (EEF 6–8, 10, 12); no VAT charged, so the independent school pays £295 too; twilights, no cover.',
  },
  {
    page: 'npq-leading-teaching-tsh', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 0, funding: null,
    vat: 'no-vat', listPrice: { amount: 899, basis: 'per-participant' },
    notAgainst: ['sustained', 'priorities'],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'provider-expertise'], against: [] },
    why: 'NPQLT fits T2 (leading teaching in a department) over 18 months with an implementation project (DfE part 4); independent schools are not eligible for DfE funding, so £899, VAT-exempt (cpd-evidence §6.3); all clinics after school, no cover; clinic dates unpublished, hours open.',
  },
  {
    page: 'ks3-mastery-two-day', context: 'independent', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 425, paid: 510 }, coverDays: 2, contactHours: 13, funding: null,
    vat: 'plus-vat', listPrice: { amount: 425, basis: 'per-participant' }, sessions: 3,
    notAgainst: ['priorities', 'provider-expertise'],
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1/SDP1 (KS3 mastery) with modelling on video, redesign with trainer feedback, an action plan and one online follow-up (EEF 8–9, 12), but over two months, not two terms; £425 + VAT is £510 to an independent school; Thursday and Friday = 2 days of cover.',
  },
  {
    page: 'middle-leaders-independent-programme', context: 'independent', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 780, paid: 936 }, coverDays: 3, contactHours: 19.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 780, basis: 'per-participant' }, sessions: 3,
    notAgainst: ['priorities', 'sustained', 'collaboration', 'provider-expertise'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    why: 'Serves T2/SDP2 over two terms with a cross-school mentor and an improvement project planned, reviewed and presented (DfE parts 3–4; EEF 7, 12); £780 + VAT = £936 paid (the £135 overnight stay is optional); three Wednesdays out.',
  },
  {
    page: 'maths-easter-conference', context: 'independent', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 312.5, paid: 375 }, coverDays: 0, funding: null,
    vat: 'includes-vat', listPrice: { amount: 375, basis: 'per-participant' },
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'A KS3 mastery strand serves T1, but a conference is one-off (DfE part 4); held in the Easter holidays (no cover); non-member early-bird full conference £375 including VAT (open until 31 January 2027), which the independent school pays in full; the £260 residential package is optional.',
  },
  {
    page: 'nlp-practitioner-weekend', context: 'independent', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 495.83, paid: 595 }, coverDays: 1, contactHours: 22.5, funding: null,
    vat: 'includes-vat', listPrice: { amount: 595, basis: 'per-participant' }, sessions: 3,
    reasons: { for: [], against: ['research-evidence', 'priorities'] },
    why: 'NLP eye-accessing cues and "representational systems" are learning-styles claims without evidence (DfE part 2; CPL 3.1 research); serves no target; £595 inc. VAT (the £150 deposit is not the fee); Friday is a day of cover, the weekend is not.',
  },
  {
    page: 'learning-styles-vak', context: 'independent', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 238.8 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 199, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Debunked learning styles and Brain Gym serving no target; £199 + VAT costs an independent school £238.80 plus a day of cover.',
  },
];

const WALES: PageCase[] = [
  {
    page: 'cfw-progression-consortium', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 12, funding: 'welsh-national',
    listPrice: null, sessions: 4,
    notAgainst: ['priorities', 'sustained', 'collaboration'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards'], against: [] },
    why: 'Serves T1/SDP1 over two terms in clusters with modelling, moderation, enquiry tasks and a showcase of impact (EEF 7–8, 14; NPLE priority); fully funded by Welsh Government through the NPLE (cpd-evidence §5.1); four mornings = 2 days of release.',
  },
  {
    page: 'aln-code-council', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 1, contactHours: 6, funding: null,
    vat: 'no-vat', listPrice: { amount: 95, basis: 'per-participant' }, sessions: 1,
    notAgainst: ['priorities', 'provider-expertise'],
    reasons: { for: ['priorities', 'provider-expertise', 'relevant-standards'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (ALN Code, IDPs) with the lead ALNCo and an educational psychologist and practice on case studies; one day (two alternative dates, counted once), no follow-up; £95, not subject to VAT.',
  },
  {
    page: 'welsh-language-twilights', context: 'wales', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 15, funding: 'welsh-national',
    listPrice: null, sessions: 10,
    notAgainst: ['sustained', 'peer-feedback'],
    reasons: { for: ['priorities', 'sustained', 'peer-feedback'], against: [] },
    why: 'Serves SDP3 (Welsh language) with ten weekly twilights of practice, classroom trial and tutor feedback on recordings (EEF 9–10, 14); funded by Welsh Government; after school, no cover; 10 × 1.5 h.',
  },
  {
    page: 'national-ma-wales', context: 'wales', bands: ['good', 'strong'], kind: 'programme', status: ['open', 'unknown'],
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: 'welsh-national',
    listPrice: null,
    notAgainst: ['sustained', 'research-evidence'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'The National MA Education (Wales), fully funded by Welsh Government for teachers in maintained schools (cpd-evidence §5.1), with an ALN pathway (T2) and a practitioner dissertation (DfE parts 1–4); evenings and Saturdays, no cover; applications open on 1 February 2027.',
  },
  {
    page: 'cfw-summit-cardiff', context: 'wales', bands: ['partial', 'weak'], kind: 'conference', status: 'open',
    fee: { exVat: 225, paid: 225 }, coverDays: 1, contactHours: 6.75, funding: null,
    vat: 'plus-vat', listPrice: { amount: 225, basis: 'per-participant' }, sessions: 1,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On the Curriculum for Wales (T1), but a one-off conference of keynotes and workshops without practice or follow-up (DfE part 4; TDT); £225 + VAT, recovered (group of three £595 + VAT is another basis); a Friday in term.',
  },
  {
    page: 'aln-gweminar-postponed', context: 'wales', bands: ['partial', 'weak'], kind: 'webinar', status: ['unknown', 'closed'],
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'A free 60-minute IDP webinar would serve T2, but it was postponed from 3 December 2026 with no new date: nothing to book today.',
  },
  {
    page: 'learning-styles-vak', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 199, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Debunked learning styles and Brain Gym, serving neither the Curriculum for Wales nor ALN; one day in England plus cover.',
  },
];

const BUSINESS: PageCase[] = [
  {
    page: 'sbp-apprenticeship-level4', context: 'business', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    listPrice: null,
    notAgainst: ['priorities', 'sustained', 'role-competency'],
    reasons: { for: ['priorities', 'role-competency', 'sustained', 'relevant-standards'], against: [] },
    why: 'The Level 4 School Business Professional standard is exactly T1 (finance, procurement, HR) over 18 months with workplace coaching (cpd-evidence §6.4); levy-funded for a MAT, nothing from the school budget, and apprentices cannot be charged (so CPL 4.1 repayment does not apply); no class, no cover.',
  },
  {
    page: 'sbm-finance-certificate', context: 'business', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 1395, paid: 1395 }, coverDays: 0, contactHours: 36, funding: null,
    vat: 'plus-vat', listPrice: { amount: 1395, basis: 'per-participant' }, sessions: 6,
    notAgainst: ['priorities', 'role-competency', 'provider-expertise'],
    reasons: { for: ['priorities', 'role-competency', 'sustained', 'provider-expertise'], against: [] },
    why: 'A regulated finance and procurement qualification serving T1 over two terms with workplace assignments and tutor feedback; non-member £1,395 + VAT recovered by the academy (membership unknown; the £75 resubmission fee is optional); six Fridays, 36 h, no class to cover.',
  },
  {
    page: 'procurement-webinar-free', context: 'business', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null, sessions: 1,
    reasons: { for: ['priorities', 'role-competency'], against: ['sustained'] },
    why: 'A free hour on contract management serves part of T1 (procurement) with a credible presenter, but is a one-off (DfE part 4).',
  },
  {
    page: 'unstoppable-teacher-conference', context: 'business', bands: ['weak', 'partial'], kind: 'conference', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 0, contactHours: 6.5, funding: null,
    vat: 'plus-vat', listPrice: { amount: 189, basis: 'per-participant' }, sessions: 1,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A motivational teachers\' conference serving nothing in a business manager\'s target; £189 + VAT (early bird); no class, so no cover.',
  },
];

export const CASES: PageCase[] = [...PRIMARY, ...SECONDARY, ...INDEPENDENT, ...WALES, ...BUSINESS];
