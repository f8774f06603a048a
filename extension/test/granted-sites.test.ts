import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { grantedOrigins, syncGrantedSites } from '../background/granted-sites.ts';

const SITE = 'https://cpd.example-trust.org.uk/*';

/** A browser granting `origins`, whose registered content scripts are kept in memory. */
function setUp(origins: string[]) {
  const registered = new Map<string, { id: string; matches?: string[] }>();
  vi.spyOn(browser.permissions, 'getAll').mockImplementation(async () => ({ permissions: ['activeTab', 'scripting', 'storage'], origins }));
  const scripting = browser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []));
  scripting.registerContentScripts = async (scripts: { id: string; matches: string[] }[]) => void scripts.forEach((s) => registered.set(s.id, s));
  scripting.updateContentScripts = async (scripts: { id: string; matches: string[] }[]) => void scripts.forEach((s) => registered.set(s.id, s));
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => void ids.forEach((id) => registered.delete(id));
  return { registered, grant: (next: string[]) => origins.splice(0, origins.length, ...next) };
}

describe('sites the user granted ("always score this site"), E-PERM-04', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('counts only sites beyond the built-in provider list and the optional wildcards', async () => {
    setUp(['https://*.tes.com/*', 'http://127.0.0.1/*', 'https://*/*', 'http://*/*', '*://*/*', '<all_urls>', SITE]);
    expect(await grantedOrigins()).toEqual([SITE]);
  });

  it('registers the page detector on a granted site, drops it on revocation, and registers it again on re-grant', async () => {
    const browserState = setUp([SITE]);
    await syncGrantedSites();
    expect([...browserState.registered.values()].map((s) => s.matches)).toEqual([[SITE]]);
    browserState.grant([]); // the user revokes: permissions.onRemoved → sync
    await syncGrantedSites();
    expect(browserState.registered.size).toBe(0);
    browserState.grant([SITE, 'https://hub.example.sch.uk/*']); // re-granted, and one more: permissions.onAdded → sync
    await syncGrantedSites();
    expect([...browserState.registered.values()].map((s) => s.matches)).toEqual([[SITE, 'https://hub.example.sch.uk/*']]);
  });

  it('does not score the school form’s site, granted only so a hand-off can reach the form (issue 20)', async () => {
    setUp([SITE, 'https://intranet.example.sch.uk/*']);
    await browser.storage.local.set({ settings: { objectives: [], configured: true, requestFormUrl: 'https://intranet.example.sch.uk:8443/cpd/request#x' } });
    expect(await grantedOrigins()).toEqual([SITE]);
  });
});
