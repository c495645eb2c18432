import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData, XSheet } from './types';
import { abcPareto, abcView, PROFIT_RULE, REVENUE_RULE } from './abc-pareto';
import { plainResult, referenceClasses } from '../scoring/abc-test-support';
import { validNumber } from '../scoring/parse';
import { row } from './helpers';
import { cellValue, findRow, obj } from './test-support';

const sheet = (rows: [string, string, string?][], a = '80', b = '95'): SheetData => ({
  fields: { 'limit-a': a, 'limit-b': b },
  tables: { customers: rows.map(([name, revenue, profit = '']) => row({ name, revenue, profit })) },
});
const items = (data: SheetData) => {
  const out: Record<string, ResultItem> = {};
  for (const b of abcPareto.blocks) if (b.kind === 'results') for (const i of b.items(data)) out[i.id] = i;
  return out;
};
const v = (i: ResultItem | undefined) => i?.shown.value;

describe('abc-pareto results', () => {
  it('no data: "—" with what is missing, not 0', () => {
    const r = items(abcPareto.initial());
    expect(v(r['customers-ranked'])).toBeUndefined();
    expect(v(r['class-A'])).toBeUndefined();
    expect(r['top-share']!.missing).toBeDefined();
  });

  it('classes, shares, top 20% and key accounts; bad input left out and counted', () => {
    const r = items(
      sheet([
        ['P', '50'],
        ['Q', '30', '-1'],
        ['R', '15'],
        ['S', '5'],
        ['T', 'abc'],
        ['U', '-3'],
      ]),
    );
    expect(v(r['customers-ranked'])).toBe(4);
    expect(r['customers-ranked']!.detail).toMatchObject({ en: '2 without a valid revenue: left out' });
    expect(v(r['class-A'])).toBe(1);
    expect(v(r['class-D'])).toBe(1);
    expect(v(r['class-B'])).toBe(1);
    expect(v(r['class-C'])).toBe(1);
    expect(v(r['class-A-revenue'])).toBeCloseTo(0.5, 12);
    expect(v(r['top-share'])).toBeCloseTo(0.5, 12);
    expect(v(r['key-accounts'])).toBe(1);
    expect(r['key-names']!.shown.value).toMatchObject({ en: 'P' });
  });

  it('the limits follow; A ≥ B is refused with a message', () => {
    expect(
      v(
        items(
          sheet(
            [
              ['P', '50'],
              ['Q', '30'],
            ],
            '40',
            '95',
          ),
        )['class-A'],
      ),
    ).toBe(1);
    const bad = items(sheet([['P', '50']], '95', '80'));
    expect(v(bad['class-A'])).toBeUndefined();
    expect(bad['class-A']!.missing).toMatchObject({ en: 'The A limit must be below the B limit' });
  });

  it('memoises on the typed values and follows an edit', () => {
    const data = sheet([
      ['P', '50'],
      ['Q', '30'],
    ]);
    const first = abcView(data);
    expect(abcView(data)).toBe(first);
    data.tables['customers']![1]!.cells['revenue'] = '70';
    expect(abcView(data).result!.ranked[0]!.index).toBe(1);
  });

  /** The analysis computed afresh from the rows, as abcView must find it after any edit. */
  const afresh = (data: SheetData) => {
    const rows = data.tables['customers']!;
    const inputs = rows.map((r) => ({
      revenue: validNumber(String(r.cells['revenue'] ?? ''), REVENUE_RULE),
      profit: validNumber(String(r.cells['profit'] ?? ''), PROFIT_RULE),
    }));
    const [a, b] = [Number(data.fields['limit-a']), Number(data.fields['limit-b'])];
    const unranked = rows.filter(
      (r, i) => inputs[i]!.revenue === undefined && Object.values(r.cells).some((c) => String(c).trim()),
    ).length;
    return {
      ranking: referenceClasses(inputs, { a: 0.8, b: 0.95 }),
      result: referenceClasses(inputs, { a: a / 100, b: b / 100 }),
      unranked,
    };
  };

  type Edit = [what: string, change: (data: SheetData) => void];
  const cell = (i: number, col: string, value: string): Edit => [
    `row ${i} ${col} = ${JSON.stringify(value)}`,
    (d) => void (d.tables['customers']![i]!.cells[col] = value),
  ];
  it.each<[string, Edit[]]>([
    [
      'a revenue typed digit by digit and taken back',
      [cell(0, 'revenue', '5'), cell(0, 'revenue', '50'), cell(0, 'revenue', '500'), cell(0, 'revenue', '50')],
    ],
    ['a tie made and broken', [cell(3, 'revenue', '30'), cell(1, 'revenue', '15'), cell(3, 'revenue', '31')]],
    [
      'a revenue made invalid, cleared, typed again',
      [cell(2, 'revenue', '1x'), cell(2, 'revenue', ''), cell(2, 'revenue', '99')],
    ],
    ['a profit makes D and back', [cell(0, 'profit', '-1'), cell(0, 'profit', '3'), cell(0, 'profit', '')]],
    ['a name alone in an empty row is counted as left out', [cell(4, 'name', 'Z'), cell(4, 'name', '')]],
    [
      'limits changed, then a revenue',
      [
        ['limits 50/90', (d) => Object.assign(d.fields, { 'limit-a': '50', 'limit-b': '90' })],
        cell(1, 'revenue', '80'),
      ],
    ],
    [
      'a row added, then edited',
      [['row added', (d) => d.tables['customers']!.push(row({ name: 'W', revenue: '45' }))], cell(5, 'revenue', '46')],
    ],
    [
      'many rows changed at once (a paste)',
      [['all revenues', (d) => d.tables['customers']!.forEach((r, i) => (r.cells['revenue'] = String(10 + (i % 3))))]],
    ],
  ])('after each edit, the same as computed afresh: %s', (_, edits) => {
    const data = sheet([
      ['P', '50'],
      ['Q', '30', '-1'],
      ['R', '15'],
      ['S', '5'],
      ['', ''],
    ]);
    abcView(data);
    for (const [what, change] of edits) {
      change(data);
      const view = abcView(data);
      const want = afresh(data);
      expect(plainResult(view.ranking), what).toEqual(want.ranking);
      expect(plainResult(view.result), what).toEqual(want.result);
      expect(view.unranked, what).toBe(want.unranked);
    }
  });
});

