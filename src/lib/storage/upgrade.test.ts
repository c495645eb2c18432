import { describe, expect, it } from 'vitest';
import { legacyScoreRow, upgradeSheet } from './upgrade';
import { DATA_VERSION, repairWorkbook } from './record';
import { parseBackup } from './backup';
import type { SheetData } from '../worksheets/types';

/** A workbook as today's version (data v1) stores it: the NPS scores one list of strings. */
const todays = () => ({
  id: 'wb-old',
  name: 'Baltic Bikes',
  createdAt: 1,
  updatedAt: 2,
  deletedAt: 0,
  dataVersion: 1,
  lang: 'pl',
  sheets: {
    'nps-survey': { fields: { scores: ['10', '', '7,5', 'x', '0'] }, tables: {} },
    'crm-audit': { fields: { scores: ['kept'] }, tables: {} },
  },
  progress: { 'nps-survey': { answered: 2, total: 5 } },
});

describe('data v2: NPS scores become rows with ids', () => {
  it.each([
    ['a list of scores: one row each, as typed, blanks kept, ids from the position', ['10', '', '7,5'], 3],
    ['an empty list: no rows', [], 0],
    ['10,000 scores', Array.from({ length: 10_000 }, (_, i) => String(i % 11)), 10_000],
  ])('%s', (_, scores, n) => {
    const sheet = upgradeSheet('nps-survey', { fields: { scores, note: 'x' }, tables: {} as SheetData['tables'] });
    const rows = sheet.tables['respondents'] ?? [];
    expect(sheet.tables['rounds']).toEqual([{ id: 'round-1', cells: {} }]); // they are round 1
    expect(rows).toHaveLength(n);
    expect(rows.map((r) => r.cells['score'])).toEqual(scores);
    expect(new Set(rows.map((r) => r.id)).size).toBe(n);
    if (n) expect(rows[0]!.id).toBe('s1');
    expect(sheet.fields).toEqual({ note: 'x' });
  });

  it('rows already there (data v2, or the oldest shape) are left as they are; other sheets are not touched', () => {
    const rows = [{ id: 'a', cells: { score: '9', segment: 'B2B' } }];
    expect(upgradeSheet('nps-survey', { fields: {}, tables: { respondents: rows } }).tables['respondents']).toBe(rows);
    expect(upgradeSheet('crm-audit', { fields: { scores: ['1'] }, tables: {} }).fields['scores']).toEqual(['1']);
  });

  it('a list beside rows wins (the version that wrote the list read it first)', () => {
    const sheet = upgradeSheet('nps-survey', {
      fields: { scores: ['4'] },
      tables: { respondents: [{ id: 'a', cells: { score: '9' } }] },
    });
    expect(sheet.tables['respondents']).toEqual([{ id: 's1', cells: { score: '4' } }]);
    expect(sheet.tables['rounds']).toHaveLength(1);
  });

  it("a record of today's shape is read upgraded, at this data version, the same in every tab", () => {
    const a = repairWorkbook(todays())!;
    const b = repairWorkbook(todays())!;
    expect(a.dataVersion).toBe(DATA_VERSION);
    expect(a.sheets['nps-survey']).toEqual({
      fields: {},
      tables: {
        // The first survey round, whose respondents are `respondents` (nps-rounds.ts).
        rounds: [{ id: 'round-1', cells: {} }],
        respondents: [
          { id: 's1', cells: { score: '10' } },
          { id: 's2', cells: { score: '' } },
          { id: 's3', cells: { score: '7,5' } },
          { id: 's4', cells: { score: 'x' } },
          { id: 's5', cells: { score: '0' } },
        ],
      },
    });
    expect(b.sheets['nps-survey']).toEqual(a.sheets['nps-survey']);
    expect(a.sheets['crm-audit']!.fields['scores']).toEqual(['kept']);
  });

  it("a backup made by today's version restores upgraded", () => {
    const text = JSON.stringify({
      app: 'crm-workbook',
      schemaVersion: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      data: { workbooks: [todays()] },
    });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.workbooks[0]!.sheets['nps-survey']!.tables['respondents']!.map((r) => r.cells['score'])).toEqual([
      '10',
      '',
      '7,5',
      'x',
      '0',
    ]);
  });

  it('a score typed in an older journal ("respondent 3") lands in that row; past the end, rows are added', () => {
    const sheet: SheetData = { fields: { scores: ['1', '2'] }, tables: {} };
    legacyScoreRow('nps-survey', sheet, 'scores', 1)!.cells['score'] = '9';
    legacyScoreRow('nps-survey', sheet, 'scores', 3)!.cells['score'] = '5';
    expect(sheet.tables['respondents']!.map((r) => [r.id, r.cells['score']])).toEqual([
      ['s1', '1'],
      ['s2', '9'],
      ['s3', undefined],
      ['s4', '5'],
    ]);
    expect(legacyScoreRow('crm-audit', sheet, 'scores', 0)).toBeUndefined();
  });
});
