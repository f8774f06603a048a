import type { ReactiveElement } from 'lit';

/** The scoring engine (judges, thesaurus, course profile, costs, verdict): about half of core, so it is its own chunk. */
export type Scoring = typeof import('./scoring-engine.ts');

let engine: Scoring | undefined;
let loading: Promise<Scoring> | undefined;
const waiting = new Set<ReactiveElement>();

/**
 * Loads the scoring engine once for every widget on the page. Kept out of the widgets' first
 * chunk (issue 14's size budget) so a form or list renders before its scores arrive.
 */
export function loadScoring(): Promise<Scoring> {
  loading ??= import('./scoring-engine.ts').then((loaded) => {
    engine = loaded;
    for (const host of waiting) host.requestUpdate();
    waiting.clear();
    return loaded;
  });
  return loading;
}

/** The scoring engine when loaded; otherwise starts loading it, re-renders `host` once it is there, and returns undefined. */
export function scoring(host: ReactiveElement): Scoring | undefined {
  if (engine) return engine;
  waiting.add(host);
  void loadScoring();
  return undefined;
}
