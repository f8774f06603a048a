/** Panel E's shapes: its author wrote the same file as panels C and D (format/types.ts's PageCase plus the facts those panels settle), so re-exported here. */
export * from '../panel-c/types.ts';
