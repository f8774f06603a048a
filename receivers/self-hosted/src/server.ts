/**
 * The receiver over HTTP: POST stores a document once per id, GET lists them for `cpd report`.
 * Writes are authenticated by a school's key (sent by the school's server, never by the browser) or by the
 * intranet's own origin when the receiver sits behind the intranet's sign-on; reads always need a key.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_MAX_BYTES, keyMatches, type ReceiverConfig, type School } from './config.ts';
import { checkDocument, confirmed, refused, type Answer } from './contract.ts';
import type { DocumentKind, DocumentStore } from './store.ts';

/** Paths the widgets post to and `cpd report` reads (configurable in the widget's configuration file). */
export const ROUTES: Record<string, DocumentKind> = { '/cpd-requests': 'request', '/cpd-evaluations': 'evaluation' };

const send = (res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void => {
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(answer.body));
};

const bearer = (req: IncomingMessage): string | undefined => /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];

/** Who is writing: the school whose key was sent, or whose intranet origin the browser named. */
function writer(req: IncomingMessage, config: ReceiverConfig): School | 'no-credentials' | 'bad-key' | 'unknown-origin' {
  const key = bearer(req);
  if (key) return config.schools.find((s) => keyMatches(key, s.keySha256)) ?? 'bad-key';
  const origin = String(req.headers.origin ?? '').toLowerCase();
  if (!origin) return 'no-credentials';
  return config.schools.find((s) => s.origins?.some((o) => o.toLowerCase() === origin)) ?? 'unknown-origin';
}

/** CORS headers for a listed intranet origin (exact origin, never `*`). */
function corsFor(req: IncomingMessage, config: ReceiverConfig): Record<string, string> {
  const origin = String(req.headers.origin ?? '');
  const listed = origin && config.schools.some((s) => s.origins?.some((o) => o.toLowerCase() === origin.toLowerCase()));
  return listed ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}

/** Reads a body up to `max` bytes; undefined when it is larger (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > max) return resolve(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        return resolve(undefined);
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

async function receive(req: IncomingMessage, res: ServerResponse, kind: DocumentKind, config: ReceiverConfig, store: DocumentStore): Promise<void> {
  const cors = corsFor(req, config);
  const who = writer(req, config);
  if (who === 'no-credentials') return send(res, { status: 401, body: { status: 'refused', message: 'Sign in to the intranet again, then try again.' } }, cors);
  if (who === 'bad-key') return send(res, refused(403, 'This key is not one of this receiver’s schools.'), cors);
  if (who === 'unknown-origin') return send(res, refused(403, 'This page’s address is not one of this receiver’s intranets.'), cors);
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain') return send(res, refused(415, 'Send the document as application/json (or text/plain).'), cors);
  const max = config.maxBytes ?? DEFAULT_MAX_BYTES;
  const body = await readBody(req, max);
  if (body === undefined) return send(res, refused(413, `The document is larger than the ${Math.round(max / 1024)} KB this receiver takes.`), { ...cors, connection: 'close' });
  const checked = checkDocument(kind, body);
  if (!checked.ok) return send(res, checked.answer, cors);
  const outcome = await store.put({ school: who.id, kind, id: checked.id, receivedAt: new Date().toISOString(), body: checked.text });
  send(res, confirmed(checked.id, outcome), cors);
}

async function list(req: IncomingMessage, res: ServerResponse, url: URL, kind: DocumentKind, config: ReceiverConfig, store: DocumentStore): Promise<void> {
  const key = bearer(req);
  if (!key) return send(res, { status: 401, body: { status: 'refused', message: 'Reading needs a school or trust key (Authorization: Bearer …).' } });
  const asked = url.searchParams.get('school') ?? undefined;
  let school: string | undefined;
  if (keyMatches(key, config.trustKeySha256)) school = asked;
  else {
    const own = config.schools.find((s) => keyMatches(key, s.keySha256));
    if (!own) return send(res, refused(403, 'This key is not one of this receiver’s schools.'));
    if (asked && asked !== own.id) return send(res, refused(403, 'A school key reads only its own school.'));
    school = own.id;
  }
  const docs = await store.list(kind, school);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`[${docs.map((d) => d.body).join(',\n')}]`);
}

/** The request handler: routes, CORS preflight, and one JSON answer for anything that fails. */
export function receiverHandler(config: ReceiverConfig, store: DocumentStore) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://receiver.invalid');
      if (url.pathname === '/health') return send(res, { status: 200, body: { status: 'ok' } });
      const kind = ROUTES[url.pathname];
      if (!kind) return send(res, refused(404, 'No such address on this receiver.'));
      if (req.method === 'OPTIONS') {
        const cors = corsFor(req, config);
        if (!cors['access-control-allow-origin']) return void res.writeHead(403).end();
        return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'Content-Type, Idempotency-Key, CPD-Lens-Schema', 'access-control-max-age': '600' }).end();
      }
      if (req.method === 'POST') return await receive(req, res, kind, config, store);
      if (req.method === 'GET') return await list(req, res, url, kind, config, store);
      send(res, refused(405, 'Use POST to send and GET to read.'), { allow: 'GET, POST, OPTIONS' });
    } catch (error) {
      if (!res.headersSent) send(res, { status: 503, body: { status: 'error', message: 'The receiver could not store this; it will be sent again.' } });
      console.error(`cpd-receiver: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Starts the receiver on `host:port` (port 0 picks a free one). */
export function startReceiver(config: ReceiverConfig, store: DocumentStore, port: number, host = '127.0.0.1'): Promise<{ server: Server; origin: string }> {
  const server = createServer(receiverHandler(config, store));
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}` });
    });
  });
}
