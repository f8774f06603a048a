import { readPolicyText } from '@cpd-lens/core';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { readManaged } from './read.ts';

/** The largest policy file read from the school's address: a policy is a few kilobytes. */
const MAX_POLICY_BYTES = 1_000_000;

/**
 * Why the school's policy could not be read, each with its own fix in setup:
 * `blocked`: the site answered but sends no `Access-Control-Allow-Origin` and CPD Lens has no access to it;
 * (or redirects, which the read refuses); `unreachable`: no answer at all (address, network, certificate);
 * `status`: an HTTP error (detail: the status); `too-big`; `invalid`: not a policy file (detail: the first problem).
 */
export type SyncFailure = 'blocked' | 'unreachable' | 'status' | 'too-big' | 'invalid';

/** What happened the last time the school's policy address was read, for setup to show. */
export type PolicySync =
  | { state: 'none' }
  | { state: 'imported'; name: string }
  /** `message` alone is what an earlier version stored; `reason` names the fix. */
  | { state: 'failed'; message: string; reason?: SyncFailure; url?: string; detail?: string };

/** The last sync's outcome, kept so setup can say why the school's policy is not in use. */
export const policySyncItem = storage.defineItem<PolicySync>('local:managedPolicySync', { fallback: { state: 'none' } });

/** Syncs and remembers the outcome. */
export async function syncAndRemember(): Promise<PolicySync> {
  const result = await syncManagedPolicy();
  await policySyncItem.setValue(result);
  return result;
}

/** The match pattern of the one site the policy lives on, for `permissions.request` and `contains`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

class SyncError extends Error {
  readonly reason: SyncFailure;
  readonly detail: string;
  constructor(reason: SyncFailure, detail = '') {
    super(reason);
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * Why a fetch that threw failed. The browser only says "Failed to fetch"; a second, opaque request
 * (`no-cors`, which no CORS header governs; the Fetch standard lets it only follow redirects) tells a site
 * that answered without allowing CPD Lens from one that did not answer.
 */
async function whyUnread(url: string, fetchImpl: typeof fetch): Promise<SyncFailure> {
  const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
  try {
    await fetchImpl(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return granted ? 'unreachable' : 'blocked';
  } catch {
    return 'unreachable';
  }
}

async function fetchPolicyText(url: string, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
  } catch {
    throw new SyncError(await whyUnread(url, fetchImpl));
  }
  if (!response.ok) throw new SyncError('status', String(response.status));
  if (Number(response.headers.get('content-length') ?? 0) > MAX_POLICY_BYTES) throw new SyncError('too-big');
  const text = await response.text();
  if (text.length > MAX_POLICY_BYTES) throw new SyncError('too-big');
  return text;
}

/** The English sentence kept beside the reason (the background's log, older setup pages). */
const ENGLISH: Record<SyncFailure, string> = {
  blocked: 'the site does not send Access-Control-Allow-Origin and CPD Lens has no access to it',
  unreachable: 'the site did not answer',
  status: 'the site answered with an error',
  'too-big': 'the file is larger than a policy can be',
  invalid: 'it is not a valid policy file',
};

/**
 * Reads the policy at the address the school pushed and makes it the policy in force. A failure keeps
 * the policy already in force and says why; the file is checked like any imported policy.
 */
export async function syncManagedPolicy(fetchImpl: typeof fetch = fetch): Promise<PolicySync> {
  const { config } = await readManaged();
  const url = config.policyUrl;
  if (!url) return { state: 'none' };
  const failed = (reason: SyncFailure, detail = ''): PolicySync => ({
    state: 'failed',
    reason,
    url,
    detail,
    message: `Your school’s policy at ${url} could not be read (${ENGLISH[reason]}${detail ? `: ${detail}` : ''}); the policy already in use stays.`,
  });
  let text: string;
  try {
    text = await fetchPolicyText(url, fetchImpl);
  } catch (error) {
    return error instanceof SyncError ? failed(error.reason, error.detail) : failed('unreachable');
  }
  // the same checks as a policy imported in setup (core's checkPolicy, not only the schema)
  const { checked } = readPolicyText(text);
  if (!checked.ok) return failed('invalid', `${checked.problems[0]?.path ?? ''} ${checked.problems[0]?.message ?? ''}`.trim());
  await withStore((s) => s.policies.put({ id: POLICY_ID, policy: checked.value, importedAt: new Date().toISOString(), sourceUrl: url }));
  return { state: 'imported', name: checked.value.name };
}
