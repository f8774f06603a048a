import { signal } from '@preact/signals';
import { defaultPolicy, endpointProblem, explainPolicyProblem, readPolicyText } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { fill, messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { managedText } from '../i18n/managed.ts';
import { readSettings, saveSettings, type Settings } from '../settings/settings.ts';
import type { FieldError } from '../ui/ErrorSummary.tsx';
import { MAX_IMPORT_BYTES } from '../ui/JsonFileInput.tsx';

/** The policy in force and the state of the policy importer. */
export const policyState = {
  name: signal(defaultPolicy.name),
  source: signal<'default' | 'file' | 'url'>('default'),
  url: signal(''),
  errors: signal<FieldError[]>([]),
  message: signal(''),
};

const words = () => messages(optionsText, locale.value).policy;

/** Reads which policy is in force. */
export async function loadPolicyState(settings: Settings): Promise<void> {
  const stored = await withStore((s) => s.policies.get(POLICY_ID));
  policyState.name.value = stored?.policy.name ?? defaultPolicy.name;
  policyState.source.value = stored ? (stored.sourceUrl ? 'url' : 'file') : 'default';
  policyState.url.value = stored?.sourceUrl ?? settings.policyUrl ?? '';
}

/** Refuses a policy file by its size alone, before reading it. */
export function policyTooBig(): void {
  policyState.message.value = '';
  policyState.errors.value = [{ field: 'policy-file', message: words().tooBig }];
}

/**
 * Checks a policy file's text and, when it fits, makes it the policy in force; otherwise lists every
 * problem in plain English naming the setting ("Weight of criterion ‘Evidence’ must be a number").
 */
export async function importPolicyText(text: string, where: string, sourceUrl?: string): Promise<boolean> {
  policyState.message.value = '';
  const field = sourceUrl ? 'policy-url' : 'policy-file';
  if (text.length > MAX_IMPORT_BYTES) {
    policyState.errors.value = [{ field, message: words().tooBig }];
    return false;
  }
  const { raw, checked } = readPolicyText(text);
  if (!checked.ok) {
    policyState.errors.value = checked.problems.map((p) => ({ field, message: `${where}: ${explainPolicyProblem(p, raw)}` }));
    return false;
  }
  policyState.errors.value = [];
  await withStore((s) => s.policies.put({ id: POLICY_ID, policy: checked.value, importedAt: new Date().toISOString(), ...(sourceUrl ? { sourceUrl } : {}) }));
  policyState.name.value = checked.value.name;
  policyState.source.value = sourceUrl ? 'url' : 'file';
  policyState.message.value = fill(words().imported, { name: checked.value.name });
  return true;
}

/** Fetches the policy the school publishes at a URL (asking for access to that one site first) and imports it. */
export async function importPolicyUrl(raw: string): Promise<void> {
  policyState.message.value = '';
  const fail = (message: string) => void (policyState.errors.value = [{ field: 'policy-url', message }]);
  let url: URL;
  try {
    url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    return fail(words().badUrl);
  }
  // a policy sent over plain http could be changed on the way: only https (or this machine) is read
  if (endpointProblem(url.href)) return fail(messages(managedText, locale.value).notHttps);
  const origins = [`${url.origin}/*`];
  const granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }).catch(() => false));
  if (!granted) return fail(fill(words().permission, { host: url.host }));
  let text: string;
  try {
    const response = await fetch(url.href, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`${response.status}`);
    // refused by its declared size before the body is read
    if (Number(response.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES) return fail(words().tooBig);
    text = await response.text();
  } catch (error) {
    return fail(fill(words().unreadable, { reason: error instanceof Error ? error.message : 'network error' }));
  }
  if (await importPolicyText(text, url.host, url.href)) {
    const { settings } = await readSettings();
    await saveSettings({ ...settings, policyUrl: url.href });
  }
}

/** Goes back to CPD Lens's default policy. */
export async function useDefaultPolicy(): Promise<void> {
  await withStore((s) => s.policies.delete(POLICY_ID));
  policyState.errors.value = [];
  policyState.name.value = defaultPolicy.name;
  policyState.source.value = 'default';
  policyState.message.value = words().usingDefault;
}
