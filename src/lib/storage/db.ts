/**
 * The only importer of Dexie. Every schema version is kept with its upgrade; versions only add.
 *  v1: workbooks by id and updatedAt.
 *  v2: trash (deletedAt index, 0 = in use) and a meta table (last backup, settings).
 *  v3: workshop groups (participants' read-only copies inside each group); nothing else changes.
 *  v4: the list's summaries (summary.ts), one per workbook, made from the workbooks there.
 * The version number itself is SCHEMA_VERSION in schema.ts (read there without loading Dexie).
 * This module is loaded on demand (repository.ts): the list page reads without it (peek.ts).
 */
import Dexie, { type Table } from 'dexie';
import { DB_NAME } from './schema';
import type { WorkbookRecord } from './record';
import { repairSummary, type WorkbookSummary } from './summary';
import type { GroupRecord } from '../workshop/group';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class WorkbookDb extends Dexie {
  workbooks!: Table<WorkbookRecord, string>;
  meta!: Table<MetaRecord, string>;
  groups!: Table<GroupRecord, string>;
  summaries!: Table<WorkbookSummary, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a save reported done is on disk, not just in the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ workbooks: 'id, updatedAt' });
    this.version(2)
      .stores({ workbooks: 'id, updatedAt, deletedAt', meta: 'key' })
      .upgrade((tx) =>
        tx
          .table('workbooks')
          .toCollection()
          .modify((w: Partial<WorkbookRecord>) => {
            if (typeof w.deletedAt !== 'number') w.deletedAt = 0;
            if (!w.progress) w.progress = {};
          }),
      );
    // Only adds a table: the workbooks and meta are untouched (storage/db.test.ts).
    this.version(3).stores({ groups: 'id, updatedAt, deletedAt' });
    // Adds a table: the workbooks are read one by one (a cursor, not all at once) and left as they are.
    this.version(4)
      .stores({ summaries: 'id, updatedAt' })
      .upgrade(async (tx) => {
        const summaries: WorkbookSummary[] = [];
        await tx.table('workbooks').each((w: unknown) => {
          const summary = repairSummary(w);
          if (summary) summaries.push(summary);
        });
        await tx.table('summaries').bulkPut(summaries);
      });
  }
}
