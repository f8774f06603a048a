import { useEffect } from 'preact/hooks';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { DataSection } from './DataSection.tsx';
import { form, loadForm, saveForm } from './model.ts';
import { PolicySection } from './PolicySection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SchoolSection } from './SchoolSection.tsx';

/** The setup page: who you are, your targets, your school's figures and policy, and your data. */
export function App() {
  useEffect(() => void loadForm(), []);
  if (!form.loaded.value) return <p>Loading…</p>;
  return (
    <main>
      <h1>Set up CPD Lens</h1>
      <p>CPD Lens judges courses against your school’s CPD policy and your targets, on the provider’s own page. Nothing you enter leaves this device.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveForm();
        }}
      >
        <ErrorSummary title="Some answers need changing" problems={form.problems.value} />
        <ProfileSection />
        <SchoolSection />
        <p>
          <button type="submit">Save setup</button>
        </p>
        {form.saved.value && (
          <p class="ok" role="status">
            {form.saved.value}
          </p>
        )}
      </form>
      <PolicySection />
      <DataSection />
    </main>
  );
}
