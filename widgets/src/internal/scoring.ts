import type { Message, OutboxItem } from '@cpd-lens/core';
import type { ReactiveElement } from 'lit';
import type { Locale } from './i18n.ts';

/** The scoring engine (judges, thesaurus, course profile, costs, verdict): about half of core, so it is its own chunk. */
export type Scoring = typeof import('./scoring-engine.ts');

let engine: Scoring | undefined;
let welshCore: Readonly<Record<string, string>> | undefined;
let sayWelsh: ((message: Message) => string | null) | undefined;
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
    (loaded) => void ((welshCore = loaded.CY), (sayWelsh = (message) => loaded.renderIn(message, loaded.CY))),
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

/**
 * Why a document was not delivered yet, in the widget's language (issue 25): core's message in Welsh (its
 * Welsh sentences loaded on demand: `undefined` until they are, so a Welsh widget never shows the English
 * first; call again once `whenSayable` resolves), else the English an older version stored.
 */
export function deliveryReason(item: OutboxItem, locale: Locale): string | undefined {
  if (locale !== 'cy' || !item.lastErrorMessage) return item.lastError ?? '';
  if (!welshCore) return undefined;
  return sayWelsh?.(item.lastErrorMessage) ?? item.lastError ?? '';
}

/** Resolves once `deliveryReason` can say a reason in `locale` (loads core's Welsh sentences, without the scoring engine). */
export function whenSayable(locale: Locale): Promise<void> {
  return locale === 'cy' ? loadCoreWelsh() : Promise.resolve();
}
