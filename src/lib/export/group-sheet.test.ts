/**
 * The group's comparison export: statistics as formulas, recomputed by LibreOffice (headless, set
 * to recalculate on load) from a file written without any cached result, to the app's figures.
 */
import { row } from '../worksheets/helpers';
import { describe, expect, it } from 'vitest';
import { read, type CellObject, type WorkBook } from 'xlsx';
import { groupBook, type GroupTexts } from './group-sheet';
import { libreOfficeSave } from './libreoffice-save';
import { writeXlsx, type XBook } from './xlsx-writer';
import { a1 } from '../worksheets/formula';
import { loadAllDefinitions } from '../worksheets/index';
import { exampleRecord } from './import-fixtures';
import { compare, letter } from '../workshop/compare';
import { newWorkbook, type WorkbookRecord } from '../storage/record';

function recalculate(book: XBook): WorkBook {
  return read(libreOfficeSave(writeXlsx(book, { noCache: true }), { recalculate: true }), {
    type: 'array',
    cellFormula: true,
  });
}

const T: GroupTexts = {
  comparison: 'Comparison',
  categories: 'Answers',
  nps: 'NPS',
  group: 'Group',
  participant: 'Participant',
  count: 'Count',
  mean: 'Mean',
  median: 'Median',
  min: 'Min',
  max: 'Max',
  noData: 'no data',
  responses: 'Responses',
  promoters: 'Promoters',
  detractors: 'Detractors',
  pooled: 'All respondents (pooled)',
  margin: 'Margin of error (95%)',
  meanOf: 'Mean of the participants’ NPS',
};

const defs = await loadAllDefinitions();
const withScores = (name: string, scores: string[], lang: 'en' | 'pl' = 'en'): WorkbookRecord => {
  const r = exampleRecord(defs, lang, name);
  r.sheets['nps-survey'] = { fields: {}, tables: { respondents: scores.map((score) => row({ score })) } };
  return r;
};
const group = () => [
  withScores('Anna', ['10', '10', '10', '0']),
  withScores('Bartek', ['9', '7', '3', '3', '3', '8', '8', '8'], 'pl'),
  newWorkbook('Celina', 'en'),
];

const formulas = (book: XBook) =>
  book.sheets.flatMap(({ name, sheet }) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((x, col) =>
        x && typeof x === 'object' && x.f !== undefined
          ? [{ sheet: name, ref: a1(col, r + 1), f: x.f, v: x.v ?? '' }]
          : [],
      ),
    ),
  );

describe('group comparison export', () => {
  it('one row per participant; hand-checked NPS figures', () => {
    const c = compare(group(), defs, 'en', (i) => `Participant ${letter(i)}`);
    const book = groupBook('Gdańsk workshop', c, T, 'en', new Date(0));
    const parsed = read(writeXlsx(book), { type: 'array' });
    const nps = parsed.Sheets['NPS']!;
    expect([4, 5, 6].map((r) => (nps[`A${r}`] as CellObject).v)).toEqual([
      'Participant A',
      'Participant B',
      'Participant C',
    ]);
    // Anna 4 respondents: 3 promoters, 1 detractor → +50; Bartek 8: 1 promoter, 3 detractors → −25.
    expect((nps['E4'] as CellObject).v).toBe(50);
    expect((nps['E5'] as CellObject).v).toBe(-25);
    // Pooled: 12 respondents, 4 promoters, 4 detractors → 0; mean of the participants' NPS 12.5.
    expect(['B8', 'C8', 'D8', 'E8'].map((a) => (nps[a] as CellObject).v)).toEqual([12, 4, 4, 0]);
    expect((nps['E10'] as CellObject).v).toBe(12.5);
    const cmp = parsed.Sheets['Comparison']!;
    expect((cmp['A3'] as CellObject).v).toBe('Participant');
    expect((cmp['A8'] as CellObject).v).toBe('Count');
  });

  it('LibreOffice recomputes every statistic to the app’s value', () => {
    const c = compare(group(), defs, 'pl', (i, r) => `${letter(i)}. ${r.name}`);
    const book = groupBook('Grupa „test”', c, { ...T, comparison: 'Porównanie' }, 'pl', new Date(0));
    const want = formulas(book);
    expect(want.length).toBeGreaterThan(100);
    const got = recalculate(book);
    const bad = want.flatMap((e) => {
      const v = (got.Sheets[e.sheet]?.[e.ref] as CellObject | undefined)?.v ?? '';
      const ok =
        typeof e.v === 'number' && typeof v === 'number'
          ? Math.abs(e.v - v) <= 1e-9 * Math.max(1, Math.abs(e.v))
          : String(e.v) === String(v);
      return ok ? [] : [`${e.sheet}!${e.ref} =${e.f}: app ${JSON.stringify(e.v)}, LibreOffice ${JSON.stringify(v)}`];
    });
    expect(bad).toEqual([]);
  }, 180_000);

  it('an empty group writes headers only', () => {
    const c = compare([], defs, 'en', () => '');
    const book = groupBook('Empty', c, T, 'en', new Date(0));
    expect(formulas(book)).toEqual([]);
  });
});
