import type { PageCase } from './types.ts';

/**
 * Panel 9b: the shapes a schedule takes on UK CPD pages. Expectations were decided from each page and the
 * evidence (EEF 2021, DfE 2016, TDT, CPL policy 3.1) before anything was run. See README.md for conventions.
 */
export const CASES: PageCase[] = [
  // ───────────────────────── primary: Year 1 teacher and English lead (maintained, England) ─────────────────────────
  {
    page: 'phonics-fluency-day', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1/SDP1 with modelling and rehearsal on the EEF KS1 literacy report, but one 9.30–3.30 day (three alternative dates, counted once) with slides only afterwards: DfE part 4 and EEF embedding mechanisms 11–14 absent.',
  },
  {
    page: 'early-reading-three-days', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 495, paid: 495 }, coverDays: 3, contactHours: 18, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'pupil-outcomes', 'monitoring-evaluation', 'collaboration'], against: [] },
    why: 'Three 09:30–15:30 days from February to July with gap tasks, peer observation, pupil baseline and re-assessment, action planning (EEF 3, 7, 9, 12, 14; DfE parts 1–4 over two terms); £495 + VAT for all three days.',
  },
  {
    page: 'send-adaptive-twilights', context: 'primary', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 180, paid: 180 }, coverDays: 0, contactHours: 8, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration'], against: [] },
    why: 'Four 4–6pm twilights across spring and summer 2027 on T2/SDP3 (EEF SEND in Mainstream), with a case-study pupil, triads and classroom trials between sessions (EEF 7, 12, 14); no VAT, no cover.',
  },
  {
    page: 'dsl-refresher-online', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course'], status: 'open',
    fee: { exVat: 75, paid: 75 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency', 'relevant-standards'], against: [] },
    why: 'Meets T3 (two-yearly DSL/deputy DSL refresher against KCSIE, CPL 3.1 compliance and role competency); one of three live online half-day dates, one fully booked, counted once: 0.5 day, 3 hours.',
  },
  {
    page: 'send-ks1-day-cancelled', context: 'primary', bands: ['partial', 'weak'], kind: 'course', status: 'closed',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'Topic serves T2 but a one-off “full day” with no evidence base named and no follow-up (DfE parts 2 and 4); the only date is cancelled with no new date, so it cannot be booked. Timings are not given, so hours are left open.',
  },
  {
    page: 'calm-classrooms-roadshow', context: 'primary', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: 140, paid: 140 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves the school’s SDP4 (behaviour routines) but none of the teacher’s targets; a one-off 1–4pm afternoon at a choice of venues (Leeds cancelled, two others open), no follow-up (TDT: avoid one-offs).',
  },

  // ───────────────────────── secondary: head of science (academy, England) ─────────────────────────
  {
    page: 'feedback-conference-2027', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 229, paid: 229 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'A one-day conference on T1/SDP1 (EEF feedback guidance, a science workshop strand) but one-off (DfE part 4); five one-hour sessions in the timetable (registration, breaks and lunch not counted); first-delegate rate £229 + VAT.',
  },
  {
    page: 'instructional-coaching-year', context: 'secondary', bands: ['strong', 'good'], kind: ['coaching', 'programme'], status: 'open',
    fee: { exVat: 1150, paid: 1150 }, coverDays: 3, contactHours: 19.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'collaboration', 'monitoring-evaluation'], against: [] },
    why: 'Serves T2/SDP2 over a calendar year: three 9.15–3.45 training days, six untimed in-school coaching visits and fortnightly calls (EEF 6, 8–10, 11, 13; DfE parts 3–4). Visits and calls are untimed and left out of hours; JSON-LD 1380 is the VAT-inclusive price.',
  },
  {
    page: 'disciplinary-literacy-science-hybrid', context: 'secondary', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 320, paid: 320 }, coverDays: 1, contactHours: 9.75, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration'], against: [] },
    why: 'T3/SDP3 on the EEF secondary literacy guidance: one in-person day (6 h) plus three 3.45–5.00pm online follow-ups to May reviewing classroom trials (EEF 2, 12, 14); bookings close 29 January, still open.',
  },
  {
    page: 'feedback-science-self-paced', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: ['open', 'unknown'],
    fee: { exVat: 124.17, paid: 124.17 }, coverDays: 0, contactHours: 20, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['collaboration', 'peer-feedback'] },
    why: 'Serves T1 with evidence-based content, video modelling and an action plan (EEF 1, 8, 12), but self-paced with no feedback or social support (EEF 7, 9); “about 20 hours of study” is the stated total, 12 months’ access is not contact; £149 incl. VAT = £124.17 to an academy.',
  },
  {
    page: 'assessment-conference-2026', context: 'secondary', bands: ['partial', 'weak'], kind: 'conference', status: 'past',
    fee: { exVat: 185, paid: 185 }, coverDays: 1, contactHours: 6.25, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'A one-off assessment conference on T1 (DfE part 4 absent); it took place on Friday 13 March 2026 and the page says so, though its JSON-LD still says scheduled; 2027 date not announced.',
  },
  {
    page: 'learning-styles-science-twilight', context: 'secondary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 65, paid: 65 }, coverDays: 0, contactHours: 2, funding: null,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Teaches VAK learning styles, which the evidence does not support (DfE part 2; CPL 3.1 research evidence), serves no target, one twilight 4–6pm.',
  },
  {
    page: 'manageable-marking-sold-out', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'full',
    fee: { exVat: 210, paid: 210 }, coverDays: 1, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T1 (manageable, effective marking in science, on the EEF written marking review) in one day; both dates sold out with a waiting list only; “registration 9am, close 4pm” leaves the taught hours open.',
  },
  {
    page: 'middle-leaders-six-sessions', context: 'secondary', bands: ['partial', 'good'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 299, paid: 299 }, coverDays: 0, contactHours: 9, funding: null,
    reasons: { for: ['planned-programme', 'value-for-money'], against: ['sustained'] },
    why: 'Six 90-minute 4.15–5.45pm sessions over six weeks; one session on coaching conversations touches T2, but it is generic middle leadership, short of two terms (TDT 30–50 h).',
  },

  // ───────────────────────── independent: maths teacher, aspiring head of department ─────────────────────────
  {
    page: 'middle-leaders-six-sessions', context: 'independent', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 299, paid: 358.8 }, coverDays: 0, contactHours: 9, funding: null,
    reasons: { for: ['priorities', 'planned-programme', 'value-for-money'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (preparing to lead a department) with gap tasks between six weekly twilight sessions, but only six weeks long (DfE part 4); £299 + VAT = £358.80 to an independent school.',
  },
  {
    page: 'ks3-mastery-lesson-study', context: 'independent', bands: ['strong', 'good'], kind: 'lesson-study', status: 'open',
    fee: { exVat: 175, paid: 210 }, coverDays: 3, contactHours: 16.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'peer-feedback', 'research-evidence'], against: [] },
    why: 'Three lesson study cycles January–May on T1/SDP1 with an external knowledgeable other (DfE parts 3–4; EEF 7–9, 14); six half days out (three 1.30–4pm planning afternoons, three 9–12 research-lesson mornings) = 3 days, 16.5 h; £420 incl. VAT per school for two teachers = £175 + VAT each.',
  },
  {
    page: 'mastery-residential-ks3', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 595, paid: 714 }, coverDays: 2, contactHours: 11, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained', 'value-for-money'] },
    why: 'On T1 with expert modelling, but a one-off two-day residential (Thursday–Friday = 2 cover days) with no follow-up (DfE part 4); the page states 11 hours of taught sessions (the evening session counted, meals not); £595 + VAT.',
  },
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['strong', 'good'], kind: ['npq', 'programme', 'qualification'], status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 3, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards', 'provider-expertise'], against: [] },
    why: 'NPQLT serves T2/SDP2 over a year with three face-to-face days, clinics and assessment (DfE parts 2–4); scholarships are for eligible state schools only, so the independent school pays £899 (VAT-exempt). Contact hours left open (stated “around 40 hours” mixes self-study with sessions).',
  },
  {
    page: 'leadership-day-2027-tbc', context: 'independent', extracts: false, bands: ['insufficient'], kind: ['unknown', 'conference'], status: ['open', 'unknown'],
    reasons: { for: [], against: ['planned-programme'] },
    why: 'A “save the date” with no date, venue, programme, speakers or price: nothing to judge against TDT’s provider-information code.',
  },
  {
    page: 'feedback-conference-2027', context: 'independent', bands: ['partial', 'weak'], kind: 'conference', status: 'open',
    fee: { exVat: 229, paid: 274.8 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: ['research-evidence'], against: ['priorities', 'sustained'] },
    why: 'A one-off feedback conference with a science strand; serves neither maths mastery nor middle leadership (CPL 3.1 priorities); £229 + VAT = £274.80 to an independent school.',
  },
  {
    page: 'disciplinary-literacy-science-hybrid', context: 'independent', bands: ['partial', 'weak'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 320, paid: 384 }, coverDays: 1, contactHours: 9.75, funding: null,
    reasons: { for: ['sustained', 'research-evidence'], against: ['priorities'] },
    why: 'Well designed but science-specific literacy serves none of a maths teacher’s targets (CPL 3.1 priorities); £320 + VAT = £384.',
  },
  {
    page: 'feedback-science-self-paced', context: 'independent', bands: ['weak', 'partial'], kind: 'course', status: ['open', 'unknown'],
    fee: { exVat: 124.17, paid: 149 }, coverDays: 0, contactHours: 20, funding: null,
    reasons: { for: ['research-evidence'], against: ['priorities', 'collaboration'] },
    why: 'Science feedback, self-paced, no social support or feedback (EEF 7, 9) and not on the maths teacher’s targets; the independent school bears the VAT-inclusive £149.',
  },

  // ───────────────────────── wales: Year 4 teacher (maintained primary, Wales) ─────────────────────────
  {
    page: 'dilyniant-cwricwlwm-i-gymru', context: 'wales', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 3, contactHours: 16.5, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'collaboration', 'research-evidence'], against: [] },
    why: 'T1/SDP1 progression and assessment under CfW over three terms (January, March, June) with cluster gap tasks (NPLE priority; DfE parts 3–4); free, funded by Welsh Government, but three 9:30–15:00 days out.',
  },
  {
    page: 'cod-ady-ar-lein', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 90, paid: 90 }, coverDays: 0, contactHours: 9, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'planned-programme'], against: ['sustained'] },
    why: 'T2/SDP2 on the ALN Code: six 90-minute Wednesday sessions 15:45–17:15 (twilight, 0 cover) with IDP tasks between them; six weeks, short of two terms; £90, no VAT.',
  },
  {
    page: 'ma-addysg-cymru', context: 'wales', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards', 'provider-expertise'], against: [] },
    why: 'National MA Education (Wales), fully funded by Welsh Government, with CfW and ALN pathways serving T1/T2 over three years (NPLE; DfE part 4); taught on weekday evenings and some Saturdays, so no cover; apply by 30 April 2027.',
  },
  {
    page: 'cwrs-preswyl-cymraeg', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 3, contactHours: 18, funding: 'welsh-national',
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves SDP3 (Welsh language across the school) but not the teacher’s own targets; three consecutive residential days, free and funded by Welsh Government (release costs refunded, but the three days out still count); 18 hours stated.',
  },

  // ───────────────────────── business: school business manager, no class ─────────────────────────
  {
    page: 'ta-phonics-mornings', context: 'business', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 120, paid: 120 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: [], against: ['priorities'] },
    why: 'A phonics course for teaching assistants serves none of a business manager’s targets (CPL 3.1 priorities, role competency); two 9.15–12.15 mornings, but no class, so no cover.',
  },
  {
    page: 'ta-maths-interventions-online', context: 'business', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0, contactHours: 5, funding: null,
    reasons: { for: [], against: ['priorities'] },
    why: 'Five 1.30–2.30pm online sessions for teaching assistants running maths interventions; nothing for the business manager’s qualification target; daytime but no class to cover.',
  },
  {
    page: 'sbp-level-4-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: ['apprenticeship', 'qualification'], status: 'open',
    coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained'], against: [] },
    why: 'The Level 4 School Business Professional apprenticeship is T1 itself: finance, procurement and HR over about 18 months with monthly workshops and a workplace coach (CPL 3.1 role competency; 4.1 funded qualifications); levy-funded, no class. What the school pays depends on the trust’s levy position, so the fee is left open.',
  },
  {
    page: 'school-procurement-two-day', context: 'business', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 395, paid: 395 }, coverDays: 0, contactHours: 13, funding: null,
    reasons: { for: ['priorities', 'role-competency', 'quality-compliance'], against: ['sustained'] },
    why: 'Procurement and contract management for school business staff serves part of T1 and compliance (CPL 3.1); two consecutive 09:30–16:00 days (13 h; the JSON-LD end date wrongly says one day); no class; booking closes 8 January.',
  },
];
