import { describe, expect, it } from 'vitest';
import {
  QUADRANT_LABEL,
  customerLayout,
  customerQuadrant,
  customers,
  quadrantCounts,
  stakeholderGrid,
  strategies,
  topStrategies,
} from './stakeholder-grid';
import { defaultProgress } from './progress';
import { emptySheet, row, rowsForFixed } from './helpers';
import type { Lang, ResultItem, SheetData, WorksheetDef, XCell, XSheet } from './types';
import { cellValue, obj } from './test-support';

const results = (data: SheetData): ResultItem[] =>
  stakeholderGrid.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const item = (data: SheetData, id: string) => results(data).find((r) => r.id === id);

function customersSheet(rows: Record<string, string>[], ratings: Record<string, string> = {}): SheetData {
  const data = emptySheet();
  data.tables['customers'] = rows.map((cells, i) => row(cells, `c${i}`));
  data.tables['strategies'] = rowsForFixed(strategies.fixedRows!).map((r) =>
    row({ importance: ratings[r.id] ?? '' }, r.id),
  );
  return data;
}

const cellV = (c: XCell | undefined) => (c !== null && typeof c === 'object' ? c.v : c);
const cellF = (c: XCell | undefined) => (c !== null && typeof c === 'object' ? c.f : undefined);
const findRow = (sheet: XSheet, first: string) =>
  sheet.rows.find((r) => {
    const c = r[0];
    return c === first || (c !== null && typeof c === 'object' && c?.v === first);
  });

describe('customer quadrant', () => {
  it.each([
    [{ interest: 'high', influence: 'high' }, 'key'],
    [{ interest: 'low', influence: 'high' }, 'satisfied'],
    [{ interest: 'high', influence: 'low' }, 'informed'],
    [{ interest: 'low', influence: 'low' }, 'monitor'],
    [{ interest: 'low', influence: 'low', interestScore: '6' }, 'informed'],
    [{ interest: 'high', influence: 'high', interestScore: '5' }, 'satisfied'],
    [{ interestScore: '6', influenceScore: '6' }, 'key'],
    [{ interestScore: '5', influenceScore: '5' }, 'monitor'],
    [{ interestScore: '5,0', influenceScore: '10' }, 'satisfied'],
    // Invalid scores are left out: the choice decides.
    [{ interest: 'high', influence: 'low', interestScore: '11', influenceScore: '5.5' }, 'informed'],
    [{ interest: 'high' }, undefined],
    [{ interestScore: '7' }, undefined],
    [{}, undefined],
  ])('%j → %s', (cells, q) => {
    expect(customerQuadrant(row(cells))).toBe(q);
  });
});

describe('counts per quadrant', () => {
  it('is undefined (with a missing text) while nobody is classified', () => {
    const data = customersSheet([{ name: 'A' }, {}]);
    expect(quadrantCounts(data)).toBeUndefined();
    const key = item(data, 'count-key')!;
    expect(key.shown).toEqual({ kind: 'num', value: undefined, format: 'int' });
    expect(key.missing).toBeDefined();
  });
  it('counts classified rows, real zeros once one is classified', () => {
    const data = customersSheet([
      { name: 'A', interest: 'high', influence: 'high' },
      { name: 'B', interestScore: '9', influenceScore: '2' },
      { name: 'C', interest: 'high', influence: 'high', influenceScore: '6' },
      { name: 'D', interest: 'low' },
    ]);
    expect(quadrantCounts(data)).toEqual({ key: 2, satisfied: 0, informed: 1, monitor: 0 });
    expect(item(data, 'count-satisfied')?.shown).toEqual({ kind: 'num', value: 0, format: 'int' });
  });
});

describe('top strategy per quadrant', () => {
  it('is undefined with a missing text when nothing is rated', () => {
    const data = customersSheet([]);
    expect(topStrategies(data).key).toBeUndefined();
    const r = item(data, 'top-key')!;
    expect(r.shown).toEqual({ kind: 'text', value: undefined });
    expect(r.missing).toMatchObject({
      en: 'Rate the strategies for Key players',
      pl: 'Oceń strategie dla grupy Kluczowi',
    });
  });
  it('picks the highest and joins ties in seed order', () => {
    const data = customersSheet([], { k1: '5', k2: '3', k3: '4', k5: '5', s2: '2', m1: '9', m2: '1', i3: '4' });
    const tops = topStrategies(data);
    expect(tops.key).toMatchObject({
      labels: {
        en: 'Close cooperation; Ensure their expectations are met',
        pl: 'Ścisła współpraca; Zapewnienie spełnienia oczekiwań',
      },
      rating: 5,
    });
    expect(tops.satisfied?.labels.en).toBe('Inform, engage and consult in their area of interest');
    // "9" is out of range and left out.
    expect(tops.monitor).toMatchObject({
      labels: {
        en: 'Inform through general channels (newsletter, website)',
        pl: 'Informowanie za pośrednictwem kanałów ogólnych (newsletter, strona internetowa)',
      },
      rating: 1,
    });
    expect(tops.informed?.rating).toBe(4);
    expect(item(data, 'top-key')?.detail).toMatchObject({ en: 'Importance 5', pl: 'Ważność 5' });
  });
});

