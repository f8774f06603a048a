/** A labelled file picker for one JSON file; hands its text and name on, then clears so the same file can be picked again. */
export function JsonFileInput({ id, label, onText }: { id: string; label: string; onText: (text: string, name: string) => Promise<unknown> }) {
  return (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) await onText(await file.text(), file.name);
          input.value = '';
        }}
      />
    </>
  );
}
