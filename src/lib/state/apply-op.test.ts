import { describe, expect, it } from 'vitest';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import { applyOp, recordToSave } from './apply-op';
import type { JournalOp } from './journal';

/** A workbook with an NPS sheet of two respondents, as saved at `at`. */
function saved(at: number): WorkbookRecord {
  const wb = newWorkbook('Acme', 'en');
  wb.updatedAt = at;
  wb.sheets['nps-survey'] = {
    fields: {},
    tables: {
      respondents: [
        { id: 'r1', cells: { score: '9' } },
        { id: 'r2', cells: { score: '' } },
      ],
    },
  };
  return wb;
}
const ids = (wb: WorkbookRecord) => wb.sheets['nps-survey']?.tables['respondents']?.map((r) => r.id);
const score = (wb: WorkbookRecord, row: string) =>
  wb.sheets['nps-survey']?.tables['respondents']?.find((r) => r.id === row)?.cells['score'];

describe('applyOp', () => {
  it.each<[string, JournalOp, (wb: WorkbookRecord) => unknown, unknown]>([
    ['a name', { t: 'name', v: 'Beta' }, (wb) => wb.name, 'Beta'],
    [
      'the report’s company, on a record without report settings',
      { t: 'report', k: 'company', v: 'Acme Ltd' },
      (wb) => wb.report,
      { company: 'Acme Ltd', author: '', exclude: [] },
    ],
    [
      'the worksheets left out of the report',
      { t: 'report', k: 'exclude', v: ['crm-audit'] },
      (wb) => wb.report?.exclude,
      ['crm-audit'],
    ],
    [
      'a cell',
      { t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r2', c: 'score', v: '7' },
      (wb) => score(wb, 'r2'),
      '7',
    ],
    [
      'a cell of a row removed elsewhere comes back',
      { t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'gone', c: 'score', v: '3' },
      (wb) => score(wb, 'gone'),
      '3',
    ],
    [
      'a field of a sheet not yet stored',
      { t: 'field', s: 'cloud-fit', f: 's1', v: '4' },
      (wb) => wb.sheets['cloud-fit']?.fields['s1'],
      '4',
    ],
    [
      'rows added at the end',
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: [{ id: 'r3', cells: { score: '1' } }] },
      ids,
      ['r1', 'r2', 'r3'],
    ],
    [
      'a row put back where it was',
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: [{ id: 'r0', cells: {} }], at: 0 },
      ids,
      ['r0', 'r1', 'r2'],
    ],
    [
      'a row already stored is not added twice (a replay)',
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: [{ id: 'r1', cells: { score: '0' } }] },
      (wb) => [ids(wb), score(wb, 'r1')],
      [['r1', 'r2'], '9'],
    ],
    [
      'a position past the end appends',
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: [{ id: 'r9', cells: {} }], at: 7 },
      ids,
      ['r1', 'r2', 'r9'],
    ],
    [
      'rows added to a table of a sheet not stored: nothing to add to',
      { t: 'add', s: 'crm-audit', tb: 'rows', rows: [{ id: 'a', cells: {} }] },
      (wb) => wb.sheets['crm-audit'],
      undefined,
    ],
    ['a row removed', { t: 'remove', s: 'nps-survey', tb: 'respondents', r: 'r1' }, ids, ['r2']],
    [
      'a row removed twice, or never there',
      { t: 'remove', s: 'nps-survey', tb: 'respondents', r: 'nope' },
      ids,
      ['r1', 'r2'],
    ],
    ['a new order', { t: 'order', s: 'nps-survey', tb: 'respondents', ids: ['r2', 'r1'] }, ids, ['r2', 'r1']],
    [
      'an order naming rows gone and not naming rows added elsewhere: those keep theirs, after',
      { t: 'order', s: 'nps-survey', tb: 'respondents', ids: ['gone', 'r2'] },
      ids,
      ['r2', 'r1'],
    ],
    [
      'a whole sheet (from an older version’s journal)',
      { t: 'sheet', s: 'nps-survey', v: { fields: {}, tables: { respondents: [] } } },
      (wb) => wb.sheets['nps-survey']?.tables['respondents']?.length,
      0,
    ],
    [
      'defaults of a sheet opened here do not replace the stored sheet',
      { t: 'sheet', s: 'nps-survey', v: { fields: {}, tables: {} }, init: true },
      (wb) => score(wb, 'r1'),
      '9',
    ],
    [
      "an older tab's journalled NPS score (data v1), past the end: a row of its own",
      { t: 'item', s: 'nps-survey', f: 'scores', i: 2, v: '8' },
      (wb) => wb.sheets['nps-survey']?.tables['respondents']?.map((r) => [r.id, r.cells['score']]),
      [
        ['r1', '9'],
        ['r2', ''],
        ['s3', '8'],
      ],
    ],
    [
      'defaults of a sheet never stored are kept',
      { t: 'sheet', s: 'crm-audit', v: { fields: { x: 'y' }, tables: {} }, init: true },
      (wb) => wb.sheets['crm-audit']?.fields['x'],
      'y',
    ],
  ])('%s', (_, op, read, expected) => {
    const wb = saved(1);
    applyOp(wb, op);
    expect(read(wb)).toEqual(expected);
  });
});

