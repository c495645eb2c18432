import { describe, expect, it } from 'vitest';
import { satisfactionMoments, shareOf } from './satisfaction-moments';
import { defaultProgress } from './progress';
import { emptySheet, row } from './helpers';
import type { Lang, SheetData, WorksheetDef } from './types';
import { cellValue, findRow, obj } from './test-support';

const results = (data: SheetData) =>
  satisfactionMoments.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));

function sheet(answers: [string, string][]): SheetData {
  const data = emptySheet();
  data.tables['situations'] = answers.map(([repeated, growth], i) =>
    row({ situation: `S${i}`, repeated, growth }, `r${i}`),
  );
  return data;
}

describe('shares over answered situations', () => {
  it.each<[[string, string][], number | undefined, number | undefined]>([
    [[], undefined, undefined],
    [[['', '']], undefined, undefined],
    [
      [
        ['yes', ''],
        ['', ''],
      ],
      1,
      undefined,
    ],
    [
      [
        ['yes', 'no'],
        ['no', 'no'],
        ['', 'yes'],
      ],
      0.5,
      1 / 3,
    ],
    [
      [
        ['no', 'yes'],
        ['no', 'yes'],
      ],
      0,
      1,
    ],
    [[['maybe', 'yes']], undefined, 1],
  ])('%j → repeated %s, growth %s', (answers, repeated, growth) => {
    const data = sheet(answers);
    expect(shareOf(data, 'repeated').share).toBe(repeated);
    expect(shareOf(data, 'growth').share).toBe(growth);
    const [r, g] = results(data);
    expect(r?.shown).toEqual({ kind: 'num', value: repeated, format: 'pct1' });
    expect(g?.shown).toEqual({ kind: 'num', value: growth, format: 'pct1' });
    if (repeated === undefined) expect(r?.missing).toBeDefined();
  });

  it('says how many were answered', () => {
    const [r] = results(
      sheet([
        ['yes', ''],
        ['no', ''],
        ['', ''],
      ]),
    );
    expect(r?.detail).toMatchObject({ en: '1 of 2 answered', pl: '1 z 2 z odpowiedzią' });
  });
});

describe('initial and example', () => {
  it('starts with three empty situations', () => {
    const data = (satisfactionMoments as WorksheetDef).initial('en');
    expect(data.tables['situations']).toHaveLength(3);
    expect(defaultProgress(satisfactionMoments, data)).toEqual({ answered: 0, total: 15 });
  });
  it.each(['en', 'pl'] as Lang[])('the %s example is complete', (lang) => {
    const data = satisfactionMoments.example(lang);
    const p = defaultProgress(satisfactionMoments, data);
    expect(p.total).toBe(15);
    expect(p.answered).toBe(15);
    expect(shareOf(data, 'repeated').share).toBeCloseTo(2 / 3, 12);
    expect(shareOf(data, 'growth').share).toBeCloseTo(1 / 3, 12);
    expect(satisfactionMoments.summary(data)).toHaveLength(2);
  });
});

describe('excel', () => {
  it('writes COUNTIF shares with the app values cached (en)', () => {
    const s = satisfactionMoments.excel(
      sheet([
        ['yes', 'no'],
        ['no', 'no'],
        ['', 'yes'],
      ]),
      'en',
    );
    expect(cellValue(findRow(s, 'Situation 1')?.[3])).toBe('Yes');
    expect(obj(findRow(s, 'Situation 1')?.[3])?.input).toEqual({ table: 'situations', row: 'r0', col: 'repeated' });
    expect(obj(findRow(s, 'Situations with a repeated factor')?.[1])).toMatchObject({
      f: expect.any(String), // what it computes: export/recalc.test.ts
      v: 0.5,
      z: '0.0%',
    });
    expect(obj(findRow(s, 'Situations that led to growth')?.[1])).toMatchObject({ v: 1 / 3 });
    expect(obj(findRow(s, 'Situations that led to growth')?.[1])?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });
  it('keeps a valid range and an empty result with no situations (pl)', () => {
    const s = satisfactionMoments.excel(emptySheet(), 'pl');
    const cell = obj(findRow(s, 'Sytuacje z powtarzającym się czynnikiem')?.[1]);
    expect(cell?.v).toBe('');
    expect(cell?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(cell?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });
});
