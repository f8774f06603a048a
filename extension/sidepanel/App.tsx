import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Commission } from './Commission.tsx';
import { CompareTable } from './CompareTable.tsx';
import { CriteriaChart } from './CriteriaChart.tsx';
import { compare, loadCompare, sortedRows } from './model.ts';

/** Compare: saved courses side by side, a chart of their criteria, notes, removal and requests. */
export function App() {
  useEffect(() => {
    void loadCompare();
    // a course saved from a page while this panel is open appears without a reload
    const onFocus = () => void loadCompare();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  return (
    <main>
      <h1>Compare saved courses</h1>
      <p class="row">
        <button type="button" class="secondary" onClick={() => void loadCompare()}>
          Refresh
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Setup
        </button>
      </p>
      <p role="status" aria-live="polite">
        {compare.message.value}
      </p>
      {!compare.loaded.value && <p>Loading…</p>}
      {compare.loaded.value && !compare.rows.value.length && <p>No saved courses yet. Open a course’s CPD Lens badge and choose “Save course”.</p>}
      {compare.rows.value.length > 0 && (
        <>
          <CompareTable />
          <h2>Criteria</h2>
          <CriteriaChart rows={sortedRows.value} />
          {compare.rows.value.length > 1 && <Commission />}
          {!compare.formUrl.value && <p class="muted">Set your school’s request form address in Setup to open requests straight in the form.</p>}
        </>
      )}
    </main>
  );
}
