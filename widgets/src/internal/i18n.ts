/**
 * English and Welsh text for every widget. A small typed table instead of a localisation toolchain:
 * the Welsh table (`i18n-cy.ts`, loaded only on Welsh pages) must have every English key (a missing
 * one is a type error). Placeholders are `{name}` (or `{name|rule}`, a Welsh rule: see `fillIn`).
 */
import { fillTemplate } from '@cpd-lens/core';

const en = {
  // shared
  'error.prefix': 'Error:',
  'error.title': 'There is a problem',
  'config.title': 'This widget is not set up correctly',
  'config.help': 'Tell your school’s IT team. The problems are:',
  'config.loading': 'Loading…',
  'config.unreachable': 'the configuration file could not be loaded from {url} ({reason})',
  'optional': '(optional)',
  'money.unknown': 'not known',
  'remove': 'Remove',
  'remove.named': 'Remove “{name}”',

  // score card
  'score.title': 'How this course fits your school’s CPD policy',
  // the score card names its course (issue 22)
  'score.titleFor': 'How “{course}” fits your school’s CPD policy',
  'score.total': 'Score',
  'score.outOf': '{total} out of 100',
  'score.band': 'Judgement',
  'score.coverage': 'Information found',
  'score.coverageValue': '{percent}% of what the policy looks at',
  'score.targets': 'Targets and objectives it serves',
  'score.noTargets': 'No link to your targets or the School Development Plan was found.',
  'score.strength': '{percent}% match',
  'score.criteria': 'How each part of the policy was judged',
  'score.unknown': 'not known',
  'score.questions': 'Questions to ask the provider',
  'score.value': 'Value for money',
  'score.fee': 'Fee per participant',
  'score.cover': 'Supply cover',
  'score.coverDays': '{days}, {cost}',
  'score.noCover': 'None needed',
  'score.totalCost': 'Full cost',
  'score.perHour': 'Cost per hour of training',
  'score.remaining': 'Budget still available',
  'score.needsApproval': 'Needs senior approval (over {threshold})',
  'score.empty': 'Enter a course to see how it fits the policy.',
  'score.preview': 'Score preview',
  'score.previewHelp': 'Worked out as you type, from the course details and the targets you select.',

  // request form
  'form.title': 'Request professional development',
  'form.intro': 'Fill in this form to ask for CPD. Your answers are saved on this device as you type.',
  'form.approver': 'Requests go to {name} for approval.',
  'form.you': 'About you',
  'form.name': 'Your name',
  'form.email': 'Your email address',
  'form.course': 'The course',
  'form.fromHandoff': 'Course details came from CPD Lens. You can change them.',
  'form.handoffBroken': 'The CPD Lens link could not be read: {reason}. Type the course details instead.',
  'form.courseTitle': 'Course name',
  'form.provider': 'Provider',
  'form.url': 'Course web address',
  'form.urlHint': 'Paste the address of the course page, or a CPD Lens link.',
  'form.description': 'What the course covers',
  'form.hours': 'Hours of training',
  'form.dates': 'Dates',
  'form.start': 'First day',
  'form.end': 'Last day (if more than one day)',
  'form.costs': 'Cost',
  'form.fee': 'Course fee in pounds',
  'form.feeHint': 'Leave out any VAT your school recovers. Enter 0 if it is free.',
  'form.travel': 'Travel in pounds',
  'form.supplyDays': 'Days of supply cover',
  'form.supplyHint': 'In half days, like 0.5 or 1. Supply cover costs {rate} a day under the policy.',
  'form.supplySuggest': 'The course length suggests {days} days.',
  'form.supplyCost': 'Supply cover',
  'form.total': 'Total cost',
  'form.targets': 'PD targets this course serves',
  'form.targetsHint': 'Select your targets, or add one.',
  'form.noTargets': 'You have not added any targets yet.',
  'form.newTarget': 'New target',
  'form.newTargetObjective': 'School Development Plan objective it serves',
  'form.noObjective': 'None',
  'form.addTarget': 'Add target',
  'form.linkedTo': 'serves {objective}',
  'form.objectives': 'School Development Plan objectives',
  'form.objectivesHint': 'Select every objective this course serves.',
  'form.impact': 'Expected impact',
  'form.practice': 'What will change in your practice?',
  'form.pupils': 'What difference will it make to pupils?',
  'form.sharing': 'How will you share what you learn with colleagues?',
  'form.approach': 'Type of professional learning',
  'form.approachChoose': 'Choose one',
  'form.evaluation': 'How will you evaluate the impact?',
  'form.evaluationHint': 'Select all that apply.',
  'form.send': 'Send request',
  'form.discard': 'Clear the form',
  'form.new': 'Start a new request',
  'form.draftRestored': 'Your draft from {time} has been restored.',

  // statuses
  'status.saved': 'Saved as draft',
  'status.saveFailed': 'Could not save on this device. Keep this page open until you send your request.',
  'status.sending': 'Sending…',
  'status.waiting': 'Waiting to send ({reason}) — will retry at {time}',
  'status.offline': 'offline',
  'status.serverDown': 'the school’s system is not answering',
  'status.cspBlocked': 'Not sent: this page’s security settings stop it sending to the school’s system. Your request is kept on this device.',
  'status.sent': 'Sent',
  'status.failed': 'Could not send: {reason}',
  'status.savedMemory': 'Kept in this page only: this browser is not saving it. Do not close the page until it says Sent.',
  'status.signIn': 'Not sent: your intranet asked you to sign in again. Sign in (another tab is fine), then press Try again. Your request is kept on this device.',
  'status.notReceiver': 'Not sent: {reason}. Your request is kept on this device and will be tried again at {time}, or press Try again.',
  'status.noConfirmation': 'Not sent: {reason}. Your request is kept on this device and will be tried again at {time}. If this keeps happening, tell {contact}.',
  'status.yourIt': 'your school’s IT team',
  'form.tryAgain': 'Try again',
  'form.downloadCopy': 'Download a copy',
  'storage.blocked': 'CPD Lens is open in another tab of this browser, which stops this page saving in the usual place. Close the other tabs showing CPD Lens, then reload this page.',
  'storage.newer': 'This browser holds CPD Lens data from a newer version, so this page cannot save in the usual place. Nothing has been deleted. Ask your school’s IT team to update CPD Lens on this page.',
  'storage.unavailable': 'This browser is not letting the page save data (perhaps it is a private window).',
  'storage.quota': 'This device’s storage is full, so this page cannot save in the usual place.',
  'storage.failed': 'This page could not open its saved data.',
  'storage.cleared': 'This browser’s saved data for this site was cleared while a request was waiting to be sent, so it may not have reached the school. Check with your CPD lead, and send it again if needed.',
  'storage.unsent': 'Not sent yet from this device: {count}, the oldest since {date}. They are kept here and sent as soon as the school’s system answers. If this goes on for days, tell your CPD lead.',
  'storage.cspBlocked': 'This page’s security settings (its Content-Security-Policy) stop it sending to the school’s system, so what you send is kept on this device. Tell your school’s IT team to add {origin} to the page’s connect-src.',
  'storage.keptDatabase': 'Your answers are still saved on this device.',
  'storage.keptBrowser': 'Your answers are kept in this browser instead, and you can still send your request.',
  'storage.keptMemory': 'Your answers are kept only while this page stays open: you can still send your request, but do not close the page until it says Sent.',

  // validation
  'v.name': 'Enter your name',
  'v.email': 'Enter an email address in the correct format, like name@school.sch.uk',
  'v.courseTitle': 'Enter the name of the course',
  'v.url': 'Enter the course web address in the correct format, like https://provider.org.uk/course',
  'v.hours': 'Hours of training must be a number, like 6 or 2.5',
  'v.start': 'Enter the first day of the course',
  'v.endBefore': 'The last day must be the same as or after the first day',
  'v.fee': 'Enter the course fee in pounds, like 150, or 0 if it is free',
  'v.travel': 'Travel must be an amount in pounds, like 25',
  'v.supply': 'Days of supply cover must be 0 or more, in half days, like 0.5 or 1',
  'v.targets': 'Select at least one PD target or School Development Plan objective that this course serves',
  'v.newTarget': 'Enter the target before adding it',
  'v.practice': 'Describe what will change in your practice',
  'v.pupils': 'Describe the difference it will make to pupils',
  'v.sharing': 'Describe how you will share what you learn with colleagues',
  'v.approach': 'Select the type of professional learning',
  'v.evaluation': 'Select at least one way you will evaluate the impact',
  'v.tooLong': '{field} is too long',

  // the five levels (CPL policy 5.1)
  'level.reaction': 'Participant satisfaction and reaction',
  'level.learning': 'Participant learning: increase in knowledge and skill',
  'level.use': 'Participant use of knowledge and skills',
  'level.organisation': 'Organisational support and change, including value for money',
  'level.pupils': 'Pupil attitude and impact on pupil learning',

  // the fourteen approaches (CPL policy 3.2)
  'approach.course-or-conference': 'Course or conference',
  'approach.in-school-training': 'In-school training using expertise in the trust',
  'approach.external-expert': 'School-based work with an external consultant or expert',
  'approach.school-visit': 'Visit to another school to see good practice',
  'approach.secondment': 'Secondment, exchange or placement',
  'approach.shadowing': 'Shadowing an experienced colleague',
  'approach.award-bearing': 'Award-bearing study (for example a qualification)',
  'approach.research': 'Research',
  'approach.distance-learning': 'Distance learning (online sessions, videos, resources)',
  'approach.practical-experience': 'Practical experience (for example exam marking, presenting)',
  'approach.networks': 'Local or national networks',
  'approach.producing-resources': 'Producing documents or resources',
  'approach.coaching-mentoring': 'Coaching or mentoring',
  'approach.partnership': 'Partnership work (joint planning, observation, projects)',

  // request form: dates, cover, check answers
  'form.continue': 'Continue',
  'form.changeAnswers': 'Change your answers',
  'form.coverNone.twilight': 'The sessions are twilights, after the school day, so no supply cover is suggested.',
  'form.coverNone.weekend': 'The sessions are at the weekend, so no supply cover is suggested.',
  'form.coverNone.holiday': 'The sessions are in the school holidays, so no supply cover is suggested.',
  'form.coverNone.inset-day': 'The course is on an INSET day, so no supply cover is suggested.',
  'form.coverNone.self-paced': 'The course is self-paced, so no supply cover is suggested.',
  'form.coverFromSessions': 'The course’s sessions suggest {days}.',
  'date.hint': 'For example, 27 3 2027',
  'date.day': 'Day',
  'date.month': 'Month',
  'date.year': 'Year',
  'date.startLabel': 'First day of the course',
  'date.endLabel': 'Last day of the course',
  'date.completedLabel': 'The date you finished the course',
  'v.end': 'Enter the last day of the course',
  'v.date.day': '{label} must include a day',
  'v.date.month': '{label} must include a month',
  'v.date.year': '{label} must include a year',
  'v.date.dayMonth': '{label} must include a day and month',
  'v.date.dayYear': '{label} must include a day and year',
  'v.date.monthYear': '{label} must include a month and year',
  'v.date.real': '{label} must be a real date',
  'v.date.past': '{label} must be today or in the past',

  // request form: the question pages' step indicator (issue 22: a sense of progress)
  'step.you': 'You and the course',
  'step.cost': 'Dates and cost',
  'step.why': 'Why you want it',
  'step.impact': 'Expected impact',
  'step.learn': 'How you will learn and evaluate',
  'step.check': 'Check and send',
  'step.of': 'Step {n} of {total}',
  'step.back': 'Back',
  'step.progress': 'Your progress',
  'step.done': 'completed',

  // --- issue 20: the hand-off comes from CPD Lens, never with PD targets in an address
  'form.handoffNoTargets': 'Course details came from CPD Lens; your PD targets were not passed on. Select or add the ones this course serves.',
  'form.handoffGone': 'This CPD Lens link was already used or has expired. Start the request again in CPD Lens, or type the course details.',
} as const;

