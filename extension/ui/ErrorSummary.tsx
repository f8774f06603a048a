import { useEffect, useId, useRef } from 'preact/hooks';

/** One problem for the error summary: its message, and the id of the field it is about (for the link). */
export interface FieldError {
  field: string;
  message: string;
}

/** Moves focus to a field from an error-summary link, as GOV.UK's error summary does. */
function focusField(e: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/**
 * A GOV.UK error summary: "There is a problem", then each problem as a link to its field; it takes
 * focus when shown so a screen reader reads it first.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {errors.slice(0, 20).map((p, i) => (
          <li key={i}>
            <a href={`#${p.field}`} onClick={(e) => focusField(e, p.field)}>
              {p.message}
            </a>
          </li>
        ))}
      </ul>
      {errors.length > 20 && <p>… +{errors.length - 20}</p>}
    </div>
  );
}

/** The message of the first error about a field, if any. */
export function errorOf(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** A GOV.UK form group: label, hint, the error beside the field, then the field (its aria-describedby from `describedBy`). */
export function Field({ id, label, hint, error, prefix, children }: { id: string; label: string; hint?: string; error?: string; prefix: string; children: preact.ComponentChildren }) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="sr-only">{prefix} </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** The aria-describedby of a field with an optional hint and error (undefined when neither). */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
