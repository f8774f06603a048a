/**
 * Panel 4 pairs: in the stated context the evidence ranks `higher` above `lower` beyond dispute.
 * Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT commissioning advice.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: PanelPair[] = [
  // Primary
  { context: P, higher: 'english-hub-fluency-programme', lower: 'phonics-fidelity-county', why: 'Same target (T1); two terms with goals, modelling, rehearsal, gap tasks and an observed visit, DfE-funded, beats a one-off £185 day with a full day of cover (DfE part 4; EEF 3, 8–10, 12–14).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'learning-styles-vak', why: 'A funded, evidence-based programme on T1 vs debunked learning styles serving no target (DfE part 2; EEF rec. 1).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'unstoppable-teacher-conference', why: 'Sustained work on T1 vs a one-off motivational day serving nothing (TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'early-reading-self-paced', why: 'Both serve T1; a programme with practice, feedback and peers over two terms beats 8 hours of solo videos (EEF groups C–D; DfE parts 3–4).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'phonics-union-webinar', why: 'Both serve T1; a funded two-term programme with feedback beats a 90-minute panel discussion (DfE part 4).' },
  { context: P, higher: 'english-hub-fluency-programme', lower: 'reading-fluency-status-conflict', why: 'Same topic (KS1 fluency): a funded two-term programme vs a £175 afternoon whose page says both fully booked and places available.' },
  { context: P, higher: 'phonics-fidelity-county', lower: 'learning-styles-vak', why: 'A day on T1 grounded in the Reading Framework and EEF KS1 report vs a day of debunked content for no target, at a lower fee (£185 vs £199) and the same cover.' },
  { context: P, higher: 'phonics-fidelity-county', lower: 'unstoppable-teacher-conference', why: 'Serves T1 with specific technique content vs a motivational day serving no target, at a similar price and the same cover (CPL 3.1 priorities).' },
  { context: P, higher: 'send-adaptive-research-school', lower: 'learning-styles-vak', why: 'Two-term EEF-based programme on T2 with no cover vs debunked one-off day with cover.' },
  { context: P, higher: 'send-adaptive-research-school', lower: 'unstoppable-teacher-conference', why: 'Sustained, evidence-based work on T2 vs a one-off talk serving none (DfE parts 2 and 4).' },
  { context: P, higher: 'send-adaptive-research-school', lower: 'pfa-level3-weekend', why: 'Serves T2 and SDP3 over two terms vs a first-aid qualification that is not one of this teacher\'s targets.' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'unstoppable-teacher-conference', why: 'Funded, collaborative work group on SDP2 over two terms vs a one-off talk on nothing (DfE parts 3–4; EEF 7–9).' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'learning-styles-vak', why: 'Funded collaborative mastery work on SDP2 vs debunked content (DfE part 2).' },
  { context: P, higher: 'dsl-refresher-halfday', lower: 'unstoppable-teacher-conference', why: 'Required KCSIE refresher serving T3 for £95 and half a day vs an optional motivational day for £189 and a full day.' },
  { context: P, higher: 'dsl-refresher-halfday', lower: 'learning-styles-vak', why: 'Statutory compliance serving T3 vs debunked content serving nothing (CPL 3.1 compliance and research).' },
  { context: P, higher: 'behaviour-inset-per-school', lower: 'learning-styles-vak', why: 'Evidence-based whole-staff INSET on SDP4 at £47 a head with no cover vs £199 plus cover for debunked content.' },
  { context: P, higher: 'behaviour-inset-per-school', lower: 'unstoppable-teacher-conference', why: 'SDP4 with modelling and rehearsal (EEF 8–10), £47 a head, no cover vs £189 plus a day of cover for no target.' },
  { context: P, higher: 'early-reading-self-paced', lower: 'learning-styles-vak', why: 'Eight hours on T1 for £66 with no cover vs debunked content for £199 plus a day of cover.' },
  { context: P, higher: 'npq-leading-literacy', lower: 'unstoppable-teacher-conference', why: 'An 18-month NPQ on literacy leadership (T1) vs a one-off motivational day (DfE part 4; TDT).' },
  { context: P, higher: 'npq-leading-literacy', lower: 'learning-styles-vak', why: 'A national, evidence-based qualification on T1 vs debunked learning styles.' },
  { context: P, higher: 'phonics-union-webinar', lower: 'learning-styles-vak', why: 'A twilight on T1 with a reading researcher, at most £20 and no cover, vs debunked content at £199 plus cover.' },
  { context: P, higher: 'pfa-level3-weekend', lower: 'learning-styles-vak', why: 'Regulated compliance training on Saturdays for £110 vs debunked content at £199 plus a day of cover (CPL 3.1 compliance, research).' },

  // Secondary
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'feedback-conflicting-page', why: 'Same target (T1 in science): a three-term EEF-based programme with coaching vs a one-off day whose price and venue contradict each other (DfE part 4).' },
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'feedback-oneday-sold-out', why: 'Same target: sustained programme with coaching and pupil-outcome evaluation vs a sold-out one-off day (DfE parts 1, 4).' },
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'learning-styles-vak', why: 'Evidence-based sustained work on T1 vs debunked one-off content.' },
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'unstoppable-teacher-conference', why: 'Sustained, evidence-based work on T1 vs a motivational day serving nothing (TDT).' },
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'exam-board-chemistry-past', why: 'A bookable three-term programme on T1 vs an examiner report that has already taken place.' },
  { context: S, higher: 'responsive-feedback-science-mat', lower: 'museum-science-twilight', why: 'Serves T1 with a full set of mechanisms vs a visit-planning evening serving no target.' },
  { context: S, higher: 'instructional-coaching-practice', lower: 'coaching-middle-leaders-cancelled', why: 'Same target (T2): a year of instructional coaching with feedback vs two cancelled twilights.' },
  { context: S, higher: 'instructional-coaching-practice', lower: 'unstoppable-teacher-conference', why: 'Sustained coaching on T2/SDP2 vs a one-off motivational day (DfE part 4; EEF 6–10).' },
  { context: S, higher: 'instructional-coaching-practice', lower: 'learning-styles-vak', why: 'Evidence-based coaching on T2 vs debunked content.' },
  { context: S, higher: 'instructional-coaching-practice', lower: 'museum-science-twilight', why: 'Year-long coaching on T2 vs a visit-planning evening serving no target.' },
  { context: S, higher: 'ecte-mentor-programme', lower: 'unstoppable-teacher-conference', why: 'Funded, year-long mentor (coaching) training on T2 vs a paid one-off talk serving nothing.' },
  { context: S, higher: 'ecte-mentor-programme', lower: 'learning-styles-vak', why: 'Funded instructional-coaching training on T2 vs £199 plus cover for debunked content.' },
  { context: S, higher: 'ecte-mentor-programme', lower: 'museum-science-twilight', why: 'Sustained training on T2 vs an evening serving no target.' },
  { context: S, higher: 'pgcert-coaching-university', lower: 'unstoppable-teacher-conference', why: 'Accredited three-term coaching programme on T2 with no cover vs a one-off talk with a day of cover.' },
  { context: S, higher: 'pgcert-coaching-university', lower: 'learning-styles-vak', why: 'Research-based coaching qualification on T2 vs debunked content.' },
  { context: S, higher: 'disciplinary-literacy-webinar-association', lower: 'learning-styles-vak', why: 'An EEF-based hour on T3 for £37.50 with no cover vs debunked content for £199 plus cover.' },
  { context: S, higher: 'disciplinary-literacy-webinar-association', lower: 'unstoppable-teacher-conference', why: 'Serves T3 cheaply after school vs £189 plus a day of cover for no target.' },
  { context: S, higher: 'disciplinary-literacy-webinar-association', lower: 'museum-science-twilight', why: 'Serves T3 with evidence vs an evening serving no target, both after school.' },
  { context: S, higher: 'feedback-conflicting-page', lower: 'learning-styles-vak', why: 'Either way it serves T1 for no more than £189 + VAT vs debunked content for £199 + VAT, with the same day of cover.' },

  // Independent
  { context: I, higher: 'middle-leaders-independent-programme', lower: 'nlp-practitioner-weekend', why: 'Two-term middle-leadership programme with a mentor (T2) vs NLP learning-style claims serving no target.' },
  { context: I, higher: 'middle-leaders-independent-programme', lower: 'learning-styles-vak', why: 'Sustained work on T2 vs debunked content.' },
  { context: I, higher: 'npq-leading-teaching-tsh', lower: 'nlp-practitioner-weekend', why: 'An 18-month NPQ on T2 for £899 and no cover vs £595 and a day of cover for unevidenced NLP.' },
  { context: I, higher: 'npq-leading-teaching-tsh', lower: 'learning-styles-vak', why: 'National qualification on T2 vs debunked one-off day.' },
  { context: I, higher: 'ks3-mastery-two-day', lower: 'nlp-practitioner-weekend', why: 'Serves T1 (KS3 mastery) with modelling and feedback vs NLP serving no target.' },
  { context: I, higher: 'ks3-mastery-two-day', lower: 'learning-styles-vak', why: 'Serves T1 with a follow-up vs debunked content.' },
  { context: I, higher: 'send-adaptive-research-school', lower: 'nlp-practitioner-weekend', why: 'Evidence-based two-term programme on SDP3 for £295 with no cover vs unevidenced NLP for £595 and a day out.' },
  { context: I, higher: 'send-adaptive-research-school', lower: 'learning-styles-vak', why: 'EEF-based SEND programme vs debunked learning styles.' },
  { context: I, higher: 'maths-easter-conference', lower: 'nlp-practitioner-weekend', why: 'A subject conference with a KS3 mastery strand in the holidays vs NLP serving no target with a day of cover.' },
  { context: I, higher: 'maths-easter-conference', lower: 'learning-styles-vak', why: 'Serves T1 with no cover vs debunked content with cover.' },

  // Wales
  { context: W, higher: 'cfw-progression-consortium', lower: 'cfw-summit-cardiff', why: 'Same target (T1): a funded two-term cluster programme vs a one-off paid conference (DfE part 4; NPLE).' },
  { context: W, higher: 'cfw-progression-consortium', lower: 'learning-styles-vak', why: 'Funded, sustained work on T1 vs debunked content serving nothing in Wales.' },
  { context: W, higher: 'cfw-progression-consortium', lower: 'aln-gweminar-postponed', why: 'A funded, bookable two-term programme vs a postponed hour with no date.' },
  { context: W, higher: 'aln-code-council', lower: 'learning-styles-vak', why: 'Serves T2 (ALN Code) for £95 vs debunked content for £199, both one day.' },
  { context: W, higher: 'welsh-language-twilights', lower: 'learning-styles-vak', why: 'Funded ten-week Welsh course (SDP3) after school vs debunked content with cover.' },
  { context: W, higher: 'national-ma-wales', lower: 'learning-styles-vak', why: 'Funded, research-based MA with an ALN pathway vs debunked content.' },
  { context: W, higher: 'national-ma-wales', lower: 'cfw-summit-cardiff', why: 'Funded, sustained master\'s study with no cover vs a £225 one-off conference with a day of cover.' },
  { context: W, higher: 'cfw-summit-cardiff', lower: 'learning-styles-vak', why: 'A conference on the Curriculum for Wales (T1) vs debunked content serving no target, at similar cost and cover.' },

  // Business
  { context: B, higher: 'sbp-apprenticeship-level4', lower: 'unstoppable-teacher-conference', why: 'Levy-funded qualification exactly on T1 vs a teachers\' motivational day serving nothing.' },
  { context: B, higher: 'sbm-finance-certificate', lower: 'unstoppable-teacher-conference', why: 'Regulated finance and procurement qualification on T1 vs a motivational day for teachers.' },
  { context: B, higher: 'procurement-webinar-free', lower: 'unstoppable-teacher-conference', why: 'A free hour on procurement (T1) vs £189 + VAT for a day serving no target.' },
  { context: B, higher: 'sbp-apprenticeship-level4', lower: 'procurement-webinar-free', why: 'Both serve T1; an 18-month funded qualification with workplace coaching vs a one-hour webinar (DfE part 4).' },
  { context: B, higher: 'sbm-finance-certificate', lower: 'procurement-webinar-free', why: 'Both serve T1; two terms of study with assignments and feedback vs a one-hour webinar.' },
];
