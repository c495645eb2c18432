import { describe, expect, it } from 'vitest';
import { completeMean, leaders, rankDescending, ranksByIndex } from './ranking';
import { formatNumber } from '../i18n/format';

describe('completeMean', () => {
  it.each([
    [[1, 2, 2], 5 / 3, '1.67', '1,67'],
    [[1, 1, 2], 4 / 3, '1.33', '1,33'],
    [[4, 5, 5], 14 / 3, '4.67', '4,67'],
    [[2, 2, 3], 7 / 3, '2.33', '2,33'],
    [[3, 3, 3], 3, '3.00', '3,00'],
    [[1, 1, 1], 1, '1.00', '1,00'],
    [[5, 5, 5], 5, '5.00', '5,00'],
  ] as const)('%j → %f, shown %s / %s', (values, exact, en, pl) => {
    const m = completeMean(values);
    // Bit-for-bit the double Excel's AVERAGE yields (sum exact, one correctly rounded division).
    expect(m).toBe(exact);
    expect(formatNumber(m, 'dec2', 'en')).toBe(en);
    expect(formatNumber(m, 'dec2', 'pl')).toBe(pl);
  });

  it('the same ratings in any order give the identical average (ties stay ties)', () => {
    expect(completeMean([1, 2, 2])).toBe(completeMean([2, 1, 2]));
    expect(completeMean([2, 2, 1])).toBe(completeMean([2, 1, 2]));
  });

  it.each([[[1, undefined, 2]], [[undefined, undefined, undefined]], [[]]] as const)('%j → undefined', (values) => {
    expect(completeMean(values)).toBeUndefined();
  });
});

describe('rankDescending (competition ranking)', () => {
  it('empty and all-missing give no entries', () => {
    expect(rankDescending([])).toEqual([]);
    expect(rankDescending([undefined, undefined])).toEqual([]);
    expect(leaders([undefined])).toEqual([]);
  });

  it('ties share a rank and the next is skipped: 1, 2, 2, 4', () => {
    const r = rankDescending([3, 4, 3, 5]);
    expect(r).toEqual([
      { index: 3, value: 5, rank: 1 },
      { index: 1, value: 4, rank: 2 },
      { index: 0, value: 3, rank: 3 },
      { index: 2, value: 3, rank: 3 },
    ]);
    expect(rankDescending([5, 4, 4, 3]).map((e) => e.rank)).toEqual([1, 2, 2, 4]);
  });

  it('ties keep input order (stable)', () => {
    expect(rankDescending([2, 5, 2, 5, 2]).map((e) => e.index)).toEqual([1, 3, 0, 2, 4]);
    expect(rankDescending([2, 5, 2, 5, 2]).map((e) => e.rank)).toEqual([1, 1, 3, 3, 3]);
  });

  it('skips missing values but keeps their positions', () => {
    expect(ranksByIndex([undefined, 3, undefined, 4])).toEqual([undefined, 2, undefined, 1]);
  });

  it('float noise never splits a tie', () => {
    expect(ranksByIndex([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
  });

  it('leaders: every rank-1 index in input order', () => {
    expect(leaders([4, 5, 1, 5])).toEqual([1, 3]);
    expect(leaders([14 / 3, 5 / 3])).toEqual([0]);
  });
});
