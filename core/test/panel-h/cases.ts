import type { PageCase } from './types.ts';

/**
 * Panel 7: expected judgement and cost facts, one case per page and school context.
 * Written by a UK CPD lead on 7 December 2026, from the pages and the evidence only (see README.md).
 */
export const CASES: PageCase[] = [
  // ---------------------------------------------------------------- primary (maintained, England)
  {
    page: 'reading-fluency-programme', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 495, paid: 495 }, coverDays: 2, contactHours: 18, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'good-practice', 'monitoring-evaluation'], against: [] },
    why: 'Serves T1/SDP1 over two terms with goals, modelling, classroom trials, video feedback and impact measures (EEF mechanisms 3, 8, 9, 12, 13; DfE parts 1, 2, 4); two days out, 2×6 h + 4×1.5 h.',
  },
  {
    page: 'phonics-one-day-refresh', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 240, paid: 240 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'On T1/SDP1 but a one-off day with no follow-up and no named evidence base (DfE part 4; TDT two terms); alternative dates count once; VAT recovered.',
  },
  {
    page: 'dsl-refresher-halfday', context: 'primary', bands: ['good', 'partial'], kind: ['statutory', 'course'], status: 'open',
    fee: { exVat: 45, paid: 45 }, coverDays: 0.5, contactHours: 3.25, funding: null,
    reasons: { for: ['priorities', 'quality-compliance', 'role-competency', 'value-for-money'], against: [] },
    why: 'Meets T3 and the KCSIE two-yearly DSL update (CPL 3.1 compliance and role competency); school rate £45, no VAT; one date full but three others open; a morning out (0.5).',
  },
  {
    page: 'send-adaptive-twilights', context: 'primary', bands: ['good', 'strong'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 0, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'value-for-money'], against: [] },
    why: 'Serves T2/SDP3 over two terms on the EEF SEND guidance with revisiting, modelling, rehearsal, action planning and peer triads (EEF 2, 7, 8, 10, 12, 14); twilights so no cover; modest hours keep it from certain strong.',
  },
  {
    page: 'vak-learning-styles', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'priorities', 'sustained'] },
    why: 'Learning styles and Brain Gym are debunked content (DfE part 2: robust evidence; CPL 3.1 research evidence); one-off and serves no target.',
  },
  {
    page: 'inset-keynote-motivation', context: 'primary', bands: ['weak', 'partial'], kind: ['inset', 'conference', 'course'], status: ['open', 'unknown'],
    fee: { exVat: 40, paid: 40 }, coverDays: 0, contactHours: 5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A one-off motivational “guru” day serving no target (TDT: avoid one-off guru sessions; EEF rec. 1); £2,400 for up to 60 staff = £40 each; INSET day so no cover.',
  },
  {
    page: 'maths-hub-mastery-workgroup', context: 'primary', bands: ['good', 'strong'], kind: ['programme', 'network', 'course'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 9, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'value-for-money', 'provider-expertise'], against: [] },
    why: 'DfE-funded Maths Hub work group on SDP2 across two terms with classroom trials, collaborative planning and a visit (EEF 7, 9; DfE part 3); three afternoons out = 1.5 days.',
  },
  {
    page: 'paediatric-first-aid', context: 'primary', bands: ['partial', 'weak'], kind: ['statutory', 'course', 'qualification'], status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 2, contactHours: 12, funding: null,
    reasons: { for: ['quality-compliance', 'role-competency'], against: ['priorities'] },
    why: 'Compliance training (CPL 3.1) but for EYFS settings and none of this Year 1 teacher’s targets; two consecutive days out; “no VAT” stated.',
  },
  {
    page: 'early-reading-conference', context: 'primary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 159, paid: 159 }, coverDays: 1, contactHours: 7, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'On SDP1 with credible speakers (EEF 4) but a one-off conference day (DfE part 4); the early-bird £159 is still open on 7 December 2026; not a member.',
  },
  {
    page: 'reading-lesson-study', context: 'primary', bands: ['strong', 'good'], kind: ['lesson-study', 'programme'], status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 1.5, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'good-practice', 'value-for-money'], against: [] },
    why: 'Lesson study on KS1 reading fluency across two terms with an expert other, observation and repetition in class (DfE parts 2–4; EEF 7–9, 14); £300 per school for a pair = £150; three afternoons out.',
  },
  {
    page: 'thin-reading-workshop', context: 'primary', extracts: false, bands: ['insufficient', 'weak'], kind: ['unknown', 'course', 'inset'], status: ['open', 'unknown'],
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: ['planned-programme', 'research-evidence', 'provider-expertise'] },
    why: 'States no content, date, price, facilitator or evidence (TDA/TDT provider transparency; Weston’s checks cannot be made).',
  },
  {
    page: 'inset-send-adaptive', context: 'primary', bands: ['partial', 'good'], kind: ['inset', 'course'], status: ['open', 'unknown'],
    fee: { exVat: 55, paid: 55 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money'], against: ['sustained'] },
    why: 'Serves T2/SDP3 on the EEF SEND guidance, but a single INSET day with follow-up only as a paid extra (DfE part 4); £1,650 for up to 30 staff = £55; INSET so no cover.',
  },
  {
    page: 'english-leads-network', context: 'primary', bands: ['good', 'partial'], kind: 'network', status: 'open',
    fee: { exVat: 180, paid: 180 }, coverDays: 1.5, contactHours: 7.5, funding: null,
    reasons: { for: ['priorities', 'collaboration', 'sustained'], against: [] },
    why: 'Termly English-lead network with a 2027 fluency focus and gap tasks serves SDP1 and her role (DfE part 3 collaboration); three afternoons = 1.5 days; £180 for one delegate, no VAT.',
  },

  // ---------------------------------------------------------------- secondary (academy, England)
  {
    page: 'department-coaching-programme', context: 'secondary', bands: ['strong', 'good'], kind: ['programme', 'coaching'], status: 'open',
    fee: { exVat: 1150, paid: 1150 }, coverDays: 3, contactHours: 24, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'monitoring-evaluation', 'provider-expertise', 'peer-feedback'], against: [] },
    why: 'Serves T2/SDP2 over three terms with modelling, rehearsal, observed coaching with feedback and logs (EEF 6, 8–10, 12, 13; TDT 30–50 h region); 3 days + six 1-h sessions.',
  },
  {
    page: 'feedback-science-day', context: 'secondary', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 265, paid: 265 }, coverDays: 1, contactHours: 7, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1/SDP1 on the EEF feedback report with action planning and a follow-up twilight (EEF 12), but mostly a single day (DfE part 4); 6 h + 1 h.',
  },
  {
    page: 'reading-like-scientists-funded', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 9, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'value-for-money', 'monitoring-evaluation'], against: [] },
    why: 'Charity-funded disciplinary literacy programme serving T3/SDP3 over two terms with modelling, rehearsal, peer observation and pupil-work review (EEF 7–10); free, but three afternoons of cover.',
  },
  {
    page: 'marking-hacks-webinar', context: 'secondary', bands: ['weak', 'partial'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 0.75, funding: null,
    reasons: { for: ['priorities'], against: ['research-evidence', 'sustained', 'provider-expertise'] },
    why: 'A 45-minute vendor webinar of “hacks” leading to a product; touches T1 workload but offers no evidence or follow-up (DfE part 2; Weston’s checks); free with no funding body.',
  },
  {
    page: 'science-ed-conference-2027', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 295, paid: 295 }, coverDays: 2, contactHours: 14, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained', 'value-for-money'] },
    why: 'Strands on feedback and literacy touch T1/T3, but a two-day one-off conference (DfE part 4); non-member early bird £295 still open; 7.5 h + 6.5 h, two days out.',
  },
  {
    page: 'coaching-masterclass-soldout', context: 'secondary', bands: ['partial', 'weak'], kind: 'course', status: 'full',
    fee: { exVat: 295, paid: 295 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: 'On T2 but a one-off masterclass (TDT: avoid one-off sessions) and the only date is sold out.',
  },
  {
    page: 'npq-ltd-secondary', context: 'secondary', bands: ['strong', 'good'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    coverDays: 3, contactHours: 30, funding: 'npq-dfe',
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'research-evidence', 'value-for-money'], against: [] },
    why: 'NPQLTD serves T2/SDP2 over a year on the national framework; DfE scholarship depends on the school’s pupil-premium ranking (evidence §6.3), so the fee is left open; 3 days × 7 h + 6 × 1.5 h.',
  },
  {
    page: 'afl-inset-enquire', context: 'secondary', extracts: false, bands: ['insufficient', 'weak'], kind: ['inset', 'course', 'unknown'], status: ['open', 'unknown'],
    fee: { exVat: null, paid: null }, contactHours: null, funding: null,
    reasons: { for: [], against: ['planned-programme', 'research-evidence', 'provider-expertise', 'value-for-money'] },
    why: 'A title, “POA” and an enquiry button: no content, facilitator, evidence or price (TDA/TDT provider transparency).',
  },
  {
    page: 'feedback-contradictory', context: 'secondary', bands: ['partial', 'weak', 'insufficient'], kind: ['course', 'programme'], status: 'open',
    contactHours: null, funding: null,
    reasons: { for: ['priorities'], against: ['planned-programme', 'provider-expertise'] },
    why: 'On T1, but the page contradicts itself (one day on 4 March at £175 vs six weekly online sessions, booking panel 11 March at £195), so fee and cover are left open and must be queried; no facilitator named.',
  },
  {
    page: 'science-conference-2026-past', context: 'secondary', bands: ['weak', 'insufficient', 'partial'], kind: 'conference', status: 'past',
    fee: { exVat: 120, paid: 120 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['sustained'] },
    why: 'Held on 6 November 2026 and ticket sales closed: cannot be booked; a one-off day in any case.',
  },
  {
    page: 'brain-based-learning', context: 'secondary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'priorities', 'sustained'] },
    why: 'Left/right-brain learners, Brain Gym and learning styles are neuromyths (DfE part 2; CPL 3.1 research); serves no target.',
  },
  {
    page: 'in-school-coaching-cycle', context: 'secondary', bands: ['strong', 'good'], kind: ['coaching', 'programme'], status: ['open', 'unknown'],
    fee: { exVat: 400, paid: 400 }, coverDays: 0, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'peer-feedback'], against: [] },
    why: 'A term of in-school instructional coaching with co-coaching by middle leaders serves T2/SDP2 (EEF 3, 6, 8–10, 12); £2,400 for up to six = £400; visits untimed so only the two 90-minute twilights count; page states no cover needed.',
  },
  {
    page: 'inset-keynote-motivation', context: 'secondary', bands: ['weak', 'partial'], kind: ['inset', 'conference', 'course'], status: ['open', 'unknown'],
    fee: { exVat: 40, paid: 40 }, coverDays: 0, contactHours: 5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A one-off motivational INSET serving none of the head of science’s targets (TDT: avoid guru sessions); £40 a head at 60 staff.',
  },

  // ---------------------------------------------------------------- independent (England, VAT not recoverable)
  {
    page: 'ks3-mastery-programme', context: 'independent', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 780, paid: 936 }, coverDays: 4, contactHours: 24, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'provider-expertise'], against: [] },
    why: 'Serves T1/SDP1 over two terms with revisiting, classroom trials, peer observation and tutor support (EEF 2, 7, 9, 14; DfE part 4); four days out; independent school pays the VAT (£936).',
  },
  {
    page: 'npq-lt-independent', context: 'independent', bands: ['strong', 'good'], kind: ['npq', 'qualification', 'programme'], status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 2, contactHours: 22, funding: null,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'research-evidence'], against: ['value-for-money'] },
    why: 'NPQLT serves T2/SDP2 over most of a year on the national framework; independent schools are not eligible for the DfE scholarship so £899, no VAT (§6.3); 2 × 7 h + 8 × 1 h.',
  },
  {
    page: 'new-middle-leaders-day', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 225, paid: 270 }, coverDays: 1, contactHours: 6.5, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'research-evidence'] },
    why: 'On T2 but a one-off day without follow-up or named evidence (DfE parts 2, 4); VAT-inclusive £270 is what an independent school pays.',
  },
  {
    page: 'mastery-webinar-paid', context: 'independent', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 35, paid: 42 }, coverDays: 0, contactHours: 1.25, funding: null,
    reasons: { for: ['priorities', 'provider-expertise', 'value-for-money'], against: ['sustained'] },
    why: 'A credible 75-minute after-school webinar on T1 (EEF 4, 8) but one-off input with no embedding (EEF group D absent); £35 + VAT borne in full.',
  },
  {
    page: 'aspiring-hod-maths-residential', context: 'independent', bands: ['partial', 'good'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 595, paid: 714 }, coverDays: 2, contactHours: 13, funding: null,
    reasons: { for: ['priorities'], against: ['sustained', 'value-for-money'] },
    why: 'Serves T2 but a one-off two-day residential (DfE part 4); early bird passed, standard £595 + VAT = £714 paid; 7 h + 6 h.',
  },
  {
    page: 'vak-learning-styles', context: 'independent', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 234 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'priorities', 'sustained'] },
    why: 'Learning styles content is debunked (DfE part 2) and serves neither maths target; the independent school bears the VAT.',
  },

  // ---------------------------------------------------------------- Wales (maintained primary)
  {
    page: 'cfw-progression-cymraeg', context: 'wales', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 2, contactHours: 15.75, funding: ['welsh-national', 'fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'relevant-standards', 'value-for-money'], against: [] },
    why: 'NPLE-funded, nationally endorsed cluster programme on T1/SDP1 across two terms with classroom trials and work review (NPLE §5.1; DfE part 3); two days out (release grant does not remove the days); 12 h + 3 × 1.25 h.',
  },
  {
    page: 'aln-cod-diwrnod', context: 'wales', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 110, paid: 110 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T2/SDP2 (ALN Code, IDPs) with an experienced ALNCo, but a single day (DfE part 4); alternative dates count once; TAW recovered.',
  },
  {
    page: 'ma-addysg-cymru', context: 'wales', bands: ['good', 'strong'], kind: ['qualification', 'programme'], status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'The Welsh Government-funded National MA (§5.1) with curriculum-and-assessment and ALN modules and practitioner enquiry serves T1/T2; evening seminars and Saturdays need no cover; hours left open.',
  },
  {
    page: 'ofsted-deep-dive-english', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 129, paid: 129 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: [], against: ['priorities', 'relevant-standards'] },
    why: 'Ofsted inspection preparation for English leads in England is irrelevant in a Welsh school inspected by Estyn; serves no target or SDP; a school-day morning online.',
  },
  {
    page: 'cymraeg-staff-twilights', context: 'wales', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 15, funding: ['welsh-national', 'fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'value-for-money'], against: [] },
    why: 'Free, Welsh Government-funded ten-week Welsh course serves SDP3 (NPLE Welsh-language priority) after school; 10 × 1.5 h.',
  },
  {
    page: 'aln-free-webinar-wales', context: 'wales', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['priorities', 'value-for-money'], against: ['sustained'] },
    why: 'One free hour on T2 (person-centred practice, IDPs): awareness only, no embedding (EEF group D); free from a charity, not a funded route.',
  },
  {
    page: 'vak-learning-styles', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 195, paid: 195 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'good-practice', 'priorities', 'sustained'] },
    why: 'Debunked learning-styles content (DfE part 2; NPLE endorsement requires research-informed provision) serving neither CfW nor ALN target.',
  },

  // ---------------------------------------------------------------- business (SBM, academy, no class)
  {
    page: 'sbp-apprenticeship-l4', context: 'business', bands: ['strong', 'good'], kind: ['apprenticeship', 'qualification'], status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained', 'value-for-money'], against: [] },
    why: 'The Level 4 School Business Professional standard is exactly T1 (finance, procurement, HR) and is levy-funded for a MAT (§6.4; TDT: use the levy); no class so no cover; hours left open.',
  },
  {
    page: 'academy-finance-day', context: 'business', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 210, paid: 210 }, coverDays: 0, contactHours: 6.5, funding: null,
    reasons: { for: ['role-competency', 'provider-expertise'], against: ['sustained'] },
    why: 'Useful finance knowledge from a credible trainer, but a one-day course, not the qualification T1 names; no class so no cover; VAT recovered.',
  },
  {
    page: 'sbm-certificate-paid', context: 'business', bands: ['strong', 'good'], kind: ['qualification', 'programme'], status: 'open',
    fee: { exVat: 1450, paid: 1450 }, coverDays: 0, contactHours: 16, funding: null,
    reasons: { for: ['priorities', 'role-competency', 'relevant-standards', 'sustained'], against: ['value-for-money'] },
    why: 'A regulated Level 4 qualification covering finance, procurement and HR serves T1 over nine months (CPL 4.1 qualifications); 8 × 2 h seminars; academy recovers VAT; not levy-fundable.',
  },
  {
    page: 'procurement-webinar-free', context: 'business', bands: ['partial', 'weak'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['role-competency', 'quality-compliance', 'value-for-money'], against: ['sustained'] },
    why: 'A free one-hour compliance briefing on procurement law: useful awareness (CPL 3.1 compliance) but not a qualification; free without a funding body.',
  },
  {
    page: 'levy-transfer-management', context: 'business', bands: ['good', 'partial'], kind: ['apprenticeship', 'qualification'], status: ['open', 'unknown'],
    fee: { paid: 0 }, coverDays: 0, funding: ['levy-transfer', 'apprenticeship-levy'],
    reasons: { for: ['sustained', 'role-competency', 'value-for-money'], against: ['priorities'] },
    why: 'A funded Level 5 management apprenticeship via levy transfer (§6.4; TDT on donated levy): a qualification, but general management rather than the school-business finance/procurement/HR T1 names; no start date stated.',
  },
  {
    page: 'sbm-conference-2027', context: 'business', bands: ['partial', 'weak'], kind: 'conference', status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 0, contactHours: 7.5, funding: null,
    reasons: { for: ['role-competency'], against: ['sustained', 'priorities'] },
    why: 'A one-off sector conference (DfE part 4); early bird ended, no stated membership so the non-member standard £249 + VAT applies; no class so no cover.',
  },
];
