/** The demo school's exports that `cpd report` reads besides what its receiver stored (tests/demo/serve.ts). */
import type { Handler } from '../support/server.ts';

/** GET `path`: a fixed JSON document (the demo school's plan, for `cpd report --plan`). */
export function jsonExport(path: string, value: () => unknown): Handler {
  return (req, res, url) => {
    if (url.pathname !== path || req.method !== 'GET') return false;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value(), null, 2));
    return true;
  };
}
