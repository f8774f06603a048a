/**
 * Panel 2 pairs: within one context, `higher` must total more than `lower`; only orders the evidence settles.
 * Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT commissioning advice.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'research-school-early-reading-programme', lower: 'la-phonics-year1-day', why: 'Same target (T1): three sessions over two terms with gap tasks, modelling, rehearsal, feedback and a coaching visit beat a one-off day (DfE part 4; EEF 8–10, 12–14).' },
  { context: P, higher: 'research-school-early-reading-programme', lower: 'vak-learning-styles-day', why: 'Sustained, evidence-based work on T1 vs a one-off day of debunked learning-styles content serving no target.' },
  { context: P, higher: 'la-phonics-year1-day', lower: 'vak-learning-styles-day', why: 'Both one day with a day of cover; £185 on T1 from the EEF KS1 report vs £195 + VAT on debunked content serving nothing (DfE part 2; CPL 3.1 priorities).' },
  { context: P, higher: 'lesson-study-number-fluency', lower: 'vak-learning-styles-day', why: 'Collaborative lesson study over the year on SDP2 vs a one-off learning-styles day (DfE parts 2–4).' },
  { context: P, higher: 'dsl-refresher-live-online', lower: 'vak-learning-styles-day', why: 'Required KCSIE refresher serving T3 for £89 and half a day vs £195 and a full day on debunked content serving nothing.' },
  { context: P, higher: 'online-adaptive-teaching-send', lower: 'vak-learning-styles-day', why: 'Eight evidence-based hours on T2 for £40.83 with no cover vs £195 plus a day of cover on debunked content.' },
  { context: P, higher: 'inset-adaptive-teaching-whole-staff', lower: 'vak-learning-styles-day', why: 'Evidence-based whole-staff INSET on SDP3 at £36.25 a head with no cover vs £195 plus cover for learning styles.' },
  { context: P, higher: 'npq-senco-2027', lower: 'vak-learning-styles-day', why: 'A funded 18-month national qualification on SDP3 vs a one-off day of debunked content at £195.' },
  { context: P, higher: 'union-behaviour-ect-twilight', lower: 'vak-learning-styles-day', why: 'A free after-school twilight on SDP4 behaviour routines vs £195 plus a day of cover for content the evidence rejects.' },
  { context: P, higher: 'research-school-early-reading-programme', lower: 'museum-egypt-teachers-evening', why: 'Sustained evidence-based programme on T1 vs an evening gallery preview serving no target.' },
  { context: P, higher: 'lesson-study-number-fluency', lower: 'museum-egypt-teachers-evening', why: 'Sustained collaborative lesson study on SDP2 vs a one-off evening serving no target or SDP objective.' },
  { context: P, higher: 'la-phonics-year1-day', lower: 'museum-egypt-teachers-evening', why: 'A documented, evidence-based day on T1 vs a social preview of KS2 history galleries serving nothing (CPL 3.1 priorities).' },
  { context: P, higher: 'online-adaptive-teaching-send', lower: 'museum-egypt-teachers-evening', why: 'Eight hours on T2 with classroom tasks for £40.83 and no cover vs an evening serving no target.' },
  { context: P, higher: 'english-subject-leaders-network', lower: 'museum-egypt-teachers-evening', why: 'A year-long network for the English lead on early reading, with tasks between meetings, vs a one-off evening serving no target.' },
  { context: P, higher: 'dsl-refresher-live-online', lower: 'kcsie-whole-staff-twilight-inset', why: 'T3 is renewing deputy DSL training; the whole-staff update states it does not replace DSL training, so only the refresher meets the target (KCSIE).' },
  { context: P, higher: 'research-school-early-reading-programme', lower: 'phonics-conference-postponed', why: 'Same topic: a sustained programme with gap tasks and feedback beats a one-off Saturday conference of keynotes and workshops (DfE part 4; TDT).' },
  { context: P, higher: 'lesson-study-number-fluency', lower: 'behaviour-routines-trust-course', why: 'A clearly documented, sustained collaborative programme on SDP2 vs a one-day course whose price and format contradict each other.' },
  // secondary
  { context: S, higher: 'feedback-research-school-twilights', lower: 'feedback-one-day-manchester', why: 'Same target (T1) and evidence base: four sessions over two terms with classroom tasks and partner discussion for £180 and no cover beat one day for £249 + VAT plus a day of cover.' },
  { context: S, higher: 'feedback-research-school-twilights', lower: 'outstanding-leadership-summit', why: 'Sustained, evidence-based work on T1 vs a motivational one-off serving no target (TDT: avoid guru sessions).' },
  { context: S, higher: 'trust-instructional-coaching-programme', lower: 'outstanding-leadership-summit', why: 'Six months of instructional coaching on T2/SDP2 with feedback and evaluation vs a motivational day with no evidence base.' },
  { context: S, higher: 'feedback-one-day-manchester', lower: 'outstanding-leadership-summit', why: 'Both one day out; £249 on T1 from the EEF report vs £299 on no target and no evidence (CPL 3.1 priorities, DfE part 2).' },
  { context: S, higher: 'disciplinary-literacy-science-webinar-series', lower: 'outstanding-leadership-summit', why: 'Four evidence-based hours on T3 for £79 with no cover vs £299 plus a day of cover serving nothing.' },
  { context: S, higher: 'ecf-mentor-training-year1', lower: 'outstanding-leadership-summit', why: 'Funded year-long instructional-coaching training (T2) vs a paid motivational one-off.' },
  { context: S, higher: 'pgcert-coaching-mentoring-education', lower: 'outstanding-leadership-summit', why: 'Accredited, research-based study of coaching (T2) with enquiry into impact over eleven months vs a one-off motivational day.' },
  { context: S, higher: 'exam-board-gcse-chemistry-feedback', lower: 'outstanding-leadership-summit', why: 'A free after-school briefing from the principal examiner on science assessment vs £299 plus cover for a day serving no target.' },
  { context: S, higher: 'trust-instructional-coaching-programme', lower: 'science-network-coming-soon', why: 'A fully documented, sustained coaching programme on T2 vs a page that states nothing.' },
  { context: S, higher: 'feedback-research-school-twilights', lower: 'science-network-coming-soon', why: 'A documented evidence-based programme on T1 vs a page that states nothing.' },
  { context: S, higher: 'disciplinary-literacy-science-webinar-series', lower: 'science-network-coming-soon', why: 'A documented series on T3 with named presenters and price vs a page with only a title.' },
  { context: S, higher: 'trust-instructional-coaching-programme', lower: 'science-leaders-conference-sold-out', why: 'Sustained coaching on T2 that can be booked vs a one-off conference that is sold out.' },
  // independent
  { context: I, higher: 'ks3-mastery-work-group', lower: 'maths-mastery-conference-2026-past', why: 'Same topic (T1): a sustained, bookable work group with classroom work vs a one-off conference that has already taken place.' },
  { context: I, higher: 'ks3-mastery-work-group', lower: 'vak-learning-styles-day', why: 'Collaborative KS3 mastery work on T1/SDP1 vs a one-off day of debunked content serving nothing.' },
  { context: I, higher: 'leading-a-department-twilights', lower: 'vak-learning-styles-day', why: 'Six sessions on T2 with action steps and no cover vs a day of debunked content plus cover.' },
  { context: I, higher: 'npq-leading-teaching-spring-2027', lower: 'vak-learning-styles-day', why: 'A national qualification for aspiring subject leaders (T2) over a year vs a one-off learning-styles day.' },
  { context: I, higher: 'middle-leader-coaching-package', lower: 'vak-learning-styles-day', why: 'Two terms of goal-focused coaching for a new middle leader (T2) vs debunked content serving no target.' },
  { context: I, higher: 'npq-senco-2027', lower: 'vak-learning-styles-day', why: 'An 18-month national SENCO qualification serving SDP3 vs a one-off day the evidence rejects.' },
  { context: I, higher: 'leading-a-department-twilights', lower: 'outstanding-leadership-summit', why: 'Practical middle-leadership sessions on T2 with follow-up, no cover, vs a motivational one-off with a day of cover at a similar price.' },
  { context: I, higher: 'ks3-mastery-work-group', lower: 'outstanding-leadership-summit', why: 'Sustained collaborative work on T1 at £450 vs £358.80 plus cover for a motivational day.' },
  // wales
  { context: W, higher: 'cfw-progression-consortium-bilingual', lower: 'idp-writing-webinar-cancelled', why: 'A funded, sustained CfW programme on T1 vs a cancelled webinar that cannot be attended.' },
  { context: W, higher: 'cod-ady-diwrnod-hyfforddi', lower: 'idp-writing-webinar-cancelled', why: 'Same target (T2, the ALN Code): a funded day that can be booked vs a cancelled paid webinar.' },
  { context: W, higher: 'national-ma-education-wales', lower: 'idp-writing-webinar-cancelled', why: 'A funded master\'s with an ALN pathway vs a cancelled webinar.' },
  // business
  { context: B, higher: 'sbp-apprenticeship-level4', lower: 'procurement-act-webinar', why: 'T1 is a qualification in finance, procurement and HR: a levy-funded 18-month apprenticeship delivers it; a 90-minute webinar with a contradictory price does not.' },
  { context: B, higher: 'sbm-diploma-level5', lower: 'procurement-act-webinar', why: 'A regulated qualification covering T1 in full over six taught days vs a one-off 90-minute briefing.' },
  { context: B, higher: 'sbp-apprenticeship-level4', lower: 'sbm-diploma-level5', why: 'Both are school business qualifications serving T1 over months; the apprenticeship is funded from the trust\'s levy (£0) while the diploma costs £2,350 + VAT (CPL 3.1 value for money).' },
];
