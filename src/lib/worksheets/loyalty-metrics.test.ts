import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData, WorksheetDef } from './types';
import { loyaltyMetrics } from './loyalty-metrics';
import { obj } from './test-support';

const def: WorksheetDef = loyaltyMetrics;
const resultsOf = (fields: Record<string, string>): Record<string, ResultItem> => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  const data: SheetData = { fields, tables: {} };
  return Object.fromEntries(block.items(data).map((i) => [i.id, i]));
};

describe('loyalty-metrics', () => {
  it('computes every metric of the example', () => {
    const r = resultsOf(def.example('en').fields as Record<string, string>);
    expect(r['churn']!.shown.value).toBe(18 / 120);
    expect(r['retention']!.shown.value).toBe(1 - 18 / 120);
    expect(r['repurchase']!.shown.value).toBe(61 / 96);
    expect(r['referral']!.shown.value).toBe(34 / 96);
    expect(r['complaints']!.shown.value).toBe((9 / 412) * 100);
    expect(r['wallet']!.shown.value).toBe(186000 / 310000);
    expect(r['years']!.shown.value).toBe(3.5);
    expect(r['expected']!.shown.value).toBeCloseTo(120 / 18, 12);
    expect(r['lifetime']!.shown.value).toBe((1850 * 32) / 100 / (18 / 120));
  });

  it('the Polish example reads the same (decimal comma)', () => {
    const en = resultsOf(def.example('en').fields as Record<string, string>);
    const pl = resultsOf(def.example('pl').fields as Record<string, string>);
    expect(Object.values(pl).map((i) => i.shown.value)).toEqual(Object.values(en).map((i) => i.shown.value));
  });

  it('each metric is "—" and names what is missing', () => {
    const r = resultsOf({ start: '100' });
    expect(r['churn']!.shown.value).toBeUndefined();
    expect(r['churn']!.missing).toMatchObject({ en: 'Enter: Customers lost', zh: '请填写：流失客户数' });
    expect(r['lifetime']!.missing).toMatchObject({ en: 'Enter: Customers lost, Annual revenue, Gross margin' });
    expect(r['years']!.missing).toMatchObject({ en: 'Enter: Years' });
  });

  it('refuses a count larger than its base, with a message; never over 100%', () => {
    const r = resultsOf({ start: '100', lost: '120', buyers: '50', repeat: '51', recommended: '50' });
    expect(r['churn']!.shown.value).toBeUndefined();
    expect(r['churn']!.missing).toMatchObject({
      en: 'Refused: customers lost cannot be more than the customers at the start',
    });
    expect(r['churn']!.tone).toBe('bad');
    expect(r['retention']!.shown.value).toBeUndefined();
    expect(r['repurchase']!.shown.value).toBeUndefined();
    expect(r['referral']!.shown.value).toBe(1);
  });

  it('lifetime value: none when churn is 0, and says why', () => {
    const r = resultsOf({ start: '100', lost: '0', revenue: '1000', margin: '30' });
    expect(r['churn']!.shown.value).toBe(0);
    expect(r['retention']!.shown.value).toBe(1);
    expect(r['lifetime']!.shown.value).toBeUndefined();
    expect((r['lifetime']!.missing as { en: string }).en).toMatch(/No customer was lost/);
  });

  it('a base of 0 is no rate, and bad input is left out', () => {
    const r = resultsOf({ start: '0', lost: '0', orders: '0', complaints: '3', margin: '120', buyers: '2.5' });
    expect(r['churn']!.missing).toMatchObject({ en: 'Customers at the start must be more than 0' });
    expect(r['complaints']!.missing).toMatchObject({ en: 'Orders must be more than 0' });
    expect(r['repurchase']!.missing).toMatchObject({ en: 'Enter: Repeat buyers, Customers who bought' });
  });

  it('Excel: every result a formula, tagged, with the app’s cached value', () => {
    const x = def.excel(def.example('en'), 'en');
    const cells = x.rows
      .flat()
      .map(obj)
      .filter((c) => c?.result);
    expect(cells.map((c) => c!.result)).toEqual([
      'churn',
      'retention',
      'repurchase',
      'referral',
      'complaints',
      'wallet',
      'years',
      'expected',
      'lifetime',
    ]);
    for (const c of cells) expect(c!.f).toBeTruthy();
    expect(cells.find((c) => c!.result === 'churn')!.v).toBe(0.15);
  });
});
