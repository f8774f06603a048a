/**
 * The policy editor's state apart from any view, and each edit as a pure step: shared by the
 * `<cpd-policy-editor>` Lit element and the extension's Preact editor on the setup page (which keeps
 * Lit, and its `innerHTML` template factory, out of the extension), so both edit and check alike.
 */
import type { Problem } from '@cpd-lens/core';
import { checkDraft, cplRepayment, getAt, listAt, parseField, setAt, withNewBand, type Draft, type Kind } from './draft.ts';

export interface Editing {
  draft: Draft;
  /** Field text as typed, by path, so "2." or "abc" stays as typed until it is fixed. */
  raw: Record<string, string>;
  problems: Problem[];
  /** Weights of criteria turned off, so turning one back on restores it. */
  offWeights: Readonly<Record<number, number>>;
}

/** Editing starts from a draft: nothing typed yet, no problems shown. */
export function startEditing(draft: Draft): Editing {
  return { draft, raw: {}, problems: [], offWeights: {} };
}

/** A changed draft, checked at once by core's policy check (the same as `cpd policy check`). */
export function edited(e: Editing, draft: Draft, raw: Record<string, string> = e.raw): Editing {
  const checked = checkDraft(draft);
  return { ...e, draft, raw, problems: checked.ok ? [] : checked.problems };
}

/** Text typed into the field of the setting at `path`: numbers and percentages keep their text until fixed. */
export function typedInto(e: Editing, path: string, text: string, kind: Kind, optional: boolean): Editing {
  const raw = kind === 'number' || kind === 'percent' ? { ...e.raw, [path]: text } : e.raw;
  return edited(e, setAt(e.draft, path, parseField(text, kind, optional)), raw);
}

/** A criterion turned on (its earlier weight back, else 1) or off (weight 0). */
export function criterionToggled(e: Editing, index: number, on: boolean): Editing {
  const path = `criteria[${index}].weight`;
  const weight = getAt(e.draft, path);
  const offWeights = !on && typeof weight === 'number' && weight > 0 ? { ...e.offWeights, [index]: weight } : e.offWeights;
  const { [path]: _typed, ...raw } = e.raw;
  return { ...edited(e, setAt(e.draft, path, on ? (e.offWeights[index] ?? 1) : 0), raw), offWeights };
}

/** One item of a list removed; its fields then show the draft (which keeps what was typed, even when wrong). */
export function itemRemoved(e: Editing, list: string, index: number): Editing {
  const raw = Object.fromEntries(Object.entries(e.raw).filter(([path]) => !path.startsWith(`${list}[`)));
  return edited(e, setAt(e.draft, list, listAt(e.draft, list).filter((_item, i) => i !== index)), raw);
}

/** One more band (judgement), with no name yet. */
export const bandAdded = (e: Editing): Editing => edited(e, withNewBand(e.draft));

/** One more, empty, repayment condition. */
export const conditionAdded = (e: Editing): Editing => edited(e, setAt(e.draft, 'repayment.conditions', [...listAt(e.draft, 'repayment.conditions'), '']));

/** Repayment terms on (the CPL policy's 4.1 terms) or off. */
export const repaymentSet = (e: Editing, on: boolean): Editing => edited(e, setAt(e.draft, 'repayment', on ? cplRepayment() : undefined));
