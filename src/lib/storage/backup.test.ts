import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP,
  LARGE_TEXT_CHARS,
  MAX_BACKUP_BYTES,
  backupFileName,
  checkBackupSize,
  makeBackup,
  parseBackup,
  restorePlan,
  groupRestorePlan,
  type BackupProblem,
} from './backup';
import { needsBackupReminder } from './backup-reminder';
import { DATA_VERSION, newWorkbook, type WorkbookRecord } from './record';
import { Repository } from './repository';
import { WorkbookDb } from './db';

const NOW = new Date('2026-03-05T10:20:30.000Z');

function sample(name: string, score = '7,5'): WorkbookRecord {
  const wb = newWorkbook(name, 'pl', 1000);
  wb.sheets['nps-survey'] = {
    fields: { note: 'Zażółć gęślą jaźń 🚲\nline two\r\nthree' },
    tables: { respondents: [{ id: 'r1', cells: { score } }] },
  };
  wb.progress['nps-survey'] = { answered: 1, total: 2 };
  return wb;
}

const envelope = (over: Record<string, unknown> = {}, data: unknown = { workbooks: [sample('A')] }) =>
  JSON.stringify({ app: BACKUP_APP, schemaVersion: DATA_VERSION, exportedAt: NOW.toISOString(), data, ...over });

function randomBytesText(n: number, seed = 7): string {
  // A deterministic "random" file, decoded as a browser's File.text() would (UTF-8, replacement chars).
  const bytes = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x & 0xff;
  }
  return new TextDecoder().decode(bytes);
}

// The first bytes of a .docx: a zip archive ("PK\x03\x04", then a [Content_Types].xml entry).
const DOCX = new TextDecoder().decode(
  new Uint8Array([
    0x50,
    0x4b,
    0x03,
    0x04,
    0x14,
    0x00,
    0x06,
    0x00,
    0x08,
    0x00,
    0x00,
    0x00,
    0x21,
    0x00,
    ...new TextEncoder().encode('[Content_Types].xml'),
    0xb5,
    0x3c,
    0x00,
    0xff,
  ]),
);

describe('parseBackup refuses what it cannot restore', () => {
  const cases: [string, string, BackupProblem][] = [
    ['empty file', '', 'not-json'],
    ['random bytes', randomBytesText(512), 'not-json'],
    ['a renamed .docx (zip bytes)', DOCX, 'not-json'],
    ['truncated JSON', makeBackup([sample('A')], NOW).slice(0, 80), 'not-json'],
    ['plain text', 'hello', 'not-json'],
    ['a JSON array', '[1,2,3]', 'not-ours'],
    ['JSON null', 'null', 'not-ours'],
    ['another app', envelope({ app: 'excalidraw' }), 'not-ours'],
    ['no app field', JSON.stringify({ schemaVersion: 1, data: { workbooks: [] } }), 'not-ours'],
    ['schemaVersion missing', envelope({ schemaVersion: undefined }), 'not-ours'],
    ['schemaVersion as text', envelope({ schemaVersion: '1' }), 'not-ours'],
    ['schemaVersion 0', envelope({ schemaVersion: 0 }), 'not-ours'],
    ['a newer version of the app', envelope({ schemaVersion: DATA_VERSION + 1 }), 'newer-version'],
    ['data missing', envelope({ data: undefined }), 'no-data'],
    ['data.workbooks not a list', envelope({}, { workbooks: {} }), 'no-data'],
    ['no workbooks', envelope({}, { workbooks: [] }), 'empty'],
    ['only things that are not workbooks', envelope({}, { workbooks: [1, 'x', null, { name: 'no id' }] }), 'empty'],
  ];
  it.each(cases)('%s → %s', (_label, text, problem) => {
    expect(parseBackup(text)).toEqual({ ok: false, problem });
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toBe('too-large');
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    expect(checkBackupSize(0)).toBeUndefined();
  });
});

