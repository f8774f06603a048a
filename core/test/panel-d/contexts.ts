/** The panel's school contexts: the same five as core/test/panel (its author was given that file; copied unchanged, so re-exported here). */
export * from '../panel/contexts.ts';
