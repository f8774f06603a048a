/**
 * The request pieces of core this package uses (school configuration and outbox), in one place.
 * They live in core/src/request/; until core's index re-exports them, they are imported by path.
 */
export * from '../../../core/src/request/config.ts';
export * from '../../../core/src/request/outbox.ts';
