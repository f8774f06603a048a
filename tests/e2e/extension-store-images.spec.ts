/**
 * The store's images, made from the real extension on every run (tests/artifacts/store/): screenshots at
 * both sizes the Chrome Web Store takes (1280 × 800 and 640 × 400; AMO takes the same files), in English
 * and Welsh, and Chrome's 440 × 280 small promotional tile built around the real badge. Also checks the
 * manifest's name and description come from _locales in both languages.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, extensionIdOf, extensionMissing, extensionMissingReason, labelFrame, launchWithExtension, pageBadge, test } from '../support/extension.ts';
import { FIVE_COURSES, seedProfile, seedSavedCourses, setLocale } from '../support/extension-views.ts';
import { artifactsDir, extensionBuildDir, repoRoot } from '../support/paths.ts';

test.skip(extensionMissing, extensionMissingReason);

const storeDir = join(artifactsDir, 'store');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
] as const;

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function shoot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  mkdirSync(storeDir, { recursive: true });
  const path = join(storeDir, `screenshot-${name}-${size.width}x${size.height}.png`);
  await page.screenshot({ path, fullPage: false });
  expect(pngSize(path)).toEqual(size);
}

type Manifest = { name: string; description: string };
const manifestOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest());
const messagesOf = (lang: string) => JSON.parse(readFileSync(join(extensionBuildDir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

test('the manifest’s name and description come from _locales: the browser shows them in English, and in Welsh to a Welsh browser', async ({ openExtensionPage }) => {
  const raw = JSON.parse(readFileSync(join(extensionBuildDir, 'manifest.json'), 'utf8')) as Manifest & { default_locale?: string };
  expect(raw).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  for (const lang of ['en', 'cy']) {
    expect(messagesOf(lang).extName?.message).toBe('CPD Lens');
    expect(messagesOf(lang).extDescription?.message.length).toBeLessThanOrEqual(132);
  }
  const english = await manifestOf(await openExtensionPage('options.html'));
  expect(english).toMatchObject({ name: 'CPD Lens', description: messagesOf('en').extDescription!.message });

  const profile = mkdtempSync(join(tmpdir(), 'cpd-lens-cy-'));
  const welsh = await launchWithExtension(profile, { locale: 'cy' });
  try {
    const id = await extensionIdOf(welsh);
    const page = await welsh.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    expect((await manifestOf(page)).description).toBe(messagesOf('cy').extDescription!.message);
  } finally {
    await welsh.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

for (const size of SIZES) {
  test(`store screenshots at ${size.width} × ${size.height}: the label on a course page, the comparison, setup in Welsh`, async ({ context, server, openExtensionPage }) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${server.origin}/own/course.html`);
    await pageBadge(page).click();
    await expect(labelFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(page, 'label', size);

    const panel = await openExtensionPage('sidepanel.html');
    await expect(panel.locator('main')).toBeVisible();
    await seedSavedCourses(panel, FIVE_COURSES.map((c, i) => (i === 3 ? { ...c, title: 'Metacognition and self-regulated learning in practice', provider: 'Ashford Teaching School Hub' } : c)));
    await seedProfile(panel, 'Lead the teaching of early reading and phonics across Key Stage 1');
    await panel.setViewportSize(size);
    await panel.reload();
    await expect(panel.locator('ol.cards > li')).toHaveCount(5);
    await shoot(panel, 'compare', size);

    const setup = await openExtensionPage('options.html');
    await setLocale(setup, 'cy');
    await setup.setViewportSize(size);
    await setup.reload();
    await expect(setup.locator('h1')).toHaveText('Gosod CPD Lens');
    await expect(setup).toHaveTitle('Gosod CPD Lens');
    await shoot(setup, 'setup-cy', size);
  });
}

test('the 440 × 280 promotional tile: the icon, the name and the real badge', async ({ context, server }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.origin}/own/course.html`);
  const badge = pageBadge(page);
  await expect(badge).toBeVisible();
  const badgePng = (await badge.screenshot()).toString('base64');
  const icon = readFileSync(join(repoRoot, 'store/icon-128.png')).toString('base64');
  const tile = await context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  // the tile is our own markup around two images, not page text
  await tile.setContent(`<!doctype html><html lang="en-GB"><body style="margin:0;width:440px;height:280px;display:grid;place-items:center;background:#0b5d3b;color:#fff;font:600 16px system-ui,sans-serif">
    <div style="display:grid;gap:14px;justify-items:center;text-align:center">
      <div style="display:flex;gap:14px;align-items:center"><img alt="" width="64" height="64" src="data:image/png;base64,${icon}"><span style="font-size:34px">CPD Lens</span></div>
      <span style="max-width:360px;font-weight:400">Judge CPD courses against your school’s policy, on the provider’s page</span>
      <img alt="" style="max-width:380px;max-height:70px;background:#fff;border-radius:8px;padding:6px" src="data:image/png;base64,${badgePng}">
    </div></body></html>`);
  mkdirSync(storeDir, { recursive: true });
  const path = join(storeDir, 'promo-440x280.png');
  await tile.screenshot({ path });
  expect(pngSize(path)).toEqual({ width: 440, height: 280 });
});
