/**
 * E-PERM-03 and E-PERM-02: the security-relevant parts of both built manifests are pinned in
 * `manifest-review.json`. Any change (a permission, a provider site, a web-accessible resource, a CSP)
 * fails here until the file is updated in the same commit, so a reviewer sees it: a new
 * warning-bearing permission would disable the extension for every existing user until they accept it.
 * After review: `UPDATE_MANIFEST_REVIEW=1 pnpm --dir extension exec vitest run test/manifest-review.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;
const built = BUILDS.every((b) => existsSync(join(root, '.output', b, 'manifest.json')));
const reviewFile = join(import.meta.dirname, 'manifest-review.json');

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[]; content_scripts?: { matches?: string[] }[] };

/** The parts of a manifest that change what the extension may do or what a page may reach. */
function reviewed(m: Manifest): Record<string, unknown> {
  const keys = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions', 'web_accessible_resources', 'content_security_policy', 'externally_connectable', 'background', 'content_scripts', 'storage', 'browser_specific_settings', 'sidebar_action', 'side_panel', 'options_ui'];
  return Object.fromEntries(keys.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));
}

function read(build: string): Manifest {
  return JSON.parse(readFileSync(join(root, '.output', build, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * Chrome's install warnings per API permission (developer.chrome.com, "Permission warnings"): these
 * five show none. Any other permission must be added here after checking its warning text.
 */
const SILENT_PERMISSIONS = new Set(['storage', 'activeTab', 'scripting', 'sidePanel', 'offscreen']);

describe.skipIf(!built)('the built manifests, pinned for review', () => {
  it('match the reviewed copy exactly (E-PERM-03)', () => {
    const now = Object.fromEntries(BUILDS.map((b) => [b, reviewed(read(b))]));
    if (process.env.UPDATE_MANIFEST_REVIEW === '1') writeFileSync(reviewFile, `${JSON.stringify(now, null, 2)}\n`);
    const pinned = JSON.parse(readFileSync(reviewFile, 'utf8')) as unknown;
    expect(now, 'a manifest changed: review the change, then update extension/test/manifest-review.json').toEqual(pinned);
  });

  it('warns at install only "Read and change your data on" the provider sites (E-PERM-02)', () => {
    for (const build of BUILDS) {
      const m = read(build);
      expect((m.permissions ?? []).filter((p) => !SILENT_PERMISSIONS.has(p)), `${build}: a permission with an install warning`).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      // the host permissions are exactly the sites the content script runs on: one warning, naming the providers
      const scriptSites = [...new Set((m.content_scripts ?? []).flatMap((s) => s.matches ?? []))].sort();
      expect([...(m.host_permissions ?? [])].sort()).toEqual(scriptSites);
      for (const site of scriptSites) expect(site, build).toMatch(/^https:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
  });
});
