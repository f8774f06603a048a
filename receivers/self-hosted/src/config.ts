/**
 * The receiver's configuration file: which schools may write, how each proves it, and who may read.
 * Keys are never stored: only their SHA-256, so a leaked config file gives no one the right to write.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { check, formatProblems, parseJson, z } from '@cpd-lens/core';

const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** An intranet origin such as `https://intranet.oaklane.sch.uk` (no path, no trailing slash). */
const Origin = z.string().check(z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i));

export const School = z.object({
  /** Short id stored with every document: `oak-lane`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** SHA-256 (hex) of the school's write key, sent by the school's server as `Authorization: Bearer <key>`. */
  keySha256: z.optional(Sha256),
  /** Intranet origins whose signed-in pages may post directly (the receiver behind the intranet's sign-on). */
  origins: z.optional(z.array(Origin).check(z.maxLength(20))),
});
export type School = z.infer<typeof School>;

export const ReceiverConfig = z.object({
  schools: z.array(School).check(z.minLength(1), z.maxLength(1000)),
  /** SHA-256 of the trust's read key: reads every school's documents (a trust's report). */
  trustKeySha256: z.optional(Sha256),
  /** Largest document accepted, in bytes (default 256 KiB: a request with a long course is ~20 KiB). */
  maxBytes: z.optional(z.int().check(z.gte(1024), z.lte(5 * 1024 * 1024))),
});
export type ReceiverConfig = z.infer<typeof ReceiverConfig>;

export const DEFAULT_MAX_BYTES = 256 * 1024;

/** SHA-256 of a key, as hex: what the config file keeps. */
export const sha256 = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key (256 bits, URL-safe) for a school or a trust. */
export const newKey = (): string => randomBytes(32).toString('base64url');

/** Whether `key` hashes to `hash`, compared in constant time. */
export function keyMatches(key: string, hash: string | undefined): boolean {
  if (!hash) return false;
  const a = Buffer.from(sha256(key), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads a config file's text, or throws one message naming every field at fault. */
export function readConfig(textValue: string, where = 'config'): ReceiverConfig {
  const json = parseJson(textValue.replace(/^\uFEFF/, ''));
  if (!json.ok) throw new Error(formatProblems(json.problems, where));
  const result = check(ReceiverConfig, json.value);
  if (!result.ok) throw new Error(formatProblems(result.problems, where));
  const config = result.value;
  const seen = new Map<string, string>();
  for (const school of config.schools) {
    if (seen.has(`id:${school.id}`)) throw new Error(`${where}: two schools have the id "${school.id}"`);
    seen.set(`id:${school.id}`, school.id);
    for (const origin of school.origins ?? []) {
      const key = `origin:${origin.toLowerCase()}`;
      if (seen.has(key)) throw new Error(`${where}: ${origin} is listed for both "${seen.get(key)}" and "${school.id}"; an origin belongs to one school`);
      seen.set(key, school.id);
    }
    if (!school.keySha256 && !school.origins?.length) throw new Error(`${where}: school "${school.id}" has neither keySha256 nor origins, so nothing could write for it`);
  }
  return config;
}
