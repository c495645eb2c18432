import { describe, expect, it } from 'vitest';
import { websiteVsBlog, SPECS, POSITIONS } from './website-vs-blog';
import type { WorksheetDef, Lang, ResultItem, SheetData, TableBlock, XCell, XSheet } from './types';
import { defaultProgress } from './progress';
import { row } from './helpers';
import { cellValue } from './test-support';

/** Through the contract type, as the app calls it. */
const def: WorksheetDef = websiteVsBlog;
const table = websiteVsBlog.blocks.find((b): b is TableBlock => b.kind === 'table')!;

/** Sheet data with the given stored preference per spec row (undefined = untouched). */
function data(values: (string | undefined)[]): SheetData {
  return {
    fields: {},
    tables: { specs: SPECS.map((s, i) => row(values[i] === undefined ? {} : { preference: values[i]! }, s.id)) },
  };
}

function results(d: SheetData): Record<string, ResultItem> {
  const block = websiteVsBlog.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(d).map((i) => [i.id, i]));
}
const num = (i: ResultItem | undefined) => (i?.shown.kind === 'num' ? i.shown.value : 'not a number');
const txt = (i: ResultItem | undefined, lang: Lang = 'en') => {
  if (i?.shown.kind !== 'text') return 'not text';
  const v = i.shown.value;
  return v === undefined || typeof v === 'string' ? v : v[lang];
};

/** The row whose first cell is `label`. */
function sheetRow(sheet: XSheet, label: string): XCell[] {
  const r = sheet.rows.find((cells) => {
    const c = cells[0];
    return c === label || (typeof c === 'object' && c !== null && c.v === label);
  });
  if (!r) throw new Error(`no row ${label}`);
  return r;
}
const obj = (c: XCell | undefined) => {
  if (typeof c !== 'object' || c === null) throw new Error(`not a formula cell: ${String(c)}`);
  return c;
};

describe('definition', () => {
  it('seven seed specifications, each showing website trait ↔ blog trait', () => {
    expect(table.fixedRows?.map((r) => r.label.en)).toEqual([
      'Content',
      'Author',
      'Comments',
      'Technology',
      'Context',
      'Scope of functionality',
      'Navigation and structure complexity',
    ]);
    // Each trait at its end of the scale (the seed's three columns), not one flattened line.
    expect(table.fixedRows?.[0]?.ends?.map((t) => t.pl)).toEqual([
      'Strona internetowa: ściśle związana z istotą działalności firmy',
      'Blog firmowy: dowolna, nieograniczona',
    ]);
    expect(table.fixedRows?.[6]?.ends?.map((t) => t.en)).toEqual(['Website: high', 'Company blog: low']);
    expect(table.fixedRows?.[6]?.description).toBeUndefined();
  });

  it('"My preference" is a 5-position scale −2…2', () => {
    const input = table.columns[0];
    expect(input?.kind).toBe('scale');
    if (input?.kind !== 'scale') return;
    expect(input.label.en).toBe('My preference');
    expect(input.options?.map((o) => o.value)).toEqual(['-2', '-1', '0', '1', '2']);
    expect(input.options?.map((o) => o.label.en)).toEqual([
      'Strongly website',
      'Rather website',
      'Neutral',
      'Rather blog',
      'Strongly blog',
    ]);
    expect(input.options?.every((o) => o.label.pl.length > 0)).toBe(true);
  });
});

describe('initial and example', () => {
  it.each(['en', 'pl'] as const)('initial(%s): seven empty rows, nothing computed', (lang) => {
    const d = def.initial(lang);
    expect(d.tables['specs']?.map((r) => r.id)).toEqual(SPECS.map((s) => s.id));
    expect(defaultProgress(websiteVsBlog, d)).toEqual({ answered: 0, total: 7 });
    const r = results(d);
    expect(num(r['website-points'])).toBeUndefined();
    expect(num(r['blog-points'])).toBeUndefined();
    expect(txt(r['recommendation'])).toBeUndefined();
    expect(r['recommendation']?.missing).toBeDefined();
  });

  it.each(['en', 'pl'] as const)('example(%s): complete and coherent', (lang) => {
    const d = def.example(lang);
    expect(defaultProgress(websiteVsBlog, d)).toEqual({ answered: 7, total: 7 });
    const r = results(d);
    expect(num(r['website-points'])).toBe(1);
    expect(num(r['blog-points'])).toBe(6);
    expect(txt(r['recommendation'])).toBe('A company blog suits your needs better');
    expect(r['recommendation']?.detail).toBeUndefined();
  });
});

