/**
 * A read-only look into the database with IndexedDB itself, so the list page shows its list
 * without loading Dexie (28 KB gzip of its first screen; repository.ts loads it when something is
 * written or a workbook opens). Opened without a version, it never creates, upgrades or blocks
 * the database: a database that does not exist yet reads as empty and is not created, the
 * connection closes as soon as it is read (or when another tab asks to upgrade), and one written
 * by a newer app is refused as Dexie's open is (repository.ts).
 */
import { StorageError } from './errors';
import { SCHEMA_VERSION, type StoreName } from './schema';

/**
 * Each store asked for: its rows, newest first by `updatedAt` where it has that index; a store
 * the database does not have (yet: an older version) is left out.
 */
export type Peeked = Partial<Record<StoreName, unknown[]>>;

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** The database as it is, or undefined when there is none (its creation is undone at once). */
function openAsItIs(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    let creating = false;
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      creating = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => (creating ? resolve(undefined) : reject(req.error));
  });
}

export async function peek(name: string, stores: readonly StoreName[]): Promise<Peeked> {
  // No database yet: every store is there, empty (the database Dexie will create has them all).
  const none: Peeked = Object.fromEntries(stores.map((s) => [s, []]));
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', 'IndexedDB API missing');
  // Listed where the browser can list them: a database that is not there is not even opened.
  const listed = await indexedDB.databases?.().catch(() => undefined);
  if (listed && !listed.some((d) => d.name === name)) return none;
  const db = await openAsItIs(name);
  if (!db) return none;
  try {
    const installed = db.version / 10;
    if (installed > SCHEMA_VERSION) throw new StorageError('newer-version', `schema ${installed} > ${SCHEMA_VERSION}`);
    const present = stores.filter((s) => db.objectStoreNames.contains(s));
    if (!present.length) return {};
    const tx = db.transaction(present, 'readonly');
    const found: Peeked = {};
    await Promise.all(
      present.map(async (s) => {
        const store = tx.objectStore(s);
        found[s] = store.indexNames.contains('updatedAt')
          ? (await request(store.index('updatedAt').getAll())).reverse()
          : await request(store.getAll());
      }),
    );
    return found;
  } finally {
    db.close();
  }
}
