import { browser } from 'wxt/browser';

/** The sites this version's content script is declared for: the provider list it ships with. */
export function declaredSites(): string[] {
  return [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []))];
}

/** Of `sites`, those the browser does not let CPD Lens read now (revoked, "on click", or not granted on an update). */
export async function withheldSites(sites: string[] = declaredSites()): Promise<string[]> {
  const granted = await Promise.all(sites.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return sites.filter((_, i) => !granted[i]);
}
