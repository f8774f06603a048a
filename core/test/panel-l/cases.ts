import type { PageCase } from './types.ts';

/**
 * Panel 10: expected judgements, written 8 December 2026 from the pages and the evidence only
 * (../shared/research/cpd-evidence.md, ../shared/seeds/). See README.md for the conventions and every
 * ambiguity decided. One participant throughout.
 */
export const CASES: PageCase[] = [
  // ───────────── primary: Year 1 teacher and English lead, Oak Lane Primary (maintained, England) ─────────────
  {
    page: 'early-reading-fluency-day', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1/SDP1 with EEF KS1 literacy content, video modelling, rehearsal and an action plan (EEF 8, 10, 12), but a one-off day with no follow-up (DfE part 4); non-subscriber price, two alternative dates count once.',
  },
  {
    page: 'phonics-two-term-programme', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 420, paid: 420 }, coverDays: 1.5, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'good-practice', 'pupil-outcomes', 'monitoring-evaluation'], against: [] },
    why: 'Two terms on T1/SDP1 with goal setting, modelling, rehearsal, feedback, gap tasks, a visit and pupil data (EEF 3, 8–10, 13–14; DfE parts 1, 4); three mornings out (1.5 days), 9 h + 3 h of clinics; no VAT word, so £420 as stated.',
  },
  {
    page: 'send-adaptive-twilights', context: 'primary', bands: ['good', 'partial'], kind: ['course', 'webinar', 'programme'], status: 'open',
    fee: { exVat: 120, paid: 120 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T2/SDP3 on the EEF SEND-in-mainstream five strategies with between-session tasks and peer sharing (EEF 7, 12, 14) over seven weeks, short of two terms (TDT); £144 inc. VAT = £120 recovered; four 90-minute twilights, recordings not counted.',
  },
  {
    page: 'dsl-refresher-online', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course', 'webinar'], status: 'open',
    fee: { exVat: 85, paid: 85 }, coverDays: 0.5, contactHours: 3.25, funding: null,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency', 'provider-expertise'], against: [] },
    why: 'Exactly T3: the KCSIE two-yearly DSL refresher (CPL 3.1 compliance and role competency) with a named, credible trainer; one morning or afternoon session of 3 h 15 (0.5 day); single-delegate rate, not the 5+ group rate.',
  },
  {
    page: 'dsl-refresher-premium', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course', 'webinar'], status: 'open',
    fee: { exVat: 140, paid: 140 }, coverDays: 0.5, contactHours: 3.25, funding: null,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency'], against: ['value-for-money'] },
    why: 'The same statutory DSL refresher as Guardian\'s, same length and content, at £140 + VAT instead of £85 + VAT (CPL 3.1 value for money); trainers not named.',
  },
  {
    page: 'vak-brain-gym-day', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 5.5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'value-for-money'] },
    why: 'VAK learning styles, Brain Gym and multiple intelligences are debunked (DfE part 2: robust evidence; CPL 3.1 current research); a one-off day out of class for no defensible gain; first-delegate price.',
  },
  {
    page: 'maths-hub-work-group', context: 'primary', bands: ['strong', 'good'], kind: ['network', 'lesson-study', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 11, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'DfE-funded Teacher Research Groups across the year on SDP2 with a Mastery Specialist\'s in-school support (EEF 7–9; DfE parts 3–4); free, but four afternoons of 2 h 45 remain as cover (2 days); the £75 non-attendance charge is not a fee.',
  },
  {
    page: 'behaviour-inset-day', context: 'primary', bands: ['partial', 'good'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 55, paid: 55 }, coverDays: 0, contactHours: 6.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'price-per-participant'], against: ['sustained'] },
    why: 'Serves SDP4 with modelling, rehearsal and feedback (EEF 8–10) on an INSET day, £1,650 ÷ 30 staff = £55; but one day, and the follow-up twilight is an optional add-on (DfE part 4).',
  },
  {
    page: 'primary-english-conference-2026', context: 'primary', bands: ['partial', 'weak'], kind: 'conference', status: 'past',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, funding: null,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Relevant to T1 but held on 13 November 2026 and closed for booking; a one-off conference day (TDT: avoid one-offs); contact hours left open (timetable with lunch and a choice of workshops).',
  },
  {
    page: 'phonics-thin-page', context: 'primary', extracts: false, bands: ['insufficient'], kind: ['unknown', 'course', 'inset'], status: ['open', 'unknown'],
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: ['planned-programme', 'research-evidence', 'provider-expertise', 'value-for-money'] },
    why: 'States nothing a CPL lead needs: no aims, dates, trainer, evidence or price (TDT provider code; Weston check 1).',
  },
  {
    page: 'emergency-first-aid', context: 'primary', bands: ['partial', 'weak'], kind: ['statutory', 'course', 'qualification'], status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['quality-compliance', 'provider-expertise'], against: ['priorities'] },
    why: 'Regulated EFAW meets a statutory need (CPL 3.1 compliance) but serves none of the teacher\'s targets; VAT-exempt £95; the stated 6 contact hours win over the 9–4 span with breaks; the in-house group price is a separate offer.',
  },
  {
    page: 'inspire-keynote-tour', context: 'primary', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 129, paid: 129 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'A one-off motivational show serving no target and citing no evidence (TDT: avoid one-off “guru” sessions; DfE part 2); early-bird £129 + VAT still open on 8 December; 9:30–2:30 on a Wednesday.',
  },

  // ───────────── secondary: Head of science, Riverside Academy (academy in a MAT, England) ─────────────
  {
    page: 'instructional-coaching-year', context: 'secondary', bands: ['strong', 'good'], kind: ['programme', 'coaching'], status: 'open',
    fee: { exVat: 1330, paid: 1330 }, coverDays: 4, contactHours: 28.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'provider-expertise', 'peer-feedback', 'monitoring-evaluation'], against: [] },
    why: 'T2/SDP2 exactly: two terms of instructional coaching with modelling, rehearsal, video feedback and in-school repetition (EEF 6–10, 13–14; DfE parts 2–4); early bird (by 18 Dec 2026) applies; 4 days × 6 h + 6 × 45 min calls.',
  },
  {
    page: 'feedback-science-day', context: 'secondary', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 7, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'T1/SDP1 in science on the EEF feedback report, with an action plan and an included follow-up webinar (EEF 12, 2), but essentially a one-day course; three venues are alternatives (1 day); 6 h + 1 h twilight webinar; non-member price.',
  },
  {
    page: 'inspire-keynote-tour', context: 'secondary', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 129, paid: 129 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Motivational one-off serving no target (TDT: avoid one-off guru sessions; DfE part 2); early bird applies; a weekday in school hours.',
  },
  {
    page: 'ecf-mentor-training', context: 'secondary', bands: ['strong', 'good'], kind: ['ecf', 'programme'], status: 'open',
    fee: { paid: 0 }, coverDays: 2, funding: 'ecf',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'DfE-funded ECF mentor training built on instructional coaching serves T2 over a year (ECF standard 8; EEF 6–10); free, but two face-to-face weekdays remain as cover; contact hours left open (second-year clinics unspecified, self-study not contact).',
  },
  {
    page: 'assessment-conference-2027', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 54, paid: 54 }, coverDays: 0, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['sustained'] },
    why: 'A Saturday conference on T1 with a science strand, cheap at the early-bird rate (valid to 31 Jan 2027), but a one-off day (DfE part 4); no cover on a Saturday; contact hours left open (timetable with lunch and elective sessions).',
  },
  {
    page: 'science-lesson-study-network', context: 'secondary', bands: ['strong', 'good'], kind: ['lesson-study', 'network', 'programme'], status: 'open',
    fee: { exVat: 200, paid: 200 }, coverDays: 3, contactHours: 24, funding: null,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'monitoring-evaluation', 'provider-expertise'], against: [] },
    why: 'Three lesson study cycles over two terms on formative assessment in science (T1) with an external knowledgeable other (DfE part 3; EEF 7–9, 14); £600 ÷ 3 teachers = £200; 3 research days × 6.5 h + 3 twilights × 1.5 h.',
  },
  {
    page: 'feedback-elearning', context: 'secondary', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: 49, paid: 49 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['sustained', 'collaboration', 'peer-feedback'] },
    why: 'Serves T1 cheaply on the EEF feedback report, but self-paced video with no tutor, feedback or follow-up builds knowledge only (EEF group A without C–D); stated ≈6 hours, 12-month access not counted; single-user price.',
  },
  {
    page: 'coaching-the-coaches-group', context: 'secondary', bands: ['strong', 'good'], kind: ['coaching', 'inset', 'programme'], status: ['open', 'unknown'],
    fee: { exVat: 400, paid: 400 }, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'monitoring-evaluation'], against: [] },
    why: 'In-school coaching of department coaches over two terms (T2/SDP2; EEF 8–10, 14) with an impact report (Guskey 4–5); £2,400 ÷ 6 coaches = £400; only the 3-hour launch is timed, visits untimed; cover left open.',
  },
  {
    page: 'disciplinary-literacy-sold-out', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'full',
    fee: { exVat: 235, paid: 235 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Exactly T3/SDP3 on the EEF secondary literacy report, but a one-off day, and sold out (waiting list only); the related history course with places is another page\'s course.',
  },
  {
    page: 'procurement-act-day', context: 'secondary', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 230, paid: 230 }, coverDays: 1, contactHours: 5.5, funding: null,
    reasons: { for: [], against: ['priorities', 'role-competency'] },
    why: 'A procurement course for business leaders serves none of a head of science\'s targets (CPL 3.1 priorities); a school day out of class, 10:00–15:30; non-member price.',
  },

  // ───────────── independent: Maths teacher and aspiring HoD, St Aldhelm's (independent, England) ─────────────
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 2, contactHours: 21, funding: null,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'research-evidence'], against: [] },
    why: 'A year-long NPQ on the DfE framework serving T2 (middle leadership); independent schools are not eligible for the scholarship, so £899 self-funded and VAT-exempt; 2 conference days × 6 h + 6 clinics × 1.5 h (the 40–50 h FAQ includes self-study).',
  },
  {
    page: 'ks3-mastery-programme', context: 'independent', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 690, paid: 828 }, coverDays: 3, contactHours: 18, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'T1/SDP1 exactly: three days over two terms with modelling, rehearsal and classroom gap tasks (EEF 8, 10, 14; DfE part 4); VAT not recoverable, so £690 + 20% = £828; single-delegate rate.',
  },
  {
    page: 'new-middle-leaders-course', context: 'independent', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence', 'planned-programme'] },
    why: 'On T2, but the page contradicts itself (one day vs two days, £275 vs £325 vs a stale £250 in its data, one date only) and cites no evidence (TDT provider transparency); fee, cover and hours left open.',
  },
  {
    page: 'ks3-algebra-cancelled', context: 'independent', bands: ['weak', 'partial', 'insufficient'], kind: 'course', status: 'closed',
    fee: { exVat: 60, paid: 60 }, coverDays: 0, contactHours: 2, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Relevant to T1 but cancelled, with no new date; a two-hour twilight in any case (DfE part 4); £60 with no VAT word.',
  },
  {
    page: 'inspire-keynote-tour', context: 'independent', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 129, paid: 154.8 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'Motivational one-off serving no target (TDT; DfE part 2); early bird £129 + VAT, which an independent school cannot recover (£154.80).',
  },
  {
    page: 'instructional-coaching-year', context: 'independent', bands: ['good', 'partial'], kind: ['programme', 'coaching'], status: 'open',
    fee: { exVat: 1330, paid: 1596 }, coverDays: 4, contactHours: 28.5, funding: null,
    reasons: { for: ['sustained', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'Sustained, evidence-based coaching programme (EEF 6–10, 14) that serves T2 only in part (coaching is one part of leading a department) and assumes a coaching role; early bird + VAT not recoverable (£1,596).',
  },

  // ───────────── wales: Year 4 teacher, Ysgol Gynradd Bryn Glas (maintained primary, Wales) ─────────────
  {
    page: 'national-ma-wales', context: 'wales', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'The Welsh Government-funded National MA (NPLE §5.1) with ALN and curriculum pathways and classroom enquiry over three years; evening and Saturday study, so no cover; contact hours left open.',
  },
  {
    page: 'cynnydd-asesu-cluster', context: 'wales', bands: ['strong', 'good'], kind: ['programme', 'network'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 9, funding: ['welsh-national', 'fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence'], against: [] },
    why: 'T1/SDP1 exactly: cluster enquiry on progression and assessment over two terms with a partner school and adviser visit (NPLE; DfE part 3; EEF 7, 13–14); NPLE-funded; three afternoons (1.5 days) of 2.5 h + a 1.5 h twilight.',
  },
  {
    page: 'cod-ady-ar-lein', context: 'wales', bands: ['good', 'partial'], kind: ['course', 'webinar'], status: 'open',
    fee: { exVat: 60, paid: 60 }, coverDays: 0, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'provider-expertise'], against: ['sustained'] },
    why: 'T2/SDP2 exactly: the ALN Code and IDPs for class teachers with a gap task (EEF 12, 14), in Welsh; two twilights of 90 minutes, £60 “nid yw TAW yn daladwy” (no VAT).',
  },
  {
    page: 'cwrs-cymraeg-dwys', context: 'wales', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 5, contactHours: 32.5, funding: ['welsh-national', 'fully-funded', 'grant'],
    reasons: { for: ['priorities'], against: [] },
    why: 'Serves SDP3 (Welsh language) rather than the teacher\'s own targets; Welsh Government-funded with a cover contribution, yet a full week out of class (5 days; two weeks are alternatives); 5 × 6.5 h.',
  },
  {
    page: 'vak-brain-gym-day', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 5.5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'value-for-money'] },
    why: 'Debunked learning styles and Brain Gym (DfE part 2) serving neither CfW nor ALN targets; a Friday in London; VAT recoverable by a maintained Welsh school.',
  },
  {
    page: 'inspire-keynote-tour', context: 'wales', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 129, paid: 129 }, coverDays: 1, contactHours: 5, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'A one-off motivational show in England serving no target (TDT; NPLE priorities absent); early bird applies.',
  },

  // ───────────── business: School business manager (no class), Riverside Academy ─────────────
  {
    page: 'emergency-first-aid', context: 'business', bands: ['partial', 'weak'], kind: ['statutory', 'course', 'qualification'], status: 'open',
    fee: { exVat: 95, paid: 95 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['quality-compliance'], against: ['priorities'] },
    why: 'Statutory first aid supports compliance (CPL 3.1) but not T1; no class, so no cover; VAT-exempt £95; 6 stated contact hours.',
  },
  {
    page: 'sbm-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: 'apprenticeship', status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'relevant-standards', 'sustained', 'role-competency'], against: [] },
    why: 'T1 exactly: the Level 4 school business professional standard over 18 months (evidence §6.4), levy-funded with nothing to pay for a MAT that pays the levy; no class; contact hours left open (number of monthly workshops not stated).',
  },
  {
    page: 'procurement-act-day', context: 'business', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 230, paid: 230 }, coverDays: 0, contactHours: 5.5, funding: null,
    reasons: { for: ['priorities', 'role-competency', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves the procurement strand of T1 with a credible trainer and a practical exercise, but a one-off day leading to no qualification; non-member price; no class, so no cover.',
  },
  {
    page: 'sbm-diploma', context: 'business', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: 'open',
    fee: { exVat: 1950, paid: 1950 }, coverDays: 0, contactHours: 20, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'sustained', 'role-competency'], against: [] },
    why: 'T1 exactly: a nine-month regulated diploma in finance, procurement and HR mapped to ISBL standards with work-based assignments; £1,950 + VAT (the deposit is part of it), VAT recovered; 8 × 2.5 h live workshops, tutor calls untimed.',
  },
  {
    page: 'finance-assistants-postponed', context: 'business', bands: ['partial', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: 85, paid: 85 }, coverDays: 0, contactHours: 3, funding: null,
    reasons: { for: ['value-for-money'], against: ['role-competency', 'priorities', 'sustained'] },
    why: 'Aimed at finance assistants and “not designed for experienced business managers”, so below the SBM\'s level and T1; postponed to 22 April 2027 and bookable (open); £85 from an LA traded service.',
  },
];
