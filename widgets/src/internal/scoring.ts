import type { ReactiveElement } from 'lit';
import type { Locale } from './i18n.ts';

/** The scoring engine (judges, thesaurus, course profile, costs, verdict): about half of core, so it is its own chunk. */
export type Scoring = typeof import('./scoring-engine.ts');

let engine: Scoring | undefined;
let welshCore: Readonly<Record<string, string>> | undefined;
let welshLoading: Promise<void> | undefined;
let loading: Promise<Scoring> | undefined;
const waiting = new Set<ReactiveElement>();

/**
 * Loads the scoring engine once for every widget on the page. Kept out of the widgets' first
 * chunk (issue 14's size budget) so a form or list renders before its scores arrive.
 */
export function loadScoring(): Promise<Scoring> {
  loading ??= import('./scoring-engine.ts').then((loaded) => {
    engine = loaded;
    wake();
    return loaded;
  });
  return loading;
}

function wake(): void {
  for (const host of waiting) host.requestUpdate();
  waiting.clear();
}

/** Core's sentences in Welsh once loaded (an empty table if the chunk could not load: the English text is shown). */
export const coreWelsh = (): Readonly<Record<string, string>> => welshCore ?? {};

function loadCoreWelsh(): Promise<void> {
  welshLoading ??= import('./core-cy.ts').then(
    (loaded) => void (welshCore = loaded.CY),
    () => void (welshCore = {}),
  ).then(wake);
  return welshLoading;
}

/**
 * The scoring engine when loaded (with core's Welsh sentences for a Welsh widget); otherwise starts
 * loading them, re-renders `host` once they are there, and returns undefined.
 */
export function scoring(host: ReactiveElement & { readonly locale: Locale }): Scoring | undefined {
  const welsh = host.locale === 'cy';
  if (engine && (!welsh || welshCore)) return engine;
  waiting.add(host);
  void loadScoring();
  if (welsh) void loadCoreWelsh();
  return undefined;
}
