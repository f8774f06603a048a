/** The default store: an SQLite file through Node's built-in `node:sqlite` (no server, nothing to install). */
import { DatabaseSync } from 'node:sqlite';
import { CREATE_TABLE, toDocument, type DocumentStore, type Row } from './store.ts';

/** Opens (or creates) the SQLite file at `path`; `:memory:` for a throwaway database. */
export function openSqlite(path: string): DocumentStore {
  const db = new DatabaseSync(path);
  // WAL keeps reads (cpd report) from blocking writes; a busy timeout rides out a concurrent backup.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;');
  db.exec(CREATE_TABLE);
  const insert = db.prepare('INSERT INTO cpd_documents (school, kind, id, received_at, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const bySchool = db.prepare('SELECT * FROM cpd_documents WHERE kind = ? AND school = ? ORDER BY received_at, id');
  const all = db.prepare('SELECT * FROM cpd_documents WHERE kind = ? ORDER BY received_at, school, id');
  return {
    async put(doc) {
      const result = insert.run(doc.school, doc.kind, doc.id, doc.receivedAt, doc.body);
      return Number(result.changes) === 1 ? 'received' : 'duplicate';
    },
    async list(kind, school) {
      const rows = (school === undefined ? all.all(kind) : bySchool.all(kind, school)) as unknown as Row[];
      return rows.map(toDocument);
    },
    async close() {
      db.close();
    },
  };
}
