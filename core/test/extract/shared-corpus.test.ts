import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Course, detectPage, extractCourses } from '../../src/node.ts';
import { z } from '../../src/zod.ts';
import { hasSharedCorpus, sharedCorpusDir, sharedCorpusSkipReason } from './corpus.ts';

/** Real pages nobody on the team wrote, read in place from ../shared/corpus (never copied into the repo). */
const read = (rel: string): string => readFileSync(join(sharedCorpusDir, rel), 'utf8');
const URL = 'https://example.org/page';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

describe.skipIf(!hasSharedCorpus)(`the shared corpus of real pages${hasSharedCorpus ? '' : ` (${sharedCorpusSkipReason})`}`, () => {
  it('extracts every page without crashing, and every course is valid', { timeout: 60_000 }, () => {
    const files = hasSharedCorpus ? htmlFiles(sharedCorpusDir) : [];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const courses = extractCourses(readFileSync(file, 'utf8'), URL);
      for (const c of courses) expect(z.safeParse(Course, c).success, file).toBe(true);
    }
  });

  it.each([
    ['schemaorg/extracted/eg-0333.jsonld.html', 'HNC Accounting'],
    ['schemaorg/extracted/eg-0334.jsonld.html', 'Basic Proofreading'],
    ['schemaorg/extracted/eg-0338.jsonld.html', 'Physics'],
    ['schemaorg/extracted/eg-0332.rdfa.html', "The Data Scientist's Toolbox"],
    ['TeSS/vcr-extracted/rdnl/02_researchdata.nl_agenda_essentials-4-data-support-sep-nov-en.html', 'Essentials 4 Data Support, Sep/Nov (EN)'],
  ])('reads the title of %s', (rel, title) => {
    expect(extractCourses(read(rel), URL)[0]?.title).toBe(title);
  });

  it('reads the schema.org train4publishing price in pounds', () => {
    expect(extractCourses(read('schemaorg/extracted/eg-0334.jsonld.html'), URL)[0]?.price).toMatchObject({ amount: 395, currency: 'GBP' });
  });

  it('reads the rdnl course price and first date, though its JSON-LD is incomplete', () => {
    const [c] = extractCourses(read('TeSS/vcr-extracted/rdnl/02_researchdata.nl_agenda_essentials-4-data-support-sep-nov-en.html'), URL);
    expect(c?.price).toMatchObject({ amount: 895, currency: 'EUR' });
    expect(c?.sessions?.[0]?.start.slice(0, 10)).toMatch(/^2026-09-/);
  });

  it('survives malformed JSON-LD from extruct (JS comments, control characters, null)', () => {
    for (const rel of ['extruct/tests/samples/custom.invalid/JSONLD_with_JS_comment.html', 'extruct/tests/samples/custom.invalid/JSONLD_with_control_characters.html', 'extruct/tests/samples/misc/null_ld_mock.html']) {
      expect(() => extractCourses(read(rel), URL)).not.toThrow();
    }
  });

  it.each([
    'metascraper/packages/metascraper/test/integration/bbc/input.html',
    'metascraper/packages/metascraper/test/integration/the-guardian/input.html',
    'readability/test/test-pages/telegraph/source.html',
  ])('finds no course on the news page %s', (rel) => {
    const html = read(rel);
    expect(extractCourses(html, URL)).toEqual([]);
    expect(detectPage(new DOMParser().parseFromString(html, 'text/html'), URL)).toBeNull();
  });
});
