import type { Problem } from '@cpd-lens/core';
import { MAX_POLICY_BYTES, readPolicy, type Draft } from './draft.ts';
import type { EditorKey } from './strings.ts';

export type FileRead = { ok: true; draft: Draft } | { ok: false; notice?: { key: EditorKey; params: Record<string, string> }; problems?: Problem[] };

/** Reads a chosen policy file: refused by size before reading (> 2 MB), then checked like `cpd policy check`. */
export async function readPolicyFile(file: File): Promise<FileRead> {
  if (file.size > MAX_POLICY_BYTES) return { ok: false, notice: { key: 'pe.tooBig', params: { file: file.name, size: (file.size / 1024 / 1024).toFixed(1) } } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, notice: { key: 'pe.unreadable', params: { file: file.name } } };
  }
  const read = readPolicy(text);
  return read.ok ? read : { ok: false, problems: read.problems };
}

/** Saves text as a file through the browser's download (no server round trip). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
