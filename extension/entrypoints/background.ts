import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContentMessage } from '../background/handle-content.ts';
import { syncGrantedSites } from '../background/granted-sites.ts';
import { forgetTab } from '../background/page-store.ts';
import { createServices } from '../background/services.ts';
import { syncAndRemember } from '../managed/policy-sync.ts';
import { onManagedChange } from '../managed/read.ts';
import { openSetupIfUpdateAddsWithheldSites } from '../background/update-sites.ts';
import { showVerdictOnToolbar } from '../background/verdict.ts';

/** The service worker: injects the badge where a course was found, scores, keeps the label's data, saves and opens requests. */
export default defineBackground(() => {
  const services = createServices();
  // listeners are registered synchronously at the top so a woken service worker never misses one
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleContentMessage(message, sender, services).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
  // a new document in the tab: its verdict goes until its own badge reports one
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void showVerdictOnToolbar(tabId, []).catch(() => undefined);
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncGrantedSites().catch(() => undefined);
    void openSetupIfUpdateAddsWithheldSites(reason).catch(() => undefined);
    // first run: offer setup (not in the e2e build, where tests open the options page themselves)
    if (reason === 'install' && import.meta.env.MODE !== 'e2e') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onStartup.addListener(() => void syncGrantedSites().catch(() => undefined));
  // the school's pushed policy address: read at every start of the worker and whenever IT changes it
  void syncAndRemember().catch(() => undefined);
  onManagedChange(() => void syncAndRemember().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => {
    void syncGrantedSites().catch(() => undefined);
    // access to the school's policy site may just have been granted: read the policy again
    void syncAndRemember().catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites().catch(() => undefined));
  if (!import.meta.env.FIREFOX) {
    // Chrome: the toolbar button keeps its popup; the side panel opens from the popup's "Compare" link
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});
