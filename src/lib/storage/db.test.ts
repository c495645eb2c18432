import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkbookDb } from './db';
import { SCHEMA_VERSION } from './schema';
import { Repository } from './repository';
import { GroupStore } from './groups';
import { newWorkbook } from './record';
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
    expect(SCHEMA_VERSION).toBe(3);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version / 10).toBe(3);
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
