/**
 * P-01: the network gate itself works. Every browser of the run goes through it (so the suite
 * proves CPD Lens sends nothing off the machine), and it does catch an off-machine request.
 */
import { chromium, expect, test } from '@playwright/test';
import { baseChromiumArgs, chromiumPath, quietChromiumArgs } from '../support/browser.ts';
import { GATE_ENV, gateArgs, notBrowserOwn, onThisMachine, startNetGate } from '../support/net-gate.ts';
import { startServer } from '../support/server.ts';
import { fixturesDir } from '../support/paths.ts';

test('every browser of the run is sent through the run’s gate', () => {
  expect(process.env[GATE_ENV]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(quietChromiumArgs).toContain(`--proxy-server=${process.env[GATE_ENV]}`);
});

test('the gate records and refuses a request off the machine, and lets loopback through', async () => {
  const gate = await startNetGate();
  const server = await startServer({ '/own': `${fixturesDir}/extension` });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...baseChromiumArgs, ...gateArgs(gate.url)] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/own/course.html`);
    const outcomes = await page.evaluate(async () => {
      const tryFetch = (u: string) =>
        fetch(u, { mode: 'no-cors' }).then(
          (r) => `answered ${r.status}`,
          () => 'failed',
        );
      return [await tryFetch('http://cpd-lens-leak.example/collect?t=1'), await tryFetch('https://cpd-lens-leak.example/collect')];
    });
    expect(outcomes.every((o) => o === 'failed' || o === 'answered 0' || o === 'answered 403')).toBe(true);
    expect(gate.seen).toEqual(expect.arrayContaining(['GET http://cpd-lens-leak.example/collect?t=1', 'CONNECT cpd-lens-leak.example:443']));
    expect(gate.seen.filter((s) => s.includes('127.0.0.1'))).toEqual([]);
    expect(notBrowserOwn(gate.seen)).toEqual(expect.arrayContaining(['CONNECT cpd-lens-leak.example:443']));
  } finally {
    await browser.close();
    await gate.close();
    server.server.closeAllConnections();
    await server.close();
  }
});

test('only the browser’s own service hosts are set aside, and only loopback counts as this machine', () => {
  expect(notBrowserOwn(['CONNECT accounts.google.com:443', 'POST http://update.googleapis.com/service/update2/json', 'CONNECT google.com.evil.example:443', 'GET http://notgoogle.com/'])).toEqual(['CONNECT google.com.evil.example:443', 'GET http://notgoogle.com/']);
  for (const ok of ['http://127.0.0.1:5180/x', 'http://localhost:4000/', 'chrome-extension://abc/label.html', 'chrome://extensions/', 'data:text/plain,x']) expect(onThisMachine(ok), ok).toBe(true);
  for (const off of ['https://www.google.com/', 'http://127.0.0.1.evil.example/', 'http://10.0.0.1/', 'https://localhost.example/']) expect(onThisMachine(off), off).toBe(false);
});
