import { describe, expect, it } from 'vitest';
import { cloudFit, SCALE_OPTIONS } from './cloud-fit';
import { defaultProgress } from './progress';
import type { Lang, ResultItem, SheetData, XSheet } from './types';
import { cellValue, obj } from './test-support';

const LANGS: Lang[] = ['en', 'pl'];
const IDS = ['access', 'sync', 'ease', 'support', 'scalable'];
const fields = cloudFit.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
const answers = (...v: string[]): SheetData => ({
  fields: Object.fromEntries(v.map((a, i) => [IDS[i], a])),
  tables: {},
});
const resultsOf = (data: SheetData): ResultItem[] =>
  cloudFit.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
const item = (data: SheetData, id: string) => resultsOf(data).find((i) => i.id === id)!;
const pickT = (v: unknown, lang: Lang) => (v && typeof v === 'object' ? (v as Record<Lang, string>)[lang] : v);

/** Row whose first cell (plain or bold) is `label`. */
const rowOf = (sheet: XSheet, label: string) =>
  sheet.rows.find((r) => {
    const c = r[0];
    return c === label || (typeof c === 'object' && c !== null && c.v === label);
  });
const cellAt = (sheet: XSheet, label: string, col: number) => {
  const c = rowOf(sheet, label)?.[col];
  return c !== null && typeof c === 'object' ? c : undefined;
};

describe('cloud-fit definition', () => {
  it('five seed statements, each a 1–5 scale with labelled options', () => {
    expect(fields.map((f) => f.id)).toEqual(IDS);
    for (const f of fields) expect(f).toMatchObject({ kind: 'scale', options: SCALE_OPTIONS });
    expect(SCALE_OPTIONS.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(SCALE_OPTIONS[0]!.label.en).toBe('1 — Strongly disagree');
    expect(fields[0]!.label.en).toBe('1. It is necessary to ensure access to the system at any time from anywhere.');
  });

  it.each(LANGS)('labels are unique (%s)', (lang) => {
    const labels = [...fields.map((f) => f.label[lang]), ...resultsOf(answers()).map((r) => pickT(r.label, lang))];
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('cloud-fit results', () => {
  it('empty: no average, says what is missing', () => {
    const avg = item(answers(), 'average');
    expect(avg.shown.value).toBeUndefined();
    expect(avg.missing).toMatchObject({
      en: 'Answer statements 1, 2, 3, 4 and 5',
      pl: 'Odpowiedz na stwierdzenia 1, 2, 3, 4 i 5',
    });
    expect(item(answers(), 'recommendation').shown.value).toBeUndefined();
  });

  it('partial (and an invalid value): the average waits for all five', () => {
    const data = answers('5', '', '4', '7', '3');
    expect(item(data, 'average').shown.value).toBeUndefined();
    expect(item(data, 'average').missing).toMatchObject({
      en: 'Answer statements 2 and 4',
      pl: 'Odpowiedz na stwierdzenia 2 i 4',
    });
    expect(item(answers('5', '4', '4', '4'), 'average').missing).toMatchObject({
      en: 'Answer statement 5',
      pl: 'Odpowiedz na stwierdzenie 5',
    });
  });

  it.each([
    { a: ['4', '4', '4', '4', '4'], avg: 4, band: 'A cloud CRM fits your needs', tone: 'good' },
    {
      a: ['5', '4', '4', '3', '3'],
      avg: 3.8,
      band: 'A cloud CRM probably fits: check the lowest-rated needs',
      tone: 'warn',
    },
    {
      a: ['3', '3', '3', '3', '3'],
      avg: 3,
      band: 'A cloud CRM probably fits: check the lowest-rated needs',
      tone: 'warn',
    },
    { a: ['3', '3', '3', '2', '3'], avg: 2.8, band: 'Consider an on-premise system', tone: 'bad' },
  ])('$a → $avg', ({ a, avg, band, tone }) => {
    const data = answers(...a);
    expect(item(data, 'average').shown.value).toBe(avg);
    const rec = item(data, 'recommendation');
    expect(pickT(rec.shown.value, 'en')).toBe(band);
    expect(rec.tone).toBe(tone);
  });

  it('names the lowest-rated needs when a cloud CRM probably fits', () => {
    expect(item(answers('5', '4', '4', '3', '3'), 'recommendation').detail).toMatchObject({
      en: 'Lowest rated (3): technical and service support; scaling with changing needs',
      pl: 'Najniżej ocenione (3): wsparcie techniczne i serwisowe; skalowanie w zależności od zmieniających się potrzeb',
    });
    expect(item(answers('5', '5', '4', '4', '3'), 'recommendation').detail).toBeUndefined();
  });

  it('example: complete, average 3.60, probably fits', () => {
    const data = cloudFit.example();
    const p = defaultProgress(cloudFit, data);
    expect(p).toEqual({ answered: 5, total: 5 });
    expect(item(data, 'average').shown.value).toBe(3.6);
    expect(pickT(item(data, 'recommendation').detail, 'en')).toBe('Lowest rated (2): scaling with changing needs');
  });
});

describe('cloud-fit Excel', () => {
  const cases: [string, SheetData][] = [
    ['empty', answers()],
    ['partial', answers('5', '', '4', 'x', '3')],
    ['example', cloudFit.example()],
    ['fits', answers('5', '5', '4', '4', '3')],
    ['on-premise', answers('1', '2', '3', '2', '1')],
  ];
  for (const [name, data] of cases) {
    it.each(LANGS)(`${name} (%s): formulas with cached values equal to the app`, (lang) => {
      const sheet = cloudFit.excel(data, lang);
      const avgLabel = lang === 'en' ? 'Average' : 'Średnia';
      const avg = cellAt(sheet, avgLabel, 1)!;
      expect(avg.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
      expect(avg.v).toBe(item(data, 'average').shown.value ?? '');
      // The answer cells hold real numbers when valid: recompute AVERAGE as Excel would.
      const nums = sheet.rows
        .slice(4, 9)
        .map((r) => cellValue(r[1]))
        .filter((c): c is number => typeof c === 'number');
      if (nums.length === 5) expect(avg.v).toBe(nums.reduce((x, y) => x + y, 0) / 5);
      const rec = cellAt(sheet, lang === 'en' ? 'Recommendation' : 'Rekomendacja', 1)!;
      expect(rec.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
      expect(rec.v).toBe(pickT(item(data, 'recommendation').shown.value, lang) ?? '');
      // Lowest-rated flags: MIN over the answers, only once all five are answered.
      const yes = lang === 'en' ? 'Yes' : 'Tak';
      const flags = sheet.rows.slice(4, 9).map((r) => (r[3] as { v: string }).v);
      const expected = nums.length === 5 ? nums.map((n) => (n === Math.min(...nums) ? yes : '')) : ['', '', '', '', ''];
      expect(flags).toEqual(expected);
    });
  }

  it('keeps an invalid stored value as typed text, outside COUNT', () => {
    const sheet = cloudFit.excel(answers('5', '', '4', 'x', '3'), 'en');
    expect(sheet.rows.slice(4, 9).map((r) => cellValue(r[1]))).toEqual([5, null, 4, 'x', 3]);
    // Every answer cell, empty or not, names its field so an edited file reads back.
    expect(sheet.rows.slice(4, 9).map((r) => obj(r[1])?.input)).toEqual(IDS.map((field) => ({ field })));
  });
});
