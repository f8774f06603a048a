/** The panels' shared shapes: panel-b's types.ts imports them from '../format/types.ts', as written by its author. */
export * from '../panel/types.ts';
