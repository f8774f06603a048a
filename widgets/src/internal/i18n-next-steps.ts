/**
 * English text of the request form's "Check your answers" page and outcome panel: imported with them
 * (the `next-steps` chunk, fetched after the form's first render), so the first render does not carry it
 * (issue 14's size budget). Their Welsh is in `i18n-cy.ts` with the rest. Same rules as `i18n.ts`.
 */
import { addEnglish } from './i18n.ts';

export const enNextSteps = {
  'status.sentDetail': 'Your request has been sent. You can close this page.',
  'status.failedHelp': 'Your answers are still here. Change them and send again, or contact {contact}.',
  'status.blockedHelp': 'Your request is kept on this device. It will be sent once your school’s IT team lets this page reach the school’s system; until then, download a copy to send it another way.',
  'status.queuedHelp': 'Your request is saved on this device and will be sent automatically. You can close this page; it will be sent next time you open it.',
  'check.title': 'Check your answers before sending your request',
  'check.change': 'Change',
  'check.notGiven': 'Not given',
  'check.noCover': 'None',
  'check.sendTitle': 'Now send your request',
  'check.sendText': 'By sending this request you confirm that, to the best of your knowledge, the details you are providing are correct.',
  // issue 21: the confirmation panel with a reference, what happens next, and the link to evaluate the course
  'outcome.sentTitle': 'Request sent',
  'outcome.reference': 'Your reference',
  'outcome.nextTitle': 'What happens next',
  'outcome.next': 'Your request goes to the person who approves CPD at your school. Quote your reference if you ask about it.',
  'outcome.nextApprover': 'Your request goes to {approver} to approve. Quote your reference if you ask about it.',
  'outcome.evaluate': 'Evaluate this course after it',
  // the fee's hint for a shared price: it shows once this chunk is here, just after the first render
  'form.feeShared': 'A price for the school: {total} for up to {share} staff, {each} per head. Enter the school’s total.',
} as const;

addEnglish(enNextSteps);
