import { cleanText, safeUrl } from '../clean.ts';
import { type Draft, propose } from '../types.ts';
import { pageMemo } from '../../parse/scope.ts';

/** The content of the first `<meta>` whose property or name is one of `names`. */
export function metaContent(doc: Document, ...names: string[]): string {
  const index = pageMemo(doc, 'meta', () => metaIndex(doc));
  for (const name of names) {
    const content = index.get(name)?.getAttribute('content');
    if (content?.trim()) return content;
  }
  return '';
}

/**
 * Each property or name to the first `<meta>` carrying it, in document order: what
 * `querySelector('meta[property="…"], meta[name="…"]')` finds, gathered in one walk instead of one per name.
 */
function metaIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of doc.querySelectorAll('meta[property], meta[name]')) {
    for (const key of [el.getAttribute('property'), el.getAttribute('name')]) if (key !== null && !index.has(key)) index.set(key, el);
  }
  return index;
}

/** Cuts a site name off a page title ("Phonics in Year 1 | Northern Reading Hub" → "Phonics in Year 1"). */
export function stripSiteName(title: string, site = ''): string {
  let t = title;
  if (site && t.length > site.length + 3 && t.toLowerCase().endsWith(site.toLowerCase())) t = t.slice(0, -site.length).replace(/[\s|:·•–—-]+$/, '');
  const parts = t.split(/\s+[|·•–—]\s+|\s+-\s+|\s+::\s+/);
  // the first part is the title, unless it names nothing ("08.11.2021 | Online-Fachtag …": a date, then the title)
  const first = parts.find((p) => /\p{L}{3}/u.test(p)) ?? '';
  if (parts.length > 1 && first.length >= 8) t = first;
  return t.trim();
}

/** OpenGraph, Twitter and HTML meta tags: title, description, site name, canonical URL. */
export function metaDraft(doc: Document, url: string): Draft {
  const d: Draft = {};
  const site = cleanText(metaContent(doc, 'og:site_name', 'application-name'), 200);
  const og = metaContent(doc, 'og:title');
  if (og) propose(d, 'title', cleanText(stripSiteName(og, site), 300), 'meta', 0.8, og, 'meta[property="og:title"]');
  const tw = metaContent(doc, 'twitter:title');
  if (tw && !og) propose(d, 'title', cleanText(stripSiteName(tw, site), 300), 'meta', 0.75, tw, 'meta[name="twitter:title"]');
  const desc = metaContent(doc, 'og:description', 'description', 'twitter:description');
  propose(d, 'description', cleanText(desc, 5000), 'meta', 0.7, desc, 'meta[name="description"]');
  // application-name is often a widget's name ("search"): only og:site_name names the provider.
  const provider = cleanText(metaContent(doc, 'og:site_name'), 200);
  propose(d, 'provider', provider, 'meta', 0.6, provider, 'meta[property="og:site_name"]');
  const canonical = safeUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, 'og:url'), url);
  propose(d, 'url', canonical, 'meta', 0.7, canonical, 'link[rel="canonical"]');
  return d;
}

/** Whether meta tags mark the page as a news article or blog post rather than a booking page. */
export function isArticlePage(doc: Document): boolean {
  const type = metaContent(doc, 'og:type').toLowerCase();
  return type === 'article' || !!metaContent(doc, 'article:published_time');
}
