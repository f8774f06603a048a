/**
 * Pairs an experienced CPL lead would not dispute: in the stated context the evidence ranks `higher`
 * above `lower`. Sources: EEF Effective PD (2021), DfE PD standard (2016), CPL policy 3.1, TDT.
 */
import type { PanelPair } from './types.ts';

const P = 'primary' as const;
const S = 'secondary' as const;

export const PAIRS_ENGLAND: PanelPair[] = [
  { context: P, higher: 'early-reading-programme', lower: 'phonics-one-day', why: 'Same target; two terms with gap tasks, feedback and action planning beats a one-off day (DfE part 4; EEF mechanisms 9, 12, 14).' },
  { context: P, higher: 'early-reading-programme', lower: 'motivational-keynote', why: 'Sustained evidence-based programme serving T1 vs a one-off motivational talk serving nothing (EEF rec. 1; TDT: avoid one-off guru sessions).' },
  { context: P, higher: 'phonics-one-day', lower: 'motivational-keynote', why: 'Serves T1 with specific technique content vs a talk serving no target (CPL 3.1 priorities), at a similar price and time out.' },
  { context: P, higher: 'maths-lesson-study', lower: 'motivational-keynote', why: 'Collaborative lesson study over the year on SDP2 vs a one-off talk (DfE parts 3–4; EEF 7–9).' },
  { context: P, higher: 'inset-day-behaviour', lower: 'motivational-keynote', why: 'Evidence-based whole-staff INSET on SDP4 with modelling and rehearsal at £49 a head and no cover vs £149 and a day of cover for no target.' },
  { context: P, higher: 'webinar-send-recording', lower: 'motivational-keynote', why: 'An evidence-informed hour on T2 for £35 with no cover vs £149 plus a day of cover for no target (CPL 3.1 value for money, priorities).' },
  { context: P, higher: 'online-self-paced-send', lower: 'motivational-keynote', why: 'Ten hours on T2 for £66 with no cover vs five hours on no target for £149 plus cover.' },
  { context: P, higher: 'dsl-refresher', lower: 'motivational-keynote', why: 'Required KCSIE refresher serving T3 vs an optional talk serving nothing (CPL 3.1 compliance and priorities).' },
  { context: P, higher: 'early-reading-programme', lower: 'title-only', why: 'A documented, evidence-based programme on T1 vs a page that states nothing (unknown counts at the prior, issue point 1).' },
  { context: P, higher: 'maths-lesson-study', lower: 'title-only', why: 'A documented, funded, collaborative programme on SDP2 vs a page that states nothing.' },
  { context: S, higher: 'feedback-evidence-course', lower: 'feedback-no-evidence', why: 'Same topic, same price: EEF-based with rehearsal and a follow-up beats tips with “no follow-up” (DfE part 2; EEF rec. 1).' },
  { context: S, higher: 'feedback-evidence-course', lower: 'shakespeare-speaker-marking', why: 'Serves T1 with evidence vs an English course serving no target; the speaker’s surname is not “marking” content.' },
  { context: S, higher: 'feedback-no-evidence', lower: 'shakespeare-speaker-marking', why: 'Serves the head of science’s T1 vs serving none of their targets or their subject (CPL 3.1 priorities, role).' },
  { context: S, higher: 'instructional-coaching', lower: 'feedback-no-evidence', why: 'Year-long instructional coaching with feedback and evaluation vs one-off tips (EEF 6–10, 13; DfE parts 1–4).' },
  { context: S, higher: 'instructional-coaching', lower: 'shakespeare-speaker-marking', why: 'Sustained coaching serving T2/SDP2 vs a one-off day serving no target.' },
  { context: S, higher: 'instructional-coaching', lower: 'science-conference-saturday', why: 'Sustained coaching on T2 vs a one-off conference (DfE part 4; TDT sustained engagement 30–50 hours).' },
  { context: S, higher: 'disciplinary-literacy-seven-hours', lower: 'shakespeare-speaker-marking', why: 'Serves T3 from the EEF secondary literacy report vs no target; cheaper (£199 vs £210) for more hours.' },
  { context: S, higher: 'disciplinary-literacy-seven-hours', lower: 'feedback-no-evidence', why: 'Both serve a target; EEF-based with rehearsal and cheaper per hour (£199 for 7 h vs £245 for 6 h).' },
  { context: S, higher: 'feedback-evidence-course', lower: 'price-only', why: 'A fully documented evidence-based course vs a page with only a title and price (unknown is not good).' },
  { context: S, higher: 'instructional-coaching', lower: 'price-only', why: 'A documented, sustained programme serving T2 vs a page with only a price.' },
  { context: S, higher: 'science-leadership-two-day', lower: 'shakespeare-speaker-marking', why: 'Fits the head of science’s role (CPL 3.1 competency) vs another subject and no target.' },
];
