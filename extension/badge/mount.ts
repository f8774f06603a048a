import { effect } from '@preact/signals';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { InlineBadge } from './InlineBadge.tsx';
import { page, type PageCourse } from './model.ts';
import { PageBadge } from './PageBadge.tsx';
import { badgeSpot } from './locate.ts';

// Production roots are closed, so the provider's own scripts cannot read the breakdown (which names the
// member of staff's PD targets); the e2e build keeps them open so Playwright and axe can look inside.
const mode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
const isolateEvents = ['keydown', 'keyup', 'keypress'];

/**
 * Takes the shadow container out of the page's flow: an absolutely positioned box with no offsets
 * sits where it would have been (its static position) and moves nothing around it.
 */
function outOfFlow(container: HTMLElement): void {
  container.style.position = 'absolute';
}

/** Mounts the page-level badge and panel once, after the <body>, so no page content moves. */
export async function mountPageUi(ctx: ContentScriptContext, css: string): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'cpd-lens-badge',
    mode,
    css,
    isolateEvents,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    onMount(container) {
      outOfFlow(container);
      render(h(PageBadge, {}), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}

/** Keeps one small inline badge beside each catalogue course whose title was found, following the page model. */
export function syncInlineBadges(ctx: ContentScriptContext, css: string): () => void {
  const mounted = new Map<string, ShadowRootContentScriptUi<HTMLElement>>();
  let generation = 0;
  const dispose = effect(() => {
    const items = page.kind.value === 'catalogue' ? page.courses.value.filter((c) => c.anchor && c.result) : [];
    const run = ++generation;
    void (async () => {
      for (const [key, ui] of mounted) {
        if (!items.some((i) => i.key === key && i.anchor?.isConnected)) {
          ui.remove();
          mounted.delete(key);
        }
      }
      for (const item of items) {
        if (run !== generation) return;
        const existing = mounted.get(item.key);
        if (existing) {
          render(h(InlineBadge, { item }), existing.mounted!);
          continue;
        }
        mounted.set(item.key, await mountInline(ctx, css, item));
      }
    })();
  });
  return () => {
    dispose();
    for (const ui of mounted.values()) ui.remove();
    mounted.clear();
  };
}

async function mountInline(ctx: ContentScriptContext, css: string, item: PageCourse): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const spot = badgeSpot(item.anchor!);
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'cpd-lens-course',
    mode,
    css,
    isolateEvents,
    position: 'inline',
    anchor: spot.anchor,
    append: spot.append,
    onMount(container) {
      outOfFlow(container);
      container.className = 'inline-root';
      render(h(InlineBadge, { item }), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
