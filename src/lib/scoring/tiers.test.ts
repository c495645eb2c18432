import { describe, expect, it } from 'vitest';
import { loyaltyOf, tierGrid, valueTiers, type YesNo } from './tiers';

describe('valueTiers (ABC of the spend: A high, B medium, C low)', () => {
  it.each([
    [[100], ['high']],
    [
      [50, 30, 15, 5],
      ['high', 'high', 'medium', 'low'],
    ],
    [
      [5, 15, 30, 50],
      ['low', 'medium', 'high', 'high'],
    ],
    [
      [undefined, 10],
      [undefined, 'high'],
    ],
    [
      [0, 0],
      [undefined, undefined],
    ],
    [[], []],
  ] as const)('%o → %o', (spends, want) => {
    expect(valueTiers(spends)).toEqual(want);
  });
});

describe('loyaltyOf', () => {
  it.each([
    ['yes', 'yes', 'no', 'loyal'],
    ['yes', 'no', 'no', 'ordinary'],
    ['no', 'yes', 'no', 'lost'],
    ['yes', 'yes', 'yes', 'lost'],
    ['no', undefined, undefined, 'lost'],
    [undefined, undefined, 'yes', 'lost'],
    ['yes', 'yes', undefined, undefined],
    ['yes', undefined, 'no', undefined],
    [undefined, 'yes', 'no', undefined],
  ] as [YesNo, YesNo, YesNo, string | undefined][])('%s/%s/%s → %s', (a, b, c, want) => {
    expect(loyaltyOf(a, b, c)).toBe(want);
  });
});

describe('tierGrid', () => {
  it('puts each customer in its cell, leaving out the unplaced', () => {
    const grid = tierGrid(['high', 'low', undefined, 'high'], ['loyal', 'lost', 'loyal', undefined]);
    expect(grid[0]![0]!.indexes).toEqual([0]);
    expect(grid[2]![2]!.indexes).toEqual([1]);
    expect(grid.flat().reduce((n, c) => n + c.indexes.length, 0)).toBe(2);
  });
});
