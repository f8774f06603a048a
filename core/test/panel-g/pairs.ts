/**
 * Panel 6 pairs: in the stated context an experienced CPL lead would not dispute that `higher` is the better
 * choice. Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT, cpd-evidence.md §5–6.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: PanelPair[] = [
  // Primary: Year 1 teacher and English lead, maintained.
  { context: P, higher: 'early-reading-leaders-year', lower: 'phonics-fluency-two-day', why: 'Same target: two terms with gap tasks, video feedback and a coaching visit for £270 and 1.5 days out beats two consecutive days for £355 and 2 days out (DfE part 4; EEF 9, 14).' },
  { context: P, higher: 'early-reading-leaders-year', lower: 'ks1-reading-calendar', why: 'Same target: a sustained, evaluated programme vs a one-off day with no follow-up, for similar money and less cover (DfE parts 1, 4).' },
  { context: P, higher: 'early-reading-leaders-year', lower: 'learning-styles-vak', why: 'Evidence-based sustained work on T1 vs debunked learning styles serving no target (DfE part 2; TDT).' },
  { context: P, higher: 'early-reading-leaders-year', lower: 'reading-fluency-contradictory', why: 'A documented, evidence-based programme on T1 vs a page contradicting itself on price and venue with no trainer named.' },
  { context: P, higher: 'early-reading-leaders-year', lower: 'phonics-conference-2026', why: 'A bookable sustained programme vs a one-off conference that has already taken place.' },
  { context: P, higher: 'phonics-fluency-two-day', lower: 'learning-styles-vak', why: 'Serves T1 with modelling, rehearsal and a review vs debunked content serving nothing (CPL 3.1 priorities, current research).' },
  { context: P, higher: 'phonics-fluency-two-day', lower: 'phonics-conference-2026', why: 'A bookable course on T1 with a follow-up vs a past event.' },
  { context: P, higher: 'ks1-reading-calendar', lower: 'learning-styles-vak', why: 'Serves T1 with an SLE for £245 no VAT vs £179 + VAT for debunked content serving nothing; same day out.' },
  { context: P, higher: 'ks1-reading-calendar', lower: 'phonics-conference-2026', why: 'Bookable runs on T1 vs a conference that has taken place.' },
  { context: P, higher: 'ks1-reading-calendar', lower: 'reading-fluency-contradictory', why: 'Same target and one day each: a clear price (£245, no VAT) and a named SLE vs a page saying both “FREE” and “£350 + VAT”, Leeds and Zoom, with no trainer.' },
  { context: P, higher: 'send-adaptive-twilights', lower: 'learning-styles-vak', why: 'EEF-based SEND twilights serving T2 with no cover vs a debunked day serving nothing with a day of cover.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'learning-styles-vak', why: 'Required KCSIE refresher serving T3 for £89 and half a day vs an optional debunked day.' },
  { context: P, higher: 'dsl-refresher-online', lower: 'safeguarding-whole-staff-twilight', why: 'T3 is the deputy DSL refresher; the whole-staff update says it is not a substitute for DSL training.' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'learning-styles-vak', why: 'A funded, year-long, collaborative work group on SDP2 vs a paid, debunked one-off day.' },
  { context: P, higher: 'maths-hub-mastery-workgroup', lower: 'number-sense-half-day-inset', why: 'Same objective (SDP2): a free year of research lessons with a Mastery Specialist vs a one-off three hours (DfE parts 3–4; EEF 7–9).' },
  { context: P, higher: 'calm-classrooms-inset', lower: 'learning-styles-vak', why: 'Evidence-based whole-staff INSET on SDP4 at £47 a head and no cover vs £179 and a day of cover for debunked content.' },
  { context: P, higher: 'number-sense-half-day-inset', lower: 'learning-styles-vak', why: 'Serves SDP2 at £57 a head on an INSET day vs a debunked day serving nothing with cover.' },
  { context: P, higher: 'npq-leading-literacy', lower: 'learning-styles-vak', why: 'A 12-month NPQ on the English lead’s priority vs a debunked one-off day.' },

  // Secondary: head of science, academy.
  { context: S, higher: 'instructional-coaching-year', lower: 'marking-revolution-day', why: 'Six months of coaching with feedback and evaluation on T2 vs a one-off guru day (EEF 6–10; TDT: avoid guru sessions).' },
  { context: S, higher: 'instructional-coaching-year', lower: 'science-leaders-conference', why: 'Sustained coaching programme on T2 vs a one-off conference (DfE part 4; TDT 30–50 hours).' },
  { context: S, higher: 'instructional-coaching-year', lower: 'bespoke-training-enquire', why: 'A fully documented programme vs a page that states nothing.' },
  { context: S, higher: 'responsive-feedback-trust-group', lower: 'marking-revolution-day', why: 'Same target (feedback): EEF-based, a term and a half with rehearsal, peer observation and evaluation vs a one-off “hacks” day without evidence (DfE parts 2, 4).' },
  { context: S, higher: 'responsive-feedback-trust-group', lower: 'retrieval-webinar-free', why: 'A sustained programme on T1 vs one free hour; sustained, evidence-based work ranks above a cheap hour (issue 18 point 5; DfE part 4).' },
  { context: S, higher: 'responsive-feedback-trust-group', lower: 'science-leaders-conference', why: 'Sustained work on T1 for £450 and 1.5 days vs a one-off conference for £345 and a day.' },
  { context: S, higher: 'science-lesson-study', lower: 'marking-revolution-day', why: 'Free two-term lesson study on formative assessment vs a paid one-off guru day (DfE parts 3–4).' },
  { context: S, higher: 'science-lesson-study', lower: 'retrieval-webinar-free', why: 'Two terms of collaborative lesson study on T1 vs a single free hour.' },
  { context: S, higher: 'science-lesson-study', lower: 'science-leaders-conference', why: 'Funded sustained collaboration on T1 vs a paid one-off conference.' },
  { context: S, higher: 'science-lesson-study', lower: 'bespoke-training-enquire', why: 'A documented funded programme vs a page that states nothing.' },
  { context: S, higher: 'disciplinary-literacy-science', lower: 'marking-revolution-day', why: 'EEF-based subject-specific work on T3 with gap tasks for £258 vs a one-off guru day for £249 with the same day out.' },
  { context: S, higher: 'disciplinary-literacy-science', lower: 'science-leaders-conference', why: 'Cheaper (£258 vs £345), same single day out, and sustained over a term with gap tasks vs a one-off conference.' },
  { context: S, higher: 'disciplinary-literacy-science', lower: 'bespoke-training-enquire', why: 'A documented, evidence-based course vs nothing.' },
  { context: S, higher: 'coaching-twilights-in-school', lower: 'marking-revolution-day', why: 'Sustained in-school coaching on T2 at £229 and no cover vs £249 plus a day of cover for a guru day.' },
  { context: S, higher: 'coaching-twilights-in-school', lower: 'science-leaders-conference', why: 'Sustained coaching on T2 at £229 with no cover vs a one-off conference at £345 plus a day of cover.' },
  { context: S, higher: 'coaching-twilights-in-school', lower: 'bespoke-training-enquire', why: 'A priced, structured programme vs a contact form.' },
  { context: S, higher: 'ilm-coaching-certificate', lower: 'marking-revolution-day', why: 'An accredited six-month coaching qualification on T2 vs a one-off guru day.' },
  { context: S, higher: 'ecf-mentor-training', lower: 'marking-revolution-day', why: 'Funded instructional-coaching mentor training on T2 vs a paid one-off guru day.' },
  { context: S, higher: 'npq-leading-teaching', lower: 'marking-revolution-day', why: 'A 12-month NPQ for subject leaders vs a one-off guru day (DfE parts 2, 4).' },
  { context: S, higher: 'literacy-inset-price-on-application', lower: 'bespoke-training-enquire', why: 'Stated, evidence-based content on SDP3 vs a page that states nothing.' },
  { context: S, higher: 'retrieval-webinar-free', lower: 'bespoke-training-enquire', why: 'A documented free hour on T1 vs a page that states nothing.' },

  // Independent: maths teacher, aspiring head of department; pays VAT.
  { context: I, higher: 'ks3-mastery-three-days', lower: 'maths-conference-saturday', why: 'Sustained mastery programme on T1 vs a one-off conference (DfE part 4).' },
  { context: I, higher: 'ks3-mastery-three-days', lower: 'marking-revolution-day', why: 'Serves T1 over two terms vs a one-off day serving no target.' },
  { context: I, higher: 'ks3-mastery-three-days', lower: 'bespoke-training-enquire', why: 'A documented programme vs nothing.' },
  { context: I, higher: 'aspiring-hod-programme', lower: 'new-middle-leaders-day', why: 'Same target (T2): modules, a departmental project and a mentor over five months vs one day (DfE part 4; EEF 7, 11).' },
  { context: I, higher: 'aspiring-hod-programme', lower: 'marking-revolution-day', why: 'Sustained middle-leadership programme on T2 vs a guru day serving no target.' },
  { context: I, higher: 'aspiring-hod-programme', lower: 'bespoke-training-enquire', why: 'A documented programme vs nothing.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'new-middle-leaders-day', why: 'A 12-month NPQ for subject leaders at £899 VAT-exempt vs a one-off day (DfE parts 2, 4).' },
  { context: I, higher: 'npq-leading-teaching', lower: 'marking-revolution-day', why: 'An NPQ on T2 vs a one-off day serving no target.' },
  { context: I, higher: 'npq-leading-teaching', lower: 'bespoke-training-enquire', why: 'A documented national qualification vs nothing.' },
  { context: I, higher: 'new-middle-leaders-day', lower: 'marking-revolution-day', why: 'Both one-off days at similar cost; one serves T2, the other no target (CPL 3.1 priorities).' },
  { context: I, higher: 'ks3-mastery-three-days', lower: 'isms-maths-conference-earlybird', why: 'Same target (T1): three spaced days with gap tasks and peer feedback vs a one-off conference (DfE part 4).' },
  { context: I, higher: 'isms-maths-conference-earlybird', lower: 'marking-revolution-day', why: 'Both one-off days; one serves T1 and T2 for £174, the other no target for £298.80.' },
  { context: I, higher: 'maths-conference-saturday', lower: 'marking-revolution-day', why: 'A £75 Saturday on KS3 mastery (no cover) vs £298.80 plus a day of cover for no target.' },
  { context: I, higher: 'ks3-mastery-online-selfpaced', lower: 'marking-revolution-day', why: '12 hours on T1 for £144 with no cover vs a day serving no target for £298.80 plus cover.' },

  // Wales: Year 4 teacher, maintained primary.
  { context: W, higher: 'cfw-progression-bilingual', lower: 'mindset-keynote-cardiff', why: 'Funded, endorsed, sustained work on T1 vs a paid motivational afternoon serving nothing (NPLE; TDT).' },
  { context: W, higher: 'cfw-progression-bilingual', lower: 'learning-styles-vak', why: 'Funded CfW progression work vs debunked learning styles in England.' },
  { context: W, higher: 'cfw-progression-bilingual', lower: 'aln-conference-llandudno', why: 'A free, bookable, sustained programme on T1 vs a sold-out one-off conference.' },
  { context: W, higher: 'cod-ady-cymraeg', lower: 'mindset-keynote-cardiff', why: 'ALN Code training on T2 with a task between sessions vs a motivational talk serving nothing.' },
  { context: W, higher: 'cod-ady-cymraeg', lower: 'learning-styles-vak', why: 'Serves T2 under the Welsh ALN Code for £150 vs debunked content for £179.' },
  { context: W, higher: 'cod-ady-cymraeg', lower: 'aln-conference-llandudno', why: 'Same target: a bookable two-session course with an in-class task vs a sold-out one-off conference.' },
  { context: W, higher: 'cluster-lesson-study-wales', lower: 'mindset-keynote-cardiff', why: 'Two terms of lesson study on progression (T1) vs a one-off motivational afternoon.' },
  { context: W, higher: 'cluster-lesson-study-wales', lower: 'learning-styles-vak', why: 'Collaborative, sustained, university-supported work on T1 vs debunked content.' },
  { context: W, higher: 'cluster-lesson-study-wales', lower: 'aln-conference-llandudno', why: 'A bookable sustained programme on T1 vs a sold-out one-off day.' },
  { context: W, higher: 'national-ma-education-wales', lower: 'mindset-keynote-cardiff', why: 'A funded three-year master’s with CfW and ALN pathways vs a one-off talk (§5.1).' },
  { context: W, higher: 'cymraeg-i-athrawon-twilight', lower: 'mindset-keynote-cardiff', why: 'Free, 30 hours on SDP3 (Welsh language) with no cover vs a paid talk serving nothing.' },
  { context: W, higher: 'send-adaptive-twilights', lower: 'learning-styles-vak', why: 'Evidence-based adaptive teaching near T2 with no cover vs debunked content with a day of cover.' },

  // Business: school business manager, academy, no class.
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'sbm-diploma-level5', why: 'Same target (a qualification in finance, procurement and HR): levy-funded at no cost to the school vs £2,450 (§6.4).' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'trust-finance-summit', why: 'The qualification T1 asks for vs an exhibitor-funded summit.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'procurement-act-online', why: 'A funded qualification covering procurement and more vs a paid one-day course.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'hr-essentials-modules', why: 'A funded qualification (T1) vs paid non-accredited modules on one of its areas.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'data-protection-webinar', why: 'A bookable funded qualification vs a closed 90-minute webinar.' },
  { context: B, higher: 'sbp-apprenticeship-l4', lower: 'marking-revolution-day', why: 'Serves the SBM’s target vs a teachers’ marking day.' },
  { context: B, higher: 'sbm-diploma-level5', lower: 'trust-finance-summit', why: 'The qualification T1 asks for vs a one-off exhibition summit.' },
  { context: B, higher: 'sbm-diploma-level5', lower: 'marking-revolution-day', why: 'A qualification on T1 vs a day that serves nothing in the role.' },
  { context: B, higher: 'hr-essentials-modules', lower: 'marking-revolution-day', why: 'HR modules in T1’s scope vs a teachers’ marking day.' },
  { context: B, higher: 'hr-essentials-modules', lower: 'data-protection-webinar', why: 'Bookable modules on T1 over five months vs a closed 90-minute webinar.' },
  { context: B, higher: 'procurement-act-online', lower: 'marking-revolution-day', why: 'Procurement (T1) for £185 vs a teachers’ day for £249 that serves nothing.' },
];