describe('parseBackup accepts and mends', () => {
  it('round-trips every text byte for byte (emoji, Polish letters, line breaks)', () => {
    const a = sample('Zażółć — 🚀 „cudzysłów”');
    const b = sample('B', '  3.5 \t');
    const parsed = parseBackup(makeBackup([a, b], NOW));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.workbooks).toEqual([a, b]);
    expect(parsed.exportedAt).toBe('2026-03-05T10:20:30.000Z');
    expect(parsed.skipped).toEqual([]);
    expect(parsed.workbooks[0]?.sheets['nps-survey']?.fields['note']).toBe('Zażółć gęślą jaźń 🚲\nline two\r\nthree');
    expect(parsed.workbooks[1]?.sheets['nps-survey']?.tables['respondents']?.[0]?.cells['score']).toBe('  3.5 \t');
  });

  it('keeps formula-like text as plain text', () => {
    const wb = sample('=HYPERLINK("http://x","y")');
    wb.sheets['nps-survey']!.fields['note'] = '=1+2';
    wb.sheets['nps-survey']!.tables['respondents']![0]!.cells['score'] = '@SUM(A1:A9)';
    const parsed = parseBackup(makeBackup([wb], NOW));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.workbooks[0]?.name).toBe('=HYPERLINK("http://x","y")');
    expect(parsed.workbooks[0]?.sheets['nps-survey']?.fields['note']).toBe('=1+2');
    expect(parsed.workbooks[0]?.sheets['nps-survey']?.tables['respondents']?.[0]?.cells['score']).toBe('@SUM(A1:A9)');
  });

  it('backs up only workbooks in use, not the trash', () => {
    const kept = sample('kept');
    const trashed = { ...sample('trashed'), deletedAt: 5 };
    const env = JSON.parse(makeBackup([kept, trashed], NOW)) as {
      app: string;
      schemaVersion: number;
      exportedAt: string;
      data: { workbooks: WorkbookRecord[] };
    };
    expect(env.app).toBe('crm-workbook');
    expect(env.schemaVersion).toBe(DATA_VERSION);
    expect(env.exportedAt).toBe('2026-03-05T10:20:30.000Z');
    expect(env.data.workbooks.map((w) => w.name)).toEqual(['kept']);
  });

  it('keeps unknown fields of a workbook at every level (a newer version’s data), ignores the envelope’s', () => {
    const wb = {
      ...sample('A'),
      color: 'red',
      sheets: { 'nps-survey': { fields: { x: '1' }, tables: {}, extra: 1 }, 'not-a-sheet': { fields: {} } },
    };
    const parsed = parseBackup(
      envelope({ comment: 'hi', future: { a: 1 } }, { workbooks: [wb], settings: { theme: 'dark' } }),
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.workbooks).toHaveLength(1);
    expect(Object.keys(parsed.workbooks[0]!)).toContain('color');
    expect(Object.keys(parsed.workbooks[0]!.sheets)).toEqual(['nps-survey', 'not-a-sheet']);
    expect(parsed.workbooks[0]!.sheets['nps-survey']).toEqual({ fields: { x: '1' }, tables: {}, extra: 1 });
  });

  it('skips entries that are not workbooks, duplicate ids and newer records, and says which', () => {
    const a = sample('A');
    const newer = { ...sample('N'), dataVersion: DATA_VERSION + 1 };
    const parsed = parseBackup(envelope({}, { workbooks: [a, 42, { ...a, name: 'again' }, newer, { id: '' }] }));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.workbooks.map((w) => w.name)).toEqual(['A']);
    expect(parsed.skipped).toEqual([2, 3, 4, 5]);
  });

  it('mends damaged workbooks (numbers become text, missing maps become empty) and brings trashed ones back', () => {
    const parsed = parseBackup(
      envelope(
        {},
        {
          workbooks: [{ id: 'wb-1', deletedAt: 99, sheets: { 'nps-survey': { fields: { a: 5, b: true, c: null } } } }],
        },
      ),
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    const wb = parsed.workbooks[0]!;
    expect(wb.name).toBe('');
    expect(wb.deletedAt).toBe(0);
    expect(wb.sheets['nps-survey']).toEqual({ fields: { a: '5', b: 'true' }, tables: {} });
    expect(wb.progress).toEqual({});
  });

  it('keeps a 1 MB text and reports it', () => {
    const wb = sample('Big');
    const big = 'ą'.repeat(1_000_000);
    wb.sheets['nps-survey']!.fields['note'] = big;
    const parsed = parseBackup(makeBackup([wb, sample('Small')], NOW));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.workbooks[0]?.sheets['nps-survey']?.fields['note']).toBe(big);
    expect(parsed.largeTexts).toEqual([{ workbook: 'Big', chars: 1_000_000 }]);
    expect(LARGE_TEXT_CHARS).toBeLessThan(1_000_000);
  });

  it('gives an empty date when exportedAt is missing or not a date', () => {
    for (const exportedAt of [undefined, 'yesterday', 12]) {
      const parsed = parseBackup(envelope({ exportedAt }));
      expect(parsed.ok && parsed.exportedAt).toBe('');
    }
  });
});

