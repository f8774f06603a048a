/**
 * Panel 6: expected judgement and costs, one `PageCase` per page and context, decided from the page and the
 * evidence before anything was run. Evidence: EEF Effective Professional Development (2021) mechanisms 1–14;
 * DfE Standard for teachers' PD (2016) parts 1–5; the trust CPL policy (3.1 criteria); TDT commissioning
 * advice (sustained two terms / 30–50 hours; avoid one-off “guru” sessions; Weston's three checks);
 * cpd-evidence.md §5.1 (Wales NPLE, National MA), §6.3 (NPQ funding), §6.4 (levy), §6.6 (cover rates).
 * Conventions are in README.md. “Today” is Monday 7 December 2026.
 */
import type { PageCase } from './types.ts';

export const PRIMARY_CASES: PageCase[] = [
  {
    page: 'phonics-fluency-two-day', context: 'primary', bands: ['good', 'partial'], kind: 'course', status: 'open',
    fee: { exVat: 355, paid: 355 }, coverDays: 2, contactHours: 14, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1/SDP1 with modelling, rehearsal and an action plan (EEF 8, 10, 12) and a one-hour review six weeks on; still two consecutive days, short of two terms (DfE part 4). Early-bird (£355 + VAT by 8 Jan 2027) is open today; the £40 cancellation charge is not the fee.',
  },
  {
    page: 'early-reading-leaders-year', context: 'primary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 270, paid: 270 }, coverDays: 1.5, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'collaboration', 'monitoring-evaluation', 'peer-feedback'], against: [] },
    why: 'Two terms with gap tasks, revisiting, modelling, rehearsal, feedback on video and a coaching visit (EEF 2, 7–10, 14) on the EEF KS1 literacy report, evaluated on pupils’ phonics and fluency (DfE parts 1–4); £540 per school for two = £270; three half days out, two twilights.',
  },
  {
    page: 'send-adaptive-twilights', context: 'primary', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 0, contactHours: 4.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'provider-expertise', 'value-for-money'], against: [] },
    why: 'Serves T2/SDP3 from the EEF SEND in mainstream report, with an adaptation tried between sessions (EEF 12, 14) over a term; twilights need no cover. Oak Lane is not stated to subscribe, so the non-subscriber £165 applies; the £50 non-attendance charge is not the fee.',
  },
  {
    page: 'dsl-refresher-online', context: 'primary', bands: ['good', 'strong'], kind: 'statutory', status: 'open',
    fee: { exVat: 89, paid: 89 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: ['quality-compliance', 'priorities', 'provider-expertise'], against: [] },
    why: 'KCSIE two-yearly DSL/deputy refresher serving T3 (CPL 3.1 compliance); three alternative dates count once; a morning or afternoon on Zoom is half a day of cover; £25 admin fee is a cancellation charge.',
  },
  {
    page: 'calm-classrooms-inset', context: 'primary', bands: ['good', 'partial'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 46.67, paid: 46.67 }, coverDays: 0, contactHours: 5.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'value-for-money', 'collaboration'], against: ['sustained'] },
    why: 'Whole-staff INSET on SDP4 from the EEF behaviour report with modelling and rehearsal (EEF 8, 10); £1,400 for up to 30 staff = £46.67 a head, no cover on an INSET day; the £450 follow-up is optional and travel is extra, so neither is in the fee; one day unless the follow-up is bought (DfE part 4).',
  },
  {
    page: 'maths-hub-mastery-workgroup', context: 'primary', bands: ['strong', 'good'], kind: ['programme', 'lesson-study'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1.5, contactHours: 13.5, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'value-for-money', 'provider-expertise'], against: [] },
    why: 'A year-long DfE-funded work group on SDP2 with a Mastery Specialist, joint research lessons and peer observation (EEF 7–9; DfE parts 3–4); free, but three morning workshops are 1.5 days of cover (“release time is not funded”).',
  },
  {
    page: 'learning-styles-vak', context: 'primary', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained', 'good-practice'] },
    why: 'Learning styles and Brain Gym are debunked (DfE part 2, CPL 3.1 “current research”); a one-off day serving no target, with a presenter credentialled in NLP only (TDT: avoid one-off guru sessions).',
  },
  {
    page: 'phonics-conference-2026', context: 'primary', bands: ['weak', 'partial', 'insufficient'], kind: 'conference', status: 'past',
    fee: { exVat: 133.33, paid: 133.33 }, coverDays: 1, contactHours: 6.25, funding: null,
    reasons: { for: ['priorities'], against: ['sustained'] },
    why: '“This event has now taken place” (Friday 13 March 2026): it cannot be booked; on topic for T1 but a one-off conference; non-member £160 inc. VAT = £133.33 recoverable by a maintained school.',
  },
  {
    page: 'ks1-reading-calendar', context: 'primary', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 245, paid: 245 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves T1 with an SLE, but a one-off day with no follow-up (DfE part 4); three dates are alternatives and the January run is fully booked while two later runs have places, so it is open; the Hub charges no VAT.',
  },
  {
    page: 'npq-leading-literacy', context: 'primary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    coverDays: 3, funding: ['npq-dfe', null],
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'research-evidence'], against: [] },
    why: 'A 12-month NPQ on leading literacy fits the English lead’s T1/SDP1 (DfE parts 2 and 4); funding depends on Oak Lane being in the top 50% by pupil premium, which the context does not say (cpd-evidence §6.3), so fee and funding stay open; three weekday conference days are cover, the evening clinics are not; contact hours are not stated in total.',
  },
  {
    page: 'reading-fluency-contradictory', context: 'primary', bands: ['partial', 'insufficient', 'weak'], kind: 'course', status: 'open',
    fee: { exVat: null, paid: null }, coverDays: 1, contactHours: 6,
    reasons: { for: ['priorities'], against: ['provider-expertise'] },
    why: 'On topic for T1, but the page contradicts itself (“FREE” vs “£350 + VAT”; Leeds hotel vs Zoom) and names no trainer: the fee is a question for the provider, not a number (issue 18, point 3); either way it is a Thursday 9.30–3.30, one day out of class.',
  },
  {
    page: 'safeguarding-whole-staff-twilight', context: 'primary', bands: ['partial', 'good'], kind: ['statutory', 'inset'], status: ['open', 'unknown'],
    coverDays: 0, contactHours: 2, funding: null,
    reasons: { for: ['quality-compliance', 'value-for-money'], against: ['priorities'] },
    why: 'The KCSIE whole-staff update is compliance (CPL 3.1), a twilight in school (no cover), but the page says it is not DSL training, so it does not serve T3; £495 per school for unlimited staff has no stated headcount, so the per-head fee is left unchecked.',
  },
  {
    page: 'number-sense-half-day-inset', context: 'primary', bands: ['good', 'partial'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: 56.67, paid: 56.67 }, coverDays: 0, contactHours: 3, funding: null,
    reasons: { for: ['priorities', 'value-for-money', 'provider-expertise'], against: ['sustained'] },
    why: 'Serves SDP2 with modelled routines and practice (EEF 8, 10, 12) on an INSET day (no cover); £850 for up to 15 staff = £56.67; a one-off three hours (DfE part 4).',
  },
];