/**
 * Keys of the shared table, of the catalogue's, impact evaluation's and budget's (`i18n-widgets.ts`),
 * and of the request form's check page and outcome panel (`i18n-next-steps.ts`).
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof import('./i18n-widgets.ts').enWidgets
  | keyof typeof import('./i18n-next-steps.ts').enNextSteps
  | keyof typeof import('./i18n-corrected.ts').enCorrected;
export type Locale = 'en' | 'cy';

let welsh: Record<MessageKey, string> | undefined;
/** Welsh grammar for `{name|rule}` (issue 25), loaded with the Welsh table so English pages never download it. */
let welshRule: ((value: string | number, rule: string) => string) | undefined;
/** Core's check messages in Welsh (issue 25), loaded with the Welsh table. */
let welshProblem: ((message: string) => string) | undefined;
let widgetsEnglish: Partial<Record<MessageKey, string>> = {};

/**
 * Adds English text kept out of the first render: the widgets other than the request form
 * (`i18n-widgets.ts`) and the form's check page and outcome panel (`i18n-next-steps.ts`), each calling
 * it when imported, so a page never downloads text it does not show yet (issue 14's size budget).
 */
export function addEnglish(table: Partial<Record<MessageKey, string>>): void {
  widgetsEnglish = { ...widgetsEnglish, ...table };
}
let welshLoading: Promise<void> | undefined;

