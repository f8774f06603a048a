import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { isInternalAddress, isLocalName, publicOnlyLookup } from './internal-address.ts';

/** What `cpd score URL` may spend on one page. */
export interface FetchLimits {
  /** Bytes allowed, counted both as they arrive (compressed) and once decompressed. */
  maxBytes: number;
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
}

/** A fetched page: status, content type and the body as text (UTF-8, byte-order mark dropped). */
export interface Fetched {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

/** A fetch that failed in a way the user should read as one sentence. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
}

const MAX_REDIRECTS = 5;
/** Bytes as megabytes for messages ("3.4 MB"). */
export const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function decoderFor(encoding: string): Transform | null | undefined {
  const e = encoding.trim().toLowerCase();
  if (!e || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return undefined;
}

/**
 * GETs a page with Node's own http(s) rather than `fetch`, because `fetch` decompresses out of sight:
 * here the compressed bytes are counted as they arrive and the decompressed bytes as they are produced,
 * so neither a huge page nor a gzip bomb (a few KB that inflate to GBs) is ever held in memory, and one
 * timer bounds the whole exchange, a server that trickles bytes included.
 */
export function boundedGet(url: string, limits: FetchLimits, headers: Record<string, string> = {}): Promise<Fetched> {
  const controller = new AbortController();
  return new Promise<Fetched>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, value?: Fetched) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      controller.abort();
      if (error) reject(error);
      else resolve(value!);
    };
    const timer = setTimeout(() => finish(new FetchFailure(`took longer than ${limits.timeoutMs / 1000} s, so it was abandoned`)), limits.timeoutMs);

    const first = new URL(url).origin;
    let typed: URL | null = null;
    const follow = (target: URL, redirects: number) => {
      // credentials (a receiver's key) go only to the address given, never on to where it redirects
      const extra = target.origin === first ? headers : {};
      if (target.protocol !== 'http:' && target.protocol !== 'https:') return finish(new FetchFailure(`redirected to a ${target.protocol} address, which is not followed`));
      typed ??= target;
      const guard = redirects > 0 && !mayStayInside(typed, target);
      if (guard && (isInternalAddress(target.hostname) || isLocalName(target.hostname))) return finish(insideFailure(target));
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(target, { method: 'GET', signal: controller.signal, ...(guard ? { lookup: publicOnlyLookup } : {}), headers: { accept: 'text/html,application/json;q=0.9', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'cpd-lens', ...extra } }, (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location) {
          res.resume();
          if (redirects >= MAX_REDIRECTS) return finish(new FetchFailure(`redirected more than ${MAX_REDIRECTS} times`));
          return follow(new URL(location, target), redirects + 1);
        }
        readBody(res, limits, (error, text) => finish(error, { status, statusText: res.statusMessage ?? '', contentType: String(res.headers['content-type'] ?? ''), text: text ?? '' }));
      });
      req.on('error', (error) => finish(settled ? error : (error as NodeJS.ErrnoException).code === 'CPD_INTERNAL' ? insideFailure(target) : new FetchFailure(`could not be reached (${error.message})`)));
      req.end();
    };
    try {
      follow(new URL(url), 0);
    } catch (error) {
      finish(new FetchFailure(`is not a web address (${error instanceof Error ? error.message : String(error)})`));
    }
  });
}

/**
 * Issue 20: the address typed on the command line is the user's choice, a page on their own computer or
 * intranet included (the CLI's tests read one on 127.0.0.1). A redirect is not: it may lead only to the
 * internet, or stay on the very origin the user typed. Anything else inside the computer or the network
 * (loopback, private, link-local, `localhost`, or a name resolving there) is refused, never connected to.
 */
function mayStayInside(typed: URL, target: URL): boolean {
  return target.origin === typed.origin && (isInternalAddress(typed.hostname) || isLocalName(typed.hostname));
}

const insideFailure = (target: URL) => new FetchFailure(`redirected to ${target.host}, an address inside this computer or network, which is not followed`);

function readBody(res: IncomingMessage, limits: FetchLimits, done: (error: Error | null, text?: string) => void): void {
  const declared = Number(res.headers['content-length']);
  if (declared > limits.maxBytes) {
    res.destroy();
    return done(new FetchFailure(`is ${mb(declared)}, more than the ${mb(limits.maxBytes)} a page may be`));
  }
  const decoder = decoderFor(String(res.headers['content-encoding'] ?? ''));
  if (decoder === undefined) {
    res.destroy();
    return done(new FetchFailure(`uses a compression (${String(res.headers['content-encoding'])}) that is not supported`));
  }
  const chunks: Buffer[] = [];
  let raw = 0;
  let decoded = 0;
  let failed = false;
  const fail = (error: Error) => {
    if (failed) return;
    failed = true;
    res.destroy();
    decoder?.destroy();
    done(error);
  };
  const take = (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > limits.maxBytes) return fail(new FetchFailure(`is more than ${mb(limits.maxBytes)} once decompressed, so it was not read`));
    chunks.push(chunk);
  };
  const end = () => {
    if (!failed) done(null, new TextDecoder('utf-8').decode(Buffer.concat(chunks)));
  };
  res.on('data', (chunk: Buffer) => {
    raw += chunk.length;
    if (raw > limits.maxBytes) return fail(new FetchFailure(`sent more than ${mb(limits.maxBytes)}, so it was not read`));
    if (decoder) decoder.write(chunk);
    else take(chunk);
  });
  res.on('error', (error) => fail(new FetchFailure(`stopped sending (${error.message})`)));
  res.on('aborted', () => fail(new FetchFailure('stopped sending before the page was complete')));
  if (decoder) {
    decoder.on('data', take);
    decoder.on('error', () => fail(new FetchFailure('sent compressed data that is broken')));
    decoder.on('end', end);
    res.on('end', () => decoder.end());
  } else {
    res.on('end', end);
  }
}