export const SECONDARY_CASES: PageCase[] = [
  {
    page: 'instructional-coaching-year', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 1650, paid: 1650 }, coverDays: 4, contactHours: 28.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'monitoring-evaluation', 'peer-feedback', 'provider-expertise'], against: ['price-per-participant'] },
    why: 'Serves T2/SDP2: six months of training days, timed coaching calls with video feedback and fortnightly practice (EEF 2, 6–10, 13), evaluated on coaching quality (Guskey 4); one participant pays £1,650 (the trust rate needs three); the £300 deposit is part of the fee, not extra.',
  },
  {
    page: 'marking-revolution-day', context: 'secondary', bands: ['partial', 'weak'], kind: ['course', 'conference'], status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 1, contactHours: 5.5, funding: null,
    reasons: { for: ['priorities'], against: ['research-evidence', 'sustained'] },
    why: 'On T1’s topic, but a one-off celebrity “hacks” day with claims and testimonials, no evidence base or follow-up (TDT: avoid one-off guru sessions; DfE parts 2 and 4); the early-bird closed on 30 November 2026, so the fee is £249 + VAT.',
  },
  {
    page: 'disciplinary-literacy-science', context: 'secondary', bands: ['good', 'strong'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 258.33, paid: 258.33 }, coverDays: 1, contactHours: 10.5, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'collaboration', 'provider-expertise'], against: [] },
    why: 'Serves T3/SDP3 from the EEF secondary literacy report, subject-specific, with classroom gap tasks, modelling, rehearsal and planning (EEF 8, 10, 12) over a term; £310 includes VAT, so £258.33 to an academy; one day out, three twilights.',
  },
  {
    page: 'science-leaders-conference', context: 'secondary', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 345, paid: 345 }, coverDays: 1, contactHours: 11, funding: null,
    reasons: { for: ['priorities', 'provider-expertise'], against: ['sustained'] },
    why: 'Strands touch T1–T3, but a one-off conference (DfE part 4); Riverside is not stated to be a member, so the non-member full ticket (£345 + VAT) applies; Friday is a day of cover, Saturday is not.',
  },
  {
    page: 'coaching-twilights-in-school', context: 'secondary', bands: ['good', 'strong'], kind: ['inset', 'programme'], status: ['open', 'unknown'],
    fee: { exVat: 229.17, paid: 229.17 }, coverDays: 0, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'value-for-money', 'monitoring-evaluation'], against: [] },
    why: 'Serves T2/SDP2 over two terms with coaching cycles between sessions and filmed practice with feedback (EEF 9, 10, 14), reported to leaders; £2,750 for up to 12 coaches = £229.17; twilights in school need no cover; dates are still to be agreed.',
  },
  {
    page: 'retrieval-webinar-free', context: 'secondary', bands: ['partial', 'good'], kind: 'webinar', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 1, funding: null,
    reasons: { for: ['priorities', 'value-for-money'], against: ['sustained'] },
    why: 'One free hour on T1 from subject advisers after school (no cover); free with no funding body is not a funded route; the 30-day recording and the paid courses in the aside do not change hours or fee.',
  },
  {
    page: 'science-lesson-study', context: 'secondary', bands: ['strong', 'good'], kind: 'lesson-study', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 3, contactHours: 22.5, funding: ['fully-funded', 'grant'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'research-evidence', 'provider-expertise'], against: [] },
    why: 'Two terms of lesson study on formative assessment in practical science (T1) with a university facilitator: social support, observation and feedback (EEF 7–9; DfE part 3); fee nil from a charity, but three weekday days still need cover.',
  },
  {
    page: 'ecf-mentor-training', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 2, contactHours: 18, funding: 'ecf',
    reasons: { for: ['priorities', 'relevant-standards', 'value-for-money', 'sustained'], against: [] },
    why: 'DfE-funded mentor training on instructional coaching (T2) under the ITTECF, no fee for a state-funded academy; two weekday training days are cover, six after-school clinics are not; the £1,100 independent-school price does not apply.',
  },
  {
    page: 'ilm-coaching-certificate', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 1895, paid: 1895 }, coverDays: 6, contactHours: 39, funding: null,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'provider-expertise'], against: ['price-per-participant'] },
    why: 'Accredited coaching qualification serving T2 over six months with supervised practice (DfE part 4); six taught Thursdays 9.30–4.00 = 39 h and 6 days of cover; the £500 deposit and £95 resubmission are not the fee; JSON-LD start and end dates bound a series, not one session.',
  },
  {
    page: 'bespoke-training-enquire', context: 'secondary', extracts: false, bands: ['insufficient'], kind: 'unknown', status: 'unknown',
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: [] },
    why: 'A contact form and a title: nothing to judge (issue 18: unknown stays unknown).',
  },
  {
    page: 'responsive-feedback-trust-group', context: 'secondary', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { exVat: 450, paid: 450 }, coverDays: 1.5, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'peer-feedback', 'monitoring-evaluation', 'collaboration'], against: [] },
    why: 'Serves T1/SDP1 from the EEF feedback report over a term and a half with gap tasks, modelling, rehearsal, peer observation and action plans (EEF 8–10, 12), evaluated on pupil work (DfE part 1); £3,600 for up to 8 = £450; three afternoons = 1.5 days; “Part 1 – Thursday 28 January” is a label, not a range.',
  },
  {
    page: 'npq-leading-teaching', context: 'secondary', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    coverDays: 3, contactHours: 30, funding: ['npq-dfe', null],
    reasons: { for: ['sustained', 'relevant-standards', 'role-competency', 'research-evidence'], against: [] },
    why: 'A 12-month NPQ for leaders of teaching in a subject fits a head of science (DfE parts 2, 4); DfE funding depends on Riverside’s pupil-premium ranking, which the context does not state (§6.3), so fee and funding stay open; three Monday days out; 18 h of days plus 12 h of evening clinics.',
  },
  {
    page: 'literacy-inset-price-on-application', context: 'secondary', bands: ['partial', 'good'], kind: 'inset', status: ['open', 'unknown'],
    fee: { exVat: null, paid: null }, coverDays: 0, funding: null,
    reasons: { for: ['priorities', 'research-evidence', 'collaboration'], against: ['value-for-money'] },
    why: 'Whole-school INSET on SDP3 from the EEF secondary literacy report with departmental planning (EEF 12), on a training day (no cover); “price on application” leaves the fee unknown and no session times are given, so contact hours stay open; the follow-up visits are optional.',
  },
];

