import type { ComponentChildren } from 'preact';
import type { Problem } from '@cpd-lens/core';
import { fieldId, getAt, showField, typedInto, type Editing, type EditorKey, type Kind } from '@cpd-lens/widgets/policy-editor/model';

/** What every section renders from: the edit state, text, and the one way to change it (core's editing steps). */
export interface EditorView {
  e: Editing;
  say: (key: EditorKey, params?: Record<string, string | number>) => string;
  /** The "Error:" prefix screen readers hear, in the page's language. */
  prefix: string;
  /** A problem in words: the setting's name, then what is wrong. */
  describe: (problem: Problem) => string;
  update: (next: (e: Editing) => Editing) => void;
}

/** The problems about exactly this setting. */
export const problemsAt = (view: EditorView, path: string): Problem[] => view.e.problems.filter((p) => p.path === path);

/** GOV.UK's error message beside a field: "Error:" for screen readers, then the setting and what is wrong. */
export function ErrorText({ view, path }: { view: EditorView; path: string }) {
  const found = problemsAt(view, path);
  if (!found.length) return null;
  return (
    <p id={`${fieldId(path)}-error`} class="error-message">
      <span class="sr-only">{view.prefix} </span>
      {found.map(view.describe).join('. ')}
    </p>
  );
}

function describedBy(view: EditorView, path: string, hint: boolean): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', problemsAt(view, path).length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled text input bound to one setting by its path; what is typed stays as typed until it is fixed. */
export function Input({ view, path, label, kind = 'number', optional = false, hint }: { view: EditorView; path: string; label: string; kind?: Kind; optional?: boolean; hint?: string }) {
  const id = fieldId(path);
  const invalid = problemsAt(view, path).length > 0;
  return (
    <div class={invalid ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      <ErrorText view={view} path={path} />
      <input
        id={id}
        type="text"
        class={kind === 'text' ? undefined : 'narrow'}
        inputMode={kind === 'text' ? undefined : 'decimal'}
        spellcheck={kind === 'text'}
        autocomplete="off"
        value={view.e.raw[path] ?? showField(getAt(view.e.draft, path), kind)}
        aria-describedby={describedBy(view, path, Boolean(hint))}
        aria-invalid={invalid || undefined}
        onInput={(ev) => {
          const text = ev.currentTarget.value;
          view.update((e) => typedInto(e, path, text, kind, optional));
        }}
      />
    </div>
  );
}

/** Yes/no radios for a boolean setting. */
export function YesNo({ view, path, legend, hint }: { view: EditorView; path: string; legend: string; hint?: string }) {
  const id = fieldId(path);
  const value = getAt(view.e.draft, path) === true;
  const radio = (on: boolean) => (
    <div class="choice">
      <input type="radio" id={`${id}-${on ? 'yes' : 'no'}`} name={id} checked={value === on} onChange={() => view.update((e) => typedInto(e, path, String(on), 'bool', false))} />
      <label for={`${id}-${on ? 'yes' : 'no'}`}>{view.say(on ? 'pe.yes' : 'pe.no')}</label>
    </div>
  );
  return (
    <fieldset class="field" id={id} tabIndex={-1} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      <ErrorText view={view} path={path} />
      <div class="row">
        {radio(true)}
        {radio(false)}
      </div>
    </fieldset>
  );
}

/** A titled block of the editor. */
export function Block({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="pe-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
