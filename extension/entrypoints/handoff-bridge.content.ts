import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HANDOFF_ASK } from '@cpd-lens/core';

/**
 * The hand-off bridge (issue 20), registered at run time on the school form's site only (see
 * `request/open-form.ts`). The form posts `{ type: HANDOFF_ASK, token }` to its own window with a
 * MessagePort; the bridge asks the background, which checks the tab, frame and origin and hands the
 * hand-off out once, and answers on that port only, so the page's other `message` listeners never see
 * it. It answers '' when there is nothing for this page.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    addEventListener('message', (event: MessageEvent) => {
      const data: unknown = event.data;
      const port = event.ports[0];
      if (event.source !== window || !port || !data || typeof data !== 'object' || (data as { type?: unknown }).type !== HANDOFF_ASK) return;
      // the background checks the token's form (a wrong one gets no answer, so '')
      const token = (data as { token?: unknown }).token;
      const ask = typeof token === 'string' && token ? { type: 'handoff-claim', token } : { type: 'handoff-claim' };
      browser.runtime.sendMessage(ask).then(
        (reply: unknown) => port.postMessage(typeof (reply as { handoff?: unknown } | undefined)?.handoff === 'string' ? (reply as { handoff: string }).handoff : ''),
        () => port.postMessage(''),
      );
    });
  },
});
