import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { openSetupIfUpdateAddsWithheldSites } from '../background/update-sites.ts';

const OLD = ['https://*.tes.com/*', 'https://*.stem.org.uk/*'];
const ADDED = 'https://*.ncetm.org.uk/*';

/** A browser whose manifest declares `sites` and which grants only `granted`; returns the spy on openOptionsPage. */
function setUp(sites: string[], granted: string[]) {
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'CPD Lens', version: '0.2.0', content_scripts: [{ matches: sites, js: ['detect.js'] }] });
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.includes(o)));
  return vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
}

describe('an update that adds a provider site (E-PERM-05)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opens setup when the browser withholds a site the update added', async () => {
    await browser.storage.local.set({ declaredSites: OLD });
    const open = setUp([...OLD, ADDED], OLD);
    await openSetupIfUpdateAddsWithheldSites('update');
    expect(open).toHaveBeenCalledOnce();
    expect((await browser.storage.local.get('declaredSites')).declaredSites).toEqual([...OLD, ADDED]);
  });

  it('opens nothing when the added site is granted, at install, or for sites the user withheld before ("on click")', async () => {
    await browser.storage.local.set({ declaredSites: OLD });
    let open = setUp([...OLD, ADDED], [...OLD, ADDED]);
    await openSetupIfUpdateAddsWithheldSites('update');
    expect(open).not.toHaveBeenCalled();

    vi.restoreAllMocks();
    open = setUp([...OLD, ADDED], []); // everything withheld, but nothing new since the last version
    await openSetupIfUpdateAddsWithheldSites('update');
    expect(open).not.toHaveBeenCalled();

    fakeBrowser.reset();
    vi.restoreAllMocks();
    open = setUp(OLD, []);
    await openSetupIfUpdateAddsWithheldSites('install');
    expect(open).not.toHaveBeenCalled();
    expect((await browser.storage.local.get('declaredSites')).declaredSites).toEqual(OLD);
  });

  it('counts a version that did not remember its sites as having had none', async () => {
    const open = setUp([...OLD, ADDED], OLD);
    await openSetupIfUpdateAddsWithheldSites('update');
    expect(open).toHaveBeenCalledOnce();
  });
});
