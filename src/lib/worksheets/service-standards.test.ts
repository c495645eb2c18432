import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData, WorksheetDef } from './types';
import { serviceStandards, standardBars } from './service-standards';
import { row } from './helpers';
import { findRow, obj } from './test-support';

const def: WorksheetDef = serviceStandards;
const resultsOf = (data: SheetData): Record<string, ResultItem> => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i]));
};
const sheet = (rows: [string, string, string][], fields: Record<string, string> = {}): SheetData => ({
  fields,
  tables: {
    standards: rows.map(([direction, target, actual], i) => row({ name: `S${i}`, direction, target, actual })),
  },
});

describe('service-standards', () => {
  it('defaults are the seed’s three examples, in the page’s language, with no verdict yet', () => {
    expect(def.initial('en').tables['standards']!.map((r) => r.cells['name'])).toEqual([
      'Call answer time',
      'Problem resolution rate',
      'Service attitude (customer rating 1–5)',
    ]);
    expect(def.initial('pl').tables['standards']![0]!.cells['name']).toBe('Czas odebrania telefonu');
    const r = resultsOf(def.initial('en'));
    expect(r['share-met']!.shown.value).toBeUndefined();
    expect(r['share-met']!.missing).toBeDefined();
    expect(r['steps-done']!.shown.value).toBe(0);
  });

  it('met per row, at most / at least including the target; share of those with a verdict', () => {
    const r = resultsOf(
      sheet([
        ['at-most', '20', '20'],
        ['at-least', '90', '89,5'],
        ['at-least', '4.5', '4.6'],
        ['at-most', '20', ''],
        ['', '20', '10'],
      ]),
    );
    expect(r['met']!.shown.value).toBe(2);
    expect(r['share-met']!.shown.value).toBe(2 / 3);
    expect(r['share-met']!.detail).toMatchObject({ en: '2 without a verdict, left out' });
  });

  it('the seven steps: progress by the completion rule', () => {
    const fields = { 'step-process': 'yes', 'step-manual': 'yes', 'step-tools': 'yes' };
    const r = resultsOf(sheet([], fields));
    expect(r['steps-done']!.shown.value).toBe(0.43);
    expect(r['steps-done']!.detail).toMatchObject({ en: '3 of 7 ticked' });
  });

  it('chart bars for standards with a number; the example in every language', () => {
    expect(standardBars(def.initial('en'))).toEqual([]);
    const bars = standardBars(def.example('en'));
    expect(bars.map((b) => [b.target, b.actual, b.met])).toEqual([
      [20, 26, false],
      [90, 93, true],
      [4.5, 4.6, true],
      [24, 22, true],
    ]);
    expect(standardBars(def.example('pl')).map((b) => b.actual)).toEqual([26, 93, 4.6, 22]);
    const zh = (def.example as (l: string) => SheetData)('zh');
    expect(zh.tables['standards']![0]!.cells['name']).toBe('电话接听时间');
  });

  it('Excel: met as a formula per row, share and steps tagged', () => {
    const x = def.excel(def.example('en'), 'en');
    const first = findRow(x, 'Standard 1')!;
    expect(obj(first[6])?.v).toBe('Not met');
    expect(obj(first[6])?.f).toContain('"At most"');
    const share = x.rows.flat().find((c) => obj(c)?.result === 'share-met');
    expect(obj(share)?.v).toBe(3 / 4);
    const steps = x.rows.flat().find((c) => obj(c)?.result === 'steps-done');
    expect(obj(steps)?.v).toBe(1); // the example has worked through every step
  });
});
