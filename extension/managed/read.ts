import { browser } from 'wxt/browser';
import { parseManaged, type ReadManaged } from './config.ts';

/**
 * Reads what the school pushed. Browsers without managed storage for this extension (no policy set, or
 * Firefox with no policies.json entry) reject the call: that simply means nothing was set.
 */
export async function readManaged(): Promise<ReadManaged> {
  try {
    return parseManaged(await browser.storage.managed.get());
  } catch {
    return { config: {}, problems: [] };
  }
}

/** Calls `listener` whenever the school changes its pushed settings; returns a function that stops listening. */
export function onManagedChange(listener: () => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
