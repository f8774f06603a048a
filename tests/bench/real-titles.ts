import { extractCourses } from '../../core/src/node.ts';
import { titleKey } from '../../core/src/extract/clean.ts';
import { type LoadedPage, loadRealPages, ownLabels } from '../../core/test/extract/real-corpus.ts';
import type { Metascraper } from './peers.ts';

/** Title and start-date recall of CPD Lens (asked, as `cpd score` reads a page) and metascraper on one set's single-course real pages. */
export async function compareOnRealPages(metascraper: Metascraper, labels = ownLabels): Promise<string[]> {
  const single = loadRealPages(labels).filter((p) => p.page.courses.length === 1);
  let ourTitle = 0, msTitle = 0, ourDate = 0, msDate = 0, withDate = 0;
  for (const { page, html, url } of single as LoadedPage[]) {
    const want = page.courses[0]!;
    const meta = await metascraper({ html, url }).catch(() => ({ title: undefined, date: undefined }));
    const ours = extractCourses(html, url, { context: 'asked' })[0];
    if (meta.title && titleKey(meta.title) === titleKey(want.title)) msTitle++;
    if (ours && titleKey(ours.title) === titleKey(want.title)) ourTitle++;
    if (want.start) {
      withDate++;
      if (meta.date?.slice(0, 10) === want.start) msDate++;
      if (ours?.sessions?.[0]?.start.slice(0, 10) === want.start) ourDate++;
    }
  }
  const pct = (n: number, d: number): string => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(0)}%)`;
  return [
    `metascraper vs CPD Lens on ${single.length} real single-course pages (${labels === ownLabels ? 'tests/fixtures/real' : labels}), ${withDate} with a start date`,
    `  title recall: ours ${pct(ourTitle, single.length)}, metascraper ${pct(msTitle, single.length)}`,
    `  date recall:  ours ${pct(ourDate, withDate)}, metascraper ${pct(msDate, withDate)} (metascraper reads a publication date, not a course's start)`,
  ];
}
