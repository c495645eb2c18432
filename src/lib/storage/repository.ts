/**
 * Workbook persistence. Every call either succeeds or throws a StorageError (errors.ts): its kind
 * says what went wrong (the page words it for the user), its message is a short plain reason.
 * Callers put it in visible state, never swallow it.
 *
 * Dexie (db.ts) is loaded and opened on first need, not with the first screen: until then the
 * list and the meta values are read by a look that does not load it (peek.ts), and `check` tells
 * whether the database can be used at all. Anything that writes, and a workbook's page, loads it.
 */
import type { WorkbookDb } from './db';
import { classify, StorageError } from './errors';
import { peek } from './peek';
import { DB_NAME, SCHEMA_VERSION, type StoreName } from './schema';
import { repairWorkbook, type WorkbookRecord } from './record';
import { repairSummary, summaryOf, type WorkbookSummary } from './summary';
import type { GroupRecord } from '../workshop/group';

export class Repository {
  readonly name: string;
  #instance: WorkbookDb | undefined;
  #opening: Promise<WorkbookDb> | undefined;
  /** Dexie, once opened: reads go through it from then on. */
  #db: WorkbookDb | undefined;
  #onVersionChange: (() => void) | undefined;

  /** `db`: a Dexie database to use (tests); by default the app's, loaded when first needed. */
  constructor(db?: WorkbookDb) {
    this.#instance = db && this.#watch(db);
    this.name = db?.name ?? DB_NAME;
  }

