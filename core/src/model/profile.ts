import { z } from '../zod.ts';
import { Id, Phase, Role, ShortCode, StaffGroup, label, text } from './common.ts';

/** A professional-development target, optionally serving one objective of the School Development Plan. */
export const PdTarget = z.object({
  id: Id,
  code: z.optional(ShortCode),
  text: label(500),
  sdpObjectiveId: z.optional(Id),
});
export type PdTarget = z.infer<typeof PdTarget>;

/** A member of staff as CPD Lens needs to know them: what they teach or do, and what they are working on. */
export const Profile = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  name: z.optional(text(120)),
  email: z.optional(text(200)),
  role: Role,
  staffGroup: z.optional(StaffGroup),
  phase: z.optional(Phase),
  subjects: z.array(text(80)).check(z.maxLength(20)),
  targets: z.array(PdTarget).check(z.maxLength(20)),
});
export type Profile = z.infer<typeof Profile>;
