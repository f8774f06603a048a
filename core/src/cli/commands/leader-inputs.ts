import { z } from '../../zod.ts';
import { StaffGroup } from '../../model/common.ts';
import { CpdRequest, ImpactEvaluation } from '../../model/request.ts';
import { checked, jsonFrom, readSource } from '../inputs.ts';
import type { CliIo } from '../io.ts';

const StaffList = z.array(z.object({ id: z.string().check(z.minLength(1)), group: StaffGroup, name: z.optional(z.string()) }));

/** Reads a JSON list from a file: a bare array, or an object holding it under `key`. */
async function listFrom(source: string, key: string, io: CliIo): Promise<unknown> {
  const value = jsonFrom(source, (await readSource(source, io)).text);
  return value && typeof value === 'object' && !Array.isArray(value) && key in value ? (value as Record<string, unknown>)[key] : value;
}

/** Reads and checks a file of CPD requests. */
export async function loadRequests(source: string, io: CliIo) {
  return checked(source, z.array(CpdRequest), await listFrom(source, 'requests', io));
}

/** Reads and checks a file of impact evaluations. */
export async function loadEvaluations(source: string, io: CliIo) {
  return checked(source, z.array(ImpactEvaluation), await listFrom(source, 'evaluations', io));
}

/** Reads and checks a staff list ({ id, group, name? }). */
export async function loadStaff(source: string, io: CliIo) {
  return checked(source, StaffList, await listFrom(source, 'staff', io));
}