describe('strategies table', () => {
  it('has all 14 seed strategies, grouped by quadrant, with unique labels', () => {
    const rows = strategies.fixedRows!;
    expect(rows).toHaveLength(14);
    expect(rows.filter((r) => r.group).map((r) => r.group!.en.split(' — ')[0])).toEqual([
      'Keep satisfied',
      'Key players',
      'Monitor',
      'Keep informed',
    ]);
    for (const lang of ['en', 'pl'] as const) expect(new Set(rows.map((r) => r.label[lang])).size).toBe(14);
  });
});

describe('initial, example, progress', () => {
  it('starts with three empty customers and the 14 strategies', () => {
    for (const lang of ['en', 'pl'] as Lang[]) {
      const data = (stakeholderGrid as WorksheetDef).initial(lang);
      expect(data.tables['customers']).toHaveLength(3);
      expect(data.tables['strategies']).toHaveLength(14);
      expect(stakeholderGrid.progress(data)).toEqual({ answered: 0, total: 23 });
    }
  });
  it.each(['en', 'pl'] as Lang[])('the %s example is complete and classified', (lang) => {
    const data = stakeholderGrid.example(lang);
    const p = stakeholderGrid.progress(data);
    expect(p.answered).toBe(p.total);
    expect(quadrantCounts(data)).toEqual({ key: 2, satisfied: 1, informed: 1, monitor: 1 });
    expect(customerLayout(data).placed).toHaveLength(5);
    expect(defaultProgress(stakeholderGrid, data).answered).toBeGreaterThan(0);
  });
  it('counts a score as answering its axis', () => {
    const data = customersSheet([{ name: 'A', interestScore: '4', influence: 'high' }]);
    expect(stakeholderGrid.progress(data)).toEqual({ answered: 3, total: 17 });
  });
  it('summary gives the four counts', () => {
    expect(stakeholderGrid.summary(stakeholderGrid.example('en')).map((r) => r.shown)).toEqual([
      { kind: 'num', value: 1, format: 'int' },
      { kind: 'num', value: 2, format: 'int' },
      { kind: 'num', value: 1, format: 'int' },
      { kind: 'num', value: 1, format: 'int' },
    ]);
  });
});

describe('customerLayout', () => {
  it('places named customers, exact by score, and reports unclassified ones', () => {
    const data = customersSheet([
      { name: 'A', interestScore: '10', influenceScore: '1', interest: 'low' },
      { name: '', interest: 'high', influence: 'high' },
      { name: 'C', interest: 'high' },
    ]);
    const layout = customerLayout(data);
    expect(layout.placed).toHaveLength(1);
    expect(layout.placed[0]).toMatchObject({ id: 'c0', name: 'A', quadrant: 'informed' });
    expect(layout.placed[0]!.x).toBeCloseTo(0.95, 12);
    expect(layout.placed[0]!.y).toBeCloseTo(0.05, 12);
    expect(layout.unplaced).toEqual([{ id: 'c2', name: 'C' }]);
  });
});

