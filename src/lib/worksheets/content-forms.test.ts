import { describe, expect, it } from 'vitest';
import { contentForms, formBars, rowAverage } from './content-forms';
import type {
  WorksheetDef,
  ComputedColumn,
  InputDef,
  Lang,
  ResultItem,
  SheetData,
  TableBlock,
  XCell,
  XSheet,
} from './types';
import { defaultProgress } from './progress';
import { row } from './helpers';
import { cellValue } from './test-support';

/** Through the contract type, as the app calls it. */
const def: WorksheetDef = contentForms;
const table = contentForms.blocks.find((b): b is TableBlock => b.kind === 'table')!;
const IDS = ['guide', 'company-blog', 'expert-article', 'sponsored-article', 'interview', 'product-description'];

/** Ratings [time, idea, ease] per form as typed; undefined = untouched row. */
function data(values: (readonly [string, string, string] | undefined)[]): SheetData {
  return {
    fields: {},
    tables: {
      forms: IDS.map((id, i) => {
        const v = values[i];
        return row(v ? { time: v[0], idea: v[1], ease: v[2] } : {}, id);
      }),
    },
  };
}

function results(d: SheetData): Record<string, ResultItem> {
  const block = contentForms.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(d).map((i) => [i.id, i]));
}
const txt = (i: ResultItem | undefined, lang: Lang = 'en') => {
  if (i?.shown.kind !== 'text') return 'not text';
  const v = i.shown.value;
  return v === undefined || typeof v === 'string' ? v : v[lang];
};
const column = (id: string) => table.columns.find((c): c is ComputedColumn => c.id === id && c.kind === 'computed')!;
const computed = (id: string, d: SheetData) =>
  (d.tables['forms'] ?? []).map((r) => {
    const s = column(id).compute(r, d);
    return s.kind === 'num' ? s.value : 'text';
  });

const obj = (c: XCell | undefined) => {
  if (typeof c !== 'object' || c === null) throw new Error(`not an object cell: ${String(c)}`);
  return c;
};
function sheetRow(sheet: XSheet, label: string): { cells: XCell[]; n: number } {
  const i = sheet.rows.findIndex((cells) => {
    const c = cells[0];
    return c === label || (typeof c === 'object' && c !== null && c.v === label);
  });
  const cells = sheet.rows[i];
  if (!cells) throw new Error(`no row ${label}`);
  return { cells, n: i + 1 };
}

describe('definition', () => {
  it('six seed forms with descriptions, three 1–5 whole-number columns, average and rank', () => {
    expect(table.fixedRows?.map((r) => r.id)).toEqual(IDS);
    expect(table.fixedRows?.map((r) => r.label.pl)).toEqual([
      'Przewodnik',
      'Blog firmowy',
      'Artykuł ekspercki',
      'Artykuł sponsorowany',
      'Wywiad',
      'Opis produktu',
    ]);
    expect(table.fixedRows?.every((r) => r.description && r.description.en && r.description.pl)).toBe(true);
    const inputs = table.columns.filter((c): c is InputDef => c.kind !== 'computed');
    expect(inputs.map((c) => [c.label.en, c.rule?.noun.en, c.rule?.integer, c.rule?.min, c.rule?.max])).toEqual([
      ['Time', 'Time', true, 1, 5],
      ['Idea', 'Idea', true, 1, 5],
      ['Ease of use', 'Ease of use', true, 1, 5],
    ]);
    expect(table.columns.map((c) => c.id)).toEqual(['time', 'idea', 'ease', 'average', 'rank']);
    expect(contentForms.blocks).toContainEqual(
      expect.objectContaining({ kind: 'custom', id: 'chart', panel: 'content-forms-chart' }),
    );
  });
});

describe('averages', () => {
  it.each([
    [['1', '2', '2'], 5 / 3],
    [['1,0', '2', '2'], 5 / 3], // "1,0" is a whole number typed with a comma
    [['5', '5', '4'], 14 / 3],
    [['3', '3', '3'], 3],
    [['1', '2', ''], undefined],
    [['1', '2', '6'], undefined], // out of range: left out, so the row is incomplete
    [['1', '2', '2.5'], undefined], // not whole
    [['1', 'dużo', '2'], undefined],
  ] as const)('%j → %s', (v, expected) => {
    expect(rowAverage(row({ time: v[0], idea: v[1], ease: v[2] }))).toBe(expected);
  });

  it('shown with two decimals: 1, 2, 2 → 1.67', () => {
    const s = column('average').compute(row({ time: '1', idea: '2', ease: '2' }), data([]));
    expect(s).toEqual({ kind: 'num', value: 5 / 3, format: 'dec2' });
  });
});

