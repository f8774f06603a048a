import { check, parseJson, type Problem } from '@cpd-lens/core';
import { SchoolConfig } from '@cpd-lens/core';

export { SchoolConfig };

export type ConfigResult = { ok: true; value: SchoolConfig } | { ok: false; problems: Problem[] };

const cache = new Map<string, Promise<ConfigResult>>();

/**
 * Loads and checks the school's configuration file, once per URL per page. Never throws: a missing
 * file, bad JSON or a wrong field comes back as plain-English problems the element shows.
 */
export function loadConfig(src: string): Promise<ConfigResult> {
  const url = new URL(src, document.baseURI).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchConfig(url);
    cache.set(url, pending);
  }
  return pending;
}

async function fetchConfig(url: string): Promise<ConfigResult> {
  let textValue: string;
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, problems: [{ path: url, message: `could not be loaded (the server answered ${response.status})` }] };
    textValue = await response.text();
  } catch {
    return { ok: false, problems: [{ path: url, message: 'could not be loaded (no answer: check the address and the page’s connect-src)' }] };
  }
  const parsed = parseJson(textValue);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => ({ ...p, path: url })) };
  return checkConfig(parsed.value, url);
}

/** Checks a configuration object; relative catalogue and form URLs are resolved against `base`. */
export function checkConfig(value: unknown, base?: string): ConfigResult {
  const checked = check(SchoolConfig, value);
  if (!checked.ok) return checked;
  const config = { ...checked.value };
  if (base) {
    if (config.catalogueUrl) config.catalogueUrl = new URL(config.catalogueUrl, base).href;
    if (config.formUrl) config.formUrl = new URL(config.formUrl, base).href;
  }
  return { ok: true, value: config };
}
