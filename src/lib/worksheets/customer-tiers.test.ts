import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData } from './types';
import { appendRows, copyFromAbc, customerTiers, tiersView } from './customer-tiers';
import { abcPareto } from './abc-pareto';
import { row } from './helpers';
import { cellValue, findRow } from './test-support';

const items = (data: SheetData) => {
  const out: Record<string, ResultItem> = {};
  for (const b of customerTiers.blocks) if (b.kind === 'results') for (const i of b.items(data)) out[i.id] = i;
  return out;
};

describe('customer-tiers', () => {
  it('no data is not zero', () => {
    expect(items(customerTiers.initial())['cell-high-loyal']!.shown.value).toBeUndefined();
  });
  it('places customers by the ABC class of the spend and their answers', () => {
    const data: SheetData = {
      fields: {},
      tables: {
        customers: [
          row({ name: 'P', spend: '50', repurchased: 'yes', recommends: 'yes', complaint: 'no' }),
          row({ name: 'Q', spend: '30', repurchased: 'no' }),
          row({ name: 'R', spend: '15', repurchased: 'yes', recommends: 'no', complaint: 'no' }),
          row({ name: 'S', spend: 'x', repurchased: 'yes', recommends: 'yes', complaint: 'no' }),
        ],
      },
    };
    const r = items(data);
    expect(r['cell-high-loyal']!.shown.value).toBe(1);
    expect(r['cell-high-lost']!.detail).toMatchObject({ en: 'Q' });
    expect(r['cell-medium-ordinary']!.shown.value).toBe(1);
    expect(tiersView(data).placed).toBe(3);
    const xs = customerTiers.excel(data, 'en');
    expect(cellValue(findRow(xs, 'Customer 1')![9])).toBe('High value');
    expect(cellValue(findRow(xs, 'Customer 2')![10])).toBe('Lost');
  });
  it('copies the ABC customers with their revenue, once', () => {
    const abc = abcPareto.example('en');
    const first = copyFromAbc([row()], abc, 'en')!;
    expect(first.copied).toBe(14);
    expect(first.rows[0]!.cells).toMatchObject({ spend: '182000' });
    const again = copyFromAbc(first.rows, abc, 'en')!;
    expect(again).toMatchObject({ copied: 0, kept: 14 });
    expect(copyFromAbc([], undefined, 'en')).toBeUndefined();
    expect(copyFromAbc([], abcPareto.initial(), 'en')).toBeUndefined();
  });
  it('appendRows fills blank rows at the end first', () => {
    const rows = [row({ name: 'A' }), row(), row()];
    expect(appendRows(rows, [row({ name: 'B' })]).map((r) => r.cells['name'] ?? '')).toEqual(['A', 'B', '']);
  });
  it('the example places every customer', () => {
    expect(tiersView(customerTiers.example('pl')).placed).toBe(14);
  });
});
