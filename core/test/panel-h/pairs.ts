import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

/** Panel 7: pairs the evidence ranks beyond dispute, within one context (see README.md). */
export const PAIRS: PanelPair[] = [
  // ---------------------------------------------------------------- primary
  { context: P, higher: 'reading-fluency-programme', lower: 'phonics-one-day-refresh', why: 'Same target (T1): two terms with modelling, video feedback and impact measures beat a one-off day (DfE part 4; EEF 9, 12, 13).' },
  { context: P, higher: 'reading-fluency-programme', lower: 'vak-learning-styles', why: 'Sustained evidence-based work on T1 vs debunked learning-styles content serving no target (DfE part 2; EEF rec. 1).' },
  { context: P, higher: 'reading-fluency-programme', lower: 'inset-keynote-motivation', why: 'Sustained programme on T1 vs a one-off motivational talk serving nothing (TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'reading-fluency-programme', lower: 'thin-reading-workshop', why: 'A fully documented programme on T1 vs a page that states nothing.' },
  { context: P, higher: 'reading-fluency-programme', lower: 'early-reading-conference', why: 'Same priority (SDP1): a two-term programme with feedback and embedding beats a one-day conference (DfE part 4; TDT two terms).' },
  { context: P, higher: 'reading-lesson-study', lower: 'phonics-one-day-refresh', why: 'Same target (T1): collaborative lesson study over two terms with an expert other beats a one-off day, at a lower fee (DfE parts 3–4).' },
  { context: P, higher: 'reading-lesson-study', lower: 'vak-learning-styles', why: 'Evidence-based collaborative enquiry on T1 vs debunked content (DfE part 2).' },
  { context: P, higher: 'reading-lesson-study', lower: 'inset-keynote-motivation', why: 'Sustained lesson study on T1 vs a one-off talk serving no target (EEF 7–9; TDT).' },
  { context: P, higher: 'reading-lesson-study', lower: 'thin-reading-workshop', why: 'A documented, dated, priced programme on T1 vs a page that states nothing.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'vak-learning-styles', why: 'Sustained, EEF-based SEND work on T2 vs debunked learning styles serving nothing, and cheaper with no cover.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'inset-keynote-motivation', why: 'Five sessions with gap tasks on T2 vs a one-off motivational talk (EEF rec. 2; TDT).' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'inset-send-adaptive', why: 'Same target (T2) and evidence base: five sessions across two terms with rehearsal and triads beat a single INSET day whose follow-up is an optional extra (DfE part 4).' },
  { context: P, higher: 'phonics-one-day-refresh', lower: 'vak-learning-styles', why: 'A day on T1 vs a day of debunked content serving no target, at a similar price and the same time out.' },
  { context: P, higher: 'phonics-one-day-refresh', lower: 'inset-keynote-motivation', why: 'Specific technique content for T1 vs a motivational talk serving no target (CPL 3.1 priorities).' },
  { context: P, higher: 'phonics-one-day-refresh', lower: 'thin-reading-workshop', why: 'A documented course on T1 vs a page that states nothing.' },
  { context: P, higher: 'dsl-refresher-halfday', lower: 'vak-learning-styles', why: 'Required DSL update meeting T3 for £45 and half a day vs debunked content serving nothing.' },
  { context: P, higher: 'dsl-refresher-halfday', lower: 'inset-keynote-motivation', why: 'Meets T3 and a statutory requirement (CPL 3.1 compliance) vs a talk serving no target.' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'vak-learning-styles', why: 'Funded, sustained work group on SDP2 vs debunked content serving nothing (DfE parts 2–4).' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'inset-keynote-motivation', why: 'Collaborative, sustained and free work on SDP2 vs a one-off motivational talk.' },
  { context: P, higher: 'early-reading-conference', lower: 'inset-keynote-motivation', why: 'A conference on SDP1 with specialist speakers vs a motivational talk serving no target.' },
  { context: P, higher: 'early-reading-conference', lower: 'thin-reading-workshop', why: 'A documented, dated, priced event on SDP1 vs a page that states nothing.' },
  { context: P, higher: 'english-leads-network', lower: 'vak-learning-styles', why: 'A termly network on SDP1 with gap tasks vs debunked content serving nothing.' },
  { context: P, higher: 'inset-send-adaptive', lower: 'vak-learning-styles', why: 'EEF-based whole-school work on T2/SDP3 vs debunked learning styles (DfE part 2).' },

  // ---------------------------------------------------------------- secondary
  { context: S, higher: 'department-coaching-programme', lower: 'coaching-masterclass-soldout', why: 'Same target (T2): three terms with observed coaching and feedback beat a one-off masterclass that is sold out anyway (DfE part 4; EEF 9, 10).' },
  { context: S, higher: 'department-coaching-programme', lower: 'brain-based-learning', why: 'Sustained evidence-based coaching on T2 vs neuromyth content serving nothing (DfE part 2).' },
  { context: S, higher: 'department-coaching-programme', lower: 'marking-hacks-webinar', why: 'A year-long programme on a target vs a 45-minute product webinar with no evidence (EEF rec. 1).' },
  { context: S, higher: 'department-coaching-programme', lower: 'afl-inset-enquire', why: 'A fully documented programme vs a page that states nothing.' },
  { context: S, higher: 'department-coaching-programme', lower: 'science-conference-2026-past', why: 'A bookable sustained programme on T2 vs a past one-off event.' },
  { context: S, higher: 'department-coaching-programme', lower: 'inset-keynote-motivation', why: 'Sustained coaching on T2 vs a one-off motivational talk (TDT: avoid guru sessions).' },
  { context: S, higher: 'reading-like-scientists-funded', lower: 'brain-based-learning', why: 'Funded, evidence-based disciplinary literacy on T3 vs neuromyths serving nothing, at a higher price.' },
  { context: S, higher: 'reading-like-scientists-funded', lower: 'marking-hacks-webinar', why: 'A sustained evidence-based programme on T3 vs a vendor webinar without evidence or follow-up.' },
  { context: S, higher: 'reading-like-scientists-funded', lower: 'science-conference-2026-past', why: 'A bookable, free, sustained programme on T3 vs a past one-off conference.' },
  { context: S, higher: 'reading-like-scientists-funded', lower: 'inset-keynote-motivation', why: 'Sustained work on T3 vs a one-off talk serving no target.' },
  { context: S, higher: 'feedback-science-day', lower: 'marking-hacks-webinar', why: 'Same target (T1): EEF-based content with action planning and a follow-up vs a product pitch of “hacks” (DfE part 2; Weston’s checks).' },
  { context: S, higher: 'feedback-science-day', lower: 'brain-based-learning', why: 'Same format and price band: evidence-based day on T1 vs neuromyths serving nothing.' },
  { context: S, higher: 'feedback-science-day', lower: 'feedback-contradictory', why: 'Same topic: a clearly documented course with a follow-up vs a page whose format, date and price contradict each other.' },
  { context: S, higher: 'feedback-science-day', lower: 'afl-inset-enquire', why: 'A documented course on T1 vs a page that states nothing.' },
  { context: S, higher: 'npq-ltd-secondary', lower: 'brain-based-learning', why: 'A year-long national qualification on T2 vs neuromyth content serving nothing.' },
  { context: S, higher: 'npq-ltd-secondary', lower: 'coaching-masterclass-soldout', why: 'Same target (T2): a sustained NPQ beats a one-off, sold-out masterclass (DfE part 4).' },
  { context: S, higher: 'in-school-coaching-cycle', lower: 'coaching-masterclass-soldout', why: 'Same target (T2): a term of in-school coaching with feedback beats a one-off, sold-out day (EEF 9; TDT).' },
  { context: S, higher: 'in-school-coaching-cycle', lower: 'brain-based-learning', why: 'Evidence-based coaching on T2 vs neuromyths serving nothing.' },
  { context: S, higher: 'science-ed-conference-2027', lower: 'science-conference-2026-past', why: 'A bookable science conference with strands on T1/T3 vs a conference that has already taken place.' },
  { context: S, higher: 'science-ed-conference-2027', lower: 'brain-based-learning', why: 'Credible speakers on the department’s targets vs neuromyth content serving none.' },

  // ---------------------------------------------------------------- independent
  { context: I, higher: 'ks3-mastery-programme', lower: 'vak-learning-styles', why: 'Sustained evidence-based mastery work on T1 vs debunked content serving nothing.' },
  { context: I, higher: 'ks3-mastery-programme', lower: 'mastery-webinar-paid', why: 'Same target (T1): two terms with classroom trials, observation and revisiting beat a single 75-minute webinar (EEF group D; DfE part 4).' },
  { context: I, higher: 'npq-lt-independent', lower: 'new-middle-leaders-day', why: 'Same target (T2): a year-long NPQ with an in-school implementation task beats a one-off day (DfE part 4; TDT).' },
  { context: I, higher: 'npq-lt-independent', lower: 'vak-learning-styles', why: 'A national qualification on T2 vs debunked content serving nothing.' },
  { context: I, higher: 'new-middle-leaders-day', lower: 'vak-learning-styles', why: 'A day on T2 vs a day of debunked content serving nothing, at a similar price.' },
  { context: I, higher: 'aspiring-hod-maths-residential', lower: 'vak-learning-styles', why: 'Leadership preparation on T2 vs debunked content serving nothing.' },
  { context: I, higher: 'mastery-webinar-paid', lower: 'vak-learning-styles', why: 'Credible content on T1 for £42 and no cover vs debunked content serving nothing for £234 and a day out.' },

  // ---------------------------------------------------------------- Wales
  { context: W, higher: 'cfw-progression-cymraeg', lower: 'ofsted-deep-dive-english', why: 'A funded, endorsed programme on T1 vs Ofsted preparation that has no place in a Welsh school.' },
  { context: W, higher: 'cfw-progression-cymraeg', lower: 'vak-learning-styles', why: 'Sustained collaborative work on T1 vs debunked content serving nothing.' },
  { context: W, higher: 'aln-cod-diwrnod', lower: 'ofsted-deep-dive-english', why: 'A day on T2 (the ALN Code) vs English-inspection preparation irrelevant in Wales.' },
  { context: W, higher: 'aln-cod-diwrnod', lower: 'vak-learning-styles', why: 'Specific ALN Code practice on T2 vs debunked learning styles, cheaper, same time out.' },
  { context: W, higher: 'ma-addysg-cymru', lower: 'ofsted-deep-dive-english', why: 'The funded National MA on CfW and ALN vs an irrelevant English-inspection session.' },
  { context: W, higher: 'ma-addysg-cymru', lower: 'vak-learning-styles', why: 'A research-based funded qualification vs debunked content.' },
  { context: W, higher: 'aln-free-webinar-wales', lower: 'ofsted-deep-dive-english', why: 'Free, no cover and on T2 vs paid, half a day out and serving nothing in Wales.' },
  { context: W, higher: 'aln-free-webinar-wales', lower: 'vak-learning-styles', why: 'Free hour on T2 vs a paid day of debunked content serving nothing.' },
  { context: W, higher: 'cymraeg-staff-twilights', lower: 'ofsted-deep-dive-english', why: 'Free, funded Welsh course on SDP3 after school vs an irrelevant paid session in school hours.' },
  { context: W, higher: 'cymraeg-staff-twilights', lower: 'vak-learning-styles', why: 'Free sustained course on SDP3 vs paid debunked content.' },

  // ---------------------------------------------------------------- business
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'academy-finance-day', why: 'T1 asks for a qualification in finance, procurement and HR: the levy-funded L4 SBP apprenticeship provides it; a one-day course does not.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'sbm-conference-2027', why: 'A funded qualification matching T1 vs a one-off paid conference.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'procurement-webinar-free', why: 'A sustained qualification matching T1 vs a one-hour briefing.' },
  { context: B, higher: 'sbm-certificate-paid', lower: 'academy-finance-day', why: 'A regulated qualification covering finance, procurement and HR (T1) vs a single finance day.' },
  { context: B, higher: 'sbm-certificate-paid', lower: 'sbm-conference-2027', why: 'A nine-month qualification matching T1 vs a one-off conference.' },
  { context: B, higher: 'sbm-certificate-paid', lower: 'procurement-webinar-free', why: 'A qualification matching T1 vs a one-hour briefing.' },
];
