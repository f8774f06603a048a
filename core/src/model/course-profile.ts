import { z } from '../zod.ts';
import { Amount, Id, text } from './common.ts';
import { Delivery } from './course.ts';
import { InnerMessage } from './message.ts';

/** What kind of opportunity a page offers: judged, costed and questioned differently by kind. */
export const OpportunityKind = z.enum([
  'course',
  'conference',
  'webinar',
  'programme',
  'coaching',
  'lesson-study',
  'network',
  'qualification',
  'npq',
  'ecf',
  'apprenticeship',
  'statutory',
  'inset',
  'unknown',
]);
export type OpportunityKind = z.infer<typeof OpportunityKind>;

/** A fact derived from the page, with the words that justify it (empty when computed or assumed). */
export const FactEvidence = z.array(text(400)).check(z.maxLength(5));
/** The same facts as messages, one for each line, so views can say them in their language (absent in older records). */
export const FactMessages = z.optional(z.array(InnerMessage).check(z.maxLength(5)));

/** The shape of the schedule a judge needs: how many sessions, over how long, and when. */
export const ScheduleShape = z.object({
  /** Sessions one participant attends (alternative dates count once); null when unknown. */
  sessions: z.nullable(z.number()),
  contactHours: z.nullable(z.number()),
  /** Days from first to last session of one participant's series; null when unknown. */
  spanDays: z.nullable(z.number()),
  /** Dates offered as choices of the same course (instances), beyond the one attended. */
  alternatives: z.number(),
  /** Sessions spread over weeks with gap tasks between them; null when the page cannot tell. */
  sustained: z.nullable(z.boolean()),
  /** When it runs: in school hours (needs cover), twilight, weekend, holiday, self-paced, or unknown. */
  timing: z.enum(['school-hours', 'twilight', 'weekend', 'holiday', 'inset-day', 'self-paced', 'unknown']),
  /** Days out of class in school hours for one participant (half days count 0.5); null when unknown. */
  daysOutOfClass: z.nullable(z.number()),
  evidence: FactEvidence,
  evidenceMessages: FactMessages,
});
export type ScheduleShape = z.infer<typeof ScheduleShape>;

/** A funded route the page mentions, with what the school must check before relying on it. */
export const Funding = z.object({
  route: z.enum(['npq-dfe', 'ecf', 'apprenticeship-levy', 'levy-transfer', 'welsh-national', 'grant', 'fully-funded']),
  /** Plain-English eligibility or condition to check ("DfE funding depends on the school's …"). */
  check: text(400),
  checkMessage: z.optional(InnerMessage),
  /** The school's repayment terms when a funded qualification is not completed (policy 4.1), if they apply. */
  repayment: z.optional(text(400)),
  repaymentMessage: z.optional(InnerMessage),
  evidence: FactEvidence,
});
export type Funding = z.infer<typeof Funding>;

/** The facts derived once from a course before judging it; judges, costs, questions and views read these. */
export const CourseProfile = z.object({
  kind: OpportunityKind,
  kindEvidence: FactEvidence,
  kindEvidenceMessages: FactMessages,
  schedule: ScheduleShape,
  /** Required by law or statutory guidance (safeguarding, first aid, KCSIE): judged as such. */
  statutory: z.boolean(),
  funding: z.nullable(Funding),
  /** The last date has passed, or the page says bookings closed / sold out. */
  status: z.enum(['open', 'past', 'full', 'closed', 'unknown']),
  /** How it is delivered, when known (online courses get no venue question). */
  delivery: z.optional(Delivery),
  /** Staff a per-school or per-group price covers, when the page states it ("covering three teachers"). */
  pricedFor: z.optional(z.number()),
});
export type CourseProfile = z.infer<typeof CourseProfile>;

/** One reason for or against, tied to a criterion and the words that justify it. */
export const Reason = z.object({
  criterionId: Id,
  text: text(300),
  evidence: z.optional(text(400)),
  /** The reason as a message, so a view can say it in its language (absent in records from older versions). */
  message: z.optional(InnerMessage),
});
export type Reason = z.infer<typeof Reason>;

/** The cost to the school in one line's worth of figures, as the label shows it. */
export const CostLine = z.object({
  fee: z.nullable(Amount),
  vat: z.nullable(Amount),
  /** Whether VAT was left out because the school recovers it (maintained schools, academies). */
  vatRecoverable: z.boolean(),
  coverDays: z.nullable(z.number()),
  cover: z.nullable(Amount),
  total: z.nullable(Amount),
  perParticipantHour: z.nullable(Amount),
  funded: z.boolean(),
  /** Warnings about the figures: a cohort above a price's cap, a route whose eligibility must be checked. */
  warnings: z.optional(z.array(text(300)).check(z.maxLength(8))),
  /** The warnings as messages, one for each warning (absent in older records). */
  warningMessages: z.optional(z.array(InnerMessage).check(z.maxLength(8))),
});
export type CostLine = z.infer<typeof CostLine>;
