/**
 * Panel 5 pairs: within one context, `higher` must total more than `lower`. Only orders the evidence
 * settles: sustained, evidence-based work on a target over one-off talks serving none; evidence over
 * debunked content (learning styles, Brain Gym); bookable over past/postponed/cancelled; the same target
 * for less; a documented page over one that states nothing. Sources: EEF Effective PD (2021), DfE PD
 * standard (2016), CPL policy 3.1, TDT.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;
const I = 'independent' as const;
const W = 'wales' as const;
const B = 'business' as const;

export const PAIRS: readonly PanelPair[] = [
  // Primary (maintained, England)
  { context: P, higher: 'northvale-phonics-twilights', lower: 'brightminds-learning-styles-inset', why: 'EEF-based phonics series on T1 with gap tasks vs debunked VAK learning styles serving no target (DfE part 2; EEF rec. 1).' },
  { context: P, higher: 'fenland-lesson-study-early-reading', lower: 'brightminds-learning-styles-inset', why: 'Two terms of lesson study on T1/SDP1 vs a one-off debunked learning-styles INSET (DfE parts 2–4).' },
  { context: P, higher: 'eastmoor-maths-hub-mastering-number', lower: 'brightminds-learning-styles-inset', why: 'Funded year-long SDP2 programme with daily practice vs debunked content serving nothing.' },
  { context: P, higher: 'calm-classrooms-behaviour-inset', lower: 'brightminds-learning-styles-inset', why: 'Same format (per-school INSET, no cover): EEF-based rehearsed routines on SDP4 vs debunked VAK on no objective.' },
  { context: P, higher: 'safeguard-ed-deputy-dsl-online', lower: 'brightminds-learning-styles-inset', why: 'Required KCSIE refresher serving T3 vs debunked content serving nothing (CPL 3.1 compliance, priorities).' },
  { context: P, higher: 'firstresponse-efaw-inset', lower: 'brightminds-learning-styles-inset', why: 'Regulated first-aid compliance vs debunked learning styles; neither is on a target, only one is sound (CPL 3.1).' },
  { context: P, higher: 'three-rivers-send-adaptive', lower: 'brainwave-braingym-send', why: 'Same target (T2 SEND): two terms on the EEF SEND report with coaching feedback vs debunked Brain Gym in one day (DfE parts 2, 4).' },
  { context: P, higher: 'brightpath-autism-adaptive-day', lower: 'brainwave-braingym-send', why: 'Same target and format (one day on SEND): EEF-informed adaptive teaching vs debunked Brain Gym and learning styles.' },
  { context: P, higher: 'fenland-lesson-study-early-reading', lower: 'brainwave-braingym-send', why: 'Sustained, collaborative, evidence-based T1 work vs a debunked one-off day.' },
  { context: P, higher: 'northvale-phonics-twilights', lower: 'brainwave-braingym-send', why: 'Evidence-based sustained series on T1 with no cover vs debunked content needing a day of cover.' },
  { context: P, higher: 'eastmoor-maths-hub-mastering-number', lower: 'brainwave-braingym-send', why: 'Free, funded, sustained programme on SDP2 vs a paid debunked day with cover.' },
  { context: P, higher: 'safeguard-ed-deputy-dsl-online', lower: 'brainwave-braingym-send', why: 'Required refresher on T3 in half a day vs a debunked full day (CPL 3.1 compliance; DfE part 2).' },
  { context: P, higher: 'calm-classrooms-behaviour-inset', lower: 'brainwave-braingym-send', why: 'Evidence-based SDP4 INSET at £40 a head with no cover vs debunked content at £146 plus a day of cover.' },
  { context: P, higher: 'northvale-phonics-twilights', lower: 'larkspur-reading-conference-2026', why: 'Same target: a bookable sustained series vs a one-off conference that took place in March 2026.' },
  { context: P, higher: 'fenland-lesson-study-early-reading', lower: 'larkspur-reading-conference-2026', why: 'Same target: bookable lesson study over two terms vs a past one-off conference.' },
  { context: P, higher: 'northvale-phonics-twilights', lower: 'pennine-phonics-postponed', why: 'Same target: a bookable four-part series with no cover vs a postponed one-off day with no new date.' },
  { context: P, higher: 'fenland-lesson-study-early-reading', lower: 'pennine-phonics-postponed', why: 'Same target: sustained, collaborative lesson study vs a postponed one-off day.' },
  { context: P, higher: 'three-rivers-send-adaptive', lower: 'brightpath-autism-adaptive-day', why: 'Same target (T2): two terms with goal setting, peer trios and an observed coaching visit vs one day with no follow-up and a self-contradicting price (EEF 3, 7, 9; DfE part 4).' },
  { context: P, higher: 'eastmoor-maths-hub-mastering-number', lower: 'pennine-phonics-postponed', why: 'A funded, bookable, sustained programme on SDP2 vs a postponed one-off day.' },

  // Secondary (academy, England)
  { context: S, higher: 'stepwise-instructional-coaching', lower: 'keynote-tour-feedback', why: 'Year-long instructional coaching on T2 with feedback and evaluation vs a 90-minute entertaining talk (TDT: avoid one-off “guru” sessions; DfE part 4).' },
  { context: S, higher: 'stepwise-instructional-coaching', lower: 'inspire-festival-2027', why: 'Sustained coaching on T2 vs a motivational festival serving no target.' },
  { context: S, higher: 'stepwise-instructional-coaching', lower: 'nuss-directed-time-briefing', why: 'Sustained coaching on T2 vs a one-hour rights briefing serving no PD target.' },
  { context: S, higher: 'stepwise-instructional-coaching', lower: 'ascend-ilm-coaching-level5', why: 'Same target and length (four days, 24 h): education-specific instructional coaching with observed feedback for £1,450 vs generic coaching for £1,895 with no education evidence.' },
  { context: S, higher: 'wolds-research-school-science-literacy', lower: 'inspire-festival-2027', why: 'EEF-based sustained programme on T3 for £210 vs a £299 festival serving nothing, same cover.' },
  { context: S, higher: 'wolds-research-school-science-literacy', lower: 'keynote-tour-feedback', why: 'Three-session evidence-based programme with classroom trials vs a one-off evening talk.' },
  { context: S, higher: 'wolds-research-school-science-literacy', lower: 'nuss-directed-time-briefing', why: 'Evidence-based programme on T3 vs a briefing serving no target.' },
  { context: S, higher: 'wolds-research-school-science-literacy', lower: 'sciencelink-feedback-science-day', why: 'Both evidence-based and on a target with a day of cover; three sessions with trials and peer analysis for £210 beat one day for £225 (DfE part 4).' },
  { context: S, higher: 'harrowfield-ecte-mentor', lower: 'inspire-festival-2027', why: 'Funded coaching-based mentor programme on T2 vs a paid festival on no target.' },
  { context: S, higher: 'harrowfield-ecte-mentor', lower: 'keynote-tour-feedback', why: 'Funded sustained mentor training with rehearsal vs a one-off talk.' },
  { context: S, higher: 'harrowfield-ecte-mentor', lower: 'ascend-ilm-coaching-level5', why: 'Same target: funded, education-specific coaching training vs £1,895 + VAT generic coaching with similar days out.' },
  { context: S, higher: 'sciencelink-feedback-science-day', lower: 'inspire-festival-2027', why: 'Evidence-based day on T1 in science for £225 vs a £299 festival on no target, same cover.' },
  { context: S, higher: 'classroom-evidence-online-formative', lower: 'inspire-festival-2027', why: '16 hours on T1 for £66 with no cover vs £299 plus cover for no target.' },
  { context: S, higher: 'classroom-evidence-online-formative', lower: 'nuss-directed-time-briefing', why: 'Structured study on T1 vs a rights briefing on no target.' },
  { context: S, higher: 'uab-science-feedback-webinar', lower: 'inspire-festival-2027', why: 'A free expert hour on T1 assessment vs £299 plus a day of cover on nothing.' },
  { context: S, higher: 'uab-science-feedback-webinar', lower: 'nuss-directed-time-briefing', why: 'Same length and timing: examiner feedback relevant to T1 vs a briefing serving no target.' },
  { context: S, higher: 'keynote-tour-feedback', lower: 'inspire-festival-2027', why: 'Both one-off; the talk at least touches T1 and costs £41 with no cover vs £299 plus a day for no target.' },
  { context: S, higher: 'meridian-tsh-npq-leading-teaching', lower: 'inspire-festival-2027', why: 'An accredited 12-month NPQ for middle leaders vs a motivational festival (DfE parts 2, 4).' },
  { context: S, higher: 'meridian-tsh-npq-leading-teaching', lower: 'nuss-directed-time-briefing', why: 'Accredited sustained leadership programme vs a one-hour briefing on no target.' },

  // Independent (England)
  { context: I, higher: 'wessex-maths-hub-ks3-workgroup', lower: 'inspire-festival-2027', why: 'Year-long collaborative KS3 mastery work on T1 for £300 vs £358.80 plus cover for no target.' },
  { context: I, higher: 'wessex-maths-hub-ks3-workgroup', lower: 'keynote-tour-feedback', why: 'Sustained work on T1 vs a one-off talk on nothing this teacher targets.' },
  { context: I, higher: 'wessex-maths-hub-ks3-workgroup', lower: 'uni-westmarch-ks3-mastery-day', why: 'Same target (KS3 mastery): a year of collaborative planning and research lessons vs one day (DfE parts 3–4; EEF 7, 8, 14).' },
  { context: I, higher: 'harbour-institute-middle-leaders', lower: 'pinnacle-aspiring-hod-conflict', why: 'Same target (middle leadership): two terms with a mentor and enquiry vs a one-off generic day whose venue and format contradict each other.' },
  { context: I, higher: 'harbour-institute-middle-leaders', lower: 'inspire-festival-2027', why: 'Sustained programme on T2 vs a festival on no target.' },
  { context: I, higher: 'harbour-institute-middle-leaders', lower: 'keynote-tour-feedback', why: 'Sustained programme on T2 vs a one-off talk on no target.' },
  { context: I, higher: 'meridian-tsh-npq-leading-teaching', lower: 'inspire-festival-2027', why: 'Accredited NPQ on T2 vs a motivational festival.' },
  { context: I, higher: 'meridian-tsh-npq-leading-teaching', lower: 'keynote-tour-feedback', why: 'Accredited sustained NPQ on T2 vs a one-off talk on no target.' },
  { context: I, higher: 'uni-westmarch-ks3-mastery-day', lower: 'inspire-festival-2027', why: 'A research-informed day on T1 for £150 vs £358.80 for no target, same cover.' },
  { context: I, higher: 'pinnacle-aspiring-hod-conflict', lower: 'inspire-festival-2027', why: 'A day on T2 for £294 vs £358.80 for no target, same cover.' },
  { context: I, higher: 'society-maths-educators-hod-day', lower: 'inspire-festival-2027', why: 'A Saturday on T2 with no cover and a lower fee vs a weekday festival on no target.' },
  { context: I, higher: 'three-rivers-send-adaptive', lower: 'inspire-festival-2027', why: 'Sustained evidence-based work on SDP3 for £345 vs £358.80 for a festival on nothing.' },
  { context: I, higher: 'classroom-evidence-online-formative', lower: 'inspire-festival-2027', why: '16 hours of sound study for £79 with no cover vs £358.80 plus a day for motivational talks.' },

  // Wales (maintained primary)
  { context: W, higher: 'dyffryn-consortium-cfw-progression', lower: 'ceredig-aln-network-tbc', why: 'A documented, funded, sustained CfW programme vs a page that states nothing.' },
  { context: W, higher: 'prifysgol-glannau-aln-code-online', lower: 'ceredig-aln-network-tbc', why: 'A documented ALN Code course on T2 vs “details to follow”.' },
  { context: W, higher: 'learnwise-cfw-assessment-online', lower: 'ceredig-aln-network-tbc', why: 'A documented course on T1 vs a page with nothing to judge.' },
  { context: W, higher: 'national-ma-education-wales-glannau', lower: 'ceredig-aln-network-tbc', why: 'A funded three-year MA with an ALN pathway vs a page that states nothing.' },
  { context: W, higher: 'cymraeg-gwaith-addysg-evening', lower: 'ceredig-aln-network-tbc', why: 'A funded 30-week course on SDP3 vs a page that states nothing.' },
  { context: W, higher: 'dyffryn-consortium-cfw-progression', lower: 'cynhadledd-ady-cancelled', why: 'A funded, bookable, sustained programme on T1 vs a cancelled one-off conference.' },
  { context: W, higher: 'prifysgol-glannau-aln-code-online', lower: 'cynhadledd-ady-cancelled', why: 'Same target (ALN Code): a bookable £120 course with no cover vs a cancelled £185 conference day.' },
  { context: W, higher: 'national-ma-education-wales-glannau', lower: 'cynhadledd-ady-cancelled', why: 'A funded sustained MA with an ALN pathway vs a cancelled one-off conference.' },

  // Business manager (academy)
  { context: B, higher: 'kestrel-skills-sbp-apprenticeship', lower: 'uni-avonlea-pgcert-school-business', why: 'Same target and similar scope: levy-funded at no cost to the budget vs £3,200 self-funded (§6.4; CPL 3.1 value for money).' },
  { context: B, higher: 'kestrel-skills-sbp-apprenticeship', lower: 'asfp-procurement-essentials', why: 'The qualification T1 asks for, funded and sustained, vs a one-off £210 day on one strand.' },
  { context: B, higher: 'kestrel-skills-sbp-apprenticeship', lower: 'dataguard-gdpr-office-webinar', why: 'Funded qualification on T1 vs a one-hour office-staff webinar on no target.' },
  { context: B, higher: 'kestrel-skills-sbp-apprenticeship', lower: 'firstresponse-efaw-inset', why: 'Funded qualification on T1 vs first-aid compliance that is not the target.' },
  { context: B, higher: 'uni-avonlea-pgcert-school-business', lower: 'dataguard-gdpr-office-webinar', why: 'A sustained qualification on T1 vs a one-hour refresher aimed at office staff.' },
  { context: B, higher: 'asfp-procurement-essentials', lower: 'dataguard-gdpr-office-webinar', why: 'A day on the procurement strand of T1 by a chartered trainer vs an hour aimed at office staff, neither needing cover.' },
];
