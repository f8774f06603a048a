import type { PageCase } from './types.ts';

const NONE = null;

/** Expert expectations, one case per page and context (panel 8, written 8 December 2026). */
export const CASES: PageCase[] = [
  // ---------- primary: Oak Lane Primary (maintained, England; VAT recovered) ----------
  {
    page: 'phonics-fluency-programme', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 495, paid: 495 }, coverDays: 2, contactHours: 16.5, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'pupil-outcomes'], against: [] },
    why: 'Two terms on T1/SDP1 from the EEF KS1 literacy report, with goal setting, gap tasks, pupil work and feedback and a cross-school partner (EEF mechanisms 3, 7, 9, 11–12; DfE parts 2–4); two full days out (lunch excluded: 2×6 h + 3×1.5 h).',
  },
  {
    page: 'learning-styles-day', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'VAK profiling and Brain Gym are debunked (DfE standard part 2: PD underpinned by robust evidence); one-off day serving no target (TDT: avoid one-off sessions).',
  },
  {
    page: 'dsl-refresher-online', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course'], status: 'open',
    fee: { exVat: 85, paid: 85 }, coverDays: 0.5, contactHours: 3.5, funding: NONE,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency', 'value-for-money'], against: ['sustained'] },
    why: 'Meets T3 directly (KCSIE two-yearly DSL refresher; CPL policy 3.1 compliance/role competency) at low cost; a morning online, alternative dates counted once; compliance update, not sustained PD.',
  },
  {
    page: 'send-adaptive-inset', context: 'primary', bands: ['good', 'partial'], kind: ['inset', 'course'], status: ['open', 'unknown'],
    fee: { exVat: 40, paid: 40 }, coverDays: 0, contactHours: 5, funding: NONE,
    reasons: { for: ['priorities', 'research-evidence', 'price-per-participant', 'collaboration'], against: ['sustained'] },
    why: 'Serves T2/SDP3 on the EEF SEND in Mainstream guidance; £1,200 ÷ 30 staff = £40 each on an INSET day (no cover); one follow-up review only, so not sustained (DfE part 4).',
  },
  {
    page: 'early-reading-conference-2026', context: 'primary', bands: ['partial', 'weak'], kind: 'conference', status: 'past',
    fee: { exVat: 195, paid: 195 }, coverDays: 0, contactHours: 6.5, funding: NONE,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T1 but a one-off conference (EEF: one-off events rarely change practice) that took place on Saturday 14 November 2026; non-member ticket as the school is not stated to be a member.',
  },
  {
    page: 'maths-mastery-work-group', context: 'primary', bands: ['good', 'strong'], kind: ['programme', 'network', 'lesson-study'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 9, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'value-for-money'], against: [] },
    why: 'DfE-funded Maths Hub work group on SDP2 with classroom trials between three workshops (EEF 7–9, DfE parts 3–4); free, but three afternoons of cover remain (page says cover not funded).',
  },
  {
    page: 'phonics-one-day-dates', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'Serves T1/SDP1 with an action plan, but a one-off day with no follow-up (DfE part 4); Leeds date full, two other dates open; £252 in the JSON-LD is the VAT-inclusive price.',
  },
  {
    page: 'title-only-workshop', context: 'primary', extracts: false, bands: ['insufficient'], kind: 'unknown', status: ['open', 'unknown'],
    reasons: { for: [], against: ['planned-programme', 'provider-expertise'] },
    why: 'States nothing: no content, date, price or provider expertise to judge (Weston/TDT checks before buying).',
  },
  {
    page: 'npq-leading-literacy', context: 'primary', bands: ['good', 'strong'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    coverDays: 3, funding: ['npq-dfe', null],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'role-competency'], against: [] },
    why: 'A year-long DfE NPQ for an English lead serving SDP1 (DfE part 4; CPL policy 3.1 relevant standards); scholarship only for top-50% pupil-premium schools and Oak Lane’s eligibility is not stated, so the fee (£0 or £899, VAT-exempt) is left open; three conference days out.',
  },
  {
    page: 'send-webinar', context: 'primary', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 35, paid: 35 }, coverDays: 0, contactHours: 1, funding: NONE,
    reasons: { for: ['priorities', 'price-per-participant'], against: ['sustained'] },
    why: 'Cheap after-school hour on T2 scaffolding, but one-off information only (EEF: building knowledge alone); the 30-day recording does not add contact hours.',
  },
  {
    page: 'inspire-keynote-day', context: 'primary', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 5, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: '“No theory – just pure inspiration”: a one-off guru day serving no target (TDT; DfE part 2); “buzzing for weeks” is a testimonial, not follow-up.',
  },

  // ---------- secondary: Riverside Academy head of science (academy; VAT recovered) ----------
  {
    page: 'instructional-coaching-programme', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 850, paid: 850 }, coverDays: 2, contactHours: 22, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'planned-programme'], against: [] },
    why: 'Six months on T2/SDP2 with modelling, rehearsal, feedback and in-school coaching cycles (EEF mechanisms 6–10, 12; DfE parts 2–4); stated 22 hours; two days out; individual rate applies to one participant.',
  },
  {
    page: 'learning-styles-day', context: 'secondary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Debunked VAK/Brain Gym content (DfE part 2) serving none of T1–T3, one day out.',
  },
  {
    page: 'feedback-science-day', context: 'secondary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: ['priorities', 'research-evidence'], against: ['sustained'] },
    why: 'Serves T1/SDP1 on the EEF feedback guidance, but a single day with no follow-up (DfE part 4).',
  },
  {
    page: 'disciplinary-literacy-lesson-study', context: 'secondary', bands: ['strong', 'good'], kind: ['lesson-study', 'programme'], status: 'open',
    fee: { exVat: 200, paid: 200 }, coverDays: 2, contactHours: 14, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'price-per-participant'], against: [] },
    why: 'Two terms of lesson study on T3/SDP3 with an expert facilitator (DfE parts 3–4; EEF 7–9); £600 per team of three = £200, no VAT; four mornings out.',
  },
  {
    page: 'in-school-coaching', context: 'secondary', bands: ['good', 'partial'], kind: 'coaching', status: ['open', 'unknown'],
    fee: { exVat: 900, paid: 900 }, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback'], against: ['research-evidence', 'provider-expertise'] },
    why: 'A term of in-school coaching cycles serving SDP2 (EEF 9–10, 12); £3,600 ÷ 4 teachers = £900; visits untimed and arranged around the timetable, so cover and hours left open; no evidence base or consultant named.',
  },
  {
    page: 'inspire-keynote-day', context: 'secondary', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 5, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'One-off motivational talk serving no target (TDT: avoid guru sessions; DfE part 2).',
  },
  {
    page: 'science-conference-2027', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 295, paid: 295 }, coverDays: 0, contactHours: 6, funding: NONE,
    reasons: { for: ['priorities', 'collaboration'], against: ['sustained'] },
    why: 'Subject conference touching T1 and T3, one-off (DfE part 4); Saturday, so no cover; early bird closed 30 November 2026, non-member standard £295 + VAT.',
  },
  {
    page: 'assessment-contradiction', context: 'secondary', bands: ['partial', 'weak', 'insufficient'], kind: 'course', status: 'open',
    funding: NONE,
    reasons: { for: ['priorities'], against: ['planned-programme', 'sustained'] },
    why: 'On T1 but the page contradicts itself (two days vs one date and one day; £295 vs £325 + VAT), so fee, cover and hours are left open (TDT/Weston: check what you are buying).',
  },
  {
    page: 'npq-leading-teacher-development', context: 'secondary', bands: ['strong', 'good'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    coverDays: 2, funding: ['npq-dfe', null],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'role-competency'], against: [] },
    why: '18-month NPQ on leading teacher development and coaching, serving T2/SDP2 (DfE part 4); funding depends on pupil-premium eligibility not given, so fee left open; two face-to-face days out.',
  },
  {
    page: 'free-feedback-webinar', context: 'secondary', bands: ['weak', 'partial'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 0.75, funding: NONE,
    reasons: { for: ['price-per-participant'], against: ['research-evidence', 'provider-expertise', 'sustained'] },
    why: 'A free vendor product demo (auto-marking) rather than professional development; no evidence base (DfE part 2); free with no funding body is not a funded route.',
  },
  {
    page: 'literacy-twilight-series', context: 'secondary', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 120, paid: 120 }, coverDays: 0, contactHours: 4.5, funding: NONE,
    reasons: { for: ['priorities', 'value-for-money', 'sustained'], against: ['research-evidence'] },
    why: 'Three twilights on T3 with classroom tasks between (EEF 12, spaced over two months) at no cover cost; no evidence base or facilitator named.',
  },

  // ---------- independent: St Aldhelm’s maths teacher (VAT not recovered) ----------
  {
    page: 'ks3-mastery-programme', context: 'independent', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 720, paid: 864 }, coverDays: 3, contactHours: 23.5, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'pupil-outcomes'], against: [] },
    why: 'Year-long mastery programme on T1/SDP1 with classroom trials and specialist feedback (EEF 9, 12; DfE part 4); £720 + 20% VAT borne by an independent school; 3 × 6.5 h + 4 × 1 h.',
  },
  {
    page: 'middle-leadership-programme', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 1150, paid: 1380 }, coverDays: 4, contactHours: 26, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'role-competency'], against: ['price-per-participant'] },
    why: 'Four days across the year with an in-department project and a cross-school mentor, serving T2/SDP2 (DfE parts 3–4); costly with VAT and four days out.',
  },
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 1, funding: NONE,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards'], against: [] },
    why: 'NPQLT for an aspiring head of department (T2); independent schools are not funded (§6.3), £899 VAT-exempt; one face-to-face day out, clinics after school; day untimed so hours left open.',
  },
  {
    page: 'ks3-algebra-half-day', context: 'independent', bands: ['partial'], kind: 'course', status: 'open',
    fee: { exVat: 116.67, paid: 140 }, coverDays: 0.5, contactHours: 3, funding: NONE,
    reasons: { for: ['priorities', 'price-per-participant'], against: ['sustained'] },
    why: 'On T1 mastery, cheap, but a one-off afternoon (DfE part 4); £140 incl. VAT is the cost to an independent school.',
  },
  {
    page: 'inspire-keynote-day', context: 'independent', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 179, paid: 214.8 }, coverDays: 1, contactHours: 5, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'One-off guru day serving neither target (TDT); VAT not recovered.',
  },
  {
    page: 'learning-styles-day', context: 'independent', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 189, paid: 226.8 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Debunked learning-styles content (DfE part 2), no target served; VAT not recovered.',
  },

  // ---------- wales: Ysgol Gynradd Bryn Glas Year 4 teacher ----------
  {
    page: 'cwricwlwm-cynnydd', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1, contactHours: 11, funding: ['welsh-national', 'fully-funded'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'value-for-money'], against: [] },
    why: 'NPLE-funded programme on T1/SDP1 with cluster collaboration and trials between sessions (§5.1 NPLE; EEF 12); one day out, three twilights.',
  },
  {
    page: 'aln-code-day', context: 'wales', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: ['priorities', 'relevant-standards'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (ALN Code, IDPs) but a one-off day (DfE part 4 / Welsh professional standards).',
  },
  {
    page: 'national-ma-wales', context: 'wales', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: ['open', 'unknown'],
    fee: { exVat: 0, paid: 0 }, coverDays: 0, funding: ['welsh-national', 'fully-funded'],
    reasons: { for: ['sustained', 'research-evidence', 'priorities', 'value-for-money'], against: [] },
    why: 'National MA Education (Wales), fully funded by Welsh Government (§5.1), with ALN and curriculum pathways serving T1/T2; evenings and Saturdays so no cover; hours not stated.',
  },
  {
    page: 'ofsted-deep-dive', context: 'wales', bands: ['weak', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 199, paid: 199 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'Ofsted inspection preparation for England is irrelevant to a Welsh school inspected by Estyn; serves no target; one-off.',
  },
  {
    page: 'learning-styles-day', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 189, paid: 189 }, coverDays: 1, contactHours: 6, funding: NONE,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Debunked learning-styles content serving neither T1 nor T2 (DfE part 2 equivalent: evidence-informed professional learning).',
  },

  // ---------- business: Riverside Academy school business manager (no class) ----------
  {
    page: 'sbp-apprenticeship', context: 'business', bands: ['strong', 'good'], kind: ['apprenticeship', 'qualification'], status: ['open', 'unknown'],
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained', 'value-for-money'], against: [] },
    why: 'Level 4 School Business Professional standard meets T1 exactly (finance, procurement, HR; §6.4); levy-funded through the trust; no class so no cover; hours not stated.',
  },
  {
    page: 'sbm-diploma', context: 'business', bands: ['good', 'strong'], kind: ['qualification', 'programme'], status: 'open',
    fee: { exVat: 2400, paid: 2400 }, coverDays: 0, contactHours: 36, funding: NONE,
    reasons: { for: ['priorities', 'role-competency', 'sustained'], against: ['price-per-participant'] },
    why: 'A 12-month qualification on finance, procurement and HR serving T1, six 6-hour taught days; costly but VAT recovered by the academy; no class, no cover.',
  },
  {
    page: 'procurement-webinar', context: 'business', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: NONE,
    reasons: { for: ['priorities', 'price-per-participant'], against: ['sustained'] },
    why: 'Free one-hour briefing on procurement, part of T1, but information only and one-off; free without a funding body is not a funded route.',
  },
  {
    page: 'gdpr-schools-day', context: 'business', bands: ['partial', 'weak'], kind: ['course', 'statutory'], status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 0, contactHours: 6, funding: NONE,
    reasons: { for: ['role-competency'], against: ['priorities', 'sustained'] },
    why: 'Useful compliance day for office staff but outside T1 (finance, procurement, HR qualification); one-off; alternative dates counted once.',
  },
  {
    page: 'title-only-workshop', context: 'business', extracts: false, bands: ['insufficient'], kind: 'unknown', status: ['open', 'unknown'],
    reasons: { for: [], against: ['planned-programme', 'provider-expertise'] },
    why: 'States nothing to judge.',
  },
];
