import { describe, expect, it } from 'vitest';
import { abcClasses, classOf, DEFAULT_LIMITS, rankOrder, validLimits, type AbcInput } from './abc';

const rev = (...values: (number | undefined)[]): AbcInput[] => values.map((revenue) => ({ revenue }));
const classes = (inputs: AbcInput[], limits = DEFAULT_LIMITS) =>
  abcClasses(inputs, limits)
    ?.byIndex.map((r) => r?.cls ?? '-')
    .join('');

describe('classOf', () => {
  it.each([
    [0, undefined, 'A'],
    [0.79, undefined, 'A'],
    [0.8, undefined, 'B'],
    [0.7999999999999999, undefined, 'B'], // drift: at the limit, not below it
    [0.9499, undefined, 'B'],
    [0.95, undefined, 'C'],
    [0.99, undefined, 'C'],
    [0, 0, 'D'],
    [0, -5, 'D'],
    [0.96, 1, 'C'],
  ] as const)('before %s, profit %s → %s', (before, profit, want) => {
    expect(classOf(before, profit, DEFAULT_LIMITS)).toBe(want);
  });
});

describe('abcClasses', () => {
  it.each([
    ['one customer is A', rev(100), 'A'],
    ['a customer exactly at 80% before it is B', rev(50, 30, 15, 5), 'AABC'],
    ['ranked by revenue whatever the typed order', rev(5, 15, 30, 50), 'CBAA'],
    ['ties keep the typed order', rev(40, 40, 15, 5), 'AABC'],
    ['no valid revenue is left out', rev(undefined, 85, 15), '-AB'],
    ['a zero revenue is ranked last', rev(0, 90, 10), 'CAB'],
  ])('%s', (_, inputs, want) => {
    expect(classes(inputs)).toBe(want);
  });

  it('ties: the earlier typed customer is ranked first', () => {
    const r = abcClasses(rev(10, 20, 10, 20))!;
    expect(r.ranked.map((x) => x.index)).toEqual([1, 3, 0, 2]);
    expect(rankOrder(rev(10, 20, 10, 20))).toEqual([1, 3, 0, 2]);
  });

  it('D instead of A–C when profit is given and ≤ 0; revenue still counts for the others', () => {
    const inputs: AbcInput[] = [
      { revenue: 60, profit: -3 },
      { revenue: 30, profit: 0 },
      { revenue: 10, profit: 2 },
    ];
    const r = abcClasses(inputs)!;
    expect(r.byIndex.map((x) => x?.cls)).toEqual(['D', 'D', 'B']);
    expect(r.perClass.D).toMatchObject({ count: 2, revenue: 90 });
    expect(r.perClass.D.revenueShare).toBeCloseTo(0.9, 12);
  });

  it('no data, or all revenue 0: no classes (not a fake 0)', () => {
    expect(abcClasses([])).toBeUndefined();
    expect(abcClasses(rev(undefined, undefined))).toBeUndefined();
    expect(abcClasses(rev(0, 0, 0))).toBeUndefined();
  });

  it('limits follow: 50/90', () => {
    expect(classes(rev(50, 30, 15, 5), { a: 0.5, b: 0.9 })).toBe('ABBC');
  });

  it.each([
    [{ a: 0.8, b: 0.95 }, true],
    [{ a: 0.95, b: 0.8 }, false],
    [{ a: 0.8, b: 0.8 }, false],
    [{ a: 0, b: 0.5 }, false],
    [{ a: 0.5, b: 1 }, true],
    [{ a: 0.5, b: 1.2 }, false],
  ])('limits %o valid: %s', (limits, ok) => {
    expect(validLimits(limits)).toBe(ok);
    if (!ok) expect(abcClasses(rev(1, 2), limits)).toBeUndefined();
  });

  it('shares, cumulative shares and rank shares without drift', () => {
    const r = abcClasses(rev(0.1, 0.2, 0.3, 0.4))!;
    expect(r.total).toBeCloseTo(1, 12);
    expect(r.ranked.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    expect(r.ranked.at(-1)!.cumulative).toBe(1);
    expect(r.ranked.map((x) => x.rankShare)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(r.ranked[0]!.share).toBeCloseTo(0.4, 12);
  });

  it('the top 20% of customers: ⌈20% × n⌉ of them', () => {
    const ten = abcClasses(rev(50, 30, 5, 5, 2, 2, 2, 2, 1, 1))!;
    expect(ten.topCount).toBe(2);
    expect(ten.topShare).toBeCloseTo(0.8, 12);
    const three = abcClasses(rev(60, 30, 10))!;
    expect(three.topCount).toBe(1);
    expect(three.topShare).toBeCloseTo(0.6, 12);
    // 5 × 0.2 is 1 exactly, not 2 (float drift would make ⌈1.0000000000000002⌉).
    expect(abcClasses(rev(1, 1, 1, 1, 1))!.topCount).toBe(1);
  });

  it('key accounts: the smallest top set reaching 20% of revenue', () => {
    const r = abcClasses(rev(10, 10, 10, 10, 10, 10, 10, 10, 10, 10))!;
    expect(r.ranked.filter((x) => x.key).length).toBe(2);
    const big = abcClasses(rev(90, 10))!;
    expect(big.ranked.filter((x) => x.key).map((x) => x.index)).toEqual([0]);
  });

  it('10,000 customers in well under 16 ms', () => {
    const inputs = Array.from({ length: 10_000 }, (_, i) => ({
      revenue: ((i * 7919) % 10_007) + 1,
      profit: i % 50 === 0 ? -1 : 5,
    }));
    abcClasses(inputs);
    const t0 = performance.now();
    for (let k = 0; k < 10; k++) abcClasses(inputs);
    expect((performance.now() - t0) / 10).toBeLessThan(16);
  });
});
