import { browser } from 'wxt/browser';
import { E2E_MATCHES, E2E_ON_REQUEST_HOSTS, PROVIDER_MATCHES } from '../sites/providers.ts';
import { formSitePattern } from '../request/open-form.ts';
import { readSettings } from '../settings/settings.ts';

const SCRIPT_ID = 'cpd-lens-granted-sites';
const BUILT_IN = new Set([...PROVIDER_MATCHES, ...E2E_MATCHES, ...E2E_ON_REQUEST_HOSTS]);

/**
 * The origins the user granted on request ("always score this site"), as match patterns; not the
 * school form's site, granted only so a hand-off can reach the form (issue 20), where no page is scored.
 */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const form = formSitePattern((await readSettings().catch(() => undefined))?.settings.requestFormUrl ?? '');
  // never every site: the optional `https://*/*` and `http://*/*` (or `*://*/*`) only make single sites requestable
  return (all.origins ?? []).filter((o) => !BUILT_IN.has(o) && o !== form && o !== '<all_urls>' && !/^[^:]+:\/\/\*\//.test(o));
}

/**
 * Keeps the page detector registered on exactly the sites the user granted: called at start-up and
 * whenever a permission is added or removed, so revoking a site stops scoring there at once.
 */
export async function syncGrantedSites(): Promise<void> {
  const origins = await grantedOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (!origins.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches: origins, js: ['/content-scripts/detect.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
