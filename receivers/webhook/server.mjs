// A plain webhook receiver for the CPD Lens widgets, for systems that are neither Microsoft 365 nor Google:
// Node 18+ and nothing else (no packages). It keeps each request and evaluation once per id, one JSON line
// each, in a file your MIS or a nightly job can import, and answers the CPD Lens delivery contract
// (widgets/README.md, "The endpoint contract"). Both deliveries work: application/json with headers, and
// "delivery": "text-plain" (no CORS preflight). For a database, keys per school and `cpd report`, use
// receivers/self-hosted instead.
//
//   CPD_ALLOWED_ORIGIN=https://intranet.example.sch.uk CPD_FILE=/var/lib/cpd/documents.jsonl PORT=8080 node server.mjs
//
// Put it behind your HTTPS proxy (the widgets only post to https:// addresses) at the address you give as
// "endpoint".
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const origin = process.env.CPD_ALLOWED_ORIGIN ?? '';
const file = process.env.CPD_FILE ?? 'cpd-documents.jsonl';
const MAX_BYTES = 64_000;
const ID = /^[A-Za-z0-9][\w.:-]{0,119}$/;

const seen = new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).id) : []);

function answer(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, CPD-Lens-Schema', Vary: 'Origin' });
    return res.end();
  }
  if (req.method !== 'POST') return answer(res, 405, { status: 'refused', message: 'only POST is accepted' });
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= MAX_BYTES) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > MAX_BYTES) return answer(res, 413, { status: 'refused', message: 'the document is too large' });
    let doc;
    try {
      doc = JSON.parse(Buffer.concat(chunks).toString('utf8')); // the same JSON as application/json or text/plain
    } catch {
      return answer(res, 400, { status: 'refused', message: 'the body is not a JSON document' });
    }
    if (doc?.schemaVersion !== 1) return answer(res, 400, { status: 'refused', message: 'schemaVersion must be 1' });
    if (typeof doc.id !== 'string' || !ID.test(doc.id)) return answer(res, 400, { status: 'refused', message: 'the document has no valid id' });
    if (!doc.requester && !doc.levels) return answer(res, 422, { status: 'refused', message: 'neither a CPD request nor an impact evaluation' });
    if (seen.has(doc.id)) return answer(res, 200, { id: doc.id, status: 'duplicate' });
    try {
      appendFileSync(file, `${JSON.stringify({ id: doc.id, receivedAt: new Date().toISOString(), document: doc })}\n`);
    } catch {
      return answer(res, 503, { message: 'the document could not be stored; the widget will try again' });
    }
    seen.add(doc.id);
    answer(res, 201, { id: doc.id, status: 'received' });
  });
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`CPD Lens webhook listening on http://${process.env.HOST ?? '127.0.0.1'}:${server.address().port}`);
});
