import { useEffect } from 'preact/hooks';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { DataSection } from './DataSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { askForFormSite, form, loadForm, saveForm } from './model.ts';
import { PolicySection } from './PolicySection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { ManagedProblems } from './SchoolPolicy.tsx';
import { SchoolSection } from './SchoolSection.tsx';
import { SiteAccess } from './SiteAccess.tsx';

/** The setup page: language, who you are, your targets, your school's figures and policy, and your data. */
export function App() {
  const t = useText(optionsText);
  const failed = form.errors.value.length > 0;
  // GOV.UK: the page title says there is an error, so a screen reader hears it first
  useEffect(() => {
    document.title = failed ? `${t.errorPrefix} ${t.pageTitle}` : t.pageTitle;
  }, [t, failed]);
  useEffect(() => void loadForm(), []);
  if (!form.loaded.value) return <p>{t.loading}</p>;
  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <SiteAccess />
      <ManagedProblems />
      <LanguageSection />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void askForFormSite(); // first: the browser asks only while handling the press
          void saveForm();
        }}
      >
        <ErrorSummary title={t.errorTitle} errors={form.errors.value} />
        <ProfileSection />
        <SchoolSection />
        <p>
          <button type="submit">{t.save}</button>
        </p>
        {form.saved.value && (
          <p class="ok" role="status">
            {t.saved}
          </p>
        )}
      </form>
      <PolicySection />
      <DataSection />
    </main>
  );
}
