/** Panel D's shapes: its author wrote the same file as panel C's (format/types.ts's PageCase plus the facts both panels settle), so re-exported here. */
export * from '../panel-c/types.ts';
