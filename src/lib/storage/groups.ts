/**
 * Workshop groups in IndexedDB (db.ts v3): every call succeeds or throws a StorageError, as the
 * workbook repository does. Deleting marks the group (undo clears the mark); purge removes it.
 */
import type { WorkbookDb } from './db';
import { classify } from './repository';
import { repairGroup, type GroupRecord } from '../workshop/group';

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw classify(err);
  }
}

export class GroupStore {
  constructor(readonly db: WorkbookDb) {}

  /** Every group, deleted ones too (the caller shows them as undoable), newest first. */
  list(): Promise<GroupRecord[]> {
    return run(async () => {
      const rows = await this.db.groups.orderBy('updatedAt').reverse().toArray();
      return rows.flatMap((r) => repairGroup(r) ?? []);
    });
  }

  get(id: string): Promise<GroupRecord | undefined> {
    return run(async () => repairGroup(await this.db.groups.get(id)));
  }

  put(group: GroupRecord): Promise<void> {
    return run(async () => {
      await this.db.groups.put(group);
    });
  }

  putMany(groups: GroupRecord[]): Promise<void> {
    return run(async () => {
      await this.db.groups.bulkPut(groups);
    });
  }

  /** Reads and writes in one transaction, so a change made in another tab meanwhile is not lost. */
  update(id: string, next: (stored: GroupRecord) => GroupRecord): Promise<GroupRecord | undefined> {
    return run(() =>
      this.db.transaction('rw', this.db.groups, async () => {
        const stored = repairGroup(await this.db.groups.get(id));
        if (!stored) return undefined;
        const record = next(stored);
        await this.db.groups.put(record);
        return record;
      }),
    );
  }

  purge(id: string): Promise<void> {
    return run(async () => {
      await this.db.groups.delete(id);
    });
  }
}
