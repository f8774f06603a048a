import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { E2E_MATCHES, E2E_ON_REQUEST_HOSTS } from './extension/sites/providers.ts';

/**
 * CPD Lens renders untrusted page text as text only and never uses `dangerouslySetInnerHTML`, so the
 * build removes Preact's one `innerHTML` assignment: no page text can ever reach an HTML sink, and
 * `web-ext lint` has nothing to flag. The build fails if Preact's code changes shape.
 */
function withoutInnerHtml(): Plugin {
  const sink = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
  return {
    name: 'cpd-lens:without-inner-html',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const out = code.replace(sink, '(()=>{throw new Error("CPD Lens never renders HTML strings")})()');
      if (out === code || out.includes('.innerHTML=')) this.error('Preact changed: update the innerHTML guard in wxt.config.ts');
      return { code: out, map: null };
    },
  };
}

/**
 * The CPD Lens extension. Sources live in extension/ (entrypoints/ holds only entrypoints); output in
 * .output/<browser>-mv3[-e2e]. `--mode e2e` adds loopback origins so Playwright can reach the content
 * scripts without clicking the toolbar; no other build ever carries them.
 */
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  // explicit imports everywhere: a reader can see where every name comes from
  imports: false,
  manifestVersion: 3,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({
    plugins: [preact(), withoutInnerHtml()],
    resolve: { dedupe: ['preact', '@preact/signals', '@preact/signals-core'] },
    build: { sourcemap: false },
  }),
  zip: {
    artifactTemplate: 'cpd-lens-{{version}}-{{browser}}{{modeSuffix}}.zip',
    sourcesTemplate: 'cpd-lens-{{version}}-sources.zip',
    sourcesRoot: '.',
    // everything the extension's build reads, and SOURCES.md (the build commands), so AMO's reviewers can rebuild it (E-POL-02: `pnpm run reproduce`)
    includeSources: ['SOURCES.md', 'core/src/**', 'core/package.json', 'core/tsconfig.json', 'widgets/src/**', 'widgets/package.json', 'widgets/tsconfig.json', 'extension/**', 'wxt.config.ts', 'package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json'],
    excludeSources: ['**/node_modules/**', '.output/**', 'tests/**', '.tools/**'],
  },
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e';
    const firefox = browser === 'firefox';
    return {
      // name and description in English and Welsh: extension/public/_locales/{en,cy}/messages.json
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Chrome reads pages' HTML in an offscreen document (its service worker has no DOMParser); Firefox's background page has one
      permissions: ['storage', 'activeTab', 'scripting', ...(firefox ? [] : ['sidePanel', 'offscreen'])],
      // the content-script origins are added by WXT; these are the on-request ones for "score any site"
      optional_host_permissions: ['https://*/*', 'http://*/*'],
      ...(e2e ? { host_permissions: [...E2E_MATCHES, ...E2E_ON_REQUEST_HOSTS] } : {}),
      action: {
        default_title: 'CPD Lens',
        // Firefox swaps in the light-on-dark icon on dark toolbars; Chrome shows the full-colour one on both
        ...(firefox ? { theme_icons: [16, 32].map((size) => ({ light: `icon/on-dark-${size}.png`, dark: `icon/${size}.png`, size })) } : {}),
      },
      // settings a school's IT pushes (Google Admin, Intune, Group Policy); Firefox reads policies.json instead
      ...(firefox ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      // the label is framed on provider pages so page scripts cannot read or search it (SECURITY: badge)
      web_accessible_resources: [
        { resources: ['label.html'], matches: ['https://*/*', 'http://*/*'], ...(firefox ? {} : { use_dynamic_url: true }) },
      ],
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'cpd-lens@cpd-lens.example',
                strict_min_version: '142.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
  hooks: {
    // the e2e build also runs the page detector on loopback pages (never in a shipped build)
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...E2E_MATCHES];
    },
  },
  suppressWarnings: {},
  // no dev server: CPD Lens is developed against builds
  webExt: { disabled: true },
});
