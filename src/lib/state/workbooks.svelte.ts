/** The workbook list: create, rename, duplicate, trash and restore; kept fresh across tabs. */
import type { Lang } from '../worksheets/types';
import { newWorkbook, newWorkbookId, type WorkbookRecord } from '../storage/record';
import { StorageError } from '../storage/repository';
import { loadAllDefinitions } from '../worksheets/index';
import { progressOf } from '../worksheets/progress';
import { discardJournal } from './journal';
import { announce, onTabMessage, repo } from './repo';
import { status } from './status.svelte';

class WorkbookList {
  all = $state<WorkbookRecord[]>([]);
  loaded = $state(false);
  active = $derived(this.all.filter((w) => !w.deletedAt));
  trashed = $derived(this.all.filter((w) => w.deletedAt).sort((a, b) => b.deletedAt - a.deletedAt));

  constructor() {
    onTabMessage(() => void this.refresh());
  }

  async #do<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work();
      return result;
    } catch (err) {
      status.fail(err instanceof StorageError ? err : new StorageError('other', String(err)));
      return undefined;
    }
  }

  async refresh() {
    await this.#do(async () => {
      this.all = await repo.list();
      this.loaded = true;
    });
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
      const record = await repo.get(id);
      if (!record) return;
      await repo.put({ ...record, name, updatedAt: Date.now() });
      await this.#changed();
    });
  }

  async duplicate(id: string, name: string): Promise<string | undefined> {
    return this.#do(async () => {
      const record = await repo.get(id);
      if (!record) return undefined;
      const now = Date.now();
      const copy: WorkbookRecord = { ...structuredClone(record), id: newWorkbookId(), name, createdAt: now, updatedAt: now, deletedAt: 0 };
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
}

export const workbooks = new WorkbookList();