describe('restorePlan', () => {
  const copyName = (n: string) => `${n} (restored)`;
  const a = sample('A');
  const b = sample('B');

  it('restores new ids as they are, existing ones as copies by default, or over them when asked', () => {
    const plan = restorePlan([a, b], new Set([b.id]), new Map(), 5000, copyName);
    expect(plan[0]).toEqual({ ...a, updatedAt: 5000 });
    expect(plan[1]?.id).not.toBe(b.id);
    expect(plan[1]).toMatchObject({
      name: 'B (restored)',
      createdAt: 5000,
      updatedAt: 5000,
      deletedAt: 0,
      sheets: b.sheets,
    });

    const replace = restorePlan([a, b], new Set([b.id]), new Map([[b.id, 'replace']]), 5000, copyName);
    expect(replace[1]).toEqual({ ...b, updatedAt: 5000 });
  });

  it('does not share objects with the parsed file', () => {
    const plan = restorePlan([a], new Set(), new Map(), 1, copyName);
    plan[0]!.sheets['nps-survey']!.fields['note'] = 'changed';
    expect(a.sheets['nps-survey']?.fields['note']).not.toBe('changed');
  });
});

describe('groupRestorePlan', () => {
  const copyName = (n: string) => `${n} (restored)`;

  it('restores a new group as it is, one already here beside it by default or over it when asked', async () => {
    const { newGroup } = await import('../workshop/group');
    const g = { ...newGroup('Gdańsk', 100), deletedAt: 0 };
    const fresh = groupRestorePlan([g], new Set(), new Map(), 900, copyName);
    expect(fresh).toEqual([{ ...g, updatedAt: 900 }]);

    const copy = groupRestorePlan([g], new Set([g.id]), new Map(), 900, copyName);
    expect(copy[0]?.id).toMatch(/^gr-/);
    expect(copy[0]?.id).not.toBe(g.id);
    expect(copy[0]).toMatchObject({ name: 'Gdańsk (restored)', createdAt: 900, updatedAt: 900, deletedAt: 0 });

    const replace = groupRestorePlan([g], new Set([g.id]), new Map([[g.id, 'replace']]), 900, copyName);
    expect(replace).toEqual([{ ...g, updatedAt: 900 }]);
  });
});

describe('file name and reminder', () => {
  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2026, 0, 9, 23, 59))).toBe('crm-workbook-backup-2026-01-09.json');
  });

  const day = 24 * 60 * 60 * 1000;
  const cases: [string, number | undefined, number, boolean][] = [
    ['no workbooks, never backed up', undefined, 0, false],
    ['workbooks, never backed up', undefined, 2, true],
    ['backed up today', 10 * day, 1, false],
    ['backed up exactly 7 days ago', 3 * day, 1, false],
    ['backed up 8 days ago', 2 * day, 1, true],
  ];
  it.each(cases)('%s → %s', (_label, last, count, expected) => {
    expect(needsBackupReminder(last, 10 * day, count)).toBe(expected);
  });
});

