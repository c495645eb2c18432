import { describe, expect, it } from 'vitest';
import { customersFromColumns, guessColumns, readCustomers, splitCustomerLine, withCustomers } from './abc-paste';
import { row } from './helpers';

describe('readCustomers', () => {
  it('reads tabs (a spreadsheet copy), skipping a header and blank lines', () => {
    expect(readCustomers('Customer\tRevenue\tProfit\nPortus\t182000\t21800\n\nCity Hall\t96000\n')).toEqual([
      { name: 'Portus', revenue: '182000', profit: '21800' },
      { name: 'City Hall', revenue: '96000', profit: '' },
    ]);
  });
  it('semicolons keep a decimal comma; commas split only without them', () => {
    expect(splitCustomerLine('Anna;1200,50;-3,5')).toEqual(['Anna', '1200,50', '-3,5']);
    expect(splitCustomerLine('Anna,1200.50,7')).toEqual(['Anna', '1200.50', '7']);
    expect(splitCustomerLine('"Kowalski; Sons"\t10')).toEqual(['Kowalski; Sons', '10']);
  });
  it('keeps a bad revenue as written (the table flags it)', () => {
    expect(readCustomers('A\t100\nB\tabc\nC\t-5')).toEqual([
      { name: 'A', revenue: '100', profit: '' },
      { name: 'B', revenue: 'abc', profit: '' },
      { name: 'C', revenue: '-5', profit: '' },
    ]);
  });
  it('a first line with a number is data, not a header', () => {
    expect(readCustomers('A\t100')).toHaveLength(1);
    expect(readCustomers('')).toEqual([]);
  });
  it('10,000 lines in well under a second', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `Customer ${i}\t${i * 3}\t${i}`).join('\n');
    const t0 = performance.now();
    expect(readCustomers(text)).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('customersFromColumns', () => {
  it('aligns the columns by row, profit optional', () => {
    const cols = [
      {
        letter: 'A',
        header: 'Client',
        values: [
          { line: 2, value: 'X' },
          { line: 3, value: 'Y' },
        ],
      },
      {
        letter: 'B',
        header: 'Sales',
        values: [
          { line: 2, value: '10' },
          { line: 4, value: '5' },
        ],
      },
    ];
    expect(guessColumns(cols)).toEqual({ name: 0, revenue: 1, profit: undefined });
    expect(customersFromColumns(cols, 0, 1, undefined)).toEqual([
      { name: 'X', revenue: '10', profit: '' },
      { name: 'Y', revenue: '', profit: '' },
      { name: '', revenue: '5', profit: '' },
    ]);
  });
});

describe('withCustomers', () => {
  it('fills blank rows at the end first and keeps the others', () => {
    const rows = [row({ name: 'Kept', revenue: '1' }), row(), row({ name: '' })];
    const next = withCustomers(rows, [{ name: 'N', revenue: '2', profit: '' }]);
    expect(next.map((r) => r.cells['name'])).toEqual(['Kept', 'N', '']);
    expect(next[0]).toBe(rows[0]);
  });
});
