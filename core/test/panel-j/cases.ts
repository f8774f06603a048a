import type { PageCase } from './types.ts';

/**
 * Panel 9a: the many shapes of a price on UK CPD pages. One case per page and context; some pages are
 * judged in two contexts. Fees are for one participant; see README.md for every convention and ambiguity.
 */
export const CASES: PageCase[] = [
  // ───────────── primary: Oak Lane Primary (maintained, England; VAT recoverable) ─────────────
  {
    page: 'phonics-member-table', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained', 'monitoring-evaluation'] },
    why: 'Serves T1/SDP1 on the EEF KS1 literacy report with an expert adviser (DfE part 2; EEF mechanism 4), but a one-off day with no follow-up (DfE part 4); Oak Lane is not shown as a subscriber, so the non-member standard rate £195 + VAT applies; alternative dates count once.',
  },
  {
    page: 'phonics-programme-cohort', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 450, paid: 450 }, coverDays: 2, contactHours: 14.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'pupil-outcomes', 'monitoring-evaluation'], against: [] },
    why: 'Two terms on T1/SDP1 with goal setting, modelling, rehearsal, observation and feedback, action planning and pre/post pupil data (EEF mechanisms 3, 6, 8–10, 12; DfE parts 1–4; Guskey level 5); £1,350 per school for three = £450; four mornings = 2 cover days; coaching visits untimed.',
  },
  {
    page: 'send-adaptive-twilights', context: 'primary', bands: ['good', 'strong'], kind: ['programme', 'course', 'webinar'], status: 'open',
    fee: { exVat: 133.33, paid: 133.33 }, coverDays: 0, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'sustained', 'provider-expertise', 'collaboration'], against: [] },
    why: 'Serves T2/SDP3 over two terms on the EEF SEND in Mainstream guidance, with video modelling, trying a change with a named pupil, a log and peer breakouts (EEF 7, 8, 12, 13); £160 inc. VAT is £133.33 to a maintained school; five twilights, no cover.',
  },
  {
    page: 'dsl-refresher-la', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course'], status: 'open',
    fee: { exVat: 65, paid: 65 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency', 'provider-expertise'], against: [] },
    why: 'Meets T3 exactly: the KCSIE two-yearly deputy DSL update from the LA safeguarding team (CPL 3.1 compliance and role competency); not shown buying the traded service, so £65; a half day, whichever session; the £50 non-attendance charge is not the fee.',
  },
  {
    page: 'behaviour-routines-day', context: 'primary', bands: ['partial', 'weak'], kind: 'course', status: 'full',
    fee: { exVat: null, paid: null }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained', 'value-for-money'] },
    why: 'Serves SDP4 with EEF Improving Behaviour content and rehearsal (EEF 8, 10), but a one-off day (DfE part 4); the page gives £150 + VAT in the header and £175 + VAT in the booking table, so the fee is unknown; its only date is fully booked.',
  },
  {
    page: 'learning-styles-send', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 99, paid: 99 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'sustained'] },
    why: 'Learning styles (VAKT), Brain Gym and coloured overlays are debunked content, the opposite of DfE part 2 and CPL 3.1 “current research”; it names SEND but would mislead T2; a one-off day; £99 with no VAT word is taken as the invoice total.',
  },
  {
    page: 'inspire-inset', context: 'primary', bands: ['weak'], kind: ['inset', 'conference'], status: ['open', 'unknown'],
    fee: { exVat: 48.75, paid: 48.75 }, coverDays: 0, contactHours: 5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A one-off motivational “guru” day serving no target or SDP objective (TDT: avoid one-off guru sessions; DfE parts 1–2); £1,950 + VAT for up to 40 staff = £48.75, travel extra; on an INSET day, so no cover.',
  },
  {
    page: 'reading-fluency-halfday', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0.5, contactHours: 2.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T1/SDP1 (fluency) on the EEF KS1 report with video modelling and rehearsal (EEF 8, 10), but a single afternoon (DfE part 4); “from £95 + VAT” is the online option with the same content and times; the sidebar NPQ and audit prices are other products.',
  },

  // ───────────── secondary: Riverside Academy (academy in a MAT; VAT recoverable) ─────────────
  {
    page: 'instructional-coaching-trust', context: 'secondary', bands: ['strong', 'good'], kind: ['coaching', 'programme'], status: 'open',
    fee: { exVat: 520, paid: 520 }, coverDays: 3, contactHours: 22, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'peer-feedback', 'provider-expertise', 'monitoring-evaluation'], against: [] },
    why: 'Serves T2/SDP2 across two terms with modelling, rehearsal, observed coaching with feedback and action steps (EEF 6–10, 12; Kraft et al. 2018); one participant takes the individual place £520 + VAT (the trust licence is for 24); three days out; coaching visits untimed.',
  },
  {
    page: 'science-summit-2026', context: 'secondary', bands: ['partial', 'weak'], kind: 'conference', status: 'past',
    fee: { exVat: 219, paid: 219 }, coverDays: 1, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Feedback workshops serve T1 (and one T3 workshop), but a one-off conference with no follow-up (DfE part 4; TDT); it took place on 20 November 2026; the standard ticket £219 + VAT is the fee, not the JSON-LD early-bird £179.',
  },
  {
    page: 'feedback-vak-day', context: 'secondary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'sustained'] },
    why: 'Names T1 (feedback) but rests on learning styles and left/right-brain claims, debunked content (DfE part 2; CPL 3.1 “current research”); a one-off day at £199 + VAT.',
  },
  {
    page: 'feedback-science-programme', context: 'secondary', bands: ['strong'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 16.5, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'pupil-outcomes', 'monitoring-evaluation'], against: [] },
    why: 'Serves T1/SDP1 (and T2) over two terms on the EEF Feedback report, with modelling, rehearsal, action plans, a logged implementation with facilitator feedback and an independent evaluation (EEF 8–10, 12, 13; DfE parts 1–4); charity-funded for state schools; two days out.',
  },
  {
    page: 'disciplinary-literacy-online', context: 'secondary', bands: ['partial'], kind: ['course', 'webinar'], status: ['open', 'unknown'],
    fee: { exVat: 74.17, paid: 74.17 }, coverDays: 0, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained', 'collaboration'] },
    why: 'Serves T3/SDP3 on the EEF secondary literacy report, but self-paced video with quizzes and no feedback, collaboration or follow-up (EEF groups C–D thin); the individual £89 inc. VAT is £74.17 to an academy; self-paced, so no cover and no timed contact hours.',
  },
  {
    page: 'npq-leading-teaching', context: 'secondary', bands: ['good', 'strong'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    coverDays: 2, contactHours: 21, funding: ['npq-dfe', null],
    reasons: { for: ['relevant-standards', 'sustained', 'research-evidence', 'role-competency', 'collaboration'], against: [] },
    why: 'A DfE NPQ framework programme over a year for subject leaders, with assessment and professional development content touching T1–T2 (DfE parts 2–4); scholarship depends on Riverside’s pupil-premium rank, which the context does not give, so the fee (£0 or £899) is left open; two face-to-face days.',
  },
  {
    page: 'ecf-mentor-training', context: 'secondary', bands: ['good', 'strong'], kind: ['ecf', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 20, funding: 'ecf',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'relevant-standards'], against: [] },
    why: 'Instructional mentoring with modelling, rehearsal and feedback (EEF 6–10) serves T2/SDP2 over the year; DfE-funded for state schools (ECF route), but the two in-person days still need cover.',
  },
  {
    page: 'inspire-inset', context: 'secondary', bands: ['weak'], kind: ['inset', 'conference'], status: ['open', 'unknown'],
    fee: { exVat: 48.75, paid: 48.75 }, coverDays: 0, contactHours: 5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A motivational keynote day serving none of T1–T3 (TDT: avoid one-off guru sessions); £1,950 + VAT for up to 40 staff = £48.75; on an INSET day.',
  },

  // ───────────── independent: St Aldhelm’s School (independent; VAT not recoverable) ─────────────
  {
    page: 'maths-hub-workgroup', context: 'independent', bands: ['strong', 'good'], kind: ['network', 'programme', 'lesson-study'], status: 'open',
    fee: { exVat: 450, paid: 450 }, coverDays: 2, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'Serves T1/SDP1 exactly: a two-term Maths Hub work group with a research lesson, gap tasks and collaboration (DfE parts 3–4; EEF 7–9); DfE funding covers state schools only, so the FAQ’s £450 (no VAT) applies here; four afternoons = 2 cover days.',
  },
  {
    page: 'maths-mastery-day', context: 'independent', bands: ['partial'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 294 }, coverDays: 1, contactHours: 6.5, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained', 'research-evidence'] },
    why: 'Serves T1 with practical resources, but a one-off London day with no follow-up (DfE part 4; TDT two terms); the first delegate pays £245 + VAT, £294 to an independent school; travel extra.',
  },
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 2, contactHours: 21, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'sustained', 'research-evidence', 'role-competency'], against: [] },
    why: 'Serves T2/SDP2 (leading teaching in a subject) over a year on the DfE NPQ framework (DfE parts 2–4); independent schools are not eligible for scholarships, so the self-funded £899 applies, VAT-exempt; two face-to-face days.',
  },
  {
    page: 'middle-leaders-residential', context: 'independent', bands: ['good', 'strong'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 845, paid: 1014 }, coverDays: 3, contactHours: 19.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'provider-expertise', 'collaboration'], against: ['research-evidence'] },
    why: 'Serves T2/SDP2 with a department project across two terms, mentoring and a follow-up day (DfE part 4; EEF 3, 12), though no evidence base is named; non-member day rate £845 + VAT = £1,014; accommodation optional; three days out.',
  },
  {
    page: 'hod-webinar', context: 'independent', bands: ['weak', 'partial'], kind: 'webinar', status: 'open',
    fee: { exVat: 35, paid: 42 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'On T2, but a one-hour talk with Q&A: no mechanisms beyond information (EEF rec. 2); this webinar only is £35 + VAT (£42 to an independent school); the series price is another product; after school.',
  },
  {
    page: 'instructional-coaching-trust', context: 'independent', bands: ['good', 'strong'], kind: ['coaching', 'programme'], status: 'open',
    fee: { exVat: 520, paid: 624 }, coverDays: 3, contactHours: 22, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'collaboration'], against: [] },
    why: 'Coaching a department serves T2/SDP2 (middle leadership) with the full coaching mechanisms (EEF 6–10, 12); individual place £520 + VAT = £624 to an independent school.',
  },
  {
    page: 'learning-styles-send', context: 'independent', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 99, paid: 99 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'sustained'] },
    why: 'Names SDP3 (SEND) but teaches debunked learning styles and Brain Gym (DfE part 2); serves neither of the teacher’s targets; a one-off day.',
  },
  {
    page: 'dsl-refresher-la', context: 'independent', bands: ['partial', 'weak'], kind: ['statutory', 'course'], status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['quality-compliance'], against: ['priorities'] },
    why: 'Sound statutory training (KCSIE), but a maths teacher with no DSL role and no safeguarding target (CPL 3.1 priorities); the independent-school rate £95 applies.',
  },

  // ───────────── wales: Ysgol Gynradd Bryn Glas (maintained primary, Wales) ─────────────
  {
    page: 'wales-cfw-progression', context: 'wales', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 12, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards'], against: [] },
    why: 'Serves T1/SDP1 over two terms with classroom tasks and cluster moderation (NPLE priority; nationally endorsed; DfE/EEF sustained and collaborative); Welsh Government-funded; a full day and a morning out = 1.5 days.',
  },
  {
    page: 'wales-cod-ady', context: 'wales', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 140, paid: 140 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (ALN Code, IDPs) through the medium of Welsh, but a one-off day with no follow-up (DfE part 4); £140 + TAW (VAT) is £140 to a maintained school.',
  },
  {
    page: 'wales-national-ma', context: 'wales', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'The National MA (Wales) ALN pathway serves T2/SDP2 through three years of practice-based enquiry (NPLE; §5.1); fees fully funded by Welsh Government for teachers in maintained Welsh schools; evening and Saturday teaching, so no cover; contact hours not stated.',
  },
  {
    page: 'wales-idp-twilights', context: 'wales', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: null, paid: null }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'provider-expertise', 'sustained'], against: [] },
    why: 'Serves T2/SDP2 (person-centred practice, IDPs) over three spaced twilights with a classroom task between (EEF 10, 14); the Welsh text says £95 and the English £120, so the fee is unknown; after school, no cover.',
  },

  // ───────────── business: school business manager, Riverside Academy (no class; academy) ─────────────
  {
    page: 'sbm-finance-essentials', context: 'business', bands: ['partial'], kind: 'course', status: 'open',
    fee: { exVat: null, paid: null }, coverDays: 0, contactHours: 12, funding: null,
    reasons: { for: ['role-competency', 'provider-expertise'], against: ['value-for-money'] },
    why: 'Useful finance and procurement content for the role, but not the qualification T1 asks for; the summary box says £395 + VAT and the FAQ £450 + VAT; the JSON-LD’s 395 repeats one of the two and does not settle it, so the fee is unknown; no class, so no cover.',
  },
  {
    page: 'sbp-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: ['apprenticeship', 'qualification'], status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: ['apprenticeship-levy', 'levy-transfer'],
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained'], against: [] },
    why: 'Exactly T1: the Level 4 School Business Professional standard (finance, procurement, HR) over 18 months with coaching; an academy trust pays the levy, so training is funded from its levy account (§6.4); no class, so no cover; workshop hours are not a contact total.',
  },
  {
    page: 'sbm-certificate', context: 'business', bands: ['good', 'strong'], kind: ['qualification', 'course'], status: 'open',
    fee: { exVat: 1650, paid: 1650 }, coverDays: 0, contactHours: 48, funding: null,
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained', 'provider-expertise'], against: [] },
    why: 'A regulated Level 4 qualification in finance, procurement and HR (T1) over two terms with work-based assignments and tutor feedback; pay-in-full £1,650 + VAT (instalments cost more; membership optional); eight online days, no class.',
  },
];
