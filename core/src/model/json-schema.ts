import { z } from '../zod.ts';
import { Course } from './course.ts';
import { SchoolPlan } from './plan.ts';
import { Policy } from './policy.ts';
import { Profile } from './profile.ts';
import { CpdRequest, ImpactEvaluation } from './request.ts';
import { ScoreResult } from './score.ts';

/** The documents a school can write or receive, by file name stem. */
export const DOCUMENT_SCHEMAS = {
  course: Course,
  policy: Policy,
  profile: Profile,
  plan: SchoolPlan,
  request: CpdRequest,
  evaluation: ImpactEvaluation,
  score: ScoreResult,
} as const;

export type DocumentName = keyof typeof DOCUMENT_SCHEMAS;

/** The JSON Schema (draft 2020-12) of one document, for editor completion and for receivers. */
export function jsonSchemaOf(name: DocumentName): Record<string, unknown> {
  const schema = z.toJSONSchema(DOCUMENT_SCHEMAS[name], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: `https://cpd-lens.example/schemas/${name}.schema.json`, title: `CPD Lens ${name}`, ...schema };
}