describe('excel', () => {
  it('writes level and quadrant formulas with the app values cached (en)', () => {
    const data = customersSheet([
      { name: 'A', interest: 'low', interestScore: '6', influence: 'high', influenceScore: '' },
      { name: 'B', interest: 'high', influence: 'high', influenceScore: '5' },
      { name: 'C', interest: 'high', interestScore: 'x' },
    ]);
    const sheet = stakeholderGrid.excel(data, 'en');
    const a = findRow(sheet, 'Customer 1')!;
    expect(a.slice(1, 6).map(cellValue)).toEqual(['A', 'Low', 6, 'High', null]);
    expect(a[5]).toEqual({ input: { table: 'customers', row: 'c0', col: 'influenceScore' } });
    expect(cellV(a[6])).toBe('High');
    expect(cellV(a[8])).toBe('Key players');
    expect(cellV(findRow(sheet, 'Customer 2')![8])).toBe('Keep informed');
    const c = findRow(sheet, 'Customer 3')!;
    expect(cellValue(c[3])).toBe('x');
    expect(obj(c[3])?.f).toBeUndefined();
    expect(cellV(c[6])).toBe('High');
    expect(cellV(c[8])).toBe('');
    const key = findRow(sheet, 'Customers — Key players')!;
    expect(key[1]).toEqual({ f: expect.any(String), v: 1, z: '0', result: 'count-key' });
    expect(cellV(findRow(sheet, 'Customers — Monitor')![1])).toBe(0);
  });

  it('leaves counts empty and keeps ranges valid with no customers (pl)', () => {
    const sheet = stakeholderGrid.excel(customersSheet([]), 'pl');
    const key = findRow(sheet, 'Klienci — Kluczowi')!;
    expect(key[1]).toMatchObject({ v: '', f: expect.any(String) });
  });

  it('writes top strategies with ties as formulas, cached like the app', () => {
    const data = customersSheet([], { k1: '5', k2: '3', k3: 'abc', k5: '5', i1: '2' });
    const sheet = stakeholderGrid.excel(data, 'en');
    const key = findRow(sheet, 'Top strategy — Key players')!;
    expect(cellV(key[1])).toBe('Close cooperation; Ensure their expectations are met');
    expect(key[2]).toMatchObject({ v: 5, z: '0' });
    expect(cellV(findRow(sheet, 'Top strategy — Monitor')![1])).toBe('');
    expect(cellV(findRow(sheet, 'Top strategy — Monitor')![2])).toBe('');
    expect(cellV(findRow(sheet, 'Top strategy — Keep informed')![1])).toBe('Potential allies');
    // The strategy rows referenced hold the labels and the typed ratings.
    const k3 = findRow(sheet, 'Key players')!;
    expect(k3[1]).toBe('Close cooperation');
    expect(cellValue(k3[2])).toBe(5);
    expect(obj(k3[2])?.input).toEqual({ table: 'strategies', row: 'k1', col: 'importance' });
  });

  it('references the right rows in the top-strategy formula', () => {
    const sheet = stakeholderGrid.excel(stakeholderGrid.example('en'), 'en');
    const rowOf = (label: string) => sheet.rows.findIndex((r) => r[1] === label) + 1;
    const first = rowOf('Close cooperation');
    const last = rowOf('Ensure their expectations are met');
    const f = cellF(findRow(sheet, 'Top strategy — Key players')![1])!;
    expect(f).toContain(`C${first}:C${last}`);
    expect(f.match(/"; "&B(\d+)/g)).toEqual([first, first + 1, first + 2, first + 3, last].map((n) => `"; "&B${n}`));
  });
});

describe('what the grid does not show by itself', () => {
  const data = (cells: Record<string, string>[]): SheetData => ({
    fields: {},
    tables: { customers: cells.map((c) => row(c)) },
  });
  const items = (d: SheetData) =>
    Object.fromEntries(
      stakeholderGrid.blocks.flatMap((b) => (b.kind === 'results' ? b.items(d) : [])).map((r) => [r.id, r]),
    );
  it('a classified customer without a name is counted, and the count says it is not drawn', () => {
    const d = data([
      { name: 'Anna', interest: 'high', influence: 'high' },
      { interest: 'high', influence: 'high' },
    ]);
    expect(items(d)['count-key']!.shown.value).toBe(2);
    expect(items(d)['count-key']!.detail).toMatchObject({
      en: '1 without a name: counted, not on the grid',
      pl: '1 bez nazwy: policzony, ale nie na siatce',
    });
    expect(items(data([{ name: 'Anna', interest: 'high', influence: 'high' }]))['count-key']!.detail).toBeUndefined();
  });
  it('a score overriding the ticked level is said beside the quadrant', () => {
    const col = customers.columns.find((c) => c.id === 'quadrant')!;
    if (col.kind !== 'computed') throw new Error('quadrant is computed');
    const r = row({ name: 'Bob', interest: 'low', interestScore: '8', influence: 'high' });
    expect(col.compute(r, data([])).value).toMatchObject({
      en: 'Key players (interest score 8 counts as High, not the Low ticked)',
      pl: 'Kluczowi (zainteresowanie: ocena 8 oznacza Wysoki, nie zaznaczony Niski)',
    });
    expect(col.compute(row({ interest: 'high', interestScore: '8', influence: 'high' }), data([])).value).toEqual(
      QUADRANT_LABEL.key,
    );
  });
});
