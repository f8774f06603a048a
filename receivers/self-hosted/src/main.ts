#!/usr/bin/env node
/**
 * `cpd-receiver`: the self-hosted receiver for schools with neither Microsoft 365 nor Google, and for
 * trusts collecting from many schools.
 *   cpd-receiver serve --config receiver.json [--db cpd.sqlite | --postgres URL] [--port 8787] [--host 127.0.0.1]
 *   cpd-receiver key            a new key, and the SHA-256 line for the config file
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newKey, readConfig, sha256 } from './config.ts';
import { openPostgres } from './postgres.ts';
import { startReceiver } from './server.ts';
import { openSqlite } from './sqlite.ts';
import type { DocumentStore } from './store.ts';

const USAGE = `Usage:
  cpd-receiver serve --config receiver.json [--db cpd.sqlite | --postgres postgres://…] [--port 8787] [--host 127.0.0.1]
  cpd-receiver key

serve   receives CPD requests and evaluations (POST /cpd-requests, /cpd-evaluations) and serves them to
        cpd report (GET, with a school or trust key). SQLite by default; PostgreSQL with --postgres or
        DATABASE_URL ("pglite:<folder>" runs PostgreSQL embedded, without a server).
key     prints a new random key (give it to the school's server) and its SHA-256 (put it in the config).`;

/** Paths on the command line are relative to where it was typed (`./dev` changes folder first and says where in CPD_CWD). */
const here = (path: string): string => resolve(process.env.CPD_CWD ?? process.cwd(), path);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || rest.includes('--help')) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'key') {
    const key = newKey();
    console.log(`key (give to the school's server; keep it secret): ${key}\nkeySha256 (put in receiver.json): ${sha256(key)}`);
    return 0;
  }
  if (command !== 'serve') {
    console.error(`cpd-receiver: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { config: { type: 'string' }, db: { type: 'string' }, postgres: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  if (!values.config) throw new Error('--config is needed: the file that lists the schools and their keys (see receivers/self-hosted/README.md)');
  let configText: string;
  try {
    configText = readFileSync(here(values.config), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${values.config}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
  }
  const config = readConfig(configText, values.config);
  const postgres = values.postgres ?? process.env.DATABASE_URL;
  const store: DocumentStore = postgres ? await openPostgres(postgres) : openSqlite(here(values.db ?? 'cpd-receiver.sqlite'));
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  const { server, origin } = await startReceiver(config, store, port, values.host ?? '127.0.0.1');
  console.log(`cpd-receiver: ${config.schools.length} school(s), ${postgres ? 'PostgreSQL' : 'SQLite'}, listening on ${origin}`);
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cpd-receiver: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
