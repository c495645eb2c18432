import { describe, expect, it } from 'vitest';
import { heatMap, rankRisks, riskLevel, riskScore, topRisks, type RiskInput } from './risk';

const r = (probability?: number, impact?: number): RiskInput => ({ probability, impact });

describe('riskScore', () => {
  it.each([
    [1, 1, 1],
    [3, 4, 12],
    [5, 5, 25],
    [undefined, 4, undefined],
    [3, undefined, undefined],
    [undefined, undefined, undefined],
  ])('%s × %s = %s', (p, i, s) => expect(riskScore(p, i)).toBe(s));
});

describe('rankRisks', () => {
  it('sorts by score descending, keeps the user order on ties, puts unscored last in user order', () => {
    const risks = [r(2, 2), r(undefined, 5), r(3, 4), r(4, 3), r(5, 5), r(2, undefined), r(1, 4), r(2, 6 / 3)];
    const ranked = rankRisks(risks);
    expect(ranked.map((x) => x.index)).toEqual([4, 2, 3, 0, 6, 7, 1, 5]);
    expect(ranked.map((x) => x.score)).toEqual([25, 12, 12, 4, 4, 4, undefined, undefined]);
  });

  it('an all-tied list keeps its order', () => {
    expect(rankRisks([r(2, 3), r(3, 2), r(1, 6), r(6, 1)]).map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });

  it('empty and all-unscored lists', () => {
    expect(rankRisks([])).toEqual([]);
    expect(rankRisks([r(), r(3)]).map((x) => x.index)).toEqual([0, 1]);
  });

  it('does not change the input', () => {
    const risks = [r(1, 1), r(5, 5)];
    rankRisks(risks);
    expect(risks).toEqual([r(1, 1), r(5, 5)]);
  });
});

describe('topRisks', () => {
  it.each([
    ['one top risk', [r(3, 5), r(4, 3), r(3, 4)], 15, [0]],
    ['ties, in user order', [r(2, 2), r(3, 4), r(1, 1), r(4, 3)], 12, [1, 3]],
    ['unscored only', [r(), r(2)], undefined, []],
    ['empty', [], undefined, []],
  ] as const)('%s', (_n, risks, score, indexes) => {
    expect(topRisks(risks)).toEqual({ score, indexes });
  });
});

describe('riskLevel', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [20, 'critical'],
    [25, 'critical'],
  ] as const)('%s → %s', (s, level) => expect(riskLevel(s)).toBe(level));
});

describe('heatMap', () => {
  it('is 5×5, matrix[p−1][i−1], with score and level per cell', () => {
    const m = heatMap([]);
    expect(m).toHaveLength(5);
    for (const line of m) expect(line).toHaveLength(5);
    expect(m[0]![0]).toEqual({ probability: 1, impact: 1, score: 1, level: 'low', indexes: [] });
    expect(m[4]![2]).toMatchObject({ probability: 5, impact: 3, score: 15, level: 'high' });
    expect(m[4]![4]).toMatchObject({ score: 25, level: 'critical' });
  });

  it('places each scored risk in its cell, counts and user order per cell; unscored left out', () => {
    const m = heatMap([r(3, 5), r(4, 3), r(3, 5), r(undefined, 2), r(1, 1), r(3, 5)]);
    expect(m[2]![4]!.indexes).toEqual([0, 2, 5]);
    expect(m[3]![2]!.indexes).toEqual([1]);
    expect(m[0]![0]!.indexes).toEqual([4]);
    const total = m.flat().reduce((n, c) => n + c.indexes.length, 0);
    expect(total).toBe(5);
    // Probability 4 × impact 3 is a different cell from 3 × 4.
    expect(m[2]![3]!.indexes).toEqual([]);
  });
});
