import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

/** Pairs the evidence ranks beyond dispute, each within one context. */
export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'phonics-programme-cohort', lower: 'phonics-member-table', why: 'Same target (T1): two terms with modelling, rehearsal, feedback and pupil data beat a one-off day (DfE part 4; EEF mechanisms 9, 12).' },
  { context: P, higher: 'phonics-programme-cohort', lower: 'inspire-inset', why: 'Sustained evidence-based programme on T1 vs a motivational day serving nothing (EEF rec. 1; TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'phonics-programme-cohort', lower: 'learning-styles-send', why: 'Sustained, evidence-based programme on T1 vs a one-off day of debunked learning-styles content (DfE part 2).' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'learning-styles-send', why: 'Same target (T2): EEF SEND in Mainstream over two terms with no cover vs debunked learning styles in a day out (DfE part 2; EEF rec. 1).' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'inspire-inset', why: 'Sustained twilights on T2/SDP3 vs a keynote day serving no target (CPL 3.1 priorities; DfE part 4).' },
  { context: P, higher: 'phonics-member-table', lower: 'inspire-inset', why: 'Serves T1 with specific evidence-based technique vs a motivational talk serving nothing (CPL 3.1 priorities).' },
  { context: P, higher: 'phonics-member-table', lower: 'learning-styles-send', why: 'Evidence-based content on T1 vs debunked learning styles, at comparable price and time out (DfE part 2).' },
  { context: P, higher: 'reading-fluency-halfday', lower: 'inspire-inset', why: 'Serves T1 with modelled and rehearsed routines vs a talk serving no target (CPL 3.1 priorities).' },
  { context: P, higher: 'reading-fluency-halfday', lower: 'learning-styles-send', why: 'Evidence-based half day on T1 vs a full day of debunked content (DfE part 2), at similar cost and half the cover.' },
  { context: P, higher: 'dsl-refresher-la', lower: 'inspire-inset', why: 'Meets T3, a statutory KCSIE requirement, vs a motivational day serving nothing (CPL 3.1 priorities and compliance).' },

  // secondary
  { context: S, higher: 'feedback-science-programme', lower: 'feedback-vak-day', why: 'Same target (T1): free, two-term, EEF-based programme vs a paid one-off day of learning-styles feedback (DfE parts 2 and 4).' },
  { context: S, higher: 'feedback-science-programme', lower: 'science-summit-2026', why: 'Same target (T1): sustained, funded programme with embedding vs a one-off paid conference (DfE part 4; EEF mechanisms 11–14).' },
  { context: S, higher: 'instructional-coaching-trust', lower: 'feedback-vak-day', why: 'Evidence-based coaching programme on T2 vs debunked one-off day (EEF rec. 1; DfE part 2).' },
  { context: S, higher: 'instructional-coaching-trust', lower: 'inspire-inset', why: 'Sustained coaching programme on T2/SDP2 vs a motivational talk serving nothing (TDT; DfE part 4).' },
  { context: S, higher: 'ecf-mentor-training', lower: 'inspire-inset', why: 'Funded, sustained instructional-mentoring programme serving T2 vs a one-off guru day (EEF 6–10; TDT).' },
  { context: S, higher: 'ecf-mentor-training', lower: 'feedback-vak-day', why: 'Funded, sustained instructional mentoring on T2 vs a paid one-off day of debunked feedback content (EEF 6–10; DfE part 2).' },
  { context: S, higher: 'feedback-science-programme', lower: 'inspire-inset', why: 'Sustained evidence-based programme on T1 vs a talk serving no target (EEF rec. 1).' },
  { context: S, higher: 'disciplinary-literacy-online', lower: 'feedback-vak-day', why: 'Evidence-based content on T3 with no cover vs a paid day of debunked learning-styles content (DfE part 2).' },
  { context: S, higher: 'disciplinary-literacy-online', lower: 'inspire-inset', why: 'Serves T3/SDP3 on the EEF literacy report vs a keynote serving no target (CPL 3.1 priorities).' },

  // independent
  { context: I, higher: 'maths-hub-workgroup', lower: 'maths-mastery-day', why: 'Same target (T1): two-term collaborative work group with a research lesson beats a one-off day (DfE parts 3–4; EEF 7–9).' },
  { context: I, higher: 'middle-leaders-residential', lower: 'hod-webinar', why: 'Same target (T2): a two-term programme with project and mentoring vs a one-hour talk (DfE part 4; EEF rec. 2).' },
  { context: I, higher: 'npq-leading-teaching', lower: 'hod-webinar', why: 'Same target (T2): a year-long evidence-based NPQ vs a one-hour webinar (DfE parts 2 and 4).' },
  { context: I, higher: 'maths-hub-workgroup', lower: 'learning-styles-send', why: 'Sustained, collaborative work on T1 vs debunked content serving no target (DfE part 2; CPL 3.1 priorities).' },
  { context: I, higher: 'maths-mastery-day', lower: 'learning-styles-send', why: 'Serves T1 vs debunked learning styles serving no target of this teacher (CPL 3.1 priorities; DfE part 2).' },
  { context: I, higher: 'middle-leaders-residential', lower: 'learning-styles-send', why: 'Sustained programme on T2 vs a one-off day of debunked content (DfE parts 2 and 4).' },
  { context: I, higher: 'instructional-coaching-trust', lower: 'learning-styles-send', why: 'Evidence-based coaching on T2 vs debunked content (EEF rec. 1; DfE part 2).' },

  // wales
  { context: W, higher: 'wales-cfw-progression', lower: 'wales-cod-ady', why: 'Funded, endorsed, two-term programme on T1 with cluster collaboration vs a paid one-off day (NPLE; DfE part 4).' },
  { context: W, higher: 'wales-national-ma', lower: 'wales-cod-ady', why: 'Same target (T2): funded three-year enquiry-based MA pathway without cover vs a paid one-off day (NPLE; §5.1; DfE parts 2 and 4).' },

  // business
  { context: B, higher: 'sbp-apprenticeship', lower: 'sbm-finance-essentials', why: 'T1 asks for a qualification: the levy-funded Level 4 SBP apprenticeship delivers it; the two-day course is not a qualification and its price is contradictory.' },
  { context: B, higher: 'sbm-certificate', lower: 'sbm-finance-essentials', why: 'A regulated Level 4 qualification in finance, procurement and HR (T1) over two terms vs a two-day non-qualification course with a contradictory price.' },
];
