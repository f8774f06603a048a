import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { LocaleSetting } from '../i18n/locale.ts';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { localeSetting, saveLocaleSetting } from '../settings/settings.ts';

const CHOICES: LocaleSetting[] = ['auto', 'en', 'cy'];

/** English, Cymraeg, or the browser's language; saved at once, and every open view follows. */
export function LanguageSection() {
  const t = useText(optionsText).language;
  const choice = useSignal<LocaleSetting>('auto');
  const saved = useSignal(false);
  useEffect(() => void localeSetting().then((v) => (choice.value = v)), []);
  return (
    <fieldset class="language">
      <legend>{t.legend}</legend>
      {CHOICES.map((c) => (
        <div class="radio" key={c}>
          <input
            type="radio"
            id={`locale-${c}`}
            name="locale"
            value={c}
            checked={choice.value === c}
            lang={c === 'cy' ? 'cy' : c === 'en' ? 'en-GB' : undefined}
            onChange={async () => {
              choice.value = c;
              saved.value = !(await saveLocaleSetting(c)).length;
            }}
          />
          <label for={`locale-${c}`} lang={c === 'cy' ? 'cy' : c === 'en' ? 'en-GB' : undefined}>
            {t[c]}
          </label>
        </div>
      ))}
      {saved.value && (
        <p class="ok" role="status">
          {t.saved}
        </p>
      )}
    </fieldset>
  );
}
