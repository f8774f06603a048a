/**
 * Playwright's global setup: starts the run-wide network gate (P-01, `net-gate.ts`) and hands its
 * address to the workers; the returned teardown fails the run if any browser asked for an address off
 * this machine.
 */
import { GATE_ENV, notBrowserOwn, startNetGate } from './net-gate.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const gate = await startNetGate();
  process.env[GATE_ENV] = gate.url;
  return async () => {
    await gate.close();
    const off = notBrowserOwn(gate.seen);
    if (off.length) throw new Error(`P-01: the browsers asked for addresses off this machine:\n${[...new Set(off)].join('\n')}`);
  };
}
