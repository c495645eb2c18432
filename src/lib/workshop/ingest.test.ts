import { describe, expect, it } from 'vitest';
import { ingestFile } from './ingest';
import { encodeWorkbook, linkFor } from './link-codec';
import { addParticipants } from './duplicates';
import { loadAllDefinitions } from '../worksheets/index';
import { exampleRecord } from '../export/import-fixtures';
import { exportWorkbook } from '../export/write-workbook';
import { makeBackup } from '../storage/backup';
import { makeZip } from '../export/zip-fixtures';

const defs = await loadAllDefinitions();
const enc = (s: string) => new TextEncoder().encode(s);

describe('ingestFile', () => {
  const anna = { ...exampleRecord(defs, 'en', 'Anna'), updatedAt: 1000 };

  it('reads an exported .xlsx, knowing the workbook it came from', async () => {
    const { bytes } = exportWorkbook(anna, defs, 'en', new Date(5000));
    const r = await ingestFile('anna.xlsx', bytes, defs, 9);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [p] = r.participants;
    expect(p).toMatchObject({ key: anna.id, stamp: 1000, source: 'xlsx', fileName: 'anna.xlsx', addedAt: 9 });
    expect(p!.record.name).toBe('Anna');
    expect(p!.record.sheets['nps-survey']).toBeDefined();
    // Exported again later: the same workbook, recognised; the newer replaces the older.
    const again = await ingestFile(
      'anna-2.xlsx',
      exportWorkbook({ ...anna, updatedAt: 2000 }, defs, 'pl', new Date(6000)).bytes,
      defs,
      10,
    );
    const merged = addParticipants(r.participants, again.ok ? again.participants : []);
    expect(merged.participants).toHaveLength(1);
    expect(merged.outcomes[0]).toMatchObject({ kind: 'replaced', previousFile: 'anna.xlsx' });
  });

  it('reads every workbook of a backup, and a pasted link', async () => {
    const bob = exampleRecord(defs, 'pl', 'Bob');
    const r = await ingestFile('b.json', enc(makeBackup([anna, bob], new Date())), defs, 1);
    expect(r.ok && r.participants.map((p) => [p.key, p.source])).toEqual([
      [anna.id, 'json'],
      [bob.id, 'json'],
    ]);
    const link = linkFor('https://example.org/app/', await encodeWorkbook(bob));
    const l = await ingestFile('links.txt', enc(`${link}\n`), defs, 1);
    expect(l.ok && l.participants[0]!.key).toBe(bob.id);
  });

  it.each([
    { name: 'random bytes', file: 'x.xlsx', bytes: new Uint8Array([1, 2, 3, 4, 5]), want: { kind: 'xlsx' } },
    {
      name: 'a zip that is not a workbook',
      file: 'doc.docx',
      bytes: makeZip([{ name: 'word/document.xml', data: enc('<w/>') }]),
      want: { kind: 'xlsx' },
    },
    {
      name: 'a picture',
      file: 'photo.png',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]),
      want: { kind: 'unknown' },
    },
    {
      name: 'another app’s JSON',
      file: 'other.json',
      bytes: enc('{"app":"else"}'),
      want: { kind: 'backup', problem: 'not-ours' },
    },
    {
      name: 'a newer version',
      file: 'new.json',
      bytes: enc('{"app":"crm-workbook","schemaVersion":99,"data":{"workbooks":[]}}'),
      want: { kind: 'backup', problem: 'newer-version' },
    },
    {
      name: 'a cut JSON',
      file: 'cut.json',
      bytes: enc('{"app":"crm-wor'),
      want: { kind: 'backup', problem: 'not-json' },
    },
    {
      name: 'a damaged link',
      file: 'l.txt',
      bytes: enc('https://x/#/open/w1.AAAA'),
      want: { kind: 'link', problem: 'damaged' },
    },
  ])('refuses $name with its reason', async ({ file, bytes, want }) => {
    const r = await ingestFile(file, bytes, defs, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject(want);
  });
});
