import { browser } from 'wxt/browser';
import { common } from '../i18n/common.ts';
import { useText } from '../i18n/page.ts';

/** The first-run invitation: add role, phase and targets, or load the school's policy, with one button to setup. */
export function FirstRun() {
  const t = useText(common).invite;
  return (
    <section class="invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t.title}</h2>
      <p>{t.body}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t.action}
      </button>
    </section>
  );
}
