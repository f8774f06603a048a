/**
 * Settings pushed to a copy of the extension the way a school's IT pushes them: a Chromium managed-policy
 * file (the Linux format) scoped to that copy's id, since every Chromium on the machine reads the folder.
 * Writing it needs root; the file, the copy and its profile are always removed.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from './extension.ts';

export const policyDir = '/etc/chromium/policies/managed';
export const canWritePolicy = process.getuid?.() === 0;

export interface ManagedCopy {
  extensionDir: string;
  profileDir: string;
  /** The copy's extension id (from its path). */
  id: string;
  /** Replaces what the school pushes to this copy (read at the browser's next start). */
  push(settings: Record<string, unknown>): void;
}

/** Copies a build to its own path (so its own id), learns the id, and runs `body`; cleans up whatever happens. */
export async function withManagedCopy(buildDir: string, body: (copy: ManagedCopy) => Promise<void>): Promise<void> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'cpd-lens-managed-ext-'));
  cpSync(buildDir, extensionDir, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'cpd-lens-managed-profile-'));
  const policyFile = () => join(policyDir, `cpd-lens-e2e-${id}.json`);
  let id = '';
  let written = false;
  try {
    const context = await launchWithExtension(profileDir, { extensionDir });
    id = await extensionIdOf(context);
    await context.close();
    const push = (settings: Record<string, unknown>) => {
      mkdirSync(policyDir, { recursive: true });
      written = true;
      writeFileSync(policyFile(), JSON.stringify({ '3rdparty': { extensions: { [id]: settings } } }));
    };
    await body({ extensionDir, profileDir, id, push });
  } finally {
    if (written) rmSync(policyFile(), { force: true });
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
}
