import { browser } from 'wxt/browser';
import { declaredSites, withheldSites } from '../sites/access.ts';

/** Where the provider sites of the installed version are remembered, to tell which an update adds. */
const KEY = 'declaredSites';

/**
 * E-PERM-05: Firefox neither grants nor asks for a provider site an update adds, so CPD Lens would stay
 * silent there. After such an update, when an added site is withheld, setup opens by itself: it says so
 * and asks the browser again on the user's click ("Allow CPD Lens on these sites"). Sites withheld by
 * the user's own choice before the update ("on click") open nothing; a version that did not remember
 * its sites counts as having had none.
 */
export async function openSetupIfUpdateAddsWithheldSites(reason: string): Promise<void> {
  const sites = declaredSites();
  const stored = (await browser.storage.local.get(KEY))[KEY];
  await browser.storage.local.set({ [KEY]: sites });
  if (reason !== 'update') return;
  const known = Array.isArray(stored) ? new Set(stored) : new Set();
  const added = sites.filter((site) => !known.has(site));
  if (added.length && (await withheldSites(added)).length) await browser.runtime.openOptionsPage();
}
