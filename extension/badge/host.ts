/**
 * The badge's hosts: custom elements with a shadow root (closed in shipped builds, so page scripts
 * cannot reach in; open in the e2e build for Playwright and axe). Their inline `!important` styles
 * beat the page's style sheets, and a watcher puts a host back if the page removes or restyles it.
 */
const MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
// an empty inline host (its content is positioned inside the shadow root) moves nothing on the page
const HOST_STYLE = 'all:initial!important;display:inline!important;visibility:visible!important;opacity:1!important;filter:none!important;transform:none!important;clip-path:none!important';

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where it belongs: the element it follows (or, for the page badge, the document element it ends). */
  place: () => void;
  /** False once the host has been taken away on purpose (the course left the page). */
  live: boolean;
}

/** A new host element with its shadow root, styles and keyboard isolation (keys typed in the badge never reach page scripts). */
export function makeHost(name: string, css: string, place: (host: HTMLElement) => void): Host {
  const host = document.createElement(name);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: MODE });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  const h: Host = { host, root, place: () => place(host), live: true };
  h.place();
  return h;
}

const hosts = new Set<Host>();
let watcher: MutationObserver | null = null;
let restoring = 0;

/** Puts back each live host the page removed or restyled; a page that keeps removing it is outlasted but not fought in a tight loop. */
function restore(): void {
  if (restoring > 50) return;
  for (const h of hosts) {
    if (!h.live) continue;
    if (!h.host.isConnected) {
      restoring++;
      h.place();
    }
    if (h.host.getAttribute('style') !== HOST_STYLE) h.host.setAttribute('style', HOST_STYLE);
    if (h.host.hasAttribute('hidden')) h.host.removeAttribute('hidden');
  }
  if (restoring) setTimeout(() => (restoring = 0), 1000);
}

/** Watches a host so that it comes back if the page removes it. */
export function keep(h: Host): void {
  hosts.add(h);
  if (!watcher) {
    watcher = new MutationObserver(restore);
    watcher.observe(document, { childList: true, subtree: true });
  }
  watcher.observe(h.host, { attributes: true });
}

/** Takes a host away for good (its course is no longer on the page). */
export function discard(h: Host): void {
  h.live = false;
  hosts.delete(h);
  h.host.remove();
}

/** A small helper to build elements with text (never HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
