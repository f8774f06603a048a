/**
 * Every record of every IndexedDB database of the page's origin, as "database/store" → records: run it
 * in the page (`page.evaluate(allIndexedDbRecords)`), to check by enumeration what an origin still holds.
 */
export async function allIndexedDbRecords(): Promise<Record<string, unknown[]>> {
  const records: Record<string, unknown[]> = {};
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name!);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    for (const store of db.objectStoreNames) {
      records[`${name}/${store}`] = await new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    }
    db.close();
  }
  return records;
}
