import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

/** Pairs the evidence ranks beyond dispute, each within one context. */
export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'early-reading-three-days', lower: 'phonics-fluency-day', why: 'Same target (T1); three days over two terms with gap tasks, peer observation and pupil re-assessment beats one day with slides only (DfE part 4; EEF 9, 12, 14).' },
  { context: P, higher: 'early-reading-three-days', lower: 'calm-classrooms-roadshow', why: 'Sustained, evidence-based work on T1 vs a one-off afternoon on an objective that is not the teacher’s target (CPL 3.1 priorities; TDT).' },
  { context: P, higher: 'early-reading-three-days', lower: 'send-ks1-day-cancelled', why: 'A sustained programme on T1 vs a one-off day with no evidence base that has been cancelled.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'send-ks1-day-cancelled', why: 'Same target (T2): four EEF-based twilights over two terms with classroom trials and no cover vs a one-off day with no named evidence, now cancelled (DfE parts 2 and 4).' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'calm-classrooms-roadshow', why: 'Sustained work on the teacher’s T2 with no cover vs a one-off half day on an objective that is not hers.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'calm-classrooms-roadshow', why: 'Both half days; the DSL refresher meets the teacher’s statutory target T3 at £75, the roadshow serves no target of hers at £140.' },

  // secondary
  { context: S, higher: 'instructional-coaching-year', lower: 'learning-styles-science-twilight', why: 'A year of evidence-based coaching on T2 vs a twilight on debunked learning styles serving no target (DfE part 2; EEF rec. 1).' },
  { context: S, higher: 'disciplinary-literacy-science-hybrid', lower: 'learning-styles-science-twilight', why: 'EEF-based disciplinary literacy with follow-ups on T3 vs debunked VAK content.' },
  { context: S, higher: 'feedback-science-self-paced', lower: 'learning-styles-science-twilight', why: 'Evidence-based feedback content on T1 vs learning styles serving nothing; both cost no cover.' },
  { context: S, higher: 'feedback-conference-2027', lower: 'learning-styles-science-twilight', why: 'An evidence-informed conference on T1 vs debunked content serving no target.' },
  { context: S, higher: 'middle-leaders-six-sessions', lower: 'learning-styles-science-twilight', why: 'A planned six-session middle-leader course vs a one-off twilight on debunked content.' },
  { context: S, higher: 'instructional-coaching-year', lower: 'feedback-conference-2027', why: 'A year-long coaching programme on T2 (EEF 6–14) vs a one-off conference day (DfE part 4; TDT).' },
  { context: S, higher: 'disciplinary-literacy-science-hybrid', lower: 'feedback-conference-2027', why: 'Same single cover day and similar fee, but the hybrid course adds three follow-ups on the classroom trials (EEF 12, 14) where the conference is one-off.' },
  { context: S, higher: 'instructional-coaching-year', lower: 'middle-leaders-six-sessions', why: 'Coaching is T2 itself, sustained over a year with feedback on practice, vs six generic sessions with one on coaching conversations.' },

  // independent
  { context: I, higher: 'ks3-mastery-lesson-study', lower: 'mastery-residential-ks3', why: 'Same target (T1): three lesson study cycles over two terms at £210 beat a one-off residential at £714 with the same cover (DfE parts 3–4; EEF 7–9).' },
  { context: I, higher: 'ks3-mastery-lesson-study', lower: 'leadership-day-2027-tbc', why: 'A documented, collaborative programme on T1 vs a page that states nothing.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'leadership-day-2027-tbc', why: 'A documented national qualification on T2 vs a page that states nothing.' },
  { context: I, higher: 'middle-leaders-six-sessions', lower: 'leadership-day-2027-tbc', why: 'A documented course on T2 with dates and price vs a page that states nothing.' },
  { context: I, higher: 'mastery-residential-ks3', lower: 'leadership-day-2027-tbc', why: 'A documented course on T1 vs a page that states nothing.' },
  { context: I, higher: 'ks3-mastery-lesson-study', lower: 'feedback-conference-2027', why: 'Sustained lesson study on T1 vs a one-off conference serving no target of a maths teacher.' },
  { context: I, higher: 'ks3-mastery-lesson-study', lower: 'feedback-science-self-paced', why: 'Collaborative, sustained work on T1 vs a self-paced science course serving no target.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'feedback-science-self-paced', why: 'A year-long NPQ on T2 vs a self-paced science course serving no target.' },
  { context: I, higher: 'middle-leaders-six-sessions', lower: 'feedback-science-self-paced', why: 'Both no cover; six live sessions on T2 vs self-paced content for another subject serving no target.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'feedback-conference-2027', why: 'A sustained qualification on T2 vs a one-off conference serving no target.' },

  // wales
  { context: W, higher: 'dilyniant-cwricwlwm-i-gymru', lower: 'cwrs-preswyl-cymraeg', why: 'Both free and funded with three days out; the progression programme serves T1 and SDP1 across three terms, the residential serves SDP3 only and is one-off.' },
  { context: W, higher: 'ma-addysg-cymru', lower: 'cwrs-preswyl-cymraeg', why: 'A funded, research-based master’s on T1/T2 with no cover vs a one-off residential on a school objective with three days out.' },

  // business
  { context: B, higher: 'sbp-level-4-apprenticeship', lower: 'ta-phonics-mornings', why: 'The business manager’s own qualification target vs a TA phonics course serving none of it.' },
  { context: B, higher: 'sbp-level-4-apprenticeship', lower: 'ta-maths-interventions-online', why: 'T1 itself vs a TA course serving no target.' },
  { context: B, higher: 'school-procurement-two-day', lower: 'ta-phonics-mornings', why: 'Procurement for school business staff serves T1 in part; TA phonics serves nothing for this role.' },
  { context: B, higher: 'school-procurement-two-day', lower: 'ta-maths-interventions-online', why: 'Serves T1 in part vs a TA course serving no target.' },
];
