/**
 * E-POL-03: what the stores and the user are told agrees with what the extension may do. Both
 * manifests' pinned review copy (`manifest-review.json`, kept equal to the builds by its own test) is
 * read against the privacy statement and the English and Welsh store listings: every permission is
 * explained in both listings and named in the statement, Firefox declares no data collection, and the
 * statement carries the Limited Use disclosure. What leaves the machine in practice is P-01's gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const review = JSON.parse(readFileSync(join(import.meta.dirname, 'manifest-review.json'), 'utf8')) as Record<
  string,
  { permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[]; browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } } }
>;
const privacy = read('PRIVACY.md');
const listings = { en: read('store/listing.en.md'), cy: read('store/listing.cy.md') };

/** What a manifest asks for, as the words the documents must name. */
const asked = (m: (typeof review)[string]): string[] => [
  ...(m.permissions ?? []),
  ...(m.host_permissions?.length ? ['host_permissions'] : []),
  ...(m.optional_host_permissions?.length ? ['optional_host_permissions'] : []),
];

describe('store declarations (E-POL-03)', () => {
  for (const [build, manifest] of Object.entries(review)) {
    for (const permission of asked(manifest)) {
      it(`${build}: ${permission} is explained in both listings and named in PRIVACY.md`, () => {
        for (const [lang, text] of Object.entries(listings)) expect(text, `store/listing.${lang}.md`).toContain(`\`${permission}\``);
        expect(privacy).toContain(`\`${permission}\``);
      });
    }
  }

  it('Firefox declares no data collection, and the statement says the same', () => {
    const declared = review['firefox-mv3']?.browser_specific_settings?.gecko?.data_collection_permissions;
    expect(declared).toEqual({ required: ['none'] });
    expect(privacy).toMatch(/`required: \["none"\]`/);
  });

  it('the statement has the Limited Use disclosure and says nothing leaves the device but the user’s request', () => {
    expect(privacy).toMatch(/\*\*Limited Use\*\*/);
    expect(privacy).toMatch(/no data type is collected/i);
    expect(listings.en).toMatch(/nothing leaves your device until you send a request to your school's own address/);
    expect(listings.cy).toMatch(/does dim yn gadael eich dyfais nes i chi anfon cais i gyfeiriad eich ysgol ei hun/);
  });
});

describe('the listing in English and Welsh (_locales)', () => {
  const locales = join(root, 'extension/public/_locales');
  const messages = (lang: string) => JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('has the same messages in both languages, each description within the stores’ 132 characters', () => {
    expect(Object.keys(messages('cy')).sort()).toEqual(Object.keys(messages('en')).sort());
    for (const lang of ['en', 'cy']) {
      expect(messages(lang).extName?.message).toBe('CPD Lens');
      expect(messages(lang).extDescription?.message.length, lang).toBeLessThanOrEqual(132);
    }
    expect(messages('cy').extDescription?.message).not.toBe(messages('en').extDescription?.message);
  });

  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const path = join(root, '.output', build, 'manifest.json');
    it.skipIf(!existsSync(path))(`${build}: the manifest takes its name and description from them, English by default`, () => {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
      for (const lang of ['en', 'cy']) expect(existsSync(join(root, '.output', build, '_locales', lang, 'messages.json')), lang).toBe(true);
    });
  }
});
