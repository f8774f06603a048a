/**
 * P-01: the network gate. Every browser the tests start sends whatever is not for loopback through a
 * local proxy that refuses it and records the address: CPD Lens (pages, widgets, extension background,
 * offscreen document) must send nothing off this machine. Chromium sends loopback traffic direct, so
 * the tests' own servers are untouched. The extension fixture gives each test its own gate and fails
 * that test; every other browser shares one gate for the run, checked when the run ends
 * (`global-setup.ts`).
 */
import { createServer, type Server } from 'node:http';

/**
 * Chromium's own services, which it calls whatever page or extension is loaded (account check,
 * component and extension updater, autofill, optimisation hints): the browser's traffic, not ours.
 * They are refused like everything else but not held against a test. CPD Lens cannot hide behind
 * them: its bundle names no such address (`extension/test/sinks.test.ts`), and the extension fixture
 * also fails a test on any request a page, frame or the service worker makes off loopback, whatever
 * the host (`offLoopback`).
 */
const BROWSER_OWN = /^(CONNECT |[A-Z]+ https?:\/\/)([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+|\/|$)/;

/** What the gate saw that was not the browser's own traffic. */
export function notBrowserOwn(seen: readonly string[]): string[] {
  return seen.filter((s) => !BROWSER_OWN.test(s));
}

/** True for an address a test's page, frame or worker may ask for: loopback, the extension's own, or data held in the browser. */
export function onThisMachine(url: string): boolean {
  return /^(https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/|chrome-extension:|chrome:|data:|blob:|about:)/.test(url);
}

export interface NetGate {
  /** The proxy address to give Chromium. */
  url: string;
  /** Every off-machine address asked for so far ("GET http://host/path" or "CONNECT host:443"). */
  seen: string[];
  close(): Promise<void>;
}

/** The environment variable that carries the run-wide gate's address to Playwright's workers. */
export const GATE_ENV = 'CPD_LENS_NET_GATE';

/** Starts a refusing, recording proxy on a free loopback port. */
export async function startNetGate(): Promise<NetGate> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    // the run-wide gate's own question from a worker: what has been seen (origin-form, not a proxied request)
    if (req.url === '/__seen') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(seen));
      return;
    }
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('CPD Lens tests: no network beyond loopback');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // a browser that drops a refused connection resets it: that is no error of the test
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Chromium flags that send every non-loopback request (and its DNS lookup) through the gate; WebRTC may not go around it. */
export function gateArgs(url: string | undefined): string[] {
  return url ? [`--proxy-server=${url}`, '--force-webrtc-ip-handling-policy=disable_non_proxied_udp'] : [];
}
