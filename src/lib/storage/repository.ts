/**
 * Workbook persistence. Every call either succeeds or throws a StorageError whose message is
 * fit to show; callers put it in visible state, never swallow it.
 */
import { WorkbookDb, SCHEMA_VERSION } from './db';
import { repairWorkbook, type WorkbookRecord } from './record';

export class StorageError extends Error {
  constructor(
    readonly kind: 'newer-version' | 'blocked' | 'quota' | 'closed' | 'other',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function classify(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const name = err instanceof Error ? err.name : '';
  const msg = err instanceof Error ? err.message : String(err);
  if (name === 'VersionError') return new StorageError('newer-version', msg, err);
  if (name === 'QuotaExceededError' || /quota/i.test(msg)) return new StorageError('quota', msg, err);
  if (name === 'DatabaseClosedError') return new StorageError('closed', msg, err);
  return new StorageError('other', msg, err);
}

export class Repository {
  readonly db: WorkbookDb;
  constructor(db = new WorkbookDb()) {
    this.db = db;
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw classify(err);
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
    });
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

  /** Changes only the name (and the time of change): a tab saving the same workbook keeps its edits. */
  rename(id: string, name: string, now = Date.now()): Promise<void> {
    return this.run(async () => {
      await this.db.workbooks.update(id, { name, updatedAt: now });
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
