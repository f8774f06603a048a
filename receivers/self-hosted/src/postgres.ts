/**
 * PostgreSQL for a trust: a real server through `pg` (a `postgres://` connection string), or PGlite, the
 * PostgreSQL engine packaged for Node, in a folder (`pglite:./data`) when no server is wanted.
 */
import { CREATE_TABLE, toDocument, type DocumentStore, type Row } from './store.ts';

/** What both `pg` and PGlite offer: a parameterised query. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null; affectedRows?: number }>;
  end?(): Promise<void>;
  close?(): Promise<void>;
}

/** A store over any PostgreSQL connection (the table is created if missing). */
export async function postgresStore(db: Queryable): Promise<DocumentStore> {
  await db.query(CREATE_TABLE);
  return {
    async put(doc) {
      const result = await db.query(
        'INSERT INTO cpd_documents (school, kind, id, received_at, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [doc.school, doc.kind, doc.id, doc.receivedAt, doc.body],
      );
      return (result.rowCount ?? result.affectedRows ?? 0) === 1 ? 'received' : 'duplicate';
    },
    async list(kind, school) {
      const result = school === undefined
        ? await db.query('SELECT * FROM cpd_documents WHERE kind = $1 ORDER BY received_at, school, id', [kind])
        : await db.query('SELECT * FROM cpd_documents WHERE kind = $1 AND school = $2 ORDER BY received_at, id', [kind, school]);
      return (result.rows as Row[]).map(toDocument);
    },
    async close() {
      await (db.end ?? db.close)?.call(db);
    },
  };
}

/** Opens PostgreSQL from a connection string: `postgres://…` (a server) or `pglite:<folder>` (embedded). */
export async function openPostgres(url: string): Promise<DocumentStore> {
  if (url.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const dir = url.slice('pglite:'.length);
    return postgresStore(new PGlite(dir || undefined));
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return postgresStore(pool);
}
