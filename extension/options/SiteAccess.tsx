import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fill } from '../i18n/locale.ts';
import { useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { withheldSites } from '../sites/access.ts';

/** The provider sites CPD Lens runs on by itself that the browser does not let it read (the user revoked them, or chose "on click"). */
const missing = signal<string[]>([]);

/** Compares the sites the content script is declared for with the host permissions the browser grants now. */
export async function checkSiteAccess(): Promise<void> {
  missing.value = await withheldSites();
}

/** Asks again for the sites that were taken away: the browser shows its own prompt, on this click. */
async function allow(): Promise<void> {
  await browser.permissions.request({ origins: missing.value }).catch(() => false);
  await checkSiteAccess();
}

/**
 * E-PERM-04/05: says when CPD Lens may not read some provider sites, so no badge appears there, and
 * offers to ask for them again (Firefox lets users revoke MV3 host permissions, and does not ask again
 * on an update that adds a site; Chrome users can set site access to "on click").
 */
export function SiteAccess() {
  const t = useText(optionsText).siteAccess;
  useEffect(() => {
    void checkSiteAccess();
    const recheck = () => void checkSiteAccess();
    browser.permissions.onAdded.addListener(recheck);
    browser.permissions.onRemoved.addListener(recheck);
    return () => {
      browser.permissions.onAdded.removeListener(recheck);
      browser.permissions.onRemoved.removeListener(recheck);
    };
  }, []);
  if (!missing.value.length) return null;
  return (
    <section class="error-summary" aria-labelledby="site-access">
      <h2 id="site-access">{t.title}</h2>
      <p>{fill(t.body, { count: missing.value.length })}</p>
      <p>
        <button type="button" onClick={() => void allow()}>
          {t.allow}
        </button>
      </p>
    </section>
  );
}
