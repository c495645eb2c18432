import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { peek } from './peek';
import { Repository } from './repository';
import { WorkbookDb } from './db';
import { GroupStore } from './groups';
import { SCHEMA_VERSION } from './schema';
import { newWorkbook } from './record';
import { newGroup } from '../workshop/group';

const freshName = () => `peek-${Math.random()}`;
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('peek: the list read without Dexie', () => {
  it('reads a database that is not there as empty, and does not create it', async () => {
    const name = freshName();
    expect(await peek(name, ['workbooks', 'meta', 'groups'])).toEqual({ workbooks: [], meta: [], groups: [] });
    expect(await exists(name)).toBe(false);
    // The same where the browser cannot list its databases: the creation is undone.
    const databases = indexedDB.databases.bind(indexedDB);
    (indexedDB as { databases?: unknown }).databases = undefined;
    try {
      expect((await peek(name, ['workbooks'])).workbooks).toEqual([]);
    } finally {
      indexedDB.databases = databases;
    }
    expect(await exists(name)).toBe(false);
  });

  it('reads what Dexie wrote, newest first, and lets a later upgrade through (no connection is kept)', async () => {
    const name = freshName();
    const repo = new Repository(new WorkbookDb(name));
    await repo.put({ ...newWorkbook('old', 'en'), updatedAt: 1 });
    await repo.put({ ...newWorkbook('new', 'pl'), updatedAt: 2 });
    await repo.setMeta('lastBackupAt', 42);
    await new GroupStore(repo).put(newGroup('Gdańsk', 5));
    const [records, summaries] = [await repo.records(), await repo.list()];
    expect(records.map((w) => w.name)).toEqual(['new', 'old']);
    repo.close();

    const seen = await peek(name, ['workbooks', 'meta', 'groups', 'summaries']);
    expect(seen.workbooks).toEqual(records);
    expect(seen.summaries).toEqual(summaries);
    expect(seen.meta).toEqual([{ key: 'lastBackupAt', value: 42 }]);
    expect(seen.groups).toMatchObject([{ name: 'Gdańsk' }]);
    // A repository that has not loaded Dexie reads the same by peeking.
    const light = new Repository(new WorkbookDb(name));
    expect(await light.list()).toEqual(summaries);
    expect(await light.records()).toEqual(records);
    expect(await light.getMeta('lastBackupAt')).toBe(42);
    expect((await new GroupStore(light).list()).map((g) => g.name)).toEqual(['Gdańsk']);

    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 1).stores({ workbooks: 'id, updatedAt, deletedAt', meta: 'key', groups: 'id' });
    await future.open();
    future.close();
  });

  it('reads an old version-1 database as it is (no meta, no groups, no summaries yet), without upgrading it', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ workbooks: 'id, updatedAt' });
    await v1
      .table('workbooks')
      .put({ id: 'old-1', name: 'From v1', createdAt: 1, updatedAt: 2, lang: 'en', sheets: {} });
    v1.close();
    const repo = new Repository(new WorkbookDb(name));
    // Its list is made from the records themselves (the summaries come with Dexie's upgrade).
    expect(await repo.list()).toEqual([
      { id: 'old-1', name: 'From v1', createdAt: 1, updatedAt: 2, deletedAt: 0, lang: 'en', progress: {} },
    ]);
    expect(await repo.getMeta('lastBackupAt')).toBeUndefined();
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
    });
    expect(raw.version).toBe(10);
    raw.close();
  });

  it('refuses a database written by a newer version, and a browser without IndexedDB', async () => {
    const name = freshName();
    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 1).stores({ workbooks: 'id, updatedAt, deletedAt' });
    await future.open();
    future.close();
    await expect(new Repository(new WorkbookDb(name)).check()).rejects.toMatchObject({ kind: 'newer-version' });
    await expect(new Repository(new WorkbookDb(name)).list()).rejects.toMatchObject({ kind: 'newer-version' });

    const real = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      await expect(new Repository(new WorkbookDb(freshName())).check()).rejects.toMatchObject({
        kind: 'unavailable',
      });
    } finally {
      globalThis.indexedDB = real;
    }
  });
});