describe('abc-pareto Excel', () => {
  const xs: XSheet = abcPareto.excel(abcPareto.example('en'), 'en');
  it('every computed customer cell is a formula with its cached value', () => {
    const r = findRow(xs, 'Customer 1')!;
    expect(obj(r[4])?.f).toContain('COUNTIF');
    expect(cellValue(r[4])).toBe(1);
    expect(cellValue(r[9])).toBe('A');
    const d = findRow(xs, 'Customer 7')!; // University bike share, profit −1200
    expect(cellValue(d[9])).toBe('D');
    expect(obj(d[9])?.f).toContain('"D"');
  });
  it('tags the summary results', () => {
    const tags = xs.rows.flat().flatMap((c) => (obj(c)?.result ? [obj(c)!.result] : []));
    expect(tags).toEqual(
      expect.arrayContaining(['customers-ranked', 'class-A', 'class-A-revenue', 'top-share', 'key-accounts']),
    );
  });
});

describe('abc-pareto example', () => {
  it('Baltic Bikes: 14 customers, 5 A (one just under 80%), 2 D', () => {
    for (const lang of ['en', 'pl'] as const) {
      const r = items(abcPareto.example(lang));
      expect(v(r['customers-ranked'])).toBe(14);
      expect(v(r['class-A'])).toBe(5);
      expect(v(r['class-D'])).toBe(2);
      expect(v(r['top-share'])).toBeCloseTo(342000 / 476700, 12);
    }
  });
});
