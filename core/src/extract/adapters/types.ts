import type { Draft } from '../types.ts';

/** One course an adapter read from a card, row or list item, with that block's own text for features. */
export interface AdapterCourse {
  draft: Draft;
  text: string;
}

/** A site adapter: recognises one provider's catalogue or booking layout that carries no structured data. */
export interface Adapter {
  name: string;
  /** A CSS selector present on every page the adapter reads, so detection can test all adapters in one query. */
  marker: string;
  /** Cheap check run on every page with some adapter's marker: does this layout apply? Never true without `marker`. */
  test(url: string, doc: Document): boolean;
  extract(doc: Document, url: string): AdapterCourse[];
}
