import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type Handler, type LocalServer } from '../support/server.ts';
import { expectStatus, fillRequestForm, hostHtml, hostPage, intranetDir, sendRequest, widgetsBundleTag, widgetSuite } from './widgets-helpers.ts';

/**
 * `"delivery": "text-plain"` in the school's configuration, against a receiver on another origin that
 * cannot answer a CORS preflight (as Power Automate's HTTP trigger cannot): the request form sends a
 * simple POST (text/plain, no custom header, the id in the body) and it is delivered; with the default
 * JSON delivery the browser stops at the preflight and nothing arrives.
 */
const suite = widgetSuite();

interface Seen { method: string; contentType: string; headers: string[]; id?: string }

/** A receiver that answers POSTs by the contract but refuses OPTIONS, on its own origin. */
async function noPreflightReceiver(intranet: () => string): Promise<{ server: LocalServer; seen: Seen[] }> {
  const seen: Seen[] = [];
  const handle: Handler = async (req, res) => {
    const entry: Seen = { method: req.method ?? '', contentType: String(req.headers['content-type'] ?? ''), headers: Object.keys(req.headers) };
    seen.push(entry);
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return true;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
    entry.id = doc.id;
    res.writeHead(201, { 'content-type': 'application/json', 'access-control-allow-origin': intranet() }).end(JSON.stringify({ id: doc.id, status: 'received' }));
    return true;
  };
  return { server: await startServer({}, [handle]), seen };
}

const baseConfig = JSON.parse(readFileSync(join(intranetDir, 'config.json'), 'utf8')) as Record<string, unknown>;

for (const delivery of ['text-plain', 'json'] as const) {
  test(`delivery "${delivery}" to a receiver that cannot answer a preflight`, async ({ page }) => {
    let intranet = '';
    const receiver = await noPreflightReceiver(() => intranet);
    const config: Handler = (_req, res, url) => {
      if (url.pathname !== '/host/config.json') return false;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...baseConfig, endpoint: `${receiver.server.origin}/invoke`, delivery }));
      return true;
    };
    const server = await suite.serve([config, hostPage('/host/form.html', hostHtml(widgetsBundleTag, '<cpd-request-form config-src="/host/config.json"></cpd-request-form>'))]);
    intranet = server.origin;
    try {
      await page.goto(`${server.origin}/host/form.html`);
      await fillRequestForm(page);
      await sendRequest(page);
      if (delivery === 'text-plain') {
        await expectStatus(page, 'Sent');
        expect(receiver.seen.map((s) => s.method)).toEqual(['POST']);
        expect(receiver.seen[0]!.contentType).toBe('text/plain;charset=utf-8');
        expect(receiver.seen[0]!.headers).not.toContain('idempotency-key');
        expect(receiver.seen[0]!.id).toMatch(/^[A-Za-z0-9]/);
      } else {
        await expect.poll(() => receiver.seen.map((s) => s.method)).toContain('OPTIONS');
        await expectStatus(page, /^Waiting to send/);
        expect(receiver.seen.filter((s) => s.method === 'POST')).toEqual([]);
      }
    } finally {
      receiver.server.server.closeAllConnections();
      await receiver.server.close();
    }
  });
}
