/**
 * Workshop groups in IndexedDB (db.ts v3): every call succeeds or throws a StorageError, as the
 * workbook repository does. Deleting marks the group (undo clears the mark); purge removes it.
 */
import { classify } from './errors';
import type { Repository } from './repository';
import { repairGroup, type GroupRecord } from '../workshop/group';

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw classify(err);
  }
}

export class GroupStore {
  /** Through the repository's database: Dexie, loaded when first written (repository.ts). */
  constructor(readonly repo: Repository) {}

  /** Every group, deleted ones too (the caller shows them as undoable), newest first. */
  async list(): Promise<GroupRecord[]> {
    return (await this.repo.rows('groups')).flatMap((r) => repairGroup(r) ?? []);
  }

  get(id: string): Promise<GroupRecord | undefined> {
    return run(async () => {
      const db = await this.repo.database();
      return repairGroup(await db.groups.get(id));
    });
  }

  put(group: GroupRecord): Promise<void> {
    return run(async () => {
      const db = await this.repo.database();
      await db.groups.put(group);
    });
  }

  putMany(groups: GroupRecord[]): Promise<void> {
    return run(async () => {
      const db = await this.repo.database();
      await db.groups.bulkPut(groups);
    });
  }

  /** Reads and writes in one transaction, so a change made in another tab meanwhile is not lost. */
  update(id: string, next: (stored: GroupRecord) => GroupRecord): Promise<GroupRecord | undefined> {
    return run(async () => {
      const db = await this.repo.database();
      return db.transaction('rw', db.groups, async () => {
        const stored = repairGroup(await db.groups.get(id));
        if (!stored) return undefined;
        const record = next(stored);
        await db.groups.put(record);
        return record;
      });
    });
  }

  purge(id: string): Promise<void> {
    return run(async () => {
      const db = await this.repo.database();
      await db.groups.delete(id);
    });
  }
}