export const INDEPENDENT_CASES: PageCase[] = [
  {
    page: 'ks3-mastery-three-days', context: 'independent', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 790, paid: 948 }, coverDays: 3, contactHours: 16.5, funding: null,
    reasons: { for: ['priorities', 'sustained', 'peer-feedback', 'provider-expertise', 'collaboration'], against: [] },
    why: 'Serves T1/SDP1: three days spaced over two terms with gap tasks, peer review and drop-ins (EEF 2, 7, 9, 12; DfE part 4); the independent-school rate (£790 + VAT) applies and the school pays VAT, £948.',
  },
  {
    page: 'aspiring-hod-programme', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 1450, paid: 1740 }, coverDays: 3, contactHours: 20, funding: null,
    reasons: { for: ['priorities', 'sustained', 'role-competency', 'collaboration'], against: ['price-per-participant'] },
    why: 'Serves T2/SDP2 from January to May with a project in one’s own department and a mentor (EEF 7, 11; DfE part 4); membership is not stated, so the non-member £1,450 + VAT applies (£1,740 paid); Thursday–Friday then a Friday = 3 days; the £300 deposit is part of the fee.',
  },
  {
    page: 'maths-conference-saturday', context: 'independent', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 62.5, paid: 75 }, coverDays: 0, contactHours: 6.5, funding: null,
    reasons: { for: ['priorities', 'value-for-money'], against: ['sustained'] },
    why: 'A Saturday conference with a KS3 mastery keynote (T1): no cover and cheap, but one-off (DfE part 4); £75 includes VAT, which the independent school bears; the £40 ECT ticket does not apply.',
  },
  {
    page: 'ks3-mastery-online-selfpaced', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 120, paid: 144 }, coverDays: 0, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'value-for-money', 'resource-use'], against: ['collaboration'] },
    why: 'Serves T1 with video modelling and classroom tasks (EEF 8, 14) but alone, without feedback (DfE part 3); stated 12 hours of study, not the 12 months’ access; £120 + VAT = £144; the department licence is another price.',
  },
  {
    page: 'npq-leading-teaching', context: 'independent', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 899, paid: 899 }, coverDays: 3, contactHours: 30, funding: null,
    reasons: { for: ['priorities', 'sustained', 'relevant-standards', 'role-competency'], against: [] },
    why: 'NPQLT prepares a subject leader (T2) over 12 months (DfE part 4); an independent school is not eligible for scholarship funding, so £899, VAT-exempt (§6.3); three Mondays out, clinics are in the evening.',
  },
  {
    page: 'new-middle-leaders-day', context: 'independent', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 325, paid: 390 }, coverDays: 1, contactHours: 6.5, funding: null,
    reasons: { for: ['priorities', 'role-competency'], against: ['sustained', 'research-evidence'] },
    why: 'Serves T2 but a one-off day with no follow-up or evidence base stated (DfE parts 2, 4); £325 + VAT = £390 for an independent school.',
  },
  {
    page: 'marking-revolution-day', context: 'independent', bands: ['weak', 'partial'], kind: ['course', 'conference'], status: 'open',
    fee: { exVat: 249, paid: 298.8 }, coverDays: 1, contactHours: 5.5, funding: null,
    reasons: { for: [], against: ['priorities', 'research-evidence', 'sustained'] },
    why: 'A one-off celebrity marking day serves neither KS3 mastery nor middle leadership (CPL 3.1 priorities), with no evidence base (TDT guru sessions); £249 + VAT borne in full = £298.80.',
  },
  {
    page: 'bespoke-training-enquire', context: 'independent', extracts: false, bands: ['insufficient'], kind: 'unknown', status: 'unknown',
    fee: { exVat: null, paid: null }, coverDays: null, contactHours: null, funding: null,
    reasons: { for: [], against: [] },
    why: 'Nothing but a title and a form: every fact unknown.',
  },
  {
    page: 'isms-maths-conference-earlybird', context: 'independent', bands: ['partial', 'good'], kind: 'conference', status: 'open',
    fee: { exVat: 145, paid: 174 }, coverDays: 1, contactHours: 6.75, funding: null,
    reasons: { for: ['priorities', 'role-competency'], against: ['sustained'] },
    why: 'A KS3 mastery keynote and head-of-department workshops touch T1 and T2, but one day (DfE part 4); the early-bird (£145 + VAT to 29 January 2027) is open today, so £174 with VAT borne; the £55 dinner and £30 cancellation deduction are not the fee; a Thursday is a day of cover.',
  },
];

