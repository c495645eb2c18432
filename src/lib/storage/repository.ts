/**
 * Workbook persistence. Every call either succeeds or throws a StorageError: its kind says what
 * went wrong (the page words it for the user), its message is a short plain reason. Callers put
 * it in visible state, never swallow it.
 */
import { WorkbookDb, SCHEMA_VERSION } from './db';
import { repairWorkbook, type WorkbookRecord } from './record';

export type StorageErrorKind =
  /** The database was written by a newer version of the app. */
  | 'newer-version'
  /** The browser does not let this site store data (no IndexedDB, private window, blocked site data). */
  | 'unavailable'
  /** No room left for the site's data. */
  | 'quota'
  /** The connection was closed (by this app on a version change, or by the browser). */
  | 'closed'
  | 'other';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * A short reason fit to show inside a sentence: the message, without the web addresses libraries
 * add ("Please visit https://…") and without a final full stop.
 */
export const plainReason = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err))
    .replace(/\s*(Please visit\s*)?\S*https?:\/\/\S*/gi, '')
    .trim()
    .replace(/\.+$/, '');

/**
 * What went wrong, as a kind the page words for the user. `opening`: while opening the database,
 * an InvalidStateError means the browser stores nothing for this site (old Firefox private windows).
 */
export function classify(err: unknown, opening?: boolean): StorageError {
  if (err instanceof StorageError) return err;
  // Dexie keeps the browser's own error in `inner`; an error's text is "Name: message".
  const inner = (err as { inner?: unknown } | null)?.inner ?? err;
  const text = `${err} ${inner}`;
  const kind: StorageErrorKind = /VersionError/.test(text)
    ? 'newer-version'
    : /quota/i.test(text)
      ? 'quota'
      : /MissingAPI|SecurityError|denied permission/i.test(text) || (opening && /InvalidStateError/.test(text))
        ? 'unavailable'
        : /DatabaseClosed/.test(text)
          ? 'closed'
          : 'other';
  return new StorageError(kind, plainReason(inner), err);
}

export class Repository {
  readonly db: WorkbookDb;
  constructor(db = new WorkbookDb()) {
    this.db = db;
  }

  private async run<T>(work: () => Promise<T>, opening?: boolean): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw classify(err, opening);
    }
  }

  /** Opens the database; a database written by a newer version of the app is refused. */
  open(): Promise<void> {
    return this.run(async () => {
      await this.db.open();
      // Dexie 4 opens a newer database silently (and would let this old code write to it);
      // IndexedDB's own version is Dexie's ×10.
      const installed = this.db.backendDB().version / 10;
      if (installed > SCHEMA_VERSION) {
        this.db.close();
        throw new StorageError('newer-version', `schema ${installed} > ${SCHEMA_VERSION}`);
      }
    }, true);
  }

  list(): Promise<WorkbookRecord[]> {
    return this.run(async () => {
      const rows = await this.db.workbooks.orderBy('updatedAt').reverse().toArray();
      return rows.flatMap((r) => repairWorkbook(r) ?? []);
    });
  }

  get(id: string): Promise<WorkbookRecord | undefined> {
    return this.run(async () => repairWorkbook(await this.db.workbooks.get(id)));
  }

  put(record: WorkbookRecord): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks.put(record);
    });
  }

  /**
   * Reads the stored record and writes what `next` makes of it, in one transaction, so nothing
   * another tab saves in between is overwritten unseen. Returns what was written.
   */
  update(id: string, next: (stored: WorkbookRecord | undefined) => WorkbookRecord): Promise<WorkbookRecord> {
    return this.run(() =>
      this.db.transaction('rw', this.db.workbooks, async () => {
        const record = next(repairWorkbook(await this.db.workbooks.get(id)));
        await this.db.workbooks.put(record);
        return record;
      }),
    );
  }

  /**
   * Changes only the name, and the time of change (always newer than the stored one, so open tabs
   * see the change): a tab saving the same workbook keeps its edits.
   */
  rename(id: string, name: string, now = Date.now()): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks
        .where(':id')
        .equals(id)
        .modify((r) => {
          r.name = name;
          r.updatedAt = Math.max(now, r.updatedAt + 1);
        });
    });
  }

  putMany(records: WorkbookRecord[]): Promise<void> {
    return this.run(async () => {
      await this.db.transaction('rw', this.db.workbooks, async () => {
        await this.db.workbooks.bulkPut(records);
      });
    });
  }

  /** Moves to the trash: restorable until purged. */
  trash(id: string, now = Date.now()): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks.update(id, { deletedAt: now });
    });
  }

  restore(id: string): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks.update(id, { deletedAt: 0 });
    });
  }

  purge(id: string): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks.delete(id);
    });
  }

  getMeta<T>(key: string): Promise<T | undefined> {
    return this.run(async () => (await this.db.meta.get(key))?.value as T | undefined);
  }

  setMeta(key: string, value: unknown): Promise<void> {
    return this.run(async () => {
      await this.db.meta.put({ key, value });
    });
  }

  close(): void {
    this.db.close();
  }
}
