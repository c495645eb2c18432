/** The workbook list: create, rename, duplicate, trash and restore, back up; kept fresh across tabs. */
import type { Lang } from '../worksheets/types';
import { newWorkbook, newWorkbookId, type WorkbookRecord } from '../storage/record';
import type { WorkbookSummary } from '../storage/summary';
import type { GroupRecord } from '../workshop/group';
import { progressOf } from '../worksheets/progress';
import { discardJournal } from './journal-keys';
import { announce, onTabMessage, repo } from './repo';
import { status } from './status.svelte';

const LAST_BACKUP_KEY = 'lastBackupAt';

class WorkbookList {
  /** Summaries, not whole workbooks: the list's memory does not grow with the answers (raw: read-only). */
  all = $state.raw<WorkbookSummary[]>([]);
  loaded = $state(false);
  /** When the last backup file was made on this device (ms), if ever. */
  lastBackupAt = $state<number | undefined>(undefined);
  active = $derived(this.all.filter((w) => !w.deletedAt));
  trashed = $derived(this.all.filter((w) => w.deletedAt).sort((a, b) => b.deletedAt - a.deletedAt));

  constructor() {
    onTabMessage(() => void this.refresh());
  }

  async #do<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work();
      status.succeeded();
      return result;
    } catch (err) {
      status.fail(err);
      return undefined;
    }
  }

  async refresh() {
    await this.#do(async () => {
      this.all = await repo.list();
      this.lastBackupAt = await repo.getMeta<number>(LAST_BACKUP_KEY);
      this.loaded = true;
    });
  }

  /** A whole workbook as stored now (the list holds summaries); undefined if gone or unreadable. */
  record(id: string): Promise<WorkbookRecord | undefined> {
    return this.#do(() => repo.get(id));
  }

  async #changed() {
    announce({ type: 'list-changed' });
    await this.refresh();
  }

  async create(name: string, lang: Lang): Promise<string | undefined> {
    const record = newWorkbook(name, lang);
    return this.#do(async () => {
      await repo.put(record);
      await this.#changed();
      return record.id;
    });
  }

  /** A workbook filled with every worksheet's example, in the given language. */
  async createExample(name: string, lang: Lang): Promise<string | undefined> {
    // The catalogue loads only for the example (not needed to show the list).
    const { loadAllDefinitions } = await import('../worksheets/index');
    const defs = await loadAllDefinitions();
    const record = newWorkbook(name, lang);
    for (const def of defs) {
      const sheet = def.example(lang);
      record.sheets[def.id] = sheet;
      record.progress[def.id] = progressOf(def, sheet);
    }
    return this.#do(async () => {
      await repo.put(record);
      await this.#changed();
      return record.id;
    });
  }

  async rename(id: string, name: string) {
    await this.#do(async () => {
      await repo.rename(id, name);
      await this.#changed();
    });
  }

  async duplicate(id: string, name: string): Promise<string | undefined> {
    return this.#do(async () => {
      const record = await repo.get(id);
      if (!record) return undefined;
      const now = Date.now();
      const copy: WorkbookRecord = {
        ...structuredClone(record),
        id: newWorkbookId(),
        name,
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
      };
      await repo.put(copy);
      await this.#changed();
      return copy.id;
    });
  }

  async trash(id: string) {
    await this.#do(async () => {
      await repo.trash(id);
      await this.#changed();
    });
  }

  async restore(id: string) {
    await this.#do(async () => {
      await repo.restore(id);
      await this.#changed();
    });
  }

  async purge(id: string) {
    await this.#do(async () => {
      await repo.purge(id);
      discardJournal(id);
      await this.#changed();
    });
  }

  /** The text of a backup of every workbook in use; the moment is remembered for the reminder. */
  async backup(now = new Date()): Promise<string | undefined> {
    return this.#do(async () => {
      const [{ makeBackup }, { GroupStore }] = await Promise.all([
        import('../storage/backup'),
        import('../storage/groups'),
      ]);
      // Workshop groups travel with the workbooks: a trainer's borrowed laptop keeps nothing.
      const text = makeBackup(await repo.records(), now, await new GroupStore(repo).list());
      this.lastBackupAt = now.getTime();
      try {
        await repo.setMeta(LAST_BACKUP_KEY, now.getTime());
      } catch {
        // Only the reminder's date: with the disk full the backup must still download.
      }
      return text;
    });
  }

  /**
   * Writes workbooks restored from a backup, all in one transaction (all or nothing). A replaced
   * workbook's journal is dropped so stale edits are not replayed over it, and tabs that have it
   * open are told to take the restored one.
   */
  async importRecords(records: WorkbookRecord[], groups: GroupRecord[] = []): Promise<boolean> {
    const done = await this.#do(async () => {
      await repo.putMany(records, groups);
      for (const r of records) {
        discardJournal(r.id);
        announce({ type: 'saved', id: r.id, updatedAt: r.updatedAt });
      }
      await this.#changed();
      return true;
    });
    return done === true;
  }
}

export const workbooks = new WorkbookList();