export const WALES_CASES: PageCase[] = [
  {
    page: 'cfw-progression-bilingual', context: 'wales', bands: ['strong', 'good'], kind: ['programme', 'course'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 1, contactHours: 8.5, funding: 'welsh-national',
    reasons: { for: ['priorities', 'relevant-standards', 'collaboration', 'value-for-money', 'sustained'], against: [] },
    why: 'Serves T1/SDP1 (CfW progression) across a term with a trialled unit and triads (EEF 7, 12, 14), funded through the NPLE and endorsed (§5.1); the Welsh and English columns list the same three sessions once: one day out, two twilights.',
  },
  {
    page: 'cod-ady-cymraeg', context: 'wales', bands: ['good', 'strong'], kind: 'course', status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'provider-expertise'], against: [] },
    why: 'Welsh-language course on the ALN Code and IDPs serving T2/SDP2, with a one-page profile drafted between two mornings (EEF 12, 14); £150 a head, “dim TAW”; two mornings are one day of cover.',
  },
  {
    page: 'national-ma-education-wales', context: 'wales', bands: ['good', 'strong'], kind: 'programme', status: ['open', 'unknown', 'closed'],
    fee: { paid: 0 }, coverDays: 0, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'research-evidence', 'relevant-standards'], against: [] },
    why: 'The National MA (§5.1) with CfW and ALN pathways and practitioner enquiry, three years, fully funded by Welsh Government; evenings and Saturdays, “no requirement for release”; hours are not stated; applications open only in January 2027.',
  },
  {
    page: 'cymraeg-i-athrawon-twilight', context: 'wales', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 30, funding: 'welsh-national',
    reasons: { for: ['priorities', 'sustained', 'value-for-money'], against: [] },
    why: 'Serves SDP3 (Welsh language across the school, an NPLE priority) with 20 weekly 90-minute online sessions after school, free through the National Centre for Learning Welsh: 30 h, no cover.',
  },
  {
    page: 'mindset-keynote-cardiff', context: 'wales', bands: ['weak', 'partial'], kind: ['conference', 'course'], status: 'open',
    fee: { exVat: 99, paid: 99 }, coverDays: 0.5, contactHours: 3, funding: null,
    reasons: { for: [], against: ['research-evidence', 'sustained', 'priorities'] },
    why: 'A one-off motivational afternoon serving no target, without evidence (TDT: avoid guru sessions; DfE part 2); an afternoon is half a day of cover; £99 + VAT recoverable.',
  },
  {
    page: 'aln-conference-llandudno', context: 'wales', bands: ['partial', 'weak', 'good'], kind: 'conference', status: 'full',
    fee: { exVat: 120, paid: 120 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: ['priorities', 'relevant-standards'], against: ['sustained'] },
    why: '“LLAWN / SOLD OUT”: only a waiting list; on T2 (ALN Code) but a one-off conference day.',
  },
  {
    page: 'cluster-lesson-study-wales', context: 'wales', bands: ['strong', 'good'], kind: 'lesson-study', status: 'open',
    fee: { exVat: 150, paid: 150 }, coverDays: 2, contactHours: 13.5, funding: [null, 'welsh-national'],
    reasons: { for: ['priorities', 'sustained', 'collaboration', 'provider-expertise'], against: [] },
    why: 'Two terms of cluster lesson study on progression in LLC (T1) with a university facilitator (EEF 7–9; DfE part 3); £300 per school for two = £150; four mornings = 2 days, plus a twilight; the school may pay from its own grant, which is not a funded place.',
  },
  {
    page: 'learning-styles-vak', context: 'wales', bands: ['weak'], kind: 'course', status: 'open',
    fee: { exVat: 179, paid: 179 }, coverDays: 1, contactHours: 6, funding: null,
    reasons: { for: [], against: ['research-evidence', 'priorities', 'sustained'] },
    why: 'Debunked learning-styles content serving no Welsh target (DfE part 2; NPLE priorities), one day in Birmingham.',
  },
  {
    page: 'send-adaptive-twilights', context: 'wales', bands: ['partial', 'good'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 165, paid: 165 }, coverDays: 0, contactHours: 4.5, funding: null,
    reasons: { for: ['research-evidence', 'priorities'], against: ['relevant-standards'] },
    why: 'Evidence-based adaptive teaching helps T2, but it teaches England’s SEND graduated approach, not the ALN Code; an English county’s non-subscriber price of £165 applies.',
  },
];

