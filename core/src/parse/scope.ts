/**
 * Memos that live for one extraction of one document. Several readers ask the same whole-page question
 * (a meta tag, the JSON-LD text, whether the page marks up a course) or read the same line (its date
 * tokens): each is answered once per extraction and forgotten when the extraction returns, so a live
 * page that changes between two extractions is read afresh, and a benchmark repeating one extraction
 * times it whole. Outside an extraction every question is simply computed.
 */
let scope: { doc: Document; memo: Map<string, unknown> } | undefined;

/** Runs `read` with the page memos of `doc` open, closing them afterwards (nested runs keep their own). */
export function withPageScope<T>(doc: Document, read: () => T): T {
  const outer = scope;
  scope = { doc, memo: new Map() };
  try {
    return read();
  } finally {
    scope = outer;
  }
}

/** The answer `make` gives for `doc`, computed once per extraction under `key`. */
export function pageMemo<T>(doc: Document, key: string, make: () => T): T {
  if (scope?.doc !== doc) return make();
  if (scope.memo.has(key)) return scope.memo.get(key) as T;
  const value = make();
  scope.memo.set(key, value);
  return value;
}

/** A map that lives for the current extraction, for answers keyed by text (a line's tokens); undefined outside one. */
export function scopeMap<V>(key: string): Map<string, V> | undefined {
  if (!scope) return undefined;
  let map = scope.memo.get(key) as Map<string, V> | undefined;
  if (!map) {
    map = new Map();
    scope.memo.set(key, map);
  }
  return map;
}
