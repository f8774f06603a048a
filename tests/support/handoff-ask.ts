/**
 * Run inside the school form's page (Playwright's or puppeteer's `evaluate`): asks CPD Lens for the
 * hand-off as the form does (issue 20): the token from the address, posted to the page's own window
 * with a MessagePort; the answer (JSON, '' for none) comes on that port. Self-contained: it is sent to
 * the page as source.
 */
export function askInPage(): Promise<string> {
  const token = /cpd-request-token=([0-9a-f]{32})/.exec(location.hash)?.[1];
  const { port1, port2 } = new MessageChannel();
  return new Promise<string>((resolve) => {
    port1.onmessage = (e) => resolve(String(e.data));
    postMessage({ type: 'cpd-lens:handoff-ask', token }, '/', [port2]);
  });
}
