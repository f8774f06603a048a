/**
 * The widgets on the host pages schools really have: strict and broken Content-Security-Policies, a
 * SharePoint-like page loading the bundle from a CDN, two copies of the bundle, and configuration with
 * HTML in it (security checklist W-CSP-02, W-CSP-03, W-CSP-04, W-ISO-01, W-XSS-01). Narrow screens,
 * zoom, forced colours and host CSS are in `widgets-visual.spec.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Handler } from '../support/server.ts';
import { axeViolations, continueTo, expectStatus, fillDate, fillRequestForm, hostHtml, hostPage, intranetDir, schoolEndpoint, screenshot, sendRequest, watchConsole, widgetsBundleTag, widgetsDist, widgetSuite } from './widgets-helpers.ts';

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

const page = hostHtml;
const bundle = widgetsBundleTag;
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
    await expect(form(p).getByRole('alert')).toContainText(`security settings (its Content-Security-Policy) stop it sending to the school’s system, so what you send is kept on this device. Tell your school’s IT team to add ${origin} to the page’s connect-src.`);
    // the status line says the same as the notice, not that the school's system is down
    await expectStatus(p, 'Not sent: this page’s security settings stop it sending to the school’s system. Your request is kept on this device.');
    // the panel does not promise it will go by itself: only IT can unblock it
    await expect(form(p).getByText('It will be sent once your school’s IT team lets this page reach the school’s system')).toBeVisible();
    await expect(form(p).getByText('will be sent automatically')).toHaveCount(0);
    expect(warnings.join('\n')).toContain(`Add ${origin} to its connect-src directive`);
    await expect.poll(() => violations(p).then((v) => v.filter((x) => x.startsWith('connect-src')).length), { timeout: 10_000 }).toBeGreaterThan(1); // retried, blocked again
    expect(warnings.filter((w) => w.includes('connect-src directive'))).toHaveLength(1); // told once
    expect(endpoint.posts).toHaveLength(0);
    expect(await p.evaluate(() => localStorage.getItem('cpd-lens:cpd-lens:waiting'))).toMatch(/^\["/); // kept, waiting
    expect(await axeViolations(p)).toEqual([]);
    for (const width of [320, 1280]) await screenshot(p, 'request-form-csp-blocked', width);
    await p.evaluate(() => (document.documentElement.lang = 'cy'));
    await expectStatus(p, 'Heb ei anfon: mae gosodiadau diogelwch y dudalen hon yn ei atal rhag anfon at system yr ysgol. Mae eich cais wedi’i gadw ar y ddyfais hon.');
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
      hostPage('/host/nonce.html', page(`${probe}<script src="/host/nonce.js"></script>${bundle}`, body), csp("default-src 'none'; script-src 'self'; style-src 'self' 'nonce-R4nd0m'; connect-src 'self'")),
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
      const html = page(`${probe}<script type="module" src="${cdnOrigin}/cdn/cpd-widgets.js"></script>`, '<div class="CanvasZone"><cpd-request-form config-src="/intranet/config.json"></cpd-request-form></div>');
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
      hostPage('/host/twice.html', page(`${bundle}<script type="module" src="/cdn/cpd-widgets.js?v=older"></script>`, '<cpd-request-form id="one" config-src="/intranet/config.json" draft-key="one"></cpd-request-form><cpd-request-form id="two" config-src="/intranet/config.json" draft-key="two"></cpd-request-form>')),
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
    await expect(form(p).locator('.title')).toContainText(`Archway ${evil}`);
    await expect(form(p)).toContainText(`Ms Patel ${evil}`);
    // the objectives are asked on the third step (issue 22)
    await form(p).getByLabel('Your name').fill('Sam Jones');
    await form(p).getByLabel('Course name').fill('Phonics');
    await continueTo(form(p), 2, 'Dates and cost');
    await fillDate(form(p).getByRole('group', { name: 'First day' }), '2027-01-14');
    await form(p).getByLabel('Course fee in pounds').fill('0');
    await continueTo(form(p), 3, 'Why you want it');
    await expect(form(p).locator('label[for="objective-sdp-1"]')).toContainText(`SDP1: Phonics ${evil}`);
    await expect(p.locator('cpd-impact-evaluation').locator('#ev-course')).toHaveValue(`Phonics ${evil}`);
    const images = await p.evaluate(() => [...document.querySelectorAll('cpd-request-form, cpd-impact-evaluation')].map((el) => el.shadowRoot!.querySelectorAll('img').length));
    expect(images).toEqual([0, 0]);
    expect(await p.evaluate(() => (window as unknown as { __cpdXss?: number }).__cpdXss)).toBeUndefined();
  });
});
