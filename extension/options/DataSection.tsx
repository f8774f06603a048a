import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { JsonFileInput } from '../ui/JsonFileInput.tsx';
import { dataState, exportAll, importAll, importTooBig } from './data.ts';

/** Export and import of everything CPD Lens holds, as one JSON file. */
export function DataSection() {
  const all = useText(optionsText);
  const t = all.data;
  const errors = dataState.errors.value;
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t.title}</h2>
      <p>{t.intro}</p>
      <ErrorSummary title={t.problemTitle} errors={errors} />
      {dataState.message.value && (
        <p class="ok" role="status">
          {dataState.message.value}
        </p>
      )}
      <p>
        <button type="button" onClick={() => void exportAll()}>
          {t.export}
        </button>
      </p>
      <JsonFileInput id="import-file" label={t.file} hint={t.fileHint} error={errors[0]?.message} errorPrefix={all.errorPrefix} onText={(text) => importAll(text)} onTooBig={importTooBig} />
    </section>
  );
}
