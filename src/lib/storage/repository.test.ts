import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { Repository } from './repository';
import { classify, StorageError } from './errors';
import { WorkbookDb } from './db';
import { SCHEMA_VERSION } from './schema';
import { newWorkbook, repairWorkbook } from './record';

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random()}`;

describe('Repository', () => {
  it('saves and loads a workbook with text as typed', async () => {
    const repo = new Repository(new WorkbookDb(freshName()));
    await repo.open();
    const wb = newWorkbook('Acme', 'pl');
    wb.sheets['nps-survey'] = { fields: {}, tables: { respondents: [{ id: 'a', cells: { score: '7,5' } }] } };
    await repo.put(wb);
    const back = await repo.get(wb.id);
    expect(back?.sheets['nps-survey']?.tables['respondents']?.[0]?.cells['score']).toBe('7,5');
    expect(back?.name).toBe('Acme');
    repo.close();
  });

  it('update with `unchanged`: written as given while the summary says nothing changed, merged from the whole record once it did', async () => {
    const repo = new Repository(new WorkbookDb(freshName()));
    const wb = newWorkbook('Gamma', 'en', 1_000);
    await repo.put(wb);
    const seen: string[] = [];
    const mine = { ...wb, name: 'Gamma typed here', updatedAt: 2_000 };
    await repo.update(
      wb.id,
      () => (seen.push('whole record read'), mine),
      (s) => (seen.push(`summary ${s.updatedAt}`), s.updatedAt === 1_000 ? mine : undefined),
    );
    expect(seen).toEqual(['summary 1000']);
    expect((await repo.get(wb.id))?.name).toBe('Gamma typed here');
    // Another tab renamed it meanwhile: the summary is newer, the whole record is read and merged.
    await repo.rename(wb.id, 'Gamma elsewhere', 3_000);
    await repo.update(
      wb.id,
      (stored) => (seen.push(`merged with ${stored?.name}`), { ...stored!, updatedAt: 4_000 }),
      (s) => (s.updatedAt === 2_000 ? mine : undefined),
    );
    expect(seen).toEqual(['summary 1000', 'merged with Gamma elsewhere']);
    expect((await repo.list()).find((r) => r.id === wb.id)?.updatedAt).toBe(4_000);
    repo.close();
  });

  it('moves to the trash, restores and purges', async () => {
    const repo = new Repository(new WorkbookDb(freshName()));
    const wb = newWorkbook('Beta', 'en');
    await repo.put(wb);
    await repo.trash(wb.id, 1234);
    expect((await repo.get(wb.id))?.deletedAt).toBe(1234);
    await repo.restore(wb.id);
    expect((await repo.get(wb.id))?.deletedAt).toBe(0);
    await repo.purge(wb.id);
    expect(await repo.get(wb.id)).toBeUndefined();
    repo.close();
  });

  it('lists newest first', async () => {
    const repo = new Repository(new WorkbookDb(freshName()));
    await repo.put({ ...newWorkbook('old', 'en'), updatedAt: 1 });
    await repo.put({ ...newWorkbook('new', 'en'), updatedAt: 2 });
    expect((await repo.list()).map((w) => w.name)).toEqual(['new', 'old']);
    repo.close();
  });

  it('upgrades a version-1 database: existing workbooks get deletedAt 0 and progress', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ workbooks: 'id, updatedAt' });
    await v1
      .table('workbooks')
      .put({ id: 'old-1', name: 'From v1', createdAt: 1, updatedAt: 2, lang: 'en', sheets: {} });
    v1.close();

    const repo = new Repository(new WorkbookDb(name));
    const db = await repo.database();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const raw = await db.workbooks.get('old-1');
    expect(raw?.deletedAt).toBe(0);
    expect(raw?.progress).toEqual({});
    expect(await db.workbooks.where('deletedAt').equals(0).count()).toBe(1);
    repo.close();
  });

  it('refuses a database written by a newer version of the app', async () => {
    const name = freshName();
    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 5).stores({ workbooks: 'id, updatedAt, deletedAt', meta: 'key', other: 'id' });
    await future.open();
    future.close();
    const repo = new Repository(new WorkbookDb(name));
    await expect(repo.open()).rejects.toMatchObject({ kind: 'newer-version' });
  });
});

describe('repairWorkbook', () => {
  it('keeps the report settings, mending what is damaged, and adds none where there were none', () => {
    const base = { id: 'w', name: 'A', sheets: {}, progress: {} };
    expect(repairWorkbook(base)?.report).toBeUndefined();
    expect(
      repairWorkbook({ ...base, report: { company: 'Acme', author: 7, exclude: ['crm-audit', 'nope', 3] } })?.report,
    ).toEqual({
      company: 'Acme',
      author: '',
      exclude: ['crm-audit'],
    });
    expect(repairWorkbook({ ...base, report: 'junk' })?.report).toBeUndefined();
  });

  it('mends damaged records instead of dropping them', () => {
    const r = repairWorkbook({
      id: 'x',
      sheets: {
        'nps-survey': {
          tables: { respondents: [{ cells: { score: 9 } }, { id: 'd', cells: {} }, { id: 'd' }, 'junk'] },
        },
        bogus: {},
      },
    })!;
    const rows = r.sheets['nps-survey']!.tables['respondents']!;
    expect(rows).toHaveLength(3);
    expect(rows[0]!.cells['score']).toBe('9');
    expect(new Set(rows.map((x) => x.id)).size).toBe(3);
    expect(r.deletedAt).toBe(0);
    // A worksheet this version does not know is kept (a newer version's), mended the same way.
    expect(Object.keys(r.sheets)).toEqual(['nps-survey', 'bogus']);
  });
  it('rejects what is not a workbook', () => {
    expect(repairWorkbook(null)).toBeUndefined();
    expect(repairWorkbook({ name: 'no id' })).toBeUndefined();
  });
});

describe('Repository.update and rename', () => {
  it('reads and writes in one step, and renames without touching the answers', async () => {
    const repo = new Repository(new WorkbookDb(freshName()));
    const wb = newWorkbook('Gamma', 'en', 1000);
    wb.sheets['cloud-fit'] = { fields: { s1: '4' }, tables: {} };
    await repo.put(wb);
    await repo.rename(wb.id, 'Gamma Ltd', 5000);
    const written = await repo.update(wb.id, (stored) => {
      expect(stored?.name).toBe('Gamma Ltd');
      return { ...stored!, sheets: { 'cloud-fit': { fields: { s1: '5' }, tables: {} } } };
    });
    expect(written.updatedAt).toBe(5000);
    // A rename is always news to open tabs, even from a clock behind the stored time.
    await repo.rename(wb.id, 'Gamma Ltd', 10);
    expect((await repo.get(wb.id))?.updatedAt).toBe(5001);
    const back = await repo.get(wb.id);
    expect(back?.name).toBe('Gamma Ltd');
    expect(back?.sheets['cloud-fit']?.fields['s1']).toBe('5');
    const missing = await repo.update('nope', (stored) => ({
      ...newWorkbook('Back', 'en'),
      id: 'nope',
      deletedAt: stored ? 0 : 7,
    }));
    expect(missing.deletedAt).toBe(7);
    repo.close();
  });
});

describe('classify: storage errors become a kind and a plain reason', () => {
  const dom = (name: string, message: string) => new DOMException(message, name);
  const cases: { what: string; err: unknown; opening?: boolean; kind: string; reason: string }[] = [
    {
      what: 'no IndexedDB (Dexie)',
      err: new Dexie.MissingAPIError(),
      kind: 'unavailable',
      reason: 'IndexedDB API missing',
    },
    {
      what: 'no IndexedDB, wrapped on open',
      err: new Dexie.OpenFailedError(new Dexie.MissingAPIError()),
      kind: 'unavailable',
      reason: 'IndexedDB API missing',
    },
    {
      what: 'site data blocked (Firefox)',
      err: dom('SecurityError', 'The operation is insecure.'),
      kind: 'unavailable',
      reason: 'The operation is insecure',
    },
    {
      what: 'site data blocked (Chrome)',
      err: dom('UnknownError', 'The user denied permission to access the database.'),
      kind: 'unavailable',
      reason: 'The user denied permission to access the database',
    },
    {
      what: 'old Firefox private window, on open',
      err: dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'),
      opening: true,
      kind: 'unavailable',
      reason: 'A mutation operation was attempted on a database that did not allow mutations',
    },
    {
      what: 'invalid state later is not "unavailable"',
      err: dom('InvalidStateError', 'The database connection is closing.'),
      kind: 'other',
      reason: 'The database connection is closing',
    },
    {
      what: 'quota, wrapped by Dexie',
      err: new Dexie.AbortError(
        'The quota has been exceeded.',
        dom('QuotaExceededError', 'The quota has been exceeded.'),
      ),
      kind: 'quota',
      reason: 'The quota has been exceeded',
    },
    {
      what: 'quota, plain',
      err: dom('QuotaExceededError', 'Quota exceeded.'),
      kind: 'quota',
      reason: 'Quota exceeded',
    },
    {
      what: 'newer schema',
      err: dom('VersionError', 'The requested version (20) is less than the existing version (30).'),
      kind: 'newer-version',
      reason: 'The requested version (20) is less than the existing version (30)',
    },
    {
      what: 'closed',
      err: new Dexie.DatabaseClosedError('Database has been closed'),
      kind: 'closed',
      reason: 'Database has been closed',
    },
    {
      what: 'a library address is dropped',
      err: new Error('Something odd. Please visit https://example.com/help'),
      kind: 'other',
      reason: 'Something odd',
    },
    { what: 'not an Error', err: 'disk on fire', kind: 'other', reason: 'disk on fire' },
  ];
  it.each(cases)('$what', ({ err, opening, kind, reason }) => {
    const e = classify(err, opening);
    expect(e).toBeInstanceOf(StorageError);
    expect(e.kind).toBe(kind);
    expect(e.message).toBe(reason);
    expect(e.message).not.toMatch(/https?:|\.\.$/);
  });

  it('keeps a StorageError as it is', () => {
    const e = new StorageError('quota', 'full');
    expect(classify(e)).toBe(e);
  });

  it('reports a missing IndexedDB from open() as unavailable', async () => {
    const db = new WorkbookDb(freshName());
    // Dexie takes IndexedDB from its dependencies: none here, as in a browser that hides it.
    (db as unknown as { _deps: { indexedDB?: unknown } })._deps.indexedDB = undefined;
    const repo = new Repository(db);
    await expect(repo.open()).rejects.toMatchObject({ kind: 'unavailable', message: 'IndexedDB API missing' });
  });
});
