import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { JsonFileInput } from '../ui/JsonFileInput.tsx';
import { dataState, exportAll, importAll } from './model.ts';

/** Export and import of everything CPD Lens holds, as one JSON file. */
export function DataSection() {
  return (
    <section aria-labelledby="data">
      <h2 id="data">Your data</h2>
      <p>Everything stays on this device. You can take a copy, or move it to another browser.</p>
      <ErrorSummary title="That file could not be imported" problems={dataState.problems.value} where="Import" />
      {dataState.message.value && (
        <p class="ok" role="status">
          {dataState.message.value}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void exportAll()}>
          Export all my data
        </button>
      </p>
      <JsonFileInput id="import-file" label="Import a CPD Lens export (.json)" onText={(text) => importAll(text)} />
    </section>
  );
}
