/**
 * The widgets on the host pages schools really have: strict and broken Content-Security-Policies, a
 * SharePoint-like page loading the bundle from a CDN, two copies of the bundle, configuration with
 * HTML in it, narrow and zoomed screens, forced colours and reduced motion (security checklist W-CSP-02,
 * W-CSP-03, W-CSP-04, W-ISO-01, W-XSS-01, W-CSS-01, A-VIS-01, A-TGT-01, A-STAT-01).
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Handler } from '../support/server.ts';
import { axeViolations, expectStatus, fillRequestForm, hostPage, intranetDir, schoolEndpoint, screenshot, sendRequest, watchConsole, widgetsDist, widgetSuite } from './widgets-helpers.ts';

const suite = widgetSuite();
const form = (page: Page) => page.locator('cpd-request-form');
const GREEN = 'rgb(0, 112, 60)';

/** The widgets bundle as a CDN serves it: with CORS, so another origin's page can load it as a module. */
const cdn: Handler = async (_req, res, url) => {
  if (!url.pathname.startsWith('/cdn/')) return false;
  const file = normalize(join(widgetsDist, url.pathname.slice('/cdn/'.length)));
  if (!file.startsWith(widgetsDist)) return false;
  const body = await readFile(file).catch(() => undefined);
  if (!body) return false;
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end(body);
  return true;
};

/** The intranet's configuration with `change` applied, served at `path`. */
function configAt(path: string, change: (config: Record<string, unknown>) => void): Handler {
  return async (_req, res, url) => {
    if (url.pathname !== path) return false;
    const config = JSON.parse(await readFile(join(intranetDir, 'config.json'), 'utf8')) as Record<string, unknown>;
    change(config);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(config));
    return true;
  };
}

/** A host page: `head` (scripts) and `body`, under `csp` when given. */
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Request CPD</title>${head}</head><body><main><h1>Request CPD</h1>${body}</main></body></html>`;
const bundle = '<script type="module" src="/widgets/cpd-widgets.js"></script>';
const probe = '<script src="/intranet/strict-probe.js"></script>';
const csp = (policy: string) => ({ 'content-security-policy': policy });
const violations = (p: Page) => p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('Content-Security-Policy (W-CSP-02, W-CSP-03, W-CSP-04)', () => {
  test('connect-src without the endpoint: the form says what blocks it and what to add, and keeps the request', async ({ page: p }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([
      endpoint.handler,
      // the endpoint is on another origin (localhost, not 127.0.0.1), which this page's connect-src does not list
      configAt('/host/remote.json', (c) => void (c.endpoint = `${server.origin.replace('127.0.0.1', 'localhost')}/api/cpd-requests`)),
      hostPage('/host/blocked.html', page(probe + bundle, '<cpd-request-form config-src="/host/remote.json"></cpd-request-form>'), csp("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html")),
    ]);
    const warnings: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await p.goto(`${server.origin}/host/blocked.html`);
    await fillRequestForm(p);
    await sendRequest(p);
    const origin = server.origin.replace('127.0.0.1', 'localhost');
    await expect(form(p).getByRole('alert')).toContainText(`security settings (its Content-Security-Policy) stop it sending to the school’s system, so your request is kept on this device. Tell your school’s IT team to add ${origin} to the page’s connect-src.`);
    await expectStatus(p, /^Waiting to send/);
    expect(warnings.join('\n')).toContain(`Add ${origin} to its connect-src directive`);
    await expect.poll(() => violations(p).then((v) => v.filter((x) => x.startsWith('connect-src')).length), { timeout: 10_000 }).toBeGreaterThan(1); // retried, blocked again
    expect(warnings.filter((w) => w.includes('connect-src directive'))).toHaveLength(1); // told once
    expect(endpoint.posts).toHaveLength(0);
    expect(await p.evaluate(() => localStorage.getItem('cpd-lens:cpd-lens:waiting'))).toMatch(/^\["/); // kept, waiting
    expect(await axeViolations(p)).toEqual([]);
    for (const width of [320, 1280]) await screenshot(p, 'request-form-csp-blocked', width);
  });

  test('trusted-types without lit-html: the widgets cannot start; the page’s fallback text shows and the violation names the directive', async ({ page: p }) => {
    const server = await suite.serve([
      hostPage('/host/tt.html', page(probe + bundle, '<cpd-request-form config-src="/intranet/config.json"><p>If the request form does not appear, email cpl@archway.example.sch.uk.</p></cpd-request-form>'), csp("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types other")),
    ]);
    await p.goto(`${server.origin}/host/tt.html`);
    await expect(p.getByText('If the request form does not appear, email')).toBeVisible();
    await expect.poll(() => violations(p)).toContainEqual(expect.stringMatching(/^trusted-types/));
  });

  test('no adoptedStyleSheets: with window.litNonce the <style> fallback is styled; without it the violation is reported', async ({ page: p, context }) => {
    await context.addInitScript(() => {
      // a browser without constructable stylesheets: Lit falls back to <style> elements in each shadow root
      delete (Document.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    });
    const nonce: Handler = (_req, res, url) => {
      if (url.pathname !== '/host/nonce.js') return false;
      res.writeHead(200, { 'content-type': 'text/javascript' }).end("window.litNonce = 'R4nd0m';");
      return true;
    };
    const body = '<cpd-request-form config-src="/intranet/config.json"></cpd-request-form>';
    const server = await suite.serve([
      nonce,
      hostPage('/host/nonce.html', page(probe + '<script src="/host/nonce.js"></script>' + bundle, body), csp("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-R4nd0m'; connect-src 'self'")),
      hostPage('/host/no-nonce.html', page(probe + bundle, body), csp("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'")),
    ]);
    await p.goto(`${server.origin}/host/nonce.html`);
    const cont = form(p).getByRole('button', { name: 'Continue' });
    await expect(cont).toBeVisible();
    expect(await form(p).evaluate((el) => el.shadowRoot!.querySelectorAll('style[nonce]').length)).toBeGreaterThan(0);
    expect(await cont.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(GREEN);
    expect(await violations(p)).toEqual([]);
    await p.goto(`${server.origin}/host/no-nonce.html`);
    await expect(form(p).getByRole('button', { name: 'Continue' })).toBeVisible(); // it still works, unstyled
    expect(await form(p).getByRole('button', { name: 'Continue' }).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(GREEN);
    await expect.poll(() => violations(p)).toContainEqual(expect.stringMatching(/^style-src-elem inline/));
  });

  test('a SharePoint-like page (csp=enforce: scripts only from itself and a trusted CDN, no inline script): works, no violations, no inline handlers', async ({ page: p }) => {
    const endpoint = schoolEndpoint();
    // The page as SharePoint Online serves it under ?csp=enforce: scripts from its own origin and a trusted
    // CDN (here localhost, another origin than 127.0.0.1), no 'unsafe-inline' or 'unsafe-eval' script.
    const sharepoint: Handler = (req, res, url) => {
      if (url.pathname !== '/host/sharepoint.html') return false;
      const cdnOrigin = `http://localhost:${req.socket.localPort}`;
      const policy = `default-src 'self'; script-src 'self' ${cdnOrigin}; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'self'`;
      const html = page(probe + `<script type="module" src="${cdnOrigin}/cdn/cpd-widgets.js"></script>`, '<div class="CanvasZone"><cpd-request-form config-src="/intranet/config.json"></cpd-request-form></div>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp(policy) }).end(html);
      return true;
    };
    const server = await suite.serve([endpoint.handler, cdn, sharepoint]);
    const problems = watchConsole(p);
    await p.goto(`${server.origin}/host/sharepoint.html?csp=enforce`);
    await fillRequestForm(p);
    await sendRequest(p);
    await expectStatus(p, 'Sent');
    expect(endpoint.stored.size).toBe(1);
    expect(await violations(p)).toEqual([]);
    expect(problems).toEqual([]);
    const handlers = await p.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`${el.tagName} ${a}`);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return found;
    });
    expect(handlers).toEqual([]);
  });
});

