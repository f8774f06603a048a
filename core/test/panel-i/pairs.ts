import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

/** Pairs the evidence settles beyond dispute, one context each (panel 8). */
export const PAIRS: PanelPair[] = [
  // primary
  { context: P, higher: 'phonics-fluency-programme', lower: 'phonics-one-day-dates', why: 'Same target T1; two terms with gap tasks and feedback beat a one-off day (DfE part 4; EEF 9, 12).' },
  { context: P, higher: 'phonics-fluency-programme', lower: 'learning-styles-day', why: 'Sustained evidence-based work on T1 vs debunked VAK content serving nothing (DfE part 2).' },
  { context: P, higher: 'phonics-fluency-programme', lower: 'inspire-keynote-day', why: 'Sustained programme on T1 vs a one-off guru day (TDT; EEF rec. 1).' },
  { context: P, higher: 'phonics-fluency-programme', lower: 'title-only-workshop', why: 'Documented programme on T1 vs a page that states nothing.' },
  { context: P, higher: 'phonics-one-day-dates', lower: 'learning-styles-day', why: 'Same format and similar price; serves T1 vs debunked content serving nothing.' },
  { context: P, higher: 'phonics-one-day-dates', lower: 'inspire-keynote-day', why: 'Serves T1 vs a talk serving no target (CPL 3.1 priorities), similar cost and time out.' },
  { context: P, higher: 'maths-mastery-work-group', lower: 'learning-styles-day', why: 'Funded, collaborative, sustained work on SDP2 vs debunked one-off day.' },
  { context: P, higher: 'maths-mastery-work-group', lower: 'inspire-keynote-day', why: 'Funded sustained work group on SDP2 vs a paid one-off motivational talk (DfE parts 3–4).' },
  { context: P, higher: 'maths-mastery-work-group', lower: 'title-only-workshop', why: 'Documented funded programme vs a page that states nothing.' },
  { context: P, higher: 'send-adaptive-inset', lower: 'learning-styles-day', why: 'EEF-based adaptive teaching on T2/SDP3 at £40 on an INSET day vs debunked learning styles with a day out.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'inspire-keynote-day', why: 'Meets T3 (statutory DSL refresher) cheaply in a morning vs a full-day talk serving no target.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'title-only-workshop', why: 'Documented course meeting T3 vs a page that states nothing.' },
  { context: P, higher: 'npq-leading-literacy', lower: 'inspire-keynote-day', why: 'Year-long NPQ on literacy leadership (SDP1) vs a one-off guru day.' },
  { context: P, higher: 'npq-leading-literacy', lower: 'title-only-workshop', why: 'Documented national qualification vs a page that states nothing.' },
  { context: P, higher: 'send-webinar', lower: 'learning-styles-day', why: 'Cheap, after-school, on T2 vs an expensive day of debunked content.' },

  // secondary
  { context: S, higher: 'instructional-coaching-programme', lower: 'inspire-keynote-day', why: 'Sustained coaching programme on T2/SDP2 with rehearsal and feedback vs a one-off guru day (EEF 6–10; TDT).' },
  { context: S, higher: 'instructional-coaching-programme', lower: 'learning-styles-day', why: 'Evidence-based sustained programme on T2 vs debunked content.' },
  { context: S, higher: 'instructional-coaching-programme', lower: 'free-feedback-webinar', why: 'Sustained PD on a target vs a vendor sales demo.' },
  { context: S, higher: 'instructional-coaching-programme', lower: 'assessment-contradiction', why: 'Clearly documented sustained programme vs a self-contradicting one-off page.' },
  { context: S, higher: 'disciplinary-literacy-lesson-study', lower: 'inspire-keynote-day', why: 'Two terms of collaborative lesson study on T3 vs a one-off talk (DfE parts 3–4).' },
  { context: S, higher: 'disciplinary-literacy-lesson-study', lower: 'learning-styles-day', why: 'Evidence-based lesson study on T3 vs debunked content.' },
  { context: S, higher: 'disciplinary-literacy-lesson-study', lower: 'free-feedback-webinar', why: 'Sustained collaborative PD on T3 vs a product demo.' },
  { context: S, higher: 'feedback-science-day', lower: 'learning-styles-day', why: 'Same format, similar price: EEF feedback guidance on T1 vs debunked learning styles.' },
  { context: S, higher: 'feedback-science-day', lower: 'inspire-keynote-day', why: 'Serves T1 with evidence-based content vs a talk serving nothing.' },
  { context: S, higher: 'literacy-twilight-series', lower: 'inspire-keynote-day', why: 'Cheaper, no cover, spaced sessions on T3 vs a one-off day serving nothing.' },
  { context: S, higher: 'npq-leading-teacher-development', lower: 'inspire-keynote-day', why: 'National qualification on leading teacher development (T2) vs a one-off guru day.' },
  { context: S, higher: 'in-school-coaching', lower: 'inspire-keynote-day', why: 'A term of coaching cycles on SDP2 vs a one-off motivational talk.' },

  // independent
  { context: I, higher: 'ks3-mastery-programme', lower: 'ks3-algebra-half-day', why: 'Same target T1; a year with classroom trials and feedback vs a one-off afternoon (DfE part 4).' },
  { context: I, higher: 'ks3-mastery-programme', lower: 'inspire-keynote-day', why: 'Sustained programme on T1 vs a one-off guru day.' },
  { context: I, higher: 'ks3-mastery-programme', lower: 'learning-styles-day', why: 'Evidence-based sustained programme on T1 vs debunked content.' },
  { context: I, higher: 'middle-leadership-programme', lower: 'inspire-keynote-day', why: 'Sustained leadership programme on T2 with a project vs a talk serving nothing.' },
  { context: I, higher: 'middle-leadership-programme', lower: 'learning-styles-day', why: 'Programme on T2 vs debunked content serving nothing.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'inspire-keynote-day', why: 'NPQLT for an aspiring head of department (T2) vs a one-off guru day.' },
  { context: I, higher: 'ks3-algebra-half-day', lower: 'learning-styles-day', why: 'Cheaper, half the time out, serves T1 vs a day of debunked content.' },

  // wales
  { context: W, higher: 'cwricwlwm-cynnydd', lower: 'ofsted-deep-dive', why: 'Funded sustained programme on T1 vs a paid day on an English inspection regime irrelevant in Wales.' },
  { context: W, higher: 'cwricwlwm-cynnydd', lower: 'learning-styles-day', why: 'Funded sustained programme on T1 vs debunked paid content.' },
  { context: W, higher: 'national-ma-wales', lower: 'ofsted-deep-dive', why: 'Funded National MA serving T1/T2 vs an irrelevant one-off day.' },
  { context: W, higher: 'aln-code-day', lower: 'ofsted-deep-dive', why: 'Same format and similar price; serves T2 (ALN Code) vs a course serving nothing in Wales.' },
  { context: W, higher: 'aln-code-day', lower: 'learning-styles-day', why: 'Serves T2 at a similar price vs debunked content.' },

  // business
  { context: B, higher: 'sbp-apprenticeship', lower: 'procurement-webinar', why: 'Levy-funded qualification meeting T1 in full vs a one-hour briefing on one part of it.' },
  { context: B, higher: 'sbp-apprenticeship', lower: 'gdpr-schools-day', why: 'Funded qualification meeting T1 vs a paid one-off day outside it.' },
  { context: B, higher: 'sbp-apprenticeship', lower: 'title-only-workshop', why: 'Documented funded qualification vs a page that states nothing.' },
  { context: B, higher: 'sbm-diploma', lower: 'gdpr-schools-day', why: 'Qualification on T1 vs a one-off day outside T1.' },
  { context: B, higher: 'sbm-diploma', lower: 'title-only-workshop', why: 'Documented qualification vs a page that states nothing.' },
  { context: B, higher: 'procurement-webinar', lower: 'title-only-workshop', why: 'Free, documented briefing on part of T1 vs a page that states nothing.' },
  { context: B, higher: 'gdpr-schools-day', lower: 'title-only-workshop', why: 'A documented course vs a page that states nothing.' },
];
