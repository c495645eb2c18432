import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkbookDb } from './db';
import { SCHEMA_VERSION } from './schema';
import { Repository } from './repository';
import { GroupStore } from './groups';
import { newWorkbook, type WorkbookRecord } from './record';
import { repairSummary, summaryOf } from './summary';
import { newGroup } from '../workshop/group';

describe('schema v3 (workshop groups)', () => {
  it('upgrades a version-2 database by adding the groups table only', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ workbooks: 'id, updatedAt, deletedAt', meta: 'key' });
    const wb = { ...newWorkbook('Kept as it was', 'pl', 5), deletedAt: 7 };
    await v2.table('workbooks').put(wb);
    await v2.table('meta').put({ key: 'lastBackupAt', value: 42 });
    v2.close();

    const repo = new Repository(new WorkbookDb(name));
    const db = await repo.database();
    expect(SCHEMA_VERSION).toBe(4);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version / 10).toBe(SCHEMA_VERSION);
    expect(await db.workbooks.get(wb.id)).toEqual(wb);
    expect(await repo.getMeta('lastBackupAt')).toBe(42);
    const groups = new GroupStore(repo);
    expect(await groups.list()).toEqual([]);
    const g = newGroup('Gdańsk workshop, 12 March', 10);
    await groups.put(g);
    expect(await groups.get(g.id)).toEqual(g);
    repo.close();
  });

  it('stores, updates and purges groups; a damaged one is mended on read', async () => {
    const db = new WorkbookDb(`g-${Math.random()}`);
    const groups = new GroupStore(new Repository(db));
    const g = newGroup('A', 1);
    await groups.put(g);
    await groups.update(g.id, (s) => ({ ...s, name: 'B', updatedAt: 2 }));
    expect((await groups.get(g.id))?.name).toBe('B');
    await db.groups.put({ id: 'broken', participants: [{ nonsense: true }, 3] } as never);
    expect(await groups.get('broken')).toMatchObject({ id: 'broken', name: '', participants: [], deletedAt: 0 });
    await groups.purge(g.id);
    expect(await groups.get(g.id)).toBeUndefined();
    db.close();
  });
});

describe('schema v4 (the list’s summaries)', () => {
  it('upgrades a version-3 database: one summary per workbook, the workbooks and groups as they were', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ workbooks: 'id, updatedAt, deletedAt', meta: 'key', groups: 'id, updatedAt, deletedAt' });
    const full: WorkbookRecord = {
      ...newWorkbook('Answered', 'pl', 5),
      progress: { 'nps-survey': { answered: 3, total: 10 } },
      sheets: { 'nps-survey': { fields: {}, tables: { respondents: [{ id: 'r1', cells: { score: '9' } }] } } },
    };
    const trashed = { ...newWorkbook('In the trash', 'en', 6), deletedAt: 8 };
    // An old, damaged record (no name, no progress): summarised as the list would read it.
    const damaged = { id: 'damaged', updatedAt: 7, sheets: 'junk' };
    await v3.table('workbooks').bulkPut([full, trashed, damaged]);
    const g = newGroup('Kept', 1);
    await v3.table('groups').put(g);
    v3.close();

    const db = new WorkbookDb(name);
    const repo = new Repository(db);
    await repo.open();
    expect(await db.workbooks.get(full.id)).toEqual(full);
    expect(await db.workbooks.get('damaged')).toEqual(damaged);
    expect(await db.groups.get(g.id)).toEqual(g);
    expect(await db.summaries.count()).toBe(3);
    expect(await db.summaries.get(full.id)).toEqual(summaryOf(full));
    expect(await db.summaries.get('damaged')).toMatchObject({
      id: 'damaged',
      name: '',
      updatedAt: 7,
      deletedAt: 0,
      lang: 'en',
      progress: {},
    });
    expect((await repo.list()).map((w) => [w.name, w.deletedAt])).toEqual([
      ['', 0],
      ['In the trash', 8],
      ['Answered', 0],
    ]);
    // No answers in a summary: the list reads a few fields per workbook.
    expect(Object.keys((await repo.list())[2]!).sort()).toEqual(
      ['createdAt', 'deletedAt', 'id', 'lang', 'name', 'progress', 'updatedAt'].sort(),
    );
    repo.close();
  });

  it('keeps every summary in step with its workbook through each kind of write', async () => {
    const db = new WorkbookDb(`steps-${Math.random()}`);
    const repo = new Repository(db);
    const inStep = async () => {
      const records = await db.workbooks.toArray();
      expect(await db.summaries.orderBy('id').toArray()).toEqual(
        records.sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => repairSummary(r)),
      );
    };
    const a = newWorkbook('A', 'en', 1);
    const b = newWorkbook('B', 'pl', 2);
    await repo.put(a);
    await inStep();
    await repo.putMany([b, { ...newWorkbook('C', 'en', 3) }]);
    await inStep();
    await repo.update(a.id, (stored) => ({
      ...stored!,
      progress: { 'crm-audit': { answered: 1, total: 4 } },
      updatedAt: 9,
    }));
    await inStep();
    await repo.rename(b.id, 'B renamed', 20);
    await inStep();
    await repo.trash(a.id, 30);
    await inStep();
    await repo.restore(a.id);
    await inStep();
    await repo.purge(b.id);
    await inStep();
    // Nothing there: nothing written.
    await repo.rename('missing', 'x');
    await repo.trash('missing');
    await inStep();
    expect((await repo.list()).map((w) => w.name)).toEqual(['A', 'C']);
    expect((await repo.list())[0]?.progress).toEqual({ 'crm-audit': { answered: 1, total: 4 } });
    repo.close();
  });
});
