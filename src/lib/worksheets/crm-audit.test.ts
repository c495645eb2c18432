import { describe, expect, it } from 'vitest';
import type { SheetData, WorksheetDef, XCell } from './types';
import { AUDIT_BANDS, crmAudit } from './crm-audit';
import { row } from './helpers';
import { cellValue, obj } from './test-support';

const def: WorksheetDef = crmAudit;
const audit = (pairs: [string, string][]): SheetData => ({
  fields: {},
  tables: { questions: pairs.map(([rating, weight], i) => row({ rating, weight }, `q${i + 1}`)) },
});
const resultsOf = (data: SheetData) => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i]));
};

describe('crm-audit results', () => {
  it('shows no data when nothing is entered', () => {
    const r = resultsOf(def.initial('en'));
    expect(r['questions-total-weight']!.shown.value).toBeUndefined();
    expect(r['questions-weighted-average']!.shown.value).toBeUndefined();
    expect(r['interpretation']!.shown.value).toBeUndefined();
    expect(r['interpretation']!.missing).toBeDefined();
  });

  it('computes the weighted average and band with drifting weights', () => {
    const r = resultsOf(
      audit([
        ['4', '0,1'],
        ['4', '0.2'],
        ['4', '0,3'],
        ['5', '0.2'],
        ['4', '0.2'],
      ]),
    );
    expect(r['questions-total-weight']!.shown.value).toBe(1);
    expect(r['questions-weighted-average']!.shown.value).toBe(4.2);
    expect(r['interpretation']!.shown).toMatchObject({
      kind: 'text',
      value: { en: 'The system fulfils its function', pl: 'System spełnia swoją funkcję' },
    });
  });

  it('says what is missing from the total weight', () => {
    const r = resultsOf(
      audit([
        ['4', '0.2'],
        ['4', '0.2'],
        ['4', '0.2'],
        ['5', '0.2'],
        ['4', '0.1'],
      ]),
    );
    expect(r['questions-total-weight']!.detail).toMatchObject({ en: '0.90 — add 0.10', pl: '0,90 — dodaj 0,10' });
    expect(r['interpretation']!.shown.value).toBeUndefined();
    expect(r['interpretation']!.missing).toMatchObject({
      en: 'Weights must total 1.00',
      pl: 'Wagi muszą sumować się do 1,00',
    });
  });

  it('never shows Σ rating × weight as the average when the weights are off (22.50 on a 1–5 scale)', () => {
    const r = resultsOf(
      audit([
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
      ]),
    );
    expect(r['questions-weighted-average']!.shown.value).toBeUndefined();
    expect(r['questions-weighted-average']!.missing).toMatchObject({
      en: 'Weights total 4.50 — remove 3.50 to reach 1. Provisional, with the weights scaled to 1: 5.00',
      pl: 'Wagi sumują się do 4,50 — odejmij 3,50, aby było 1. Wstępnie, po przeskalowaniu wag do 1: 5,00',
    });
  });

  it.each([
    // A total that is not whole hundredths shows its decimals: a refused 0.998 never reads "1.00 — add 0.00".
    ['0.198', { en: '0.998 — add 0.002', pl: '0,998 — dodaj 0,002' }],
    ['0.2025', { en: '1.0025 — remove 0.0025', pl: '1,0025 — odejmij 0,0025' }],
    ['0.199', { en: '0.999 — complete', pl: '0,999 — kompletna' }],
  ])('shows a last weight of %s in the total with its decimals', (last, detail) => {
    const r = resultsOf(
      audit([
        ['4', '0.2'],
        ['4', '0.2'],
        ['4', '0.2'],
        ['5', '0.2'],
        ['4', last],
      ]),
    );
    expect(r['questions-total-weight']!.detail).toMatchObject(detail);
    expect(r['questions-total-weight']!.shown).toMatchObject({ format: 'weight' });
  });

  it('names the questions left unrated and leaves bad input out', () => {
    const r = resultsOf(
      audit([
        ['4', '0.2'],
        ['', '0.2'],
        ['7', '0.2'],
        ['5', '0.2'],
        ['4', '0.2'],
      ]),
    );
    expect(r['questions-weighted-average']!.shown.value).toBeUndefined();
    expect(r['questions-weighted-average']!.missing).toMatchObject({
      en: 'Rate questions 2 and 3',
      pl: 'Brakuje ocen pytań 2 i 3',
    });
  });
});

