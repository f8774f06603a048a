import { form } from './model.ts';

/** The school's money figures and the request form's address. */
export function SchoolSection() {
  return (
    <section aria-labelledby="school">
      <h2 id="school">Your school</h2>
      <label for="cover">Supply-cover day rate, £ (optional)</label>
      <span class="hint" id="cover-hint">Leave empty to use the rate in the school’s policy.</span>
      <input id="cover" type="text" inputMode="decimal" aria-describedby="cover-hint" value={form.coverRate.value} onInput={(e) => (form.coverRate.value = e.currentTarget.value)} />
      <label for="budget">CPD budget still available, £ (optional)</label>
      <input id="budget" type="text" inputMode="decimal" value={form.budget.value} onInput={(e) => (form.budget.value = e.currentTarget.value)} />
      <label for="form-url">Request form address (optional)</label>
      <span class="hint" id="form-url-hint">The intranet page where your school’s CPD request form is. CPD Lens opens it with the course filled in.</span>
      <input id="form-url" type="url" aria-describedby="form-url-hint" value={form.requestFormUrl.value} onInput={(e) => (form.requestFormUrl.value = e.currentTarget.value)} />
    </section>
  );
}
