import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { needsSetup } from '../data/setup.ts';
import { useText } from '../i18n/page.ts';
import { sidepanelText } from '../i18n/sidepanel.ts';
import { common } from '../i18n/common.ts';
import { FirstRun } from '../ui/FirstRun.tsx';
import { Commission } from './Commission.tsx';
import { CourseList } from './CourseList.tsx';
import { CriteriaMatrix } from './CriteriaMatrix.tsx';
import { compare, focusItem, loadCompare, sortedRows } from './model.ts';

/** The side panel: saved courses as cards, every criterion course by course, and the commissioning check. */
export function App() {
  const t = useText(sidepanelText);
  const c = useText(common);
  useEffect(() => {
    document.title = t.pageTitle;
  }, [t]);
  useEffect(() => {
    void loadCompare();
    // a course saved from a page while this panel is open appears without a reload
    const onFocus = () => void loadCompare();
    window.addEventListener('focus', onFocus);
    // the popup asks to show one course while the panel is already open
    const unwatch = focusItem.watch((id) => id && void loadCompare());
    return () => {
      window.removeEventListener('focus', onFocus);
      unwatch();
    };
  }, []);
  const setup = compare.setup.value;
  const rows = sortedRows.value;
  return (
    <main>
      <div class="title-row">
        <h1>{t.title}</h1>
        <p class="row">
          <button type="button" class="secondary" onClick={() => void loadCompare()}>
            {t.refresh}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {c.setup}
          </button>
        </p>
      </div>
      <p role="status" aria-live="polite" class="status">
        {compare.message.value}
      </p>
      {setup && needsSetup(setup) && <FirstRun />}
      {!compare.loaded.value && <p>{t.loading}</p>}
      {compare.loaded.value && !rows.length && <p>{t.empty}</p>}
      {rows.length > 0 && (
        <>
          <CourseList />
          <CriteriaMatrix rows={rows} />
          {rows.length > 1 ? <Commission /> : <p class="muted">{t.commission.needTwo}</p>}
          {!compare.formUrl.value && <p class="muted">{t.formHint}</p>}
        </>
      )}
    </main>
  );
}