describe('recordToSave', () => {
  const mine = (at: number) => {
    const wb = saved(at);
    wb.sheets['nps-survey']!.tables['respondents']![1]!.cells['score'] = '7';
    return wb;
  };
  const myEdit: JournalOp = { t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r2', c: 'score', v: '7' };

  it('writes this tab’s record when the stored one is the one it knew', () => {
    const me = mine(20);
    const out = recordToSave(saved(10), me, 10, [myEdit], 30);
    expect(out).toEqual({ record: me, merged: false });
  });

  it('dates every write after the one it replaces, so other tabs never take it for one they know', () => {
    // Edits replayed after a reload are saved with the record's old time of change.
    const replayed = mine(10);
    expect(recordToSave(saved(10), replayed, 10, [myEdit], 30).record.updatedAt).toBe(11);
    // A merge of an edit older than the other tab's save.
    expect(recordToSave(saved(25), mine(20), 10, [myEdit], 30).record.updatedAt).toBe(26);
  });

  it('keeps another tab’s edit of another answer, and this tab’s', () => {
    const theirs = saved(15);
    theirs.sheets['nps-survey']!.tables['respondents']![0]!.cells['score'] = '2';
    const out = recordToSave(theirs, mine(20), 10, [myEdit], 30);
    expect(out.merged).toBe(true);
    expect(score(out.record, 'r1')).toBe('2');
    expect(score(out.record, 'r2')).toBe('7');
    expect(out.record.updatedAt).toBe(20);
  });

  it('keeps NPS scores typed in two tabs at once (rows merge by id)', () => {
    const theirs = saved(15);
    theirs.sheets['nps-survey']!.tables['respondents']![0]!.cells['score'] = '0';
    const me = saved(20);
    const op: JournalOp = { t: 'cell', s: 'nps-survey', tb: 'respondents', r: 'r2', c: 'score', v: '3' };
    const out = recordToSave(theirs, me, 10, [op], 30);
    expect([score(out.record, 'r1'), score(out.record, 'r2')]).toEqual(['0', '3']);
  });

  it('keeps a rename made in the list while this tab typed', () => {
    const renamed = { ...saved(15), name: 'Acme (client)' };
    const out = recordToSave(renamed, mine(12), 10, [myEdit], 30);
    expect(out.record.name).toBe('Acme (client)');
    // Newer than the rename it replaces, though this tab's edit was older: other tabs see it.
    expect(out.record.updatedAt).toBe(16);
    expect(score(out.record, 'r2')).toBe('7');
  });

  it('does not take a workbook out of the trash, but keeps the typing in it', () => {
    const trashed = { ...saved(10), deletedAt: 11 };
    const out = recordToSave(trashed, mine(20), 10, [myEdit], 30);
    expect(out.record.deletedAt).toBe(11);
    expect(score(out.record, 'r2')).toBe('7');
  });

  it('keeps a workbook deleted for good elsewhere, in the trash, when there is typing to keep', () => {
    const out = recordToSave(undefined, mine(20), 10, [myEdit], 30);
    expect(out.record.deletedAt).toBe(30);
    expect(score(out.record, 'r2')).toBe('7');
  });

  it('keeps an answer typed in one tab when the other adds, removes or moves rows of the same table', () => {
    const theirs = saved(15);
    theirs.sheets['nps-survey']!.tables['respondents']![1]!.cells['score'] = '4'; // typed in the other tab
    const me = saved(20);
    const mineOps: JournalOp[] = [
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: [{ id: 'r3', cells: { score: '10' } }] },
      { t: 'order', s: 'nps-survey', tb: 'respondents', ids: ['r3', 'r1', 'r2'] },
      { t: 'remove', s: 'nps-survey', tb: 'respondents', r: 'r1' },
    ];
    const out = recordToSave(theirs, me, 10, mineOps, 30);
    expect(ids(out.record)).toEqual(['r3', 'r2']);
    expect(score(out.record, 'r2')).toBe('4');
    expect(score(out.record, 'r3')).toBe('10');
  });

  it('a paste in one tab (blank rows dropped, many rows added) merges with an edit typed in the other', () => {
    const theirs = saved(15);
    theirs.sheets['nps-survey']!.tables['respondents']![0]!.cells['score'] = '10';
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, cells: { score: String(i % 11) } }));
    const mineOps: JournalOp[] = [
      { t: 'drop', s: 'nps-survey', tb: 'respondents', ids: ['r2'] },
      { t: 'add', s: 'nps-survey', tb: 'respondents', rows: many, at: 1 },
    ];
    const t = performance.now();
    const out = recordToSave(theirs, saved(20), 10, [...mineOps, ...mineOps], 30); // replayed twice: no duplicates
    expect(performance.now() - t).toBeLessThan(500);
    expect(ids(out.record)).toHaveLength(5001);
    expect(ids(out.record)?.slice(0, 3)).toEqual(['r1', 'p0', 'p1']);
    expect(score(out.record, 'r1')).toBe('10');
  });
});