export const BUSINESS_CASES: PageCase[] = [
  {
    page: 'sbp-apprenticeship-l4', context: 'business', bands: ['strong', 'good'], kind: 'programme', status: 'open',
    fee: { paid: 0 }, coverDays: 0, funding: 'apprenticeship-levy',
    reasons: { for: ['priorities', 'relevant-standards', 'sustained', 'role-competency', 'value-for-money'], against: [] },
    why: 'Serves T1 exactly (finance, procurement, HR) as the L4 School Business Professional standard over 18 months; levy-funded for an academy trust, and the apprentice cannot be charged (§6.4), so nothing from the school budget and no repayment clause; no class, so no cover; hours not stated.',
  },
  {
    page: 'sbm-diploma-level5', context: 'business', bands: ['good', 'strong'], kind: 'programme', status: 'open',
    fee: { exVat: 2450, paid: 2450 }, coverDays: 0, contactHours: 36, funding: null,
    reasons: { for: ['priorities', 'relevant-standards', 'sustained', 'role-competency'], against: ['price-per-participant'] },
    why: 'A 12-month qualification serving T1; non-member £2,450 + VAT recoverable by the academy; six virtual days 9.30–3.30 = 36 h; no class, so no cover.',
  },
  {
    page: 'procurement-act-online', context: 'business', bands: ['partial', 'good'], kind: 'course', status: 'open',
    fee: { exVat: 185, paid: 185 }, coverDays: 0, contactHours: 4.75, funding: null,
    reasons: { for: ['priorities', 'provider-expertise', 'quality-compliance'], against: ['sustained'] },
    why: 'Procurement is in T1’s scope and the Act is compliance (CPL 3.1), with an FCIPS trainer, but one day and not a qualification; non-member £185 + VAT; two timed blocks = 4.75 h; the other courses’ prices are not this fee.',
  },
  {
    page: 'data-protection-webinar', context: 'business', bands: ['partial', 'weak'], kind: 'webinar', status: 'closed',
    fee: { exVat: 37.5, paid: 37.5 }, coverDays: 0, contactHours: 1.5, funding: null,
    reasons: { for: ['quality-compliance'], against: ['sustained'] },
    why: '“Bookings for this webinar have now closed”; a 90-minute compliance briefing; £45 includes VAT, so £37.50 to the academy.',
  },
  {
    page: 'trust-finance-summit', context: 'business', bands: ['partial', 'weak'], kind: 'conference', status: 'open',
    fee: { exVat: 0, paid: 0 }, coverDays: 0, contactHours: 13.5, funding: null,
    reasons: { for: ['value-for-money'], against: ['sustained', 'research-evidence'] },
    why: 'Free to school staff because exhibitors pay (not a funded route; the £495 commercial rate does not apply); an exhibitor-led summit, not the qualification T1 asks for; two JSON-LD events are the two days of one summit.',
  },
  {
    page: 'hr-essentials-modules', context: 'business', bands: ['good', 'partial'], kind: ['course', 'programme'], status: 'open',
    fee: { exVat: 395, paid: 395 }, coverDays: 0, contactHours: 12, funding: null,
    reasons: { for: ['priorities', 'provider-expertise', 'sustained'], against: [] },
    why: 'HR is in T1’s scope: four modules over five months with case tasks between them (EEF 12, 14) by CIPD-qualified advisers, though not a qualification; “bring a colleague for half price” is a discount, not collaboration.',
  },
  {
    page: 'marking-revolution-day', context: 'business', bands: ['weak'], kind: ['course', 'conference'], status: 'open',
    fee: { exVat: 249, paid: 249 }, coverDays: 0, contactHours: 5.5, funding: null,
    reasons: { for: [], against: ['priorities', 'role-competency', 'sustained'] },
    why: 'A teachers’ marking day serves nothing in a business manager’s role (CPL 3.1 priorities, role); no class, so no cover.',
  },
];

export const CASES: PageCase[] = [...PRIMARY_CASES, ...SECONDARY_CASES, ...INDEPENDENT_CASES, ...WALES_CASES, ...BUSINESS_CASES];
