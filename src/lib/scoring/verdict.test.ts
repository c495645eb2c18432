import { describe, expect, it } from 'vitest';
import { compareCase, leanOf, tableGap, voicebotVerdict } from './verdict';
import { weightedTable, type WeightedRow } from './weighted';

const t = (...rows: [number | undefined, number | undefined][]) =>
  weightedTable(rows.map(([rating, weight]): WeightedRow => ({ rating, weight })));

// Complete tables used as the "other side".
const AVG_41 = t([4, 0.3], [5, 0.4], [3, 0.3]); // 1.2 + 2.0 + 0.9 = 4.1
const AVG_44 = t([5, 0.4], [4, 0.4], [4, 0.2]); // 2.0 + 1.6 + 0.8 = 4.4

describe('voicebotVerdict', () => {
  it.each([
    ['positive: benefits outweigh challenges', AVG_41, AVG_44, 0.3, 'supports'],
    ['negative: challenges outweigh benefits', AVG_44, AVG_41, -0.3, 'against'],
    ['tie: equal averages', t([3, 0.5], [3, 0.5]), t([2, 0.5], [4, 0.5]), 0, 'tie'],
    ['tie with different rows and weights (2.2 both)', t([1, 0.7], [5, 0.3]), t([2, 0.8], [3, 0.2]), 0, 'tie'],
    ['float drift: 3.2 − 3.3 is −0.1, not −0.0999…', t([3, 0.7], [4, 0.3]), t([3, 0.9], [5, 0.1]), -0.1, 'against'],
    [
      'float drift: 0.7·3 + 0.3·4 vs 0.1·2 + 0.9·4 = 3.8',
      t([3, 0.7], [4, 0.3]),
      t([2, 0.1], [4, 0.9]),
      0.5,
      'supports',
    ],
    // Weights 0.333 × 3 total 0.999 (accepted): 2.997 / 0.999 is 3, the same as the other side.
    [
      'tie through the 0.001 slack of the weights, never "-0.00, argues against"',
      t([3, 0.3], [3, 0.3], [3, 0.4]),
      t([3, 0.333], [3, 0.333], [3, 0.333]),
      0,
      'tie',
    ],
    ['the same, sides swapped', t([4, 0.333], [4, 0.333], [4, 0.333]), t([4, 0.3], [4, 0.3], [4, 0.4]), 0, 'tie'],
    // 3.004 vs 3: a difference below the two decimals shown is a tie, as it reads.
    ['a difference of 0.004 reads 0.00: a tie', t([3, 0.5], [3, 0.5]), t([3, 0.5], [3, 0.496], [4, 0.004]), 0, 'tie'],
    [
      'a difference of 0.005 reads 0.01 (half up): supports',
      t([3, 0.5], [3, 0.5]),
      t([3, 0.5], [3, 0.495], [4, 0.005]),
      0.01,
      'supports',
    ],
    [
      'a difference of −0.005 reads −0.01 (half away from zero): against',
      t([3, 0.5], [3, 0.495], [4, 0.005]),
      t([3, 0.5], [3, 0.5]),
      -0.01,
      'against',
    ],
  ] as const)('%s', (_name, ch, be, value, lean) => {
    const v = voicebotVerdict(ch, be);
    expect(v.value).toBe(value);
    expect(v.lean).toBe(lean);
    expect(v.challenges).toBeUndefined();
    expect(v.benefits).toBeUndefined();
  });

  it('a tie is exactly 0, never -0', () => {
    const v = voicebotVerdict(t([2, 0.5], [4, 0.5]), t([3, 1 / 2], [3, 0.5]));
    expect(Object.is(v.value, 0)).toBe(true);
    expect(v.lean).toBe('tie');
  });

  it('incomplete: a missing rating leaves the verdict undefined and says which row', () => {
    const v = voicebotVerdict(t([4, 0.3], [undefined, 0.4], [3, 0.3]), AVG_44);
    expect(v.value).toBeUndefined();
    expect(v.lean).toBeUndefined();
    expect(v.challenges).toEqual({ noRows: false, missingRatings: [1], missingWeights: [], weightsOff: false });
    expect(v.benefits).toBeUndefined();
  });

  it('incomplete: missing weights on both sides', () => {
    const v = voicebotVerdict(t([4, undefined], [5, 0.4], [3, 0.3]), t([5, 0.4], [4, undefined], [4, undefined]));
    expect(v.value).toBeUndefined();
    expect(v.challenges?.missingWeights).toEqual([0]);
    expect(v.benefits?.missingWeights).toEqual([1, 2]);
    expect(v.challenges?.weightsOff).toBe(true);
  });

  it.each([
    ['0.9', t([4, 0.3], [5, 0.3], [3, 0.3])],
    ['1.1', t([4, 0.4], [5, 0.4], [3, 0.3])],
    ['0.998 (outside 0.001)', t([4, 0.333], [5, 0.333], [3, 0.332])],
  ])('weights totalling %s: only a provisional average, and no verdict', (_name, ch) => {
    expect(ch.weightedAverage).toBeUndefined();
    expect(ch.provisionalAverage).toBeDefined();
    const v = voicebotVerdict(ch, AVG_44);
    expect(v.value).toBeUndefined();
    expect(v.challenges).toEqual({ noRows: false, missingRatings: [], missingWeights: [], weightsOff: true });
  });

  it('weights within 0.001 of 1 count as complete', () => {
    const ch = t([4, 0.333], [5, 0.333], [3, 0.333]); // 0.999
    const v = voicebotVerdict(ch, AVG_44);
    // 1.332 + 1.665 + 0.999 = 3.996 over a total of 0.999: 4.0, so 4.4 − 4.0.
    expect(v.value).toBe(0.4);
  });

  it('a table without rows', () => {
    const v = voicebotVerdict(t(), AVG_44);
    expect(v.value).toBeUndefined();
    expect(v.challenges?.noRows).toBe(true);
  });
});

describe('leanOf / tableGap / compareCase', () => {
  it.each([
    [0.01, 'supports'],
    [-0.01, 'against'],
    [0, 'tie'],
  ] as const)('leanOf(%s) = %s', (v, lean) => expect(leanOf(v)).toBe(lean));

  it('tableGap is undefined for a complete table', () => expect(tableGap(AVG_41)).toBeUndefined());

  it('compareCase gives a provisional average on the 1–5 scale when a total is off, with completeness flags', () => {
    const off = t([4, 0.3], [5, 0.3], [3, 0.3]); // (1.2 + 1.5 + 0.9) / 0.9 = 4, not the bare 3.6
    const c = compareCase(off, AVG_44);
    expect(c).toMatchObject({ challenges: 4, benefits: 4.4, challengesComplete: false, benefitsComplete: true });
    expect(c.verdict.value).toBeUndefined();
    expect(compareCase(AVG_41, AVG_44).verdict.value).toBe(0.3);
  });
});
