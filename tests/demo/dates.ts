/**
 * The demo's provider pages were written in 2023–2025. Served as they are, every event has passed and
 * offers no Save or Start a request; so the demo moves each page's years forward by the same amount,
 * keeping its dates in order, until its first year is next year. Pages where a past date is the point
 * are served as written.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Handler } from '../support/server.ts';

/** The pages served with their own dates: a past event (to show "Save for the next run") and absurd dates. */
export const AS_WRITTEN: ReadonlySet<string> = new Set(['conference-leadership-two-day.html', 'hostile-absurd-dates.html']);
/** The year the pages' dates start from. */
const FIRST_YEAR = 2023;

/** Moves every four-digit year from 2020 to 2039 in `html` forward by `offset` years. */
export function shiftYears(html: string, offset: number): string {
  return offset ? html.replace(/\b20[23]\d\b/g, (y) => String(Number(y) + offset)) : html;
}

/** How far the pages move so that their first year is next year (never backwards). */
export const yearOffset = (today: Date): number => Math.max(0, today.getUTCFullYear() + 1 - FIRST_YEAR);

/** Serves `/providers/*.html` dated relative to today; everything else falls through to the static folder. */
export function datedProviders(dir: string, today: () => Date = () => new Date()): Handler {
  return async (_req, res, url) => {
    if (!url.pathname.startsWith('/providers/') || !url.pathname.endsWith('.html')) return false;
    const name = basename(decodeURIComponent(url.pathname));
    if (!/^[\w.-]+\.html$/.test(name)) return false;
    const html = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (html === null) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(AS_WRITTEN.has(name) ? html : shiftYears(html, yearOffset(today())));
    return true;
  };
}
