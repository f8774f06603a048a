import { Amount, Nation, Phase, WebUrl, check, endpointProblem, text, type Problem } from '@cpd-lens/core';
import { z } from '../messaging/zod.ts';

/**
 * The settings a school's IT pushes to every member of staff (Chrome `storage.managed` from Google Admin,
 * Intune or Group Policy; Firefox `policies.json` "3rdparty"). The schema Chrome shows to admins is
 * `extension/public/managed_schema.json`; keep the two in step (a unit test checks they name the same keys).
 */
export const ManagedConfig = z.object({
  policyUrl: z.optional(WebUrl),
  requestFormUrl: z.optional(WebUrl),
  schoolName: z.optional(text(200)),
  phase: z.optional(Phase),
  /** Issue 25: England or Wales, so a trust or local authority in Wales pushes Wales's frameworks and funding to every copy. */
  nation: z.optional(Nation),
  supplyCoverDayRate: z.optional(Amount),
  schoolType: z.optional(z.enum(['maintained', 'academy', 'independent'])),
  vatRecoverable: z.optional(z.boolean()),
  allowStaffChanges: z.optional(z.boolean()),
});
export type ManagedConfig = z.infer<typeof ManagedConfig>;
export type ManagedKey = keyof ManagedConfig;

/** The keys an admin can set, in the order setup lists them. */
export const MANAGED_KEYS = Object.keys(ManagedConfig.def.shape) as ManagedKey[];

/** A value the school pushed that CPD Lens could not use: its key (`path`), why, and the value as pushed (for setup to show). */
export interface ManagedProblem extends Problem {
  value?: string;
}

/** What the school set, and what it set that CPD Lens could not use (each bad value named, the rest kept). */
export interface ReadManaged {
  config: ManagedConfig;
  problems: ManagedProblem[];
}

/** The settings that are addresses: only https:// (or http:// on this machine) is used, never plain http. */
const ADDRESS_KEYS: readonly string[] = ['policyUrl', 'requestFormUrl'];

/** The value as the admin typed it, short enough to show in setup. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 120 ? `${json.slice(0, 119)}…` : json;
}

/**
 * Checks each managed value on its own, so one mistyped value in an admin console loses only that value;
 * unknown keys are reported, never used.
 */
export function parseManaged(raw: unknown): ReadManaged {
  const config: Record<string, unknown> = {};
  const problems: ManagedProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { config: {}, problems: raw === undefined ? [] : [{ path: '', message: 'should be an object of settings' }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!(MANAGED_KEYS as string[]).includes(key)) {
      problems.push({ path: key, message: 'is not a CPD Lens setting', value: shown(value) });
      continue;
    }
    const one = check(ManagedConfig, { [key]: value });
    const insecure = one.ok && ADDRESS_KEYS.includes(key) ? endpointProblem(String(value)) : null;
    if (insecure) problems.push({ path: key, message: insecure, value: shown(value) });
    else if (one.ok) config[key] = (one.value as Record<string, unknown>)[key];
    else problems.push({ path: key, message: one.problems[0]?.message ?? 'is not valid', value: shown(value) });
  }
  return { config: config as ManagedConfig, problems };
}

/** Whether the school's values replace the member of staff's own (the default) or only fill gaps. */
export function isLocked(config: ManagedConfig): boolean {
  return config.allowStaffChanges !== true;
}

/** VAT recoverable: the explicit setting, else what the school type implies (maintained and academies recover it). */
export function vatRecoverableOf(config: ManagedConfig): boolean | undefined {
  if (config.vatRecoverable !== undefined) return config.vatRecoverable;
  return config.schoolType === undefined ? undefined : config.schoolType !== 'independent';
}

/**
 * Merges school values over the member of staff's own: locked values always win; unlocked ones fill only
 * what the member of staff left empty. Returns the merged values and which keys came from the school.
 */
export function mergeManaged<T extends Partial<Record<ManagedKey, unknown>>>(own: T, config: ManagedConfig): { value: T; fromSchool: ManagedKey[] } {
  const locked = isLocked(config);
  const value: Record<string, unknown> = { ...own };
  const fromSchool: ManagedKey[] = [];
  for (const key of MANAGED_KEYS) {
    if (key === 'allowStaffChanges') continue;
    const school = config[key];
    if (school === undefined) continue;
    if (locked || value[key] === undefined || value[key] === '') {
      value[key] = school;
      fromSchool.push(key);
    }
  }
  return { value: value as T, fromSchool };
}
