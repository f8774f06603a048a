/**
 * Node entry point: registers linkedom's DOMParser so extraction can read HTML strings (the browser
 * has its own), then re-exports all of core. Node callers (the CLI, tests, benchmarks) import this.
 */
import { DOMParser as LinkedomParser } from 'linkedom';

const g = globalThis as { DOMParser?: unknown };
if (typeof g.DOMParser === 'undefined') g.DOMParser = LinkedomParser;

export * from './index.ts';
export * from './extract/index.ts';
