import { describe, expect, it } from 'vitest';
import { RankOrder } from './abc-order';
import { abcClasses, classesInOrder, DEFAULT_LIMITS, firstReaching, rankOrder, type AbcInput } from './abc';
import { plainResult, referenceClasses } from './abc-test-support';

type Rev = number | undefined;
const full = (revenues: readonly Rev[]) => rankOrder(revenues.map((revenue) => ({ revenue })));

/** Applies the edits one by one; after each, the kept order must be the one sorted afresh. */
function follow(start: Rev[], edits: [index: number, revenue: Rev][]) {
  const revenues = [...start];
  const kept = new RankOrder(revenues);
  expect([...kept.order]).toEqual(full(revenues));
  for (const [i, r] of edits) {
    revenues[i] = r;
    kept.set(i, r);
    expect([...kept.order], `after customer ${i} → ${r}`).toEqual(full(revenues));
  }
  return kept;
}

describe('RankOrder: always the order sorted afresh', () => {
  it.each<[string, Rev[], [number, Rev][]]>([
    ['a revenue typed larger moves up', [50, 30, 15, 5], [[3, 60]]],
    ['a revenue typed smaller moves down', [50, 30, 15, 5], [[0, 1]]],
    [
      'digits typed and taken back (×10, ÷10)',
      [500, 30, 15, 5],
      [
        [0, 5000],
        [0, 500],
        [0, 5000],
        [0, 500],
      ],
    ],
    ['a tie with an earlier customer goes after it', [10, 20, 30], [[2, 10]]],
    ['a tie with a later customer goes before it', [10, 20, 30], [[0, 30]]],
    [
      'many ties: placed by typed order among equals',
      [7, 7, 7, 7, 7],
      [
        [2, 8],
        [2, 7],
        [4, 7],
        [0, 6],
        [0, 7],
      ],
    ],
    ['a revenue cleared leaves the ranking', [10, 20, 30], [[1, undefined]]],
    [
      'a revenue typed where there was none joins it',
      [10, undefined, 30],
      [
        [1, 20],
        [1, 30],
        [1, 10],
      ],
    ],
    [
      'all cleared, then typed again',
      [1, 2],
      [
        [0, undefined],
        [1, undefined],
        [1, 2],
        [0, 2],
      ],
    ],
    [
      'the same value again changes nothing',
      [3, 1, 2],
      [
        [0, 3],
        [1, 1],
      ],
    ],
    [
      'zero and minus zero tie as in the sort',
      [0, 5, 0],
      [
        [1, -0],
        [2, -0],
        [0, 0],
      ],
    ],
    [
      'decimals',
      [0.1, 0.2, 0.30000000000000004, 0.3],
      [
        [3, 0.30000000000000004],
        [0, 0.3],
      ],
    ],
    [
      'nothing ranked at first',
      [undefined, undefined],
      [
        [1, 4],
        [0, 4],
      ],
    ],
  ])('%s', (_, start, edits) => {
    follow(start, edits);
  });

  it('random edits among 500 customers with many ties, against the full sort each time', () => {
    let x = 12345;
    const rnd = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
    const start: Rev[] = Array.from({ length: 500 }, () => (rnd(10) === 0 ? undefined : rnd(40)));
    const edits: [number, Rev][] = Array.from({ length: 400 }, () => [rnd(500), rnd(9) === 0 ? undefined : rnd(40)]);
    follow(start, edits);
  });

  const LIMITS = [DEFAULT_LIMITS, { a: 0.5, b: 0.9 }, { a: 0.3, b: 0.31 }];
  it.each<[string, AbcInput[], [number, number | undefined][]]>([
    [
      'D customers among the others, revenues moved across them',
      [60, 30, 10, 30, 5].map((revenue, i) => ({ revenue, profit: i === 3 ? -1 : undefined })),
      [
        [4, 90],
        [1, 60],
        [0, 5],
        [3, 200],
      ],
    ],
    [
      'ties at a class limit',
      [40, 40, 15, 5].map((revenue) => ({ revenue })),
      [
        [2, 40],
        [2, 15],
        [0, 0],
      ],
    ],
    [
      'zeros and a cleared revenue',
      [0, 90, 10, 0].map((revenue) => ({ revenue })),
      [
        [1, undefined],
        [3, 7],
        [1, 90],
      ],
    ],
    [
      'decimals that drift when summed',
      [0.1, 0.2, 0.3, 0.4].map((revenue) => ({ revenue })),
      [
        [0, 0.7],
        [3, 0.1],
      ],
    ],
    [
      'many equal revenues (the key accounts and the top 20% cut through ties)',
      Array.from({ length: 23 }, () => ({ revenue: 5 })),
      [
        [7, 6],
        [7, 5],
        [22, 5.5],
      ],
    ],
  ])('%s: every figure equals the plain computation after each edit', (_, start, edits) => {
    const inputs = [...start];
    const kept = new RankOrder(inputs.map((r) => r.revenue));
    const check = () => {
      for (const limits of LIMITS) {
        const want = referenceClasses(inputs, limits);
        expect(plainResult(classesInOrder(inputs, kept.order, limits))).toEqual(want);
        expect(plainResult(abcClasses(inputs, limits))).toEqual(want);
      }
    };
    check();
    for (const [i, r] of edits) {
      inputs[i] = { ...inputs[i]!, revenue: r };
      kept.set(i, r);
      check();
    }
  });

  it('random edits of 300 customers with profits: every figure equals the plain computation', () => {
    let x = 4242;
    const rnd = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
    const inputs: AbcInput[] = Array.from({ length: 300 }, () => ({
      revenue: rnd(8) === 0 ? undefined : rnd(50) * 1.1,
      profit: rnd(5) === 0 ? rnd(3) - 1 : undefined,
    }));
    const kept = new RankOrder(inputs.map((r) => r.revenue));
    for (let t = 0; t < 60; t++) {
      const i = rnd(300);
      const r = rnd(10) === 0 ? undefined : rnd(60) * 1.1;
      inputs[i] = { ...inputs[i]!, revenue: r };
      kept.set(i, r);
      expect(plainResult(classesInOrder(inputs, kept.order, DEFAULT_LIMITS))).toEqual(
        referenceClasses(inputs, DEFAULT_LIMITS),
      );
    }
  });

  it('key accounts are always the first ranked (abc-pareto takes them as a prefix)', () => {
    let x = 777;
    const rnd = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
    for (let t = 0; t < 50; t++) {
      const r = abcClasses(Array.from({ length: 40 }, () => ({ revenue: rnd(5) === 0 ? 0 : rnd(1000) / 7 })));
      if (!r) continue;
      const keys = r.ranked.filter((k) => k.key).length;
      expect(r.ranked.slice(0, keys).every((k) => k.key)).toBe(true);
    }
  });

  it.each([
    [[50, 30, 15, 5], 0.8, 1],
    [[50, 30, 15, 5], 0.5, 0],
    [[50, 30, 15, 5], 1, 3],
    [[50, 30, 15, 5], 1.5, 3], // never reached: the last
    [[10, 10, 10, 10, 10], 0.6 - 1e-9, 2],
    [[1], 0.8, 0],
  ])('firstReaching(%o, %s) = %s, as a scan from the top finds it', (revenues, share, want) => {
    const r = abcClasses(revenues.map((revenue) => ({ revenue })))!;
    const scan = r.ranked.findIndex((x) => x.cumulative >= share);
    expect(firstReaching(r, share)).toBe(want);
    expect(firstReaching(r, share)).toBe(scan < 0 ? r.count - 1 : scan);
  });
});
