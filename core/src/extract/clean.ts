/** Sanitising helpers: everything extraction returns is plain, bounded text and http(s) URLs only. */
import { collapseSpaces } from '../parse/spaces.ts';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', euro: '€', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', middot: '·', bull: '•', times: '×', copy: '©',
};

/** Decodes the HTML entities found in JSON-LD and attribute text (named subset plus numeric). */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Turns any untrusted string into plain text: drops script/style bodies and tags, decodes entities,
 * removes control characters, collapses whitespace and cuts to `max` characters.
 */
export function cleanText(input: unknown, max = 300): string {
  if (typeof input !== 'string' && typeof input !== 'number') return '';
  let s = String(input).slice(0, max * 4 + 2000);
  if (s.indexOf('<') >= 0) {
    s = s.replace(/<(script|style)\b[^<>]*>[^<]*(?:<(?!\/\1)[^<]*)*(?:<\/\1\s*>)?/gi, ' ').replace(/<\/?[a-z!?/][^<>]*>?/gi, ' ');
  }
  // [^<>] not [^>]: each '<' scans only to the next '<', so '<1' repeated stays linear (issue 10).
  s = decodeEntities(s).replace(/<[^<>]*>/g, ' ');
  // eslint-disable-next-line no-control-regex
  s = collapseSpaces(s.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')).trim();
  if (s.length > max) s = `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
  return s.length > max ? s.slice(0, max) : s;
}

/** Resolves `href` against `base` and keeps it only if it is an http(s) URL of sane length. */
export function safeUrl(href: unknown, base: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  // A plain site path ("/cpd/12", "/events/phonics.html") resolves to the base's origin and itself: no URL parse
  // (two per catalogue row otherwise, and a costly call in the browser).
  const origin = SITE_PATH.test(trimmed) ? originOf(base) : undefined;
  if (origin !== undefined) return origin.length + trimmed.length <= 2048 ? origin + trimmed : undefined;
  let url: URL;
  try {
    url = new URL(trimmed, /^https?:/i.test(base) ? base : undefined);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const out = url.href;
  return out.length <= 2048 && !/\s/.test(out) ? out : undefined;
}

/**
 * An absolute path of plain segments (letters, digits, `_`, `~`, `-`, dots inside a segment): one the URL
 * parser keeps exactly as written, with no dot segment, escape, query or fragment to resolve.
 */
const SITE_PATH = /^(?:\/[\w~-]+(?:\.[\w~-]*)*)+\/?$|^\/$/;

let lastBase = '';
let lastOrigin: string | undefined;

/** The scheme, credentials, host and port of an http(s) base as the URL parser writes them ("https://www.example.org"), else undefined. */
function originOf(base: string): string | undefined {
  if (base === lastBase) return lastOrigin;
  let origin: string | undefined;
  try {
    const root = /^https?:/i.test(base) ? new URL('/', base) : undefined;
    if (root && (root.protocol === 'http:' || root.protocol === 'https:')) origin = root.href.slice(0, -1);
  } catch {
    origin = undefined;
  }
  lastBase = base;
  lastOrigin = origin;
  return origin;
}

export { titleKey } from '../text/title-key.ts';

/** Keys that must never be assigned from untrusted data. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
