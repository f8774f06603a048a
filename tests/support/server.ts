import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
};

/** A route the test adds on top of the static folders: return true when it handled the request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface LocalServer {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves folders on 127.0.0.1 under URL prefixes (`{ '/providers': dir }`), plus custom handlers, on
 * a free port. Paths are confined to their folder. Pages may set headers through a sibling
 * `<file>.headers.json` (used for the strict-CSP host pages).
 */
export async function startServer(
  mounts: Record<string, string>,
  handlers: Handler[] = [],
  port = 0,
): Promise<LocalServer> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      for (const handle of handlers) if (await handle(req, res, url)) return;
      const prefix = Object.keys(mounts)
        .sort((a, b) => b.length - a.length)
        .find((p) => url.pathname === p || url.pathname.startsWith(p.endsWith('/') ? p : `${p}/`));
      if (prefix === undefined) return notFound(res);
      const base = mounts[prefix]!;
      let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || '/';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(base, rel));
      if (!file.startsWith(normalize(base + sep)) && file !== normalize(base)) return notFound(res);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return notFound(res);
      const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const extra = await readFile(`${file}.headers.json`, 'utf8').then((t) => JSON.parse(t) as Record<string, string>, () => ({}));
      res.writeHead(200, { ...headers, ...extra });
      res.end(await readFile(file));
    } catch {
      res.writeHead(500).end('server error');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}
