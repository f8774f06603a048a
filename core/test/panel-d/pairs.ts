/**
 * Panel 3 pairs: in the stated context the evidence ranks `higher` above `lower` beyond dispute.
 * Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT commissioning advice.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: PanelPair[] = [
  // primary: Year 1 teacher and English lead, maintained
  { context: P, higher: 'english-hub-fluency-programme', lower: 'la-phonics-ssp-day', why: 'Same target (T1); a funded Jan–July programme with modelling, rehearsal, action plans and visits beats a paid one-off day (DfE part 4; EEF 8–12).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'vak-brain-gym-day', why: 'Sustained, evidence-based and funded work on T1 vs debunked learning styles and Brain Gym for £195 and a day of cover.' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'inspired-teacher-conference', why: 'Sustained programme on T1 vs motivational keynotes serving no target (TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'reading-conference-2026-past', why: 'Same target; a bookable funded programme vs a conference that has already taken place.' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'ofsted-deep-dive-english', why: 'Improving phonics teaching (T1) over two terms vs one day of inspection preparation (DfE part 1: pupil outcomes).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'paediatric-first-aid-sold-out', why: 'A bookable funded programme on T1 vs a sold-out course serving no target.' },
  { context: P, higher: 'research-school-send-twilights', lower: 'vak-brain-gym-day', why: 'EEF-based SEND programme with gap tasks and triads on T2 vs debunked content (DfE part 2).' },
  { context: P, higher: 'research-school-send-twilights', lower: 'autism-webinar-primary', why: 'Same target (T2); four sessions with rehearsal, gap tasks and peer feedback beat one information hour (EEF 6–9, 12; DfE part 4).' },
  { context: P, higher: 'research-school-send-twilights', lower: 'inspired-teacher-conference', why: 'Sustained evidence-based work on T2 with no cover vs a £249 keynote day serving nothing.' },
  { context: P, higher: 'la-phonics-ssp-day', lower: 'vak-brain-gym-day', why: 'Both one day out of class at a similar price; phonics on T1 from the Reading Framework vs debunked learning styles.' },
  { context: P, higher: 'la-phonics-ssp-day', lower: 'inspired-teacher-conference', why: 'Serves T1 for £165 vs no target for £249, both one day of cover (CPL 3.1 priorities, value for money).' },
  { context: P, higher: 'la-phonics-ssp-day', lower: 'reading-conference-2026-past', why: 'Same target; bookable vs already past.' },
  { context: P, higher: 'maths-hub-mastering-number', lower: 'vak-brain-gym-day', why: 'Funded year-long Maths Hub work group on SDP2 vs debunked content.' },
  { context: P, higher: 'maths-hub-mastering-number', lower: 'inspired-teacher-conference', why: 'Funded, sustained and collaborative work on SDP2 (DfE parts 3–4) vs a paid one-off talk serving no target.' },
  { context: P, higher: 'dsl-refresher-partnership', lower: 'inspired-teacher-conference', why: 'Required KCSIE refresher serving T3 for £60 and half a day vs an optional talk serving nothing for £249 and a day.' },
  { context: P, higher: 'dsl-refresher-partnership', lower: 'vak-brain-gym-day', why: 'Statutory training serving T3 vs debunked content.' },
  { context: P, higher: 'inset-adaptive-teaching-per-school', lower: 'vak-brain-gym-day', why: 'EEF-based adaptive teaching on SDP3 at £40 a head with no cover vs debunked content at £195 plus a day of cover.' },
  { context: P, higher: 'inset-adaptive-teaching-per-school', lower: 'inspired-teacher-conference', why: 'Evidence-based INSET with rehearsal on SDP3 at £40 and no cover vs £249 and a day of cover for no target.' },
  { context: P, higher: 'autism-webinar-primary', lower: 'vak-brain-gym-day', why: 'An hour on T2 from a specialist for £24 with no cover vs debunked content for £195 plus cover.' },
  { context: P, higher: 'autism-webinar-primary', lower: 'inspired-teacher-conference', why: 'Serves T2 for £24 with no cover vs serves nothing for £249 plus a day of cover.' },
  { context: P, higher: 'union-behaviour-saturday', lower: 'vak-brain-gym-day', why: 'EEF behaviour guidance on SDP4, £30 on a Saturday, vs debunked content with a day of cover.' },
  { context: P, higher: 'union-behaviour-saturday', lower: 'inspired-teacher-conference', why: 'Serves SDP4 with practice for £30 and no cover vs £249 plus a day of cover for no target.' },
  { context: P, higher: 'npq-senco-hub', lower: 'vak-brain-gym-day', why: 'A funded, evidence-based 18-month NPQ on SEND vs debunked content.' },
  { context: P, higher: 'npq-senco-hub', lower: 'inspired-teacher-conference', why: 'A funded, sustained qualification on SDP3 vs a paid one-off keynote day serving nothing.' },

  // secondary: head of science, academy
  { context: S, higher: 'mat-instructional-coaching', lower: 'coaching-conference-cancelled', why: 'Same topic (T2); a bookable two-term coaching programme vs a cancelled conference.' },
  { context: S, higher: 'mat-instructional-coaching', lower: 'inspired-teacher-conference', why: 'Sustained instructional coaching on T2 with feedback and evaluation (EEF 6–12) vs one-off motivational keynotes.' },
  { context: S, higher: 'mat-instructional-coaching', lower: 'course-coming-soon', why: 'A fully documented programme on T2 vs a page that states nothing.' },
  { context: S, higher: 'mat-instructional-coaching', lower: 'leadership-coaching-middle-leaders', why: 'T2 is coaching one\'s department: training in instructional coaching with rehearsal and feedback vs being coached six hours with no evidence base named.' },
  { context: S, higher: 'ecte-mentor-training', lower: 'coaching-conference-cancelled', why: 'Funded, sustained mentor training on T2 vs a cancelled event.' },
  { context: S, higher: 'ecte-mentor-training', lower: 'inspired-teacher-conference', why: 'Funded instructional mentoring training on T2 vs a paid one-off talk serving no target.' },
  { context: S, higher: 'ecte-mentor-training', lower: 'course-coming-soon', why: 'Documented funded programme vs an empty page.' },
  { context: S, higher: 'pgcert-coaching-university', lower: 'coaching-conference-cancelled', why: 'Accredited, sustained coaching study on T2 vs a cancelled conference.' },
  { context: S, higher: 'pgcert-coaching-university', lower: 'inspired-teacher-conference', why: 'Sustained, evidence-based T2 study on Saturdays vs a one-off talk on a school day serving nothing.' },
  { context: S, higher: 'science-feedback-day', lower: 'inspired-teacher-conference', why: 'Serves T1 from the EEF feedback review for £245 vs no target for £249, both one day of cover.' },
  { context: S, higher: 'science-feedback-day', lower: 'museum-chemistry-postponed', why: 'Bookable and on T1 vs postponed with no date and on no target.' },
  { context: S, higher: 'science-feedback-day', lower: 'course-coming-soon', why: 'A documented, evidence-based day on T1 vs a page that states nothing.' },
  { context: S, higher: 'disciplinary-literacy-science-twilights', lower: 'inspired-teacher-conference', why: 'Three EEF-based twilights on T3 for £137.50 and no cover vs £249 plus cover for no target.' },
  { context: S, higher: 'disciplinary-literacy-science-twilights', lower: 'vocabulary-twilight-price-conflict', why: 'Same target (T3); three sessions with classroom trials vs one two-hour twilight whose price the page contradicts.' },
  { context: S, higher: 'disciplinary-literacy-science-twilights', lower: 'course-coming-soon', why: 'Documented evidence-based sessions on T3 vs an empty page.' },
  { context: S, higher: 'formative-assessment-format-conflict', lower: 'inspired-teacher-conference', why: 'Serves T1 for £180 vs no target for £249, both a day of cover.' },
  { context: S, higher: 'science-saturday-conference', lower: 'coaching-conference-cancelled', why: 'Both Saturday conferences; one is bookable, the other cancelled.' },
  { context: S, higher: 'science-saturday-conference', lower: 'inspired-teacher-conference', why: 'Feedback and literacy strands (T1, T3) on a Saturday for £37.50 vs keynotes serving nothing for £249 and a day of cover.' },

  // independent: maths teacher, aspiring head of department
  { context: I, higher: 'ks3-mastery-three-days', lower: 'whole-brain-inset', why: 'Sustained mastery programme on T1 with triads vs debunked left-brain/right-brain content.' },
  { context: I, higher: 'ks3-mastery-three-days', lower: 'ks3-mastery-self-paced', why: 'Same target (T1); spaced days with gap tasks, pupil-work analysis and research lessons in triads vs videos studied alone (EEF 7–9; DfE part 3).' },
  { context: I, higher: 'aspiring-hod-independent', lower: 'whole-brain-inset', why: 'Serves T2/SDP2 with rehearsal vs debunked content serving nothing.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'whole-brain-inset', why: 'Year-long evidence-based NPQ on leading teaching (T2) vs debunked content.' },
  { context: I, higher: 'ks3-mastery-self-paced', lower: 'whole-brain-inset', why: 'Sound mastery content on T1 vs debunked content (DfE part 2).' },
  { context: I, higher: 'npq-senco-hub', lower: 'whole-brain-inset', why: 'Evidence-based SEND NPQ on SDP3 vs debunked content.' },

  // wales: Year 4 teacher, maintained primary in Wales
  { context: W, higher: 'cfw-progression-bilingual', lower: 'ofsted-deep-dive-english', why: 'Funded, sustained CfW progression work (T1, NPLE) vs preparation for an English inspectorate that does not inspect Welsh schools.' },
  { context: W, higher: 'cfw-progression-bilingual', lower: 'vak-brain-gym-day', why: 'Funded, sustained CfW work with moderation vs debunked content with a day of cover.' },
  { context: W, higher: 'national-ma-education-wales', lower: 'ofsted-deep-dive-english', why: 'Funded National MA with ALN and Curriculum pathways vs irrelevant inspection preparation.' },
  { context: W, higher: 'national-ma-education-wales', lower: 'vak-brain-gym-day', why: 'Funded, research-based master\'s vs debunked content.' },
  { context: W, higher: 'aln-code-twilight-cy', lower: 'ofsted-deep-dive-english', why: 'Free twilight on the ALN Code (T2) vs £225 plus a day of cover for an English inspection.' },
  { context: W, higher: 'aln-code-twilight-cy', lower: 'vak-brain-gym-day', why: 'Free, on T2, no cover vs debunked content at £195 plus a day of cover.' },

  // business: school business manager, academy
  { context: B, higher: 'sbp-apprenticeship', lower: 'sbm-diploma-level5', why: 'Same target (a school business qualification in finance, procurement and HR); levy-funded vs £2,950 + VAT.' },
  { context: B, higher: 'sbp-apprenticeship', lower: 'procurement-act-webinar', why: 'A funded 18-month qualification meeting the whole target vs a 90-minute update on one part of it.' },
  { context: B, higher: 'sbm-diploma-level5', lower: 'procurement-act-webinar', why: 'The target is a qualification: a 12-month regulated diploma meets it, a webinar cannot.' },
];
