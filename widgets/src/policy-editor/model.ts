/**
 * The policy editor without a view (no Lit): its draft, edits, file reading and text, for the
 * extension's setup page, which shows the same editor with Preact.
 */
export * from './draft.ts';
export * from './editing.ts';
export { readPolicyFile, downloadText, type FileRead } from './files.ts';
export { checkMessage, editorText, type EditorKey } from './strings.ts';
