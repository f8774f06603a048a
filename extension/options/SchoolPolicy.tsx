import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { fill } from '../i18n/locale.ts';
import { managedText } from '../i18n/managed.ts';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { originPattern, syncAndRemember, type PolicySync } from '../managed/policy-sync.ts';
import { readSettings } from '../settings/settings.ts';
import { form } from './model.ts';
import { loadPolicyState } from './policy.ts';

/** Asks for access to the one site the school's policy is on (a click is the user gesture it needs), then reads it again. */
async function allowAndSync(url: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
  if (!granted) return false;
  const sync = await syncAndRemember();
  form.school.value = { ...form.school.value, sync };
  await loadPolicyState((await readSettings()).settings);
  return true;
}

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return url ?? '';
  }
};

/** Why the last read failed and what fixes it; an earlier version's stored sentence when it gave no reason. */
function SyncFailure({ sync }: { sync: Extract<PolicySync, { state: 'failed' }> }) {
  const t = useText(managedText).sync;
  const policy = useText(optionsText).policy;
  const denied = useSignal(false);
  if (!sync.reason || !sync.url) return <p class="error-message">{fill(policy.syncFailed, { message: sync.message })}</p>;
  const url = sync.url;
  const host = hostOf(url);
  return (
    <div class="error-message" role="status">
      <p>{fill(t[sync.reason], { host, detail: sync.detail ?? '' })}</p>
      {sync.reason === 'blocked' && (
        <>
          <p>{fill(t.blockedFix, { host })}</p>
          <p>
            <button type="button" onClick={() => void allowAndSync(url).then((ok) => (denied.value = !ok))}>
              {fill(t.allow, { host })}
            </button>
          </p>
          {denied.value && <p>{fill(t.denied, { host })}</p>}
        </>
      )}
      <p>{t.keeps}</p>
    </div>
  );
}

/** The school pushed its policy's address: say where it comes from and how the last read went; nothing to import here. */
export function SchoolPolicy() {
  const t = useText(optionsText).policy;
  const { config, sync } = form.school.value;
  return (
    <>
      <p>{fill(t.bySchool, { url: config.policyUrl ?? '' })}</p>
      {sync.state === 'failed' && <SyncFailure sync={sync} />}
    </>
  );
}

/** Every value the school pushed that CPD Lens could not use, by the name the admin console shows. */
export function ManagedProblems() {
  const t = useText(managedText);
  const problems = form.school.value.problems;
  if (!problems.length) return null;
  const reason = (key: string): string => (key in t.reason ? t.reason[key as keyof typeof t.reason] : t.reason.unknown);
  return (
    <section class="error-message" aria-labelledby="managed-problems">
      <h2 id="managed-problems">{t.problemsTitle}</h2>
      <p>{t.problemsIntro}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.path}>{fill(t.problem, { key: p.path || '—', value: p.value ?? '', reason: reason(p.path) })}</li>
        ))}
      </ul>
    </section>
  );
}