describe('crm-audit excel', () => {
  const cells = (data: SheetData) =>
    def
      .excel(data, 'en')
      .rows.flat()
      .filter((c): c is Exclude<XCell, null> => c !== null);
  const formulas = (data: SheetData) =>
    cells(data).filter(
      (c): c is { f: string; v?: string | number | boolean } => typeof c === 'object' && 'f' in c && !!c.f,
    );

  it('writes products, total, average and band as formulas with the app’s values cached', () => {
    const f = formulas(
      audit([
        ['4', '0.1'],
        ['4', '0.2'],
        ['4', '0.3'],
        ['5', '0.2'],
        ['4', '0.2'],
      ]),
    );
    expect(f.map((c) => c.v)).toEqual([0.4, 0.8, 1.2, 1, 0.8, 1, 4.2, 'The system fulfils its function']);
    expect(f[5]!.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(f[6]!.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });

  it('keeps invalid input as typed text and caches empty results', () => {
    const data = audit([
      ['x', '0.1'],
      ['4', '0.2'],
      ['4', '0.3'],
      ['5', '0.2'],
      ['4', '0.2'],
    ]);
    expect(cells(data).map(cellValue)).toContain('x');
    // The typed text sits in question 1's rating cell, tagged with its place and never a formula.
    const typed = cells(data).find((c) => cellValue(c) === 'x');
    expect(obj(typed)?.input).toEqual({ table: 'questions', row: 'q1', col: 'rating' });
    expect(obj(typed)?.f).toBeUndefined();
    const f = formulas(data);
    expect(f[0]!.v).toBe('');
    expect(f[6]!.v).toBe('');
  });

  it('band labels use the language’s decimal mark', () => {
    const texts = (lang: 'en' | 'pl') =>
      def
        .excel(def.example(lang), lang)
        .rows.map((r) => r[0])
        .filter((c): c is string => typeof c === 'string' && /–/.test(c));
    expect(texts('en')).toEqual(['4.1–5.0', '3.1–4.0', '2.1–3.0', '1.0–2.0']);
    expect(texts('pl')).toEqual(['4,1–5,0', '3,1–4,0', '2,1–3,0', '1,0–2,0']);
  });

  it('weights that do not total 1: no weighted average in Excel (a bare Σ rating × weight is no average)', () => {
    const f = formulas(
      audit([
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
        ['5', '0.9'],
      ]),
    );
    expect(f[5]!.v).toBeCloseTo(4.5, 9);
    expect(f[6]!.v).toBe('');
  });

  it('example is complete and interpretable', () => {
    const r = resultsOf(def.example('pl'));
    expect(r['interpretation']!.shown.value).toBeDefined();
  });

  it('says the band is read from the average rounded to one decimal (3.05 is 3.1: needs correction)', () => {
    // 3·0.3 + 3·0.25 + 3·0.2 + 4·0.15 + 2·0.1 = 3.05
    const r = resultsOf(
      audit([
        ['3', '0.3'],
        ['3', '0.25'],
        ['3', '0.2'],
        ['4', '0.15'],
        ['2', '0.1'],
      ]),
    );
    expect(r['questions-weighted-average']!.shown.value).toBe(3.05);
    expect(r['interpretation']!.shown.value).toEqual(AUDIT_BANDS.correction);
    expect(r['interpretation']!.detail).toMatchObject({
      en: 'Rounded to one decimal: 3.1',
      pl: 'Po zaokrągleniu do jednego miejsca: 3,1',
    });
  });

  it('types the example’s weights as a user of the language does, with the same results', () => {
    const weights = (lang: 'en' | 'pl') => crmAudit.example(lang).tables['questions']!.map((r) => r.cells['weight']);
    expect(weights('pl')).toEqual(['0,3', '0,2', '0,2', '0,1', '0,2']);
    expect(weights('en')).toEqual(['0.3', '0.2', '0.2', '0.1', '0.2']);
    const shown = (lang: 'en' | 'pl') => crmAudit.summary(crmAudit.example(lang)).map((r) => r.shown);
    expect(shown('pl')).toEqual(shown('en'));
  });

  it('writes the Polish band labels with decimal commas', () => {
    const sheet = crmAudit.excel(crmAudit.example('pl'), 'pl');
    const labels = sheet.rows
      .map((row) => row[0])
      .filter((c): c is string => typeof c === 'string' && /^\d[.,]\d–/.test(c));
    expect(labels).toEqual(['4,1–5,0', '3,1–4,0', '2,1–3,0', '1,0–2,0']);
  });
});
