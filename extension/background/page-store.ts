import type { Course, ScoreResult } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import type { Changed } from '../messaging/protocol.ts';

/** The courses of one frame as the background scored them; the label reads them from here, never from the page. */
export interface ScoredPage {
  url: string;
  courses: (Course | null)[];
  results: (ScoreResult | null)[];
  /** Label tokens handed to this frame's badge: token → course index. */
  tokens: Record<string, number>;
}

/** Where a label token leads: the frame that opened it and the course it shows. */
export interface LabelTarget {
  tabId: number;
  frameId: number;
  index: number;
  /** What the label showed of its course (`shownOf`), to tell whether the page changed it before a request. */
  seen?: Shown;
}

/** The parts of a course a member of staff checks before requesting it: title, price and dates. */
export type Shown = Record<Changed, string>;

/** What a label shows of a course, to compare with the page as it is when the request starts. */
export function shownOf(course: Course): Shown {
  const p = course.price;
  return { title: course.title, price: p ? `${p.amount} ${p.currency} ${p.vat} ${p.basis}` : '', dates: (course.sessions ?? []).map((s) => s.start).join(' ') };
}

/** Which parts differ between what the label showed and the course now on the page. */
export function changesBetween(seen: Shown | undefined, now: Course): Changed[] {
  if (!seen) return [];
  const shown = shownOf(now);
  return (['title', 'price', 'dates'] as const).filter((k) => seen[k] !== shown[k]);
}

const key = (tabId: number, frameId: number) => `page:${tabId}:${frameId}`;
// storage.session (trusted contexts only, never the page; gone at browser restart) survives a sleeping
// service worker; a plain map stands in where a browser has no session storage.
const memory = new Map<string, unknown>();
const session = () => browser.storage?.session;

async function read<T>(k: string): Promise<T | undefined> {
  const s = session();
  if (!s) return memory.get(k) as T | undefined;
  return (await s.get(k))[k] as T | undefined;
}

async function write(k: string, value: unknown): Promise<void> {
  const s = session();
  if (!s) memory.set(k, value);
  else await s.set({ [k]: value });
}

async function drop(keys: string[]): Promise<void> {
  const s = session();
  if (!s) for (const k of keys) memory.delete(k);
  else await s.remove(keys);
}

/**
 * Keeps one frame's scored courses (replacing what that frame had before). A label already open on a
 * course that is still at its place (the page was read again, as single-page sites are after each
 * navigation) keeps working; tokens for courses that changed or went are dropped.
 */
export async function keepPage(tabId: number, frameId: number, page: Omit<ScoredPage, 'tokens'>): Promise<void> {
  const old = await read<ScoredPage>(key(tabId, frameId));
  const tokens: Record<string, number> = {};
  const stale: string[] = [];
  for (const [token, index] of Object.entries(old?.tokens ?? {})) {
    const before = old!.courses[index];
    const now = page.courses[index];
    if (before && now && before.title === now.title && before.url === now.url && page.results[index]) tokens[token] = index;
    else stale.push(`label:${token}`);
  }
  if (stale.length) await drop(stale);
  await write(key(tabId, frameId), { ...page, tokens });
}

/** One frame's scored courses, if it has any. */
export function pageOf(tabId: number, frameId: number): Promise<ScoredPage | undefined> {
  return read<ScoredPage>(key(tabId, frameId));
}

/** Puts a corrected course and its new result in place of one course of a frame (its label tokens stay valid). */
export async function replaceCourse(tabId: number, frameId: number, index: number, course: Course, result: ScoreResult): Promise<boolean> {
  const page = await pageOf(tabId, frameId);
  if (!page?.courses[index]) return false;
  page.courses[index] = course;
  page.results[index] = result;
  await write(key(tabId, frameId), page);
  return true;
}

/** A fresh unguessable token that lets one label frame read one course of one frame. */
export async function issueToken(tabId: number, frameId: number, index: number): Promise<string | null> {
  const page = await pageOf(tabId, frameId);
  if (!page?.results[index]) return null;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  page.tokens[token] = index;
  await write(key(tabId, frameId), page);
  await write(`label:${token}`, { tabId, frameId, index, seen: shownOf(page.courses[index]!) } satisfies LabelTarget);
  return token;
}

/** Records that the label now shows the course as it is (after it said what changed and reloaded). */
export async function markSeen(token: string, target: LabelTarget, course: Course): Promise<void> {
  await write(`label:${token}`, { ...target, seen: shownOf(course) } satisfies LabelTarget);
}

/** What a token opens, only when asked from the same tab it was issued for. */
export async function resolveToken(token: string, tabId: number): Promise<LabelTarget | undefined> {
  const target = await read<LabelTarget>(`label:${token}`);
  return target && target.tabId === tabId ? target : undefined;
}

/** Forgets everything about a closed tab. */
export async function forgetTab(tabId: number): Promise<void> {
  const s = session();
  // one read of everything: each page's tokens name the label entries to drop with it
  const all: Record<string, unknown> = s ? await s.get(null) : Object.fromEntries(memory);
  const pages = Object.keys(all).filter((k) => k.startsWith(`page:${tabId}:`));
  const labels = pages.flatMap((k) => Object.keys((all[k] as ScoredPage | undefined)?.tokens ?? {}).map((t) => `label:${t}`));
  await drop([...pages, ...labels]);
}
