/**
 * Issue 20: a page can swap its course after it was scored (the badge kept the old score; a request
 * carried the old title and £195 while the page showed a £995 webinar). The badge reads the page again
 * when its words change: after DOM changes settle, a cheap fingerprint of the document's text (JSON-LD
 * included; our own hosts add no text) is compared with the last one read. A page that keeps changing
 * is read at most once every few seconds.
 */
const SETTLE_MS = 600;
const MIN_GAP_MS = 3_000;

/** A 32-bit FNV-1a hash of the document's text and its length: equal words, equal print. */
function fingerprint(): string {
  const text = document.documentElement.textContent ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${h >>> 0}`;
}

/** Calls `reread` when the page's words have changed since the last read (after changes settle). */
export function watchWords(reread: () => void): void {
  let last = fingerprint();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const check = () => {
    timer = undefined;
    const now = fingerprint();
    if (now === last) return;
    last = now;
    lastRun = Date.now();
    reread();
  };
  new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(check, Math.max(SETTLE_MS, lastRun + MIN_GAP_MS - Date.now()));
  }).observe(document, { childList: true, subtree: true, characterData: true });
}
