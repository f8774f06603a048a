/**
 * The widgets on narrow and zoomed screens, in forced colours, with text spacing and under hostile host
 * CSS; target sizes and polite statuses (security checklist A-VIS-01, A-TGT-01, A-STAT-01, W-CSS-01).
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, fillRequestForm, hostHtml, hostPage, schoolEndpoint, sendRequest, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const form = (page: Page) => page.locator('cpd-request-form');
const page = hostHtml;
const bundle = widgetsBundleTag;

/** Controls in every widget's shadow root, with their boxes (inline links in sentences flagged). */
function controls(p: Page) {
  return p.evaluate(() => {
    const out: { what: string; left: number; right: number; width: number; height: number; inline: boolean }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches('button, input, select, textarea, a[href], summary')) continue;
        const box = el.getBoundingClientRect();
        if (!box.width && !box.height) continue; // not shown
        const inline = el.matches('a') && getComputedStyle(el).display === 'inline';
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? el.id ?? '').trim().slice(0, 40);
        out.push({ what: `${el.tagName.toLowerCase()} ${(el as HTMLInputElement).type ?? ''} "${text}"`, left: box.left, right: box.right, width: box.width, height: box.height, inline });
      }
    };
    visit(document);
    return out;
  });
}

test.describe('narrow, zoomed, forced colours (A-VIS-01, A-TGT-01, A-STAT-01, W-CSS-01)', () => {
  for (const view of [{ name: '320 px wide', width: 320, scale: 1 }, { name: '400 % zoom of 1280 px (320 CSS px at 4×)', width: 320, scale: 4 }]) {
    test(`${view.name}: no horizontal scroll, no control cut off, on every widget`, async ({ browser }) => {
      const server = await suite.serve([schoolEndpoint().handler]);
      const context = await browser.newContext({ viewport: { width: view.width, height: 800 }, deviceScaleFactor: view.scale, locale: 'en-GB' });
      const p = await context.newPage();
      for (const path of ['/intranet/demo.html', '/intranet/evaluate.html', '/intranet/policy-editor.html']) {
        await p.goto(`${server.origin}${path}`);
        await p.waitForLoadState('networkidle');
        await p.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        });
        expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(view.width);
        const cut = (await controls(p)).filter((c) => c.left < -0.5 || c.right > view.width + 0.5);
        expect(cut, path).toEqual([]);
      }
      await context.close();
    });
  }

  test('WCAG 1.4.12 text spacing in every widget at 320 px: nothing clipped, no horizontal scroll', async ({ browser }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'en-GB' });
    const p = await context.newPage();
    for (const path of ['/intranet/demo.html', '/intranet/evaluate.html']) {
      await p.goto(`${server.origin}${path}`);
      await p.waitForLoadState('networkidle');
      const clipped = await p.evaluate(() => {
        // the text-spacing bookmarklet's values, applied inside each shadow root (a page style cannot reach them)
        const spacing = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
        const out: string[] = [];
        const roots: ShadowRoot[] = [];
        const collect = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) (roots.push(el.shadowRoot), collect(el.shadowRoot));
        };
        collect(document);
        for (const root of roots) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(spacing);
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        for (const root of roots) {
          for (const el of root.querySelectorAll<HTMLElement>('*')) {
            const s = getComputedStyle(el);
            const hides = (o: string) => o === 'hidden' || o === 'clip';
            // visually hidden text is clipped on purpose; a text field scrolls its own value
            if (el.closest('.visually-hidden') || el.matches('input, textarea, select') || (s.position === 'absolute' && el.getBoundingClientRect().width <= 1)) continue;
            if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(`${el.tagName.toLowerCase()}.${el.className}`);
          }
        }
        return out;
      });
      expect(clipped, path).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  test('forced colours: focus stays visible, bands are words; reduced motion: nothing animates', async ({ page: p }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    await p.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await p.goto(`${server.origin}/intranet/demo.html`);
    const name = form(p).getByLabel('Your name');
    await expect(name).toBeEnabled(); // not while the form is still loading its draft
    await name.focus();
    await expect(name).toBeFocused();
    const outline = await name.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    const border = await name.evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).not.toBe('none');
    await expect(p.locator('cpd-score [part="score-band"]').first()).toHaveText(/\w+/);
    const animations = await p.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? el.shadowRoot.getAnimations() : [])).length);
    expect(animations).toBe(0);
  });

  test('every interactive target is at least 24 × 24 CSS px (links inside sentences excepted)', async ({ page: p }) => {
    const server = await suite.serve([schoolEndpoint().handler]);
    for (const width of [320, 1280]) {
      await p.setViewportSize({ width, height: 900 });
      for (const path of ['/intranet/demo.html', '/intranet/evaluate.html']) {
        await p.goto(`${server.origin}${path}`);
        await p.waitForLoadState('networkidle');
        const small = (await controls(p)).filter((c) => !c.inline && (c.width < 24 || c.height < 24));
        expect(small, `${path} at ${width}`).toEqual([]);
      }
    }
  });

  test('statuses are announced politely without moving focus: saved, waiting, sent', async ({ page: p, context }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([endpoint.handler]);
    await p.goto(`${server.origin}/intranet/plain.html`);
    const status = form(p).getByRole('status').first();
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const course = form(p).getByLabel('Course name');
    await course.fill('Phonics');
    await expect(status).toHaveText('Saved as draft');
    await expect(course).toBeFocused();
    await fillRequestForm(p);
    await context.setOffline(true);
    await sendRequest(p);
    await expect(status).toHaveText(/^Waiting to send/);
    expect(await axeViolations(p)).toEqual([]); // A-AX-01: the queued, offline state
    const focused = await form(p).evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('role') ?? el.shadowRoot!.activeElement?.tagName);
    expect(focused).not.toBe('status');
    await context.setOffline(false);
    await expect(status).toHaveText('Sent', { timeout: 15_000 });
    expect(await form(p).evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('role') ?? '')).not.toBe('status');
  });

  test('hostile intranet CSS (8 px root, 40 px serif everything, inputs hidden) leaves the form’s layout as on a plain page; only documented properties style it', async ({ page: p }) => {
    const server = await suite.serve([
      schoolEndpoint().handler,
      hostPage('/host/themed.html', page(`<style>cpd-request-form { --cpd-color-accent: rgb(29, 112, 184); --cpd-undocumented: red; color: red; font: 40px serif; }</style>${bundle}`, '<cpd-request-form config-src="/intranet/config.json"></cpd-request-form>')),
    ]);
    const measure = async (path: string) => {
      await p.goto(`${server.origin}${path}`);
      const cont = form(p).getByRole('button', { name: 'Continue' });
      await expect(cont).toBeVisible();
      return form(p).evaluate((el) => {
        const root = el.shadowRoot!;
        const pick = (sel: string) => {
          const e = root.querySelector(sel)!;
          const s = getComputedStyle(e);
          const b = e.getBoundingClientRect();
          return { w: Math.round(b.width), h: Math.round(b.height), font: s.fontSize, family: s.fontFamily, color: s.color, bg: s.backgroundColor };
        };
        const cont = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continue')!;
        cont.setAttribute('data-measure', '');
        return { input: pick('input[type="text"], input:not([type])'), button: pick('button[data-measure]'), label: pick('label') };
      });
    };
    await p.setViewportSize({ width: 1280, height: 900 });
    const plain = await measure('/intranet/plain.html');
    const hostile = await measure('/intranet/hostile.html');
    const themed = await measure('/host/themed.html');
    for (const part of ['input', 'button', 'label'] as const) {
      expect(hostile[part].font, part).toBe(plain[part].font);
      expect(hostile[part].family, part).toBe(plain[part].family);
      expect(Math.abs(hostile[part].h - plain[part].h), part).toBeLessThanOrEqual(2);
      expect(themed[part].font, part).toBe(plain[part].font);
    }
    expect(themed.label.color).toBe(plain.label.color); // inherited `color` and `font` from the host do not reach in
    expect(themed.button.bg).not.toBe(plain.button.bg); // the documented --cpd-color-accent does
    expect(themed.button.bg).toBe('rgb(29, 112, 184)');
  });
});
