/**
 * The demo school's receivers: a stand-in for the workflow webhook that takes CPD requests and
 * impact evaluations, and the exports `cpd report` reads. Answers follow the delivery contract of
 * the embedding guide: 2xx with JSON echoing the document's id, once per id (a retry is answered
 * 200 with the same id and stored once); a document that does not fit its schema is refused with
 * a 422 and the problems.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { check, type z } from '../../core/src/index.ts';
import type { Handler } from '../support/server.ts';

const MAX_BODY = 1_000_000;

const json = (res: ServerResponse, status: number, value: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value, null, 2));

async function readBody(req: IncomingMessage): Promise<string | null> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) return null;
  }
  return body;
}

export interface Receiver<T> {
  handler: Handler;
  /** What arrived, once per id, in arrival order. */
  received: Map<string, T>;
}

/**
 * POST `path`: checks the body against `schema` and keeps it once per id; GET `path`: every
 * document received, as a JSON array (what `cpd report --evaluations` and `--requests` read).
 */
export function documentReceiver<S extends z.ZodMiniType<{ id: string }>>(path: string, schema: S, describe: (value: z.infer<S>) => string): Receiver<z.infer<S>> {
  const received = new Map<string, z.infer<S>>();
  const handler: Handler = async (req, res, url) => {
    if (url.pathname !== path) return false;
    if (req.method === 'GET') {
      json(res, 200, [...received.values()]);
      return true;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return true;
    }
    const body = await readBody(req);
    if (body === null) {
      json(res, 413, { error: 'too large' });
      return true;
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      json(res, 400, { error: 'not JSON' });
      return true;
    }
    const result = check(schema, value);
    if (!result.ok) {
      json(res, 422, { error: 'does not fit the schema', problems: result.problems });
      return true;
    }
    const id = result.value.id;
    const fresh = !received.has(id);
    if (fresh) {
      received.set(id, result.value);
      console.log(`received: ${describe(result.value)}`);
    }
    json(res, fresh ? 201 : 200, { id });
    return true;
  };
  return { handler, received };
}

/** GET `path`: a fixed JSON document (the demo school's plan, for `cpd report --plan`). */
export function jsonExport(path: string, value: () => unknown): Handler {
  return (req, res, url) => {
    if (url.pathname !== path || req.method !== 'GET') return false;
    json(res, 200, value());
    return true;
  };
}
