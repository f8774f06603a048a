import { describedBy, Field } from './ErrorSummary.tsx';

/** Files bigger than this are refused before a byte is read (a policy or export file is far smaller). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * A labelled file picker for one JSON file: refuses files over 5 MB by their size alone, else hands the
 * text and name on; then clears itself so the same file can be picked again.
 */
export function JsonFileInput({ id, label, hint, error, errorPrefix, onText, onTooBig }: { id: string; label: string; hint: string; error?: string; errorPrefix: string; onText: (text: string, name: string) => Promise<unknown>; onTooBig: () => void }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} prefix={errorPrefix}>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={describedBy(id, true, error)}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file && file.size > MAX_IMPORT_BYTES) onTooBig();
          else if (file) await onText(await file.text(), file.name);
          input.value = '';
        }}
      />
    </Field>
  );
}
