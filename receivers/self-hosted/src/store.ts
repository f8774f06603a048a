/** Where received documents live: one table, one row per school, kind and id, the document as sent. */

/** The two kinds of document the widgets send. */
export type DocumentKind = 'request' | 'evaluation';

export interface StoredDocument {
  school: string;
  kind: DocumentKind;
  id: string;
  receivedAt: string;
  /** The document exactly as received (JSON text), so what `cpd report` reads is what the widget sent. */
  body: string;
}

/** A row of `cpd_documents` as either database returns it. */
export interface Row {
  school: string;
  kind: DocumentKind;
  id: string;
  received_at: string;
  body: string;
}

/** A stored row as the receiver's document. */
export const toDocument = (row: Row): StoredDocument => ({ school: row.school, kind: row.kind, id: row.id, receivedAt: row.received_at, body: row.body });

/** A database behind the receiver: SQLite (`sqlite.ts`) or PostgreSQL (`postgres.ts`). */
export interface DocumentStore {
  /** Stores a document once per (school, kind, id): a repeat is a duplicate and changes nothing. */
  put(doc: StoredDocument): Promise<'received' | 'duplicate'>;
  /** Documents of one kind, oldest first; every school's when `school` is undefined (a trust). */
  list(kind: DocumentKind, school?: string): Promise<StoredDocument[]>;
  close(): Promise<void>;
}

/** The table both databases use (standard SQL; `body` is text, not JSON, to return it byte for byte). */
export const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS cpd_documents (
  school TEXT NOT NULL,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (school, kind, id)
)`;