  private async run<T>(work: () => Promise<T>, opening?: boolean): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw classify(err, opening);
    }
  }

  /** Called when another tab upgrades the database (the page closes this connection then). */
  onVersionChange(handler: () => void): void {
    this.#onVersionChange = handler;
  }

  #watch(db: WorkbookDb): WorkbookDb {
    db.on('versionchange', () => {
      this.#onVersionChange?.();
      return false;
    });
    return db;
  }

  /**
   * Dexie, loaded and opened once; a database written by a newer version of the app is refused.
   * A failed open is tried again at the next call.
   */
  database(): Promise<WorkbookDb> {
    this.#opening ??= this.run(async () => {
      const db = (this.#instance ??= this.#watch(new (await import('./db')).WorkbookDb(this.name)));
      await db.open();
      // Dexie 4 opens a newer database silently (and would let this old code write to it);
      // IndexedDB's own version is Dexie's ×10.
      const installed = db.backendDB().version / 10;
      if (installed > SCHEMA_VERSION) {
        db.close();
        throw new StorageError('newer-version', `schema ${installed} > ${SCHEMA_VERSION}`);
      }
      this.#db = db;
      return db;
    }, true).catch((err: unknown) => {
      this.#opening = undefined;
      throw err;
    });
    return this.#opening;
  }

  /** Opens the database with Dexie (a page that will read and write at once). */
  async open(): Promise<void> {
    await this.database();
  }

  /** Whether the database can be used (there, not newer than this code), without loading Dexie. */
  async check(): Promise<void> {
    if (!this.#db) await this.run(() => peek(this.name, []), true);
  }

  /** Every row of a store, newest first: through Dexie once it is open, else by a look (peek.ts). */
  rows(store: Exclude<StoreName, 'meta'>): Promise<unknown[]> {
    return this.run(async () => {
      const db = this.#db;
      if (!db) return (await peek(this.name, [store]))[store] ?? [];
      return db.table(store).orderBy('updatedAt').reverse().toArray();
    });
  }

  /**
   * The list: every workbook's summary (summary.ts), trash included, newest first. A database
   * older than v4 has none until Dexie upgrades it: its records are summarised as they are read.
   */
  list(): Promise<WorkbookSummary[]> {
    const mended = (rows: unknown[]) => rows.flatMap((r) => repairSummary(r) ?? []);
    return this.run(async () => {
      const db = this.#db;
      if (db) return mended(await db.summaries.orderBy('updatedAt').reverse().toArray());
      const seen = await peek(this.name, ['summaries']);
      return mended(seen.summaries ?? (await peek(this.name, ['workbooks'])).workbooks ?? []);
    });
  }

  /** Every workbook whole, newest first (for a backup). */
  async records(): Promise<WorkbookRecord[]> {
    return (await this.rows('workbooks')).flatMap((r) => repairWorkbook(r) ?? []);
  }

  get(id: string): Promise<WorkbookRecord | undefined> {
    return this.run(async () => {
      const db = await this.database();
      return repairWorkbook(await db.workbooks.get(id));
    });
  }

  /**
   * Writes in one transaction over the workbooks and their summaries, so the list never shows a
   * summary out of step with its workbook (`also`: more tables the work writes).
   */
  #write<T>(
    work: (db: WorkbookDb) => Promise<T>,
    ...also: Exclude<StoreName, 'workbooks' | 'summaries'>[]
  ): Promise<T> {
    return this.run(async () => {
      const db = await this.database();
      return db.transaction('rw', ['workbooks', 'summaries', ...also], () => work(db));
    });
  }

  /** The records and their summaries (inside #write). */
  static async #store(db: WorkbookDb, records: readonly WorkbookRecord[]): Promise<void> {
    await db.workbooks.bulkPut(records.slice());
    await db.summaries.bulkPut(records.map(summaryOf));
  }

  /**
   * Changes a stored record as it is (not mended: what this version does not know stays) and its
   * summary; nothing when it is not there.
   */
  static async #change(db: WorkbookDb, id: string, change: (r: WorkbookRecord) => void): Promise<void> {
    const stored = await db.workbooks.get(id);
    if (!stored) return;
    change(stored);
    await db.workbooks.put(stored);
    const summary = repairSummary(stored);
    if (summary) await db.summaries.put(summary);
  }

  put(record: WorkbookRecord): Promise<void> {
    return this.#write((db) => Repository.#store(db, [record]));
  }

  /**
   * Reads the stored record and writes what `next` makes of it, in one transaction, so nothing
   * another tab saves in between is overwritten unseen. Returns what was written. With
   * `unchanged`, the stored summary (a few hundred bytes) is asked first: when it gives a record,
   * that is written without reading the whole stored one back (a save at 10,000 rows).
   */
  update(
    id: string,
    next: (stored: WorkbookRecord | undefined) => WorkbookRecord,
    unchanged?: (stored: WorkbookSummary) => WorkbookRecord | undefined,
  ): Promise<WorkbookRecord> {
    return this.#write(async (db) => {
      const summary = unchanged && repairSummary(await db.summaries.get(id));
      const quick = summary && unchanged(summary);
      const record = quick ?? next(repairWorkbook(await db.workbooks.get(id)));
      await Repository.#store(db, [record]);
      return record;
    });
  }

  /**
   * Changes only the name, and the time of change (always newer than the stored one, so open tabs
   * see the change): a tab saving the same workbook keeps its edits.
   */
  rename(id: string, name: string, now = Date.now()): Promise<void> {
    return this.#write((db) =>
      Repository.#change(db, id, (r) => {
        r.name = name;
        r.updatedAt = Math.max(now, r.updatedAt + 1);
      }),
    );
  }

  /** Workbooks (and workshop groups, from a backup) in one transaction: all are written or none. */
  putMany(records: WorkbookRecord[], groups: GroupRecord[] = []): Promise<void> {
    return this.#write(async (db) => {
      await Repository.#store(db, records);
      if (groups.length) await db.groups.bulkPut(groups);
    }, 'groups');
  }

  /** Moves to the trash: restorable until purged. */
  trash(id: string, now = Date.now()): Promise<void> {
    return this.#write((db) => Repository.#change(db, id, (r) => (r.deletedAt = now)));
  }

  restore(id: string): Promise<void> {
    return this.#write((db) => Repository.#change(db, id, (r) => (r.deletedAt = 0)));
  }

  purge(id: string): Promise<void> {
    return this.#write(async (db) => {
      await db.workbooks.delete(id);
      await db.summaries.delete(id);
    });
  }

  getMeta<T>(key: string): Promise<T | undefined> {
    return this.run(async () => {
      const db = this.#db;
      const row = db
        ? await db.meta.get(key)
        : (((await peek(this.name, ['meta'])).meta ?? []) as { key?: unknown; value?: unknown }[]).find(
            (m) => m.key === key,
          );
      return row?.value as T | undefined;
    });
  }

  setMeta(key: string, value: unknown): Promise<void> {
    return this.run(async () => {
      const db = await this.database();
      await db.meta.put({ key, value });
    });
  }

  /** Closes Dexie's connection, if open; nothing is read or written through it after. */
  close(): void {
    this.#db?.close();
  }
}