describe('restoring through the repository', () => {
  const open = async () => {
    const repo = new Repository(new WorkbookDb(`backup-test-${Math.random()}`));
    await repo.open();
    return repo;
  };
  const hostile: [string, string][] = [
    ['random bytes', randomBytesText(2048, 3)],
    ['a newer version', envelope({ schemaVersion: DATA_VERSION + 1 })],
    ['a renamed .docx', DOCX],
  ];

  it.each(hostile)('a rejected file (%s) leaves the database unchanged', async (_label, text) => {
    const repo = await open();
    const mine = sample('Mine');
    await repo.put(mine);
    const before = await repo.records();
    const parsed = parseBackup(text);
    // The caller writes only what parsed; a refused file never reaches putMany.
    if (parsed.ok) await repo.putMany(parsed.workbooks);
    expect(parsed.ok).toBe(false);
    expect(await repo.records()).toEqual(before);
    repo.close();
  });

  it('writes a whole backup in one go and reads it back equal', async () => {
    const source = await open();
    const a = sample('Ąę 🚲');
    const b = sample('B');
    await source.putMany([a, b, { ...sample('gone'), deletedAt: 9 }]);
    const text = makeBackup(await source.records(), NOW);
    source.close();

    const target = await open();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    await target.putMany(restorePlan(parsed.workbooks, new Set(), new Map(), 7000, (n) => n));
    const back = await target.records();
    expect(back.map((w) => w.name).sort()).toEqual(['B', 'Ąę 🚲']);
    expect((await target.list()).map((w) => w.name).sort()).toEqual(['B', 'Ąę 🚲']);
    expect(back.find((w) => w.id === a.id)).toEqual({ ...a, updatedAt: 7000 });
    target.close();
  });
});

describe('a backup is plain JSON: nothing in it is inflated', () => {
  it('a zip bomb renamed .json is not JSON, and is refused without being unpacked', async () => {
    const { makeZip } = await import('../export/zip-fixtures');
    const bomb = makeZip([{ name: 'backup.json', data: new Uint8Array(64 * 1024 * 1024) }]);
    const start = performance.now();
    expect(parseBackup(new TextDecoder().decode(bomb))).toEqual({ ok: false, problem: 'not-json' });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('the size limit is checked on the file before it is read; a large legal backup parses in well under a second', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1)).toBe('too-large');
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    const records = Array.from({ length: 30 }, (_, i) => {
      const r = newWorkbook(`B${i}`, 'en');
      r.sheets['crm-strategy'] = { fields: { 's1-vision': 'x'.repeat(1_000_000) }, tables: {} };
      return r;
    });
    const text = makeBackup(records, new Date());
    expect(text.length).toBeGreaterThan(30_000_000);
    expect(text.length).toBeLessThan(MAX_BACKUP_BYTES);
    const start = performance.now();
    const parsed = parseBackup(text);
    const took = performance.now() - start;
    expect(parsed.ok && parsed.workbooks.length).toBe(30);
    expect(took).toBeLessThan(2000);
  });
});

describe('workshop groups in backups', () => {
  it('travel in data.groups (deleted ones left out) and come back mended', async () => {
    const { newGroup } = await import('../workshop/group');
    const wb = newWorkbook('Trainer', 'en');
    const kept = newGroup('Gdańsk workshop, 12 March', 1);
    kept.participants.push({
      key: 'wb-a',
      record: newWorkbook('Anna', 'pl'),
      source: 'xlsx',
      fileName: 'anna.xlsx',
      stamp: 3,
      addedAt: 4,
    });
    const gone = { ...newGroup('Deleted', 1), deletedAt: 9 };
    const parsed = parseBackup(makeBackup([wb], new Date(), [kept, gone]));
    expect(parsed.ok && parsed.groups).toEqual([kept]);
    // A file with groups only is a backup too; a file of older versions has none.
    const groupsOnly = parseBackup(makeBackup([], new Date(), [kept]));
    expect(groupsOnly.ok && groupsOnly.workbooks.length).toBe(0);
    const old = parseBackup(makeBackup([wb], new Date()));
    expect(old.ok && old.groups).toEqual([]);
  });
});
