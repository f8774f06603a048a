import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@cpd-lens/core';
import { fieldId, getAt, showField, type Draft, type Kind } from './draft.ts';
import type { EditorKey } from './strings.ts';

/** What every section renders from: the draft, what was typed, the problems, text and the editor's actions. */
export interface EditorView {
  draft: Draft;
  /** Field text as typed, by path, so "2." or "abc" stays as typed until it is fixed. */
  raw: Record<string, string>;
  problems: readonly Problem[];
  say: (key: EditorKey, params?: Record<string, string | number>) => string;
  /** A criterion's name: the default policy's in the editor's language (issue 25), a school's own as written. */
  criterion: (id: unknown, label: string) => string;
  /** The shared "Error:" prefix, in the page's language. */
  errorPrefix: string;
  /** A problem in words: the setting's name, then what is wrong ("Weight of “…” should be at most 100"). */
  describe: (problem: Problem) => string;
  addBand: () => void;
  removeBand: (index: number) => void;
  addCondition: () => void;
  removeCondition: (index: number) => void;
  setRepayment: (on: boolean) => void;
}

export interface FieldOptions {
  kind?: Kind;
  optional?: boolean;
  hint?: string;
  wide?: boolean;
}

/** The problems about exactly this setting. */
export const problemsAt = (view: EditorView, path: string): Problem[] => view.problems.filter((p) => p.path === path);

/** GOV.UK's error message beside a field: "Error:" for screen readers, then the setting and what is wrong. */
export function errorMessage(view: EditorView, path: string): TemplateResult | typeof nothing {
  const found = problemsAt(view, path);
  if (!found.length) return nothing;
  return html`<p id="${fieldId(path)}-error" class="error-message">
    <span class="visually-hidden">${view.errorPrefix}</span> ${found.map(view.describe).join('. ')}
  </p>`;
}

function describedBy(view: EditorView, path: string, hint: boolean): string | typeof nothing {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', problemsAt(view, path).length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

/** A labelled text or number input bound to one setting by its path (`data-path`, read by the editor's input handler). */
export function inputField(view: EditorView, path: string, label: string, options: FieldOptions = {}): TemplateResult {
  const kind = options.kind ?? 'number';
  const id = fieldId(path);
  const invalid = problemsAt(view, path).length > 0;
  const value = view.raw[path] ?? showField(getAt(view.draft, path), kind);
  return html`<div class="field ${invalid ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${options.hint ? html`<span id="${id}-hint" class="hint">${options.hint}</span>` : nothing} ${errorMessage(view, path)}
    <input
      id=${id}
      type="text"
      class=${options.wide || kind === 'text' ? '' : 'narrow'}
      inputmode=${kind === 'text' ? nothing : 'decimal'}
      spellcheck=${kind === 'text' ? 'true' : 'false'}
      autocomplete="off"
      data-path=${path}
      data-kind=${kind}
      data-optional=${options.optional ? 'true' : 'false'}
      .value=${value}
      aria-describedby=${describedBy(view, path, Boolean(options.hint))}
      aria-invalid=${invalid ? 'true' : nothing}
    />
  </div>`;
}

/** Yes/no radios for a boolean setting. */
export function yesNo(view: EditorView, path: string, legend: string, hint?: string): TemplateResult {
  const id = fieldId(path);
  const value = getAt(view.draft, path) === true;
  const radio = (on: boolean) => html`<div class="choice">
    <input type="radio" id="${id}-${on ? 'yes' : 'no'}" name=${id} data-path=${path} data-kind="bool" value=${String(on)} .checked=${value === on} />
    <label for="${id}-${on ? 'yes' : 'no'}">${view.say(on ? 'pe.yes' : 'pe.no')}</label>
  </div>`;
  return html`<fieldset class="field" id=${id} tabindex="-1" aria-describedby=${hint ? `${id}-hint` : nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing} ${errorMessage(view, path)}
    <div class="inline">${radio(true)}${radio(false)}</div>
  </fieldset>`;
}