describe('results', () => {
  it.each([
    // stored values, website, blog, recommendation
    [['0'], 0, 0, 'balanced'],
    [['1'], 0, 1, 'balanced'],
    [['2'], 0, 2, 'blog'],
    [['-1', '-1'], 2, 0, 'website'],
    [['-2', '1'], 2, 1, 'balanced'],
    [['-2', '-1', '1', '0', '0', '0', '0'], 3, 1, 'website'],
  ] as const)('%j → website %s, blog %s, %s', (values, w, b, rec) => {
    const r = results(data([...values]));
    expect(num(r['website-points'])).toBe(w);
    expect(num(r['blog-points'])).toBe(b);
    const expected = {
      website: 'A website suits your needs better',
      blog: 'A company blog suits your needs better',
      balanced: 'Balanced: neither side clearly prevails',
    }[rec];
    expect(txt(r['recommendation'])).toBe(expected);
  });

  it('says how many rows are marked while some are not', () => {
    const r = results(data(['2', undefined, '-1']));
    expect(r['recommendation']?.detail).toMatchObject({ en: '2 of 7 rows marked', pl: 'Zaznaczono 2 z 7 wierszy' });
  });

  it('an unknown stored value is left out', () => {
    const r = results(data(['5', 'x', '']));
    expect(num(r['blog-points'])).toBeUndefined();
    expect(txt(r['recommendation'])).toBeUndefined();
  });

  it('summary returns points and recommendation', () => {
    expect(def.summary(def.example('en')).map((i) => i.id)).toEqual([
      'website-points',
      'blog-points',
      'recommendation',
    ]);
  });
});

describe('excel', () => {
  it('preferences as numbers with their position label; points and recommendation as formulas with cached values', () => {
    const sheet = def.excel(def.example('en'), 'en');
    const content = sheetRow(sheet, 'Content');
    expect(content[1]).toBe("strictly related to the essence of the company's business");
    expect(content[2]).toBe('any, unlimited');
    expect(obj(content[3]).v).toBe(1);
    const pos = obj(content[4]);
    expect(pos.v).toBe('Rather blog');
    expect(pos.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(obj(sheetRow(sheet, 'Scope of functionality')[3]).v).toBe(-1);

    expect(obj(sheetRow(sheet, 'Rows marked')[1])).toMatchObject({ f: expect.any(String), v: 7 });
    expect(obj(sheetRow(sheet, 'Website points')[1])).toMatchObject({ f: expect.any(String), v: 1 });
    expect(obj(sheetRow(sheet, 'Blog points')[1])).toMatchObject({ f: expect.any(String), v: 6 });
    const rec = obj(sheetRow(sheet, 'Recommendation')[1]);
    expect(rec.v).toBe('A company blog suits your needs better');
    expect(rec.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(rec.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });

  it('empty sheet: empty cached results, no fake zeros', () => {
    const sheet = def.excel(def.initial('pl'), 'pl');
    expect(cellValue(sheetRow(sheet, 'Treść')[3])).toBeNull();
    expect(obj(sheetRow(sheet, 'Treść')[3]).input).toMatchObject({ table: 'specs', col: 'preference' });
    expect(obj(sheetRow(sheet, 'Treść')[4]).v).toBe('');
    expect(obj(sheetRow(sheet, 'Zaznaczone wiersze')[1]).v).toBe(0);
    expect(obj(sheetRow(sheet, 'Punkty strony internetowej')[1]).v).toBe('');
    expect(obj(sheetRow(sheet, 'Punkty bloga')[1]).v).toBe('');
    expect(obj(sheetRow(sheet, 'Rekomendacja')[1]).v).toBe('');
  });

  it('Polish labels; an invalid stored value is written as typed text (left out of COUNT/SUMIF)', () => {
    const sheet = def.excel(data(['-2', 'zły', '0']), 'pl');
    expect(obj(sheetRow(sheet, 'Treść')[3]).v).toBe(-2);
    expect(obj(sheetRow(sheet, 'Treść')[4]).v).toBe(POSITIONS[-2].pl);
    expect(cellValue(sheetRow(sheet, 'Autor')[3])).toBe('zły');
    expect(obj(sheetRow(sheet, 'Autor')[3]).f).toBeUndefined();
    expect(obj(sheetRow(sheet, 'Autor')[3]).input).toEqual({ table: 'specs', row: 'author', col: 'preference' });
    expect(obj(sheetRow(sheet, 'Komentarze')[3]).v).toBe(0);
    expect(obj(sheetRow(sheet, 'Zaznaczone wiersze')[1]).v).toBe(2);
    expect(obj(sheetRow(sheet, 'Punkty strony internetowej')[1]).v).toBe(2);
    expect(obj(sheetRow(sheet, 'Punkty bloga')[1]).v).toBe(0);
    expect(obj(sheetRow(sheet, 'Rekomendacja')[1]).v).toBe('Strona internetowa lepiej odpowiada Twoim potrzebom');
  });
});
