import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** Every source file of the extension (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'node_modules' || name === 'public' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * PRIVACY.md promises that the extension itself sends nothing except a fetch of the school's policy file
 * (from an address typed in setup or pushed by IT). Any new network call must be added here on purpose,
 * with the privacy statement updated to match.
 */
const ALLOWED_NETWORK: Record<string, string> = {
  'options/policy.ts': 'reads the policy file at the address the member of staff typed',
  'managed/policy-sync.ts': 'reads the policy file at the address the school pushed',
};

describe('what leaves the device (PRIVACY.md)', () => {
  it('makes network calls only where the privacy statement says', () => {
    const found = new Set<string>();
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      if (/\bfetch(Impl)?\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|RTCPeerConnection/.test(text)) found.add(relative(root, file));
    }
    expect([...found].sort()).toEqual(Object.keys(ALLOWED_NETWORK).filter((f) => found.has(f)).sort());
    expect([...found].length).toBeGreaterThan(0);
  });

  it('sends no cookies with the policy fetch', () => {
    for (const file of Object.keys(ALLOWED_NETWORK)) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const call of text.match(/fetch(Impl)?\([^)]*\)/g) ?? []) expect(call).toContain("credentials: 'omit'");
    }
  });
});

describe('the published privacy page (docs/privacy.html)', () => {
  it('is PRIVACY.md as it is now: run `node store/privacy-page.ts` after changing the statement', async () => {
    const { privacyHtml, privacyPagePath } = await import('../../store/privacy-page.ts');
    const statement = readFileSync(resolve(root, '../PRIVACY.md'), 'utf8');
    expect(readFileSync(privacyPagePath, 'utf8')).toBe(privacyHtml(statement));
  });

  it('is the address both store listings give', () => {
    for (const listing of ['listing.en.md', 'listing.cy.md']) expect(readFileSync(resolve(root, '../store', listing), 'utf8')).toContain('/privacy.html');
  });
});
