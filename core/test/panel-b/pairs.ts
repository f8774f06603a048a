/**
 * Panel 1 pairs an experienced CPL lead would not dispute: in the stated context the evidence ranks `higher`
 * above `lower`. Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'send-adaptive-teaching-twilights', lower: 'learning-styles-day', why: 'Four evidence-based twilights on T2 with goals and self-monitoring, £180, no cover, vs debunked learning styles at £249 plus a day of cover (DfE part 2; EEF mechanisms 3, 13).' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'learning-styles-day', why: 'Funded, collaborative work group on SDP2 over two terms vs a one-off day of debunked content serving no target (DfE parts 2–4).' },
  { context: P, higher: 'reading-fluency-programme', lower: 'learning-styles-day', why: 'Sustained EEF-based fluency programme on T1 with feedback vs a one-off learning-styles day (EEF rec. 1; TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'phonics-fidelity-two-day', lower: 'learning-styles-day', why: 'Phonics fidelity on T1 with modelling, rehearsal and peer feedback vs learning styles serving nothing (CPL 3.1 priorities and current research).' },
  { context: P, higher: 'dsl-refresher-la', lower: 'learning-styles-day', why: 'Required KCSIE refresher serving T3, £79 and half a day, vs an optional debunked day at £249 and a full day of cover.' },
  { context: P, higher: 'early-reading-fluency-trust-twilights', lower: 'learning-styles-day', why: 'Two evidence-informed twilights on T1 for £60 and no cover vs £249, a day of cover and no evidence.' },
  { context: P, higher: 'phonics-webinar-choose-date', lower: 'learning-styles-day', why: 'An expert 90 minutes on T1 for £32.50 with no cover vs a debunked day at £249 plus cover serving no target.' },
  { context: P, higher: 'inset-behaviour-in-school', lower: 'learning-styles-day', why: 'EEF-based whole-staff INSET on SDP4 with rehearsal at £31.25 a head and no cover vs £249 plus cover for learning styles.' },
  { context: P, higher: 'reading-fluency-programme', lower: 'phonics-webinar-choose-date', why: 'Same priority (SDP1): four sessions over two terms with recorded practice, feedback and monitoring beat a single 90-minute webinar (DfE part 4; EEF 9, 13, 14).' },
  { context: P, higher: 'send-adaptive-teaching-twilights', lower: 'workload-wellbeing-union-twilight', why: 'Both twilights; four sessions on T2 from the EEF SEND report vs one session serving no target (CPL 3.1 priorities; DfE part 4).' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'workload-wellbeing-union-twilight', why: 'Funded sustained work group on SDP2 vs a single free talk serving no target.' },
  { context: P, higher: 'dsl-refresher-la', lower: 'workload-wellbeing-union-twilight', why: 'Required safeguarding refresher serving T3 vs an optional talk serving nothing (CPL 3.1 compliance).' },
  { context: P, higher: 'reading-fluency-programme', lower: 'workload-wellbeing-union-twilight', why: 'Sustained programme on SDP1 vs a one-off talk serving no target.' },
  { context: P, higher: 'send-adaptive-teaching-twilights', lower: 'phonics-assessment-cancelled', why: 'A bookable sustained programme on T2 vs a cancelled one-day course that cannot be attended.' },
  { context: P, higher: 'reading-fluency-programme', lower: 'phonics-assessment-cancelled', why: 'Same priority (SDP1): a bookable four-session programme vs a cancelled one-off day.' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'phonics-assessment-cancelled', why: 'Funded, bookable work group on SDP2 vs a cancelled course.' },

  // secondary
  { context: S, higher: 'instructional-coaching-middle-leaders', lower: 'learning-styles-day', why: 'Two-term instructional coaching on T2 with practice, feedback and evaluation vs debunked learning styles (EEF 6–10; DfE parts 2–4).' },
  { context: S, higher: 'eef-feedback-programme-research-school', lower: 'marking-hacks-webinar', why: 'Same target (T1): two terms implementing the EEF feedback report with a department trial vs an hour of unevidenced "hacks" with "no follow-up needed" (DfE parts 2, 4).' },
  { context: S, higher: 'eef-feedback-programme-research-school', lower: 'learning-styles-day', why: 'Evidence-based sustained programme on T1 at £175 vs a debunked one-off at £249 plus a day of cover.' },
  { context: S, higher: 'disciplinary-literacy-twilights-trust', lower: 'learning-styles-day', why: 'Four EEF-based twilights on T3 at £150, no cover, vs a debunked day at £249 plus cover serving no target.' },
  { context: S, higher: 'feedback-science-one-day', lower: 'learning-styles-day', why: 'EEF-based feedback day with follow-up on T1 vs learning styles serving no target, at a similar fee and the same day of cover.' },
  { context: S, higher: 'instructional-coaching-middle-leaders', lower: 'coaching-conference-sold-out', why: 'Same target (T2): a bookable two-term coaching programme vs a sold-out one-off conference (DfE part 4; TDT sustained).' },
  { context: S, higher: 'eef-feedback-programme-research-school', lower: 'feedback-science-one-day', why: 'Same target (T1): three sessions over two terms with a trial and check-ins at £175 vs a one-day course at £204.17 (EEF 11–14; DfE part 4).' },
  { context: S, higher: 'eef-feedback-programme-research-school', lower: 'afl-self-paced-online', why: 'Same target (T1): facilitated, collaborative two-term programme with a department trial vs studying modules alone (DfE part 3; EEF 7, 9).' },
  { context: S, higher: 'disciplinary-literacy-twilights-trust', lower: 'marking-hacks-webinar', why: 'Sustained evidence-based series on T3 vs an unevidenced one-off hour.' },
  { context: S, higher: 'feedback-science-one-day', lower: 'marking-hacks-webinar', why: 'Same topic (feedback, T1): EEF-based with rehearsal, a named expert and a follow-up clinic vs unevidenced hacks from a self-styled guru (DfE part 2; Weston check 1).' },
  { context: S, higher: 'ect-mentor-training', lower: 'learning-styles-day', why: 'Funded year-long instructional coaching training for mentors (T2) vs a paid, debunked one-off day.' },
  { context: S, higher: 'instructional-coaching-middle-leaders', lower: 'science-conference-past', why: 'A bookable sustained programme on T2 vs an event that has already taken place.' },
  { context: S, higher: 'eef-feedback-programme-research-school', lower: 'science-conference-past', why: 'A bookable sustained programme on T1 vs an event that has already taken place.' },
  { context: S, higher: 'npq-leading-teaching-self-funded', lower: 'learning-styles-day', why: 'A national qualification on the DfE framework over 18 months vs a debunked one-off day.' },
  { context: S, higher: 'afl-self-paced-online', lower: 'marking-hacks-webinar', why: 'Same target (T1): eight hours of evidence-based formative assessment with classroom tasks vs one hour of unevidenced hacks.' },

  // independent
  { context: I, higher: 'ks3-mastery-pgcert-module', lower: 'learning-styles-day', why: 'Sustained, evidence-based Level 7 module on T1 with observed practice vs debunked content serving no target (DfE parts 2, 4).' },
  { context: I, higher: 'ks3-maths-network-meetings', lower: 'learning-styles-day', why: 'Termly collaborative network on T1 at £80 vs a debunked day at £298.80 plus cover.' },
  { context: I, higher: 'ks3-mastery-inset-in-school', lower: 'learning-styles-day', why: 'Mastery INSET on T1 at £180 with no cover vs learning styles at £298.80 plus a day of cover.' },
  { context: I, higher: 'npq-leading-teaching-self-funded', lower: 'learning-styles-day', why: 'An 18-month national qualification serving T2 vs a debunked one-off day.' },
  { context: I, higher: 'npq-leading-teaching-self-funded', lower: 'marking-hacks-webinar', why: 'A sustained qualification serving T2 vs an unevidenced hour serving no target.' },
  { context: I, higher: 'ks3-mastery-pgcert-module', lower: 'marking-hacks-webinar', why: 'Sustained module on T1 vs an unevidenced hour serving no target.' },
  { context: I, higher: 'ks3-maths-network-meetings', lower: 'marking-hacks-webinar', why: 'A year of collaborative meetings on T1 for £80 vs an unevidenced hour serving no target.' },
  { context: I, higher: 'ks3-mastery-inset-in-school', lower: 'marking-hacks-webinar', why: 'Department mastery training on T1 with co-planning and rehearsal vs hacks serving no target.' },

  // wales
  { context: W, higher: 'cfw-progression-consortium', lower: 'aln-conference-cardiff', why: 'Welsh Government-funded three-part programme on T1 with collaboration vs a £195 one-off conference with no follow-up (NPLE; DfE part 4).' },
  { context: W, higher: 'national-ma-education-wales', lower: 'aln-conference-cardiff', why: 'Funded three-year practice-based Master\'s with an ALN pathway vs a paid one-off conference day with cover.' },
  { context: W, higher: 'aln-code-elearning-cymraeg', lower: 'aln-conference-cardiff', why: 'Same target (T2): six hours on the ALN Code, free and funded, no cover, vs £195 plus a day of cover for a one-off conference (CPL 3.1 value for money).' },

  // business
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'sbm-conference-regional', why: 'The target qualification, levy-funded over 18 months, vs a paid one-off conference with no qualification.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'procurement-webinar-free', why: 'The target qualification covering finance, procurement and HR vs one free hour on procurement.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'sbm-certificate-level4', why: 'Both are Level 4 qualifications serving T1; the apprenticeship is levy-funded at no cost vs £1,695 + VAT (CPL 3.1 value for money).' },
  { context: B, higher: 'sbm-certificate-level4', lower: 'sbm-conference-regional', why: 'A qualification serving T1 with tutor feedback over the year vs a one-off conference giving none.' },
];
