import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { JsonFileInput } from '../ui/JsonFileInput.tsx';
import { dataState, eraseAll, exportAll, importAll, importTooBig } from './data.ts';

const focusOnMount = (button: HTMLButtonElement | null) => button?.focus();

/** Export and import of everything CPD Lens holds, as one JSON file, and deleting all of it (after a confirmation). */
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
      <JsonFileInput id="import-file" label={t.file} hint={t.fileHint} error={errors.find((e) => e.field === 'import-file')?.message} errorPrefix={all.errorPrefix} onText={(text) => importAll(text)} onTooBig={importTooBig} />
      <h3 id="erase">{t.erase}</h3>
      {dataState.erased.value && (
        <p class="ok" role="status">
          {t.erased}
        </p>
      )}
      <p>{t.eraseIntro}</p>
      {dataState.confirming.value ? (
        // biome-ignore lint/a11y/useSemanticElements: a pair of buttons confirming one action, not form fields a fieldset would group
        <div role="group" aria-labelledby="erase-confirm">
          <p id="erase-confirm">
            <strong>{t.eraseConfirm}</strong>
          </p>
          <p>
            <button type="button" class="danger" onClick={() => void eraseAll()}>
              {t.eraseYes}
            </button>{' '}
            <button type="button" class="secondary" ref={focusOnMount} onClick={() => (dataState.confirming.value = false)}>
              {t.eraseCancel}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="danger" onClick={() => (dataState.confirming.value = true)}>
            {t.erase}
          </button>
        </p>
      )}
    </section>
  );
}
