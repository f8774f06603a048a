import type { z } from '../zod.ts';
import { Course } from '../model/course.ts';
import { SchoolPlan } from '../model/plan.ts';
import type { Policy } from '../model/policy.ts';
import { Profile } from '../model/profile.ts';
import { check, formatProblems, parseJson } from '../model/validate.ts';
import { readPolicyText } from '../policy/check.ts';
import type { Rejected } from '../extract/learning.ts';
import { FetchFailure, mb } from './fetch-page.ts';
import { CliError, type CliIo, type Fetched } from './io.ts';

/** Course pages and policy, profile and plan files: larger than any real one, small enough to hold. */
export const MAX_BYTES = 5 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

/** Whether a CLI argument names a web page rather than a file. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** Reads a file's bytes, refused by size before it is read, with one clear error naming it. */
export async function readBytes(source: string, io: CliIo, maxBytes = MAX_BYTES): Promise<Uint8Array> {
  try {
    return await io.readFile(source, maxBytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { size?: number };
    if (e.code === 'EFBIG') {
      // stat gives the size of a file; a pipe is only known to be too long once the limit is passed.
      const size = e.size !== undefined && e.size > maxBytes + 1 ? `${mb(e.size)}, more than` : 'more than';
      throw new CliError(`${source}: the file is ${size} the ${mb(maxBytes)} it may be; it was not read`);
    }
    throw new CliError(e.code === 'ENOENT' ? `${source}: no such file` : e.code === 'EISDIR' ? `${source}: is a folder, not a file` : `${source}: cannot be read (${e.code ?? String(error)})`);
  }
}

/** UTF-8 text of a file; TextDecoder drops a byte-order mark, so files saved by Windows editors parse. */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/**
 * The `Authorization` header for a school's receiver (`CPD_RECEIVER_KEY`, receivers/self-hosted): sent
 * only over HTTPS or to this machine, so a key never crosses a network in clear text.
 */
export function receiverAuth(source: string, key = process.env.CPD_RECEIVER_KEY): Record<string, string> {
  if (!key) return {};
  const url = new URL(source);
  const local = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i.test(url.hostname);
  return url.protocol === 'https:' || local ? { authorization: `Bearer ${key}` } : {};
}

/** Reads a file or fetches a URL as text, bounded in size and time, with one clear error. */
export async function readSource(source: string, io: CliIo): Promise<{ text: string; type: 'json' | 'html' }> {
  if (isUrl(source)) {
    let page: Fetched;
    try {
      page = await io.get(source, { maxBytes: MAX_BYTES, timeoutMs: FETCH_TIMEOUT_MS, ...io.limits }, receiverAuth(source));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new CliError(`${source}: ${error instanceof FetchFailure ? message : `could not be reached (${message})`}`);
    }
    if (page.status < 200 || page.status > 299) throw new CliError(`${source}: the server answered ${page.status} ${page.statusText}`.trim());
    const text = page.text.replace(/^\uFEFF/, '');
    const json = /json/i.test(page.contentType) || /^\s*[[{]/.test(text);
    return { text, type: json ? 'json' : 'html' };
  }
  const text = utf8(await readBytes(source, io));
  const json = /\.json$/i.test(source) || (!/\.html?$/i.test(source) && /^\s*[[{]/.test(text));
  return { text, type: json ? 'json' : 'html' };
}

/** Parses JSON text from `source`, or fails naming the file. */
export function jsonFrom(source: string, text: string): unknown {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new CliError(`${source}: ${parsed.problems[0]!.message}`);
  return parsed.value;
}

/** Checks a value against a schema, or fails naming the file and every field at fault. */
export function checked<S extends z.ZodMiniType>(source: string, schema: S, value: unknown): z.infer<S> {
  const result = check(schema, value);
  if (!result.ok) throw new CliError(formatProblems(result.problems, source));
  return result.value;
}

/** What a file or URL holds: its courses, and on an HTML page the candidates turned away as not learning. */
export interface LoadedPage {
  courses: z.infer<typeof Course>[];
  rejected: Rejected[];
}

/** Reads a file or URL: course JSON (one, a list, or { courses }) or an HTML page, which may hold no course. */
export async function loadPage(source: string, io: CliIo): Promise<LoadedPage> {
  const { text, type } = await readSource(source, io);
  if (type === 'html') {
    const { extractPage } = await import('../node.ts');
    const url = isUrl(source) ? source : `file:///${source.replace(/^\/+/, '')}`;
    // Naming a page on the command line is asking about it: one strong signal is enough (issue 10),
    // but a concert, a product or a news article is still no course (issue 19).
    return extractPage(text, url, { context: 'asked' });
  }
  const value = jsonFrom(source, text);
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { courses?: unknown }).courses) ? (value as { courses: unknown[] }).courses : [value];
  const courses = list.map((item, i) => {
    const entry = item && typeof item === 'object' && 'course' in item ? (item as { course: unknown }).course : item;
    return checked(list.length > 1 ? `${source} (course ${i + 1})` : source, Course, entry);
  });
  return { courses, rejected: [] };
}

/** "no course found" for a page, with what was turned away and why, one per line. */
export function noCourse(source: string, rejected: readonly Rejected[]): string {
  return [`${source}: no course found on this page`, ...rejected.map(notCourse)].join('\n');
}

/** One candidate turned away, as a line. */
export const notCourse = (r: Rejected): string => `  not a course: ${r.title} (${r.why})`;

/** Reads the courses a file or URL holds, or fails saying no course was found and why. */
export async function loadCourses(source: string, io: CliIo): Promise<z.infer<typeof Course>[]> {
  const { courses, rejected } = await loadPage(source, io);
  if (!courses.length) throw new CliError(noCourse(source, rejected));
  return courses;
}

/** Reads and checks a policy file as every importer does (core's `readPolicyText`), naming the file in each problem. */
export async function loadPolicy(source: string, io: CliIo): Promise<z.infer<typeof Policy>> {
  const { text } = await readSource(source, io);
  const { checked } = readPolicyText(text);
  if (!checked.ok) throw new CliError(formatProblems(checked.problems, source));
  return checked.value;
}

/**
 * A hand-written profile or plan without `schemaVersion` or `id` is read as version 1 with an id from
 * its file name, and a note says so: the fields only matter to programs, never to the person writing it.
 */
export function withDocumentDefaults(source: string, value: unknown, io: CliIo): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const doc = value as Record<string, unknown>;
  const added: string[] = [];
  const out = { ...doc };
  if (!('schemaVersion' in doc)) {
    out.schemaVersion = 1;
    added.push('schemaVersion 1');
  }
  if (!('id' in doc)) {
    const name = (source.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '');
    out.id = name || 'document';
    added.push(`id "${out.id}"`);
  }
  if (added.length) io.err(`${source}: note: no ${added.map((a) => a.split(' ')[0]).join(' or ')} given; read with ${added.join(' and ')}`);
  return out;
}

/** Reads and checks a staff profile file (a hand-written one gets defaults for schemaVersion and id). */
export async function loadProfile(source: string, io: CliIo): Promise<z.infer<typeof Profile>> {
  const { text } = await readSource(source, io);
  return checked(source, Profile, withDocumentDefaults(source, jsonFrom(source, text), io));
}

/** Reads and checks a school plan file (a hand-written one gets defaults for schemaVersion and id). */
export async function loadPlan(source: string, io: CliIo): Promise<z.infer<typeof SchoolPlan>> {
  const { text } = await readSource(source, io);
  return checked(source, SchoolPlan, withDocumentDefaults(source, jsonFrom(source, text), io));
}