describe('initial, example, results', () => {
  it.each(['en', 'pl'] as const)('initial(%s): six empty rows, nothing ranked', (lang) => {
    const d = def.initial(lang);
    expect(d.tables['forms']?.map((r) => r.id)).toEqual(IDS);
    expect(defaultProgress(contentForms, d)).toEqual({ answered: 0, total: 18 });
    const r = results(d);
    expect(txt(r['ranking'])).toBeUndefined();
    expect(txt(r['best'])).toBeUndefined();
    expect(r['best']?.missing).toBeDefined();
    expect(computed('average', d)).toEqual(IDS.map(() => undefined));
    expect(computed('rank', d)).toEqual(IDS.map(() => undefined));
    expect(formBars(d).every((b) => b.average === undefined && b.rank === undefined && !b.best)).toBe(true);
  });

  it.each(['en', 'pl'] as const)('example(%s): complete, one best form, ties in the tail', (lang) => {
    const d = def.example(lang);
    expect(defaultProgress(contentForms, d)).toEqual({ answered: 18, total: 18 });
    expect(computed('average', d)).toEqual([10 / 3, 4, 7 / 3, 7 / 3, 7 / 3, 13 / 3]);
    expect(computed('rank', d)).toEqual([3, 2, 4, 4, 4, 1]);
    const r = results(d);
    expect(txt(r['best'], lang)).toBe(lang === 'en' ? 'Product description' : 'Opis produktu');
    expect(txt(r['ranking'], 'pl')).toBe(
      '1. Opis produktu — 4,33; 2. Blog firmowy — 4,00; 3. Przewodnik — 3,33; 4. Artykuł ekspercki — 2,33; 4. Artykuł sponsorowany — 2,33; 4. Wywiad — 2,33',
    );
    expect(r['best']?.detail).toMatchObject({ en: 'Average 4.33', pl: 'Średnia 4,33' });
  });

  it('ties for first: every tied name, in seed order; competition ranks 1, 1, 3', () => {
    const d = data([['4', '4', '4'], undefined, ['5', '4', '3'], ['2', '2', '2']]);
    const r = results(d);
    expect(txt(r['best'])).toBe('Guide, Expert article');
    expect(r['best']?.detail).toMatchObject({ en: 'Tie, average 4.00', pl: 'Remis, średnia 4,00' });
    expect(txt(r['ranking'])).toBe('1. Guide — 4.00; 1. Expert article — 4.00; 3. Sponsored article — 2.00');
    expect(r['ranking']?.detail).toMatchObject({ en: '3 of 6 forms ranked', pl: 'Uszeregowano 3 z 6 form' });
    expect(computed('rank', d)).toEqual([1, undefined, 1, 3, undefined, undefined]);
    expect(formBars(d).map((b) => [b.id, b.average, b.rank, b.best])).toEqual([
      ['guide', 4, 1, true],
      ['company-blog', undefined, undefined, false],
      ['expert-article', 4, 1, true],
      ['sponsored-article', 2, 3, false],
      ['interview', undefined, undefined, false],
      ['product-description', undefined, undefined, false],
    ]);
  });

  it('summary is the best form', () => {
    expect(def.summary(def.example('en')).map((i) => i.id)).toEqual(['best']);
  });
});

describe('excel', () => {
  it('inputs on B–D, guarded AVERAGE, RANK and best form as formulas with the app values cached', () => {
    const sheet = def.excel(def.example('en'), 'en');
    expect(sheetRow(sheet, 'Form').n).toBe(4);
    const guide = sheetRow(sheet, 'Guide');
    expect(guide.n).toBe(5);
    expect(guide.cells.slice(1, 4).map(cellValue)).toEqual([3, 4, 3]);
    expect(obj(guide.cells[4])).toEqual({ f: expect.any(String), v: 10 / 3, z: '0.00' });
    expect(obj(guide.cells[5])).toEqual({ f: expect.any(String), v: 3, z: '0' });
    expect(guide.cells[6]).toContain('educate consumers');

    const ranks = IDS.map((_, i) => obj(sheet.rows[4 + i]?.[5]).v);
    expect(ranks).toEqual([3, 2, 4, 4, 4, 1]);
    const avgs = IDS.map((_, i) => obj(sheet.rows[4 + i]?.[4]).v);
    expect(avgs).toEqual([10 / 3, 4, 7 / 3, 7 / 3, 7 / 3, 13 / 3]);

    const best = obj(sheetRow(sheet, 'Best form').cells[1]);
    expect(best.v).toBe('Product description');
    expect(best.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });

  it('incomplete and invalid rows: typed text kept, average and rank empty', () => {
    const sheet = def.excel(
      data([
        ['4', '4', '4'],
        ['2', 'x', '3'],
        ['4', '5', '3'],
      ]),
      'pl',
    );
    const guide = sheetRow(sheet, 'Przewodnik');
    const blog = sheetRow(sheet, 'Blog firmowy');
    expect(blog.cells.slice(1, 4).map(cellValue)).toEqual([2, 'x', 3]);
    // The typed text stays inert: an input cell, never a formula.
    expect(obj(blog.cells[2]).f).toBeUndefined();
    expect(obj(blog.cells[2]).input).toEqual({ table: 'forms', row: 'company-blog', col: 'idea' });
    expect(obj(blog.cells[4]).v).toBe('');
    expect(obj(blog.cells[5]).v).toBe('');
    expect(sheetRow(sheet, 'Wywiad').cells.slice(1, 4).map(cellValue)).toEqual([null, null, null]);
    expect(obj(guide.cells[4]).v).toBe(4);
    expect(obj(guide.cells[5]).v).toBe(1);
    expect(obj(sheetRow(sheet, 'Artykuł ekspercki').cells[5]).v).toBe(1);
    expect(obj(sheetRow(sheet, 'Najlepsza forma').cells[1]).v).toBe('Przewodnik, Artykuł ekspercki');
  });

  it('empty sheet: no cached numbers', () => {
    const sheet = def.excel(def.initial('en'), 'en');
    expect(IDS.map((_, i) => obj(sheet.rows[4 + i]?.[4]).v)).toEqual(IDS.map(() => ''));
    expect(obj(sheetRow(sheet, 'Best form').cells[1]).v).toBe('');
  });
});
