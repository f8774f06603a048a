import { readPolicyText } from '@cpd-lens/core';
import { storage } from 'wxt/utils/storage';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { readManaged } from './read.ts';

/** The largest policy file read from the school's address: a policy is a few kilobytes. */
const MAX_POLICY_BYTES = 1_000_000;

/** What happened the last time the school's policy address was read, for setup to show. */
export type PolicySync = { state: 'none' } | { state: 'imported'; name: string } | { state: 'failed'; message: string };

/** The last sync's outcome, kept so setup can say why the school's policy is not in use. */
export const policySyncItem = storage.defineItem<PolicySync>('local:managedPolicySync', { fallback: { state: 'none' } });

/** Syncs and remembers the outcome. */
export async function syncAndRemember(): Promise<PolicySync> {
  const result = await syncManagedPolicy();
  await policySyncItem.setValue(result);
  return result;
}

/**
 * Reads the policy at the address the school pushed and makes it the policy in force. A failure keeps
 * the policy already in force and says why; the file is checked like any imported policy.
 */
export async function syncManagedPolicy(fetchImpl: typeof fetch = fetch): Promise<PolicySync> {
  const { config } = await readManaged();
  if (!config.policyUrl) return { state: 'none' };
  let text: string;
  try {
    const response = await fetchImpl(config.policyUrl, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
    if (!response.ok) throw new Error(`the site answered ${response.status}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_POLICY_BYTES) throw new Error('the file is larger than a policy can be');
    text = await response.text();
    if (text.length > MAX_POLICY_BYTES) throw new Error('the file is larger than a policy can be');
  } catch (error) {
    return { state: 'failed', message: `Your school’s policy at ${config.policyUrl} could not be read (${error instanceof Error ? error.message : 'network error'}); the policy already in use stays.` };
  }
  // the same checks as a policy imported in setup (core's checkPolicy, not only the schema)
  const { checked } = readPolicyText(text);
  if (!checked.ok) return { state: 'failed', message: `Your school’s policy at ${config.policyUrl} is not a valid policy file (${checked.problems[0]?.path ?? ''} ${checked.problems[0]?.message ?? ''}); the policy already in use stays.` };
  await withStore((s) => s.policies.put({ id: POLICY_ID, policy: checked.value, importedAt: new Date().toISOString(), sourceUrl: config.policyUrl }));
  return { state: 'imported', name: checked.value.name };
}