test.describe('isolation and configuration (W-ISO-01, W-XSS-01)', () => {
  test('two copies of the bundle and two forms on one page: no crash, one definition wins with a warning, both forms work', async ({ page: p }) => {
    const endpoint = schoolEndpoint();
    const server = await suite.serve([
      endpoint.handler,
      cdn,
      hostPage('/host/twice.html', page(bundle + '<script type="module" src="/cdn/cpd-widgets.js?v=older"></script>', '<cpd-request-form id="one" config-src="/intranet/config.json" draft-key="one"></cpd-request-form><cpd-request-form id="two" config-src="/intranet/config.json" draft-key="two"></cpd-request-form>')),
    ]);
    const warnings: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const problems = watchConsole(p);
    await p.goto(`${server.origin}/host/twice.html`);
    await expect(p.locator('#two').getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect.poll(() => warnings.join('\n')).toContain('is already defined by another copy of the widgets');
    await fillRequestForm(p, {}, '#one');
    await sendRequest(p, '#one');
    await expectStatus(p, 'Sent', '#one');
    await fillRequestForm(p, { courseTitle: 'Retrieval practice in maths' }, '#two');
    await sendRequest(p, '#two');
    await expectStatus(p, 'Sent', '#two');
    expect(endpoint.stored.size).toBe(2);
    expect(problems).toEqual([]);
  });

  test('HTML in the school’s configuration and in attributes is shown as text, never run', async ({ page: p }) => {
    const evil = '<img src=x onerror="window.__cpdXss=1">';
    const server = await suite.serve([
      configAt('/host/evil.json', (c) => {
        const plan = c.plan as { objectives: { title: string }[] };
        plan.objectives[0]!.title = `Phonics ${evil}`;
        c.school = `Archway ${evil}`;
        (c.approver as { name: string }).name = `Ms Patel ${evil}`;
      }),
      hostPage('/host/evil.html', page(bundle, `<cpd-request-form config-src="/host/evil.json"></cpd-request-form><cpd-impact-evaluation config-src="/host/evil.json" course-title='Phonics ${evil}' provider='Hub ${evil}' objective-ids="sdp-1"></cpd-impact-evaluation>`)),
    ]);
    await p.goto(`${server.origin}/host/evil.html`);
    await expect(form(p).locator('label[for="objective-sdp-1"]')).toContainText(`SDP1: Phonics ${evil}`);
    await expect(p.locator('cpd-impact-evaluation').locator('#ev-course')).toHaveValue(`Phonics ${evil}`);
    const images = await p.evaluate(() => [...document.querySelectorAll('cpd-request-form, cpd-impact-evaluation')].map((el) => el.shadowRoot!.querySelectorAll('img').length));
    expect(images).toEqual([0, 0]);
    expect(await p.evaluate(() => (window as unknown as { __cpdXss?: number }).__cpdXss)).toBeUndefined();
  });
});

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
        await p.waitForTimeout(300);
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
    await name.focus();
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
      hostPage('/host/themed.html', page('<style>cpd-request-form { --cpd-color-accent: rgb(29, 112, 184); --cpd-undocumented: red; color: red; font: 40px serif; }</style>' + bundle, '<cpd-request-form config-src="/intranet/config.json"></cpd-request-form>')),
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
