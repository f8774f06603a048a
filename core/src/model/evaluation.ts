import { z } from '../zod.ts';
import { IMPACT_LEVELS } from './choices.ts';
import { Amount, Id, IsoDateTime, StaffGroup, label, text } from './common.ts';

/** Guskey's five levels, as the CPL policy's section 5.1 names them (the list is in `choices.ts`, without zod). */
export const ImpactLevel = z.enum(IMPACT_LEVELS);
export type ImpactLevel = z.infer<typeof ImpactLevel>;

/** One level of an impact evaluation: a 1–5 rating and what happened. */
export const LevelRating = z.object({
  rating: z.int().check(z.gte(1), z.lte(5)),
  evidence: z.optional(text(2000)),
});
export type LevelRating = z.infer<typeof LevelRating>;

/** After the course: how it went at each of the five levels of the CPL policy's section 5.1. */
export const ImpactEvaluation = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  requestId: z.optional(Id),
  staffId: z.optional(Id),
  staffGroup: z.optional(StaffGroup),
  courseTitle: label(300),
  provider: z.optional(text(200)),
  completedAt: IsoDateTime,
  objectiveIds: z.array(Id).check(z.maxLength(50)),
  /** What the course cost in full and how many contact hours it gave, for value-for-money figures. */
  cost: z.optional(Amount),
  hours: z.optional(z.number().check(z.gte(0), z.lte(2000))),
  levels: z.object({
    reaction: z.optional(LevelRating),
    learning: z.optional(LevelRating),
    use: z.optional(LevelRating),
    organisation: z.optional(
      z.object({
        rating: z.int().check(z.gte(1), z.lte(5)),
        evidence: z.optional(text(2000)),
        /** 1–5: did the school get value for money? */
        valueForMoney: z.optional(z.int().check(z.gte(1), z.lte(5))),
      }),
    ),
    pupils: z.optional(LevelRating),
  }),
});
export type ImpactEvaluation = z.infer<typeof ImpactEvaluation>;
