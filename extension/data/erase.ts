import { browser } from 'wxt/browser';

/** Empties every object store of one database of the extension's origin, whatever version wrote it. */
function emptyDatabase(name: string): Promise<void> {
  return new Promise((ok, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      if (!names.length) {
        db.close();
        return ok();
      }
      const tx = db.transaction(names, 'readwrite');
      for (const store of names) tx.objectStore(store).clear();
      tx.oncomplete = () => {
        db.close();
        ok();
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        fail(tx.error);
      };
    };
  });
}

/**
 * P-04, "delete all my data": removes everything CPD Lens holds in this browser — every record of
 * every database of its origin (profile, PD targets, saved courses and notes, policies, drafts,
 * outbox, evaluations, records a newer version wrote), its settings and marks (`storage.local`) and
 * the scores kept for open tabs (`storage.session`). Records are cleared rather than the databases
 * deleted, so another open CPD Lens page cannot block it. Nothing is ever sent anywhere.
 */
export async function eraseEverything(): Promise<void> {
  const databases = await indexedDB.databases();
  for (const { name } of databases) if (name) await emptyDatabase(name);
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
}
