import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

/** Pairs the evidence ranks beyond dispute, each within one context (panel 10). */
export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'phonics-two-term-programme', lower: 'early-reading-fluency-day', why: 'Same target (T1); two terms with goals, gap tasks, a feedback visit and pupil data beat a one-off day (DfE part 4; EEF 3, 9, 13–14).' },
  { context: P, higher: 'phonics-two-term-programme', lower: 'vak-brain-gym-day', why: 'Sustained, evidence-based early reading programme on T1 vs debunked learning styles and Brain Gym (DfE part 2).' },
  { context: P, higher: 'early-reading-fluency-day', lower: 'vak-brain-gym-day', why: 'Both one-off days at a similar price; one serves T1 on the EEF KS1 report, the other teaches debunked content (DfE part 2; CPL 3.1 research evidence).' },
  { context: P, higher: 'dsl-refresher-online', lower: 'dsl-refresher-premium', why: 'The same statutory DSL refresher, same length, content and format: £85 + VAT beats £140 + VAT (CPL 3.1 value for money).' },
  { context: P, higher: 'phonics-two-term-programme', lower: 'phonics-thin-page', why: 'A fully documented programme on T1 vs a page that states nothing (TDT provider code).' },
  { context: P, higher: 'early-reading-fluency-day', lower: 'phonics-thin-page', why: 'A documented T1 course with dates, trainer, evidence and price vs a page that states nothing.' },
  { context: P, higher: 'maths-hub-work-group', lower: 'inspire-keynote-tour', why: 'Funded, collaborative year-long work on SDP2 vs a paid one-off motivational show serving nothing (DfE parts 3–4; TDT: avoid guru sessions).' },
  { context: P, higher: 'phonics-two-term-programme', lower: 'inspire-keynote-tour', why: 'Sustained evidence-based programme on T1 vs a one-off talk serving no target (EEF rec. 1; TDT).' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'vak-brain-gym-day', why: 'EEF-based SEND adaptive teaching on T2 with classroom tasks, after school, vs debunked learning styles and a day out of class.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'inspire-keynote-tour', why: 'Serves T2 with evidence and between-session practice at a similar price and no cover, vs a one-off talk serving nothing.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'inspire-keynote-tour', why: 'Meets T3 and a statutory requirement in half a day vs a full day of motivation serving no target (CPL 3.1 priorities, compliance).' },
  { context: P, higher: 'maths-hub-work-group', lower: 'vak-brain-gym-day', why: 'Funded, evidence-based lesson-study style work group on SDP2 vs debunked content at £179 + VAT.' },
  { context: P, higher: 'early-reading-fluency-day', lower: 'inspire-keynote-tour', why: 'Serves T1 with specific techniques and rehearsal vs a talk serving no target, at a similar price and time out (CPL 3.1 priorities).' },
  { context: P, higher: 'maths-hub-work-group', lower: 'phonics-thin-page', why: 'A documented, funded, collaborative programme on SDP2 vs a page that states nothing.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'phonics-thin-page', why: 'A documented series on T2 with dates, price and trainer vs a page that states nothing.' },
  { context: P, higher: 'phonics-two-term-programme', lower: 'primary-english-conference-2026', why: 'A bookable two-term programme on T1 vs a one-off conference that has already taken place.' },

  // secondary
  { context: S, higher: 'instructional-coaching-year', lower: 'inspire-keynote-tour', why: 'Two terms of instructional coaching on T2/SDP2 vs a one-off motivational show (EEF 6–10; TDT: avoid guru sessions).' },
  { context: S, higher: 'science-lesson-study-network', lower: 'feedback-science-day', why: 'Same target (T1, science feedback): three collaborative lesson study cycles over two terms beat a one-day course, at a lower fee (DfE parts 3–4).' },
  { context: S, higher: 'science-lesson-study-network', lower: 'inspire-keynote-tour', why: 'Sustained collaborative enquiry on T1 vs a one-off talk serving nothing.' },
  { context: S, higher: 'feedback-science-day', lower: 'inspire-keynote-tour', why: 'Serves T1 on the EEF feedback report vs a talk serving no target, at a similar price and one day out.' },
  { context: S, higher: 'ecf-mentor-training', lower: 'inspire-keynote-tour', why: 'Funded year-long mentor training built on instructional coaching (T2) vs a paid one-off show.' },
  { context: S, higher: 'instructional-coaching-year', lower: 'procurement-act-day', why: 'Serves T2/SDP2 vs a business course serving none of a head of science\'s targets (CPL 3.1 priorities).' },
  { context: S, higher: 'feedback-science-day', lower: 'procurement-act-day', why: 'Serves T1 vs a procurement course for business leaders, at a similar price and one day out.' },
  { context: S, higher: 'science-lesson-study-network', lower: 'feedback-elearning', why: 'Same target (T1): collaborative lesson study with expert challenge and feedback over two terms vs self-paced videos with no tutor (EEF 7–9; DfE part 3).' },
  { context: S, higher: 'ecf-mentor-training', lower: 'procurement-act-day', why: 'Funded coaching-based mentor training serving T2 vs a course serving no target.' },
  { context: S, higher: 'coaching-the-coaches-group', lower: 'inspire-keynote-tour', why: 'In-school coaching of coaches over two terms on T2/SDP2 vs a one-off motivational show.' },
  { context: S, higher: 'assessment-conference-2027', lower: 'inspire-keynote-tour', why: 'A cheap Saturday conference on T1 with research-led talks vs a paid weekday show serving no target and citing no evidence.' },
  { context: S, higher: 'science-lesson-study-network', lower: 'procurement-act-day', why: 'Sustained collaborative work on T1 vs a course serving none of the head of science\'s targets.' },

  // independent
  { context: I, higher: 'ks3-mastery-programme', lower: 'inspire-keynote-tour', why: 'Three days over two terms on T1/SDP1 with gap tasks vs a one-off talk serving nothing (DfE part 4; TDT).' },
  { context: I, higher: 'npq-leading-teaching', lower: 'inspire-keynote-tour', why: 'A year-long national qualification on T2 vs a one-off motivational show.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'new-middle-leaders-course', why: 'Same target (T2): a sustained, framework-based NPQ vs a one-off course whose page contradicts itself on length and price (DfE part 4; TDT transparency).' },
  { context: I, higher: 'ks3-mastery-programme', lower: 'ks3-algebra-cancelled', why: 'Same target (T1): a bookable sustained programme vs a cancelled twilight with no new date.' },
  { context: I, higher: 'instructional-coaching-year', lower: 'inspire-keynote-tour', why: 'Sustained evidence-based coaching programme partly serving T2 vs a one-off talk serving nothing.' },

  // wales
  { context: W, higher: 'cynnydd-asesu-cluster', lower: 'vak-brain-gym-day', why: 'Funded cluster enquiry on CfW progression (T1) vs debunked learning styles and Brain Gym (DfE part 2; NPLE priorities).' },
  { context: W, higher: 'national-ma-wales', lower: 'inspire-keynote-tour', why: 'The funded National MA with an ALN pathway (NPLE) vs a paid one-off motivational show in England.' },
  { context: W, higher: 'cynnydd-asesu-cluster', lower: 'inspire-keynote-tour', why: 'Sustained collaborative work on T1 vs a one-off talk serving nothing.' },
  { context: W, higher: 'cod-ady-ar-lein', lower: 'vak-brain-gym-day', why: 'ALN Code course on T2 after school at £60 vs debunked content at £179 + VAT and a day out of class.' },
  { context: W, higher: 'national-ma-wales', lower: 'vak-brain-gym-day', why: 'Funded, research-based master\'s on the teacher\'s targets vs debunked content.' },
  { context: W, higher: 'cwrs-cymraeg-dwys', lower: 'vak-brain-gym-day', why: 'Funded Welsh-language course serving SDP3 vs debunked content serving nothing.' },
  { context: W, higher: 'cod-ady-ar-lein', lower: 'inspire-keynote-tour', why: 'Serves T2 (ALN Code) in two twilights vs a one-off talk serving no target.' },

  // business
  { context: B, higher: 'sbm-diploma', lower: 'emergency-first-aid', why: 'A qualification in finance, procurement and HR (T1 exactly) vs first aid, which serves no target.' },
  { context: B, higher: 'sbm-apprenticeship', lower: 'emergency-first-aid', why: 'Levy-funded school business professional apprenticeship (T1 exactly) vs first aid, which serves no target.' },
  { context: B, higher: 'sbm-diploma', lower: 'finance-assistants-postponed', why: 'A qualification at the SBM\'s level on T1 vs a half-day for finance assistants “not designed for experienced business managers”.' },
  { context: B, higher: 'sbm-apprenticeship', lower: 'finance-assistants-postponed', why: 'A funded qualification route on T1 vs a half-day introduction below the SBM\'s level.' },
];
