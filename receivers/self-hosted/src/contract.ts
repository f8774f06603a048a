/**
 * The delivery contract (widgets/README.md §3) on the receiving side, without any I/O: check a body,
 * and say the answer the widget understands. "Delivered" is only ever a 2xx JSON echoing the id.
 */
import { check, CpdRequest, ImpactEvaluation, parseJson, type Problem } from '@cpd-lens/core';
import type { DocumentKind } from './store.ts';

/** An HTTP answer: status and JSON body. */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A refusal the widget shows as text and does not retry. */
export const refused = (status: number, message: string): Answer => ({ status, body: { status: 'refused', message } });

/** The answer that proves the receiver has the document. */
export const confirmed = (id: string, status: 'received' | 'duplicate'): Answer => ({ status: status === 'received' ? 201 : 200, body: { id, status } });

const schemas = { request: CpdRequest, evaluation: ImpactEvaluation } as const;

/** What a checked body is: its id and the text to store, or the refusal to send. */
export type Checked = { ok: true; id: string; text: string } | { ok: false; answer: Answer };

const firstProblems = (problems: readonly Problem[]): string =>
  problems.slice(0, 3).map((p) => `${p.path || 'the document'} ${p.message}`).join('; ');

/** Checks a received body against the document's schema; the same schema the widget checked before sending. */
export function checkDocument(kind: DocumentKind, bodyText: string): Checked {
  const json = parseJson(bodyText);
  if (!json.ok) return { ok: false, answer: refused(400, 'The body is not a JSON document.') };
  const value = json.value as { schemaVersion?: unknown; id?: unknown } | null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, answer: refused(400, 'The body is not a JSON document.') };
  if (value.schemaVersion !== 1) return { ok: false, answer: refused(422, `This receiver takes schemaVersion 1; the document has ${JSON.stringify(value.schemaVersion ?? null)}.`) };
  const result = check(schemas[kind], value);
  if (!result.ok) return { ok: false, answer: refused(422, `The ${kind} was refused: ${firstProblems(result.problems)}.`) };
  return { ok: true, id: result.value.id, text: bodyText };
}
