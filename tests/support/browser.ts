import { existsSync } from 'node:fs';
import { GATE_ENV, gateArgs } from './net-gate.ts';

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Playwright's own download (undefined lets Playwright
 * find it), else a system Chromium. Playwright cannot download browsers on every machine.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags that keep a headless Chromium quiet on a machine with no network beyond loopback. */
export const baseChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** The same, with anything not for loopback sent to the run's network gate, which refuses and records it (P-01). */
export const quietChromiumArgs = [...baseChromiumArgs, ...gateArgs(process.env[GATE_ENV])];
