import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData, WorksheetDef } from './types';
import { opportunityGrades, gradeFunnel } from './opportunity-grades';
import { row } from './helpers';
import { progressOf } from './progress';
import { findRow, obj } from './test-support';

const def: WorksheetDef = opportunityGrades;
const sheet = (rows: [string, string, string][]): SheetData => ({
  fields: {},
  tables: { prospects: rows.map(([name, need, months], i) => row({ name, need, months }, `p${i}`)) },
});
const resultsOf = (data: SheetData): Record<string, ResultItem> => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i]));
};
const table = def.blocks.find((b) => b.kind === 'table')!;
const column = (id: string) => {
  if (table.kind !== 'table') throw new Error();
  const c = table.columns.find((x) => x.id === id);
  if (c?.kind !== 'computed') throw new Error(id);
  return c;
};

describe('opportunity-grades', () => {
  it('grades each row by the seed’s rule, the edges 1, 3 and 6 months in the shorter grade', () => {
    const data = sheet([
      ['a', 'clear', '1'],
      ['b', 'clear', '3'],
      ['c', 'clear', '6'],
      ['d', 'clear', '6,5'],
      ['e', 'potential', ''],
      ['f', 'none', '2'],
      ['g', 'clear', '0'],
    ]);
    const grades = data.tables['prospects']!.map((r) => column('grade').compute(r, data).value);
    expect(grades).toEqual(['A', 'B', 'C', 'D', 'D', 'E', 'A']);
    const r = resultsOf(data);
    expect([r['grade-a'], r['grade-b'], r['grade-c'], r['grade-d'], r['grade-e']].map((i) => i!.shown.value)).toEqual([
      2, 1, 1, 2, 1,
    ]);
    expect(r['graded']!.shown.value).toBe(7);
  });

  it('a clear need without (valid) months: no grade, asks for the months; bad months kept, not graded', () => {
    const data = sheet([
      ['a', 'clear', ''],
      ['b', 'clear', '-1'],
      ['c', 'clear', 'soon'],
      ['d', 'none', ''],
    ]);
    const rows = data.tables['prospects']!;
    expect(rows.map((r) => column('grade').compute(r, data).value)).toEqual([undefined, undefined, undefined, 'E']);
    expect(column('meaning').compute(rows[0]!, data).value).toMatchObject({ en: 'Add the expected months to close' });
    const r = resultsOf(data);
    expect(r['graded']!.shown.value).toBe(1);
    expect(r['graded']!.detail).toMatchObject({
      en: 'No grade yet, add the expected months: Prospect 1, Prospect 2, Prospect 3',
      zh: '尚未分级，请填写预计成交月数：潜在客户 1、潜在客户 2、潜在客户 3',
    });
  });

  it('nothing graded is "—" with what is missing, and no funnel', () => {
    const r = resultsOf(def.initial('en'));
    expect(r['grade-a']!.shown.value).toBeUndefined();
    expect(r['grade-a']!.missing).toBeDefined();
    expect(gradeFunnel(def.initial('en'))).toBeUndefined();
  });

  it('completion counts the months only for a clear need', () => {
    expect(
      progressOf(
        def,
        sheet([
          ['a', 'clear', ''],
          ['b', 'none', ''],
        ]),
      ),
    ).toEqual({ answered: 4, total: 5 });
  });

  it('the example is in every language, graded the same', () => {
    for (const lang of ['en', 'pl'] as const) {
      const r = resultsOf(def.example(lang));
      expect(r['graded']!.shown.value).toBe(7);
      expect(gradeFunnel(def.example(lang))!.map((s) => s.count)).toEqual([2, 1, 1, 2, 1]);
    }
    const zh = (def.example as (l: string) => SheetData)('zh');
    expect(zh.tables['prospects']![0]!.cells['name']).toBe('格但斯克城市共享单车招标');
  });

  it('Excel: grade and reason as formulas with cached values, tagged inputs, results tagged', () => {
    const x = def.excel(def.example('en'), 'en');
    const first = findRow(x, 'Prospect 1')!;
    expect(obj(first[2])?.input).toMatchObject({ table: 'prospects', col: 'need' });
    expect(obj(first[4])?.f).toContain('<=1');
    expect(obj(first[4])?.v).toBe('A');
    const count = x.rows.flat().find((c) => obj(c)?.result === 'grade-a');
    expect(obj(count)?.v).toBe(2);
    expect(obj(count)?.f).toMatch(/^IF\(SUMPRODUCT\(COUNTIF\(E\d+:E\d+,\{"A","B","C","D","E"\}\)\)=0,"",COUNTIF/);
  });
});