/**
 * Loads the Welsh table once for the page (a chunk of its own, so English pages never download it).
 * Widgets await it before rendering in Welsh, so a Welsh page never shows English first.
 */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  if (locale === 'en' || welsh) return undefined;
  welshLoading ??= import('./i18n-cy.ts').then(
    (loaded) => void ((welsh = loaded.cy), (welshRule = loaded.applyRule), (welshProblem = loaded.welshProblem)),
    () => void (welshLoading = undefined), // a failed fetch is tried again at the next render; English meanwhile
  );
  return welshLoading;
}

/** The text for a key in a locale, with `{name}` placeholders filled in (as text, never markup); English until the Welsh table has loaded. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = locale === 'cy' && welsh ? welsh[key] : (en as Record<string, string>)[key] ?? widgetsEnglish[key];
  return fillIn(text ?? key, params);
}

/**
 * Fills `{name}` placeholders with text (never markup); unknown names stay as they are. `{name|rule}`
 * applies a Welsh rule to the value (issue 25: "{contact|â}" says "ag info@…", "{days|n:diwrnod}" "2 ddiwrnod"),
 * once the Welsh table has loaded (only Welsh templates use rules).
 */
export function fillIn(template: string, params?: Record<string, string | number>): string {
  return fillTemplate(template, params, welshRule);
}

/** A problem core's check or the configuration loader wrote (in English), in the widget's language where Welsh knows it. */
export function problemText(locale: Locale, message: string): string {
  return locale === 'cy' && welshProblem ? welshProblem(message) : message;
}

/** Welsh when the language tag is Welsh (cy, cy-GB), else English. */
export function localeOf(lang: string | null | undefined): Locale {
  return lang && /^cy\b/i.test(lang) ? 'cy' : 'en';
}

/** The BCP 47 tag used for number and date formatting. */
export function intlTag(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}
