import { describe, expect, it } from 'vitest';
import { channelAudit, channels, coverages } from './channel-audit';
import { defaultProgress } from './progress';
import { emptySheet, row, rowsForFixed } from './helpers';
import type { CellValue, Lang, SheetData, WorksheetDef } from './types';
import { cellValue, findRow, obj } from './test-support';

const results = (data: SheetData) => channelAudit.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));

function sheet(table: Record<string, string>, fields: Record<string, CellValue> = {}): SheetData {
  const data = emptySheet();
  data.tables['channels'] = channels.fixedRows!.map((f) => row({ answer: table[f.id] ?? '' }, f.id));
  data.fields = fields;
  return data;
}

describe('rows', () => {
  it('has the seed rows grouped by dimension, with descriptions where the seed says more than the label', () => {
    const rows = channels.fixedRows!;
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.group).map((r) => r.group!.pl)).toEqual([
      'Zwiększanie świadomości marki',
      'Pozyskiwanie danych klientów',
    ]);
    // "Searching for data on the internet" is its own description in the seed: shown once.
    expect(rows.filter((r) => !r.description).map((r) => r.id)).toEqual(['web-search']);
    expect(rows.every((r) => r.description?.en !== r.label.en)).toBe(true);
  });
});

describe('coverage', () => {
  it('is undefined with a missing text when nothing is answered', () => {
    const c = coverages(sheet({}));
    expect([c.brand.share, c.data.share, c.profiling.share, c.overall.share]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    for (const r of results(sheet({}))) {
      expect(r.shown).toEqual({ kind: 'num', value: undefined, format: 'pct1' });
      expect(r.missing).toBeDefined();
    }
  });

  it('counts unanswered rows as not covered once one row is answered', () => {
    const c = coverages(sheet({ 'social-ads': 'yes' }));
    expect(c.brand).toEqual({ yes: 1, answered: 1, total: 4, share: 0.25 });
    expect(c.data.share).toBeUndefined();
    expect(c.overall).toEqual({ yes: 1, answered: 1, total: 9, share: 1 / 9 });
  });

  it.each<
    [
      Record<string, string>,
      Record<string, CellValue>,
      number | undefined,
      number | undefined,
      number | undefined,
      number | undefined,
    ]
  >([
    [{ 'social-ads': 'no', 'google-ads': 'no' }, {}, 0, undefined, undefined, 0],
    [{ 'web-search': 'yes', surveys: 'no' }, {}, undefined, 0.5, undefined, 1 / 9],
    [{}, { platforms: ['youtube'] }, undefined, undefined, 1 / 3, 1 / 9],
    [{}, { platforms: [], activeChannels: [] }, undefined, undefined, undefined, undefined],
    [{}, { mediaPreferences: 'no' }, undefined, undefined, 0, 0],
    [
      {},
      { mediaPreferences: 'yes', platforms: ['twitter', 'apps'], activeChannels: ['other'] },
      undefined,
      undefined,
      1,
      1 / 3,
    ],
    // "None of these" answers No: counted as answered, not covered.
    [{}, { platforms: ['none'] }, undefined, undefined, 0, 0],
    [{}, { platforms: ['none'], activeChannels: ['email'] }, undefined, undefined, 1 / 3, 1 / 9],
  ])('table %j, fields %j', (table, fields, brand, data, profiling, overall) => {
    const c = coverages(sheet(table, fields));
    expect(c.brand.share).toBe(brand);
    expect(c.data.share).toBe(data);
    expect(c.profiling.share).toBe(profiling);
    expect(c.overall.share).toBe(overall);
  });

  it('labels the results and explains the count', () => {
    const r = results(sheet({ 'social-ads': 'yes', 'google-ads': 'no' }));
    expect(r.map((i) => i.label.en)).toEqual([
      'Coverage — Brand awareness',
      'Coverage — Acquiring customer data',
      'Coverage — Customer profiling',
      'Overall coverage',
    ]);
    expect(r[0]?.detail).toMatchObject({ en: '1 of 4 Yes (2 answered)', pl: '1 z 4 na Tak (odpowiedzi: 2)' });
  });
});

describe('initial, example, progress', () => {
  it('starts empty: 6 rows + media, 2 multi-selects, 2 questions', () => {
    const data = (channelAudit as WorksheetDef).initial('en');
    expect(defaultProgress(channelAudit, data)).toEqual({ answered: 0, total: 11 });
  });
  it.each(['en', 'pl'] as Lang[])('the %s example is complete', (lang) => {
    const data = channelAudit.example(lang);
    expect(defaultProgress(channelAudit, data)).toEqual({ answered: 11, total: 11 });
    const c = coverages(data);
    expect([c.brand.share, c.data.share, c.profiling.share]).toEqual([0.5, 0.5, 1]);
    expect(c.overall.share).toBeCloseTo(6 / 9, 12);
    expect(channelAudit.summary(data)).toHaveLength(4);
  });
  it('gives fresh example data each time', () => {
    const a = channelAudit.example('en');
    (a.fields['platforms'] as string[]).push('twitter');
    expect(channelAudit.example('en').fields['platforms']).toEqual(['instagram', 'facebook-live', 'magazines']);
  });
});

it('"None of these" completes the multi-select, as an answer', () => {
  const data = sheet({}, { platforms: ['none'], activeChannels: ['none'] });
  expect(coverages(data).profiling).toEqual({ yes: 0, answered: 2, total: 3, share: 0 });
});

describe('excel', () => {
  it('writes COUNTIF coverage formulas with the app values cached (en)', () => {
    const data = sheet(
      { 'social-ads': 'yes', 'google-ads': 'no', surveys: 'yes' },
      { mediaPreferences: 'no', mediaNote: 'TV', platforms: ['youtube', 'magazines'], sameChannels: 'yes' },
    );
    const s = channelAudit.excel(data, 'en');
    expect(s.rows[4]?.map(cellValue)).toEqual([
      'Increasing brand awareness',
      'Social media ads',
      'Advertising on various social media platforms',
      'Yes',
    ]);
    expect(obj(s.rows[4]?.[3])?.input).toEqual({ table: 'channels', row: 'social-ads', col: 'answer' });
    expect(s.rows[10]?.slice(1, 5).map(cellValue)).toEqual([
      'Media preferences',
      'What kinds of media do they prefer? Answer Yes if you know, and name them in the notes.',
      'No',
      'TV',
    ]);
    expect(obj(s.rows[10]?.[4])?.input).toEqual({ field: 'mediaNote' });
    expect(s.rows[11]?.[3]).toEqual({ f: expect.any(String), v: 'Yes' });
    expect(cellValue(s.rows[11]?.[4])).toBe('YouTube, Specific magazines');
    expect(s.rows[12]?.[3]).toEqual({ f: expect.any(String), v: '' });
    expect(cellValue(s.rows[12]?.[4])).toBeNull();
    expect(cellValue(findRow(s, 'Do all customers use the same communication channels?')?.[3])).toBe('Yes');
    expect(obj(findRow(s, 'Coverage — Brand awareness')?.[1])).toMatchObject({
      f: expect.any(String), // what it computes: export/recalc.test.ts
      v: 0.25,
      z: '0.0%',
    });
    expect(obj(findRow(s, 'Coverage — Acquiring customer data')?.[1])).toMatchObject({ v: 0.5 });
    expect(obj(findRow(s, 'Coverage — Acquiring customer data')?.[1])?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(obj(findRow(s, 'Coverage — Customer profiling')?.[1])).toMatchObject({ v: 1 / 3 });
    expect(obj(findRow(s, 'Coverage — Customer profiling')?.[1])?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
    expect(obj(findRow(s, 'Overall coverage')?.[1])).toMatchObject({ v: 3 / 9 });
    expect(obj(findRow(s, 'Overall coverage')?.[1])?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });
  it('leaves empty coverage cells when nothing is answered (pl)', () => {
    const s = channelAudit.excel((channelAudit as WorksheetDef).initial('pl'), 'pl');
    const cell = obj(findRow(s, 'Pokrycie ogółem')?.[1]);
    expect(cell?.v).toBe('');
    expect(cell?.f).toEqual(expect.any(String)); // what it computes: recalc.test.ts
  });
});

it('initial rows match the fixed rows', () => {
  expect((channelAudit as WorksheetDef).initial('en').tables['channels']).toEqual(rowsForFixed(channels.fixedRows!));
});
