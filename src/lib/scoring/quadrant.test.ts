import { describe, expect, it } from 'vitest';
import {
  asLevel,
  levelOf,
  placeCustomers,
  quadrantOf,
  scorePosition,
  slot,
  topRated,
  ROWS_PER_COLUMN,
  type GridCustomer,
  type Level,
} from './quadrant';

describe('levelOf: a score decides over the choice, above 5 is High', () => {
  it.each<[Level | undefined, number | undefined, Level | undefined]>([
    ['low', undefined, 'low'],
    ['high', undefined, 'high'],
    [undefined, undefined, undefined],
    [undefined, 5, 'low'],
    [undefined, 6, 'high'],
    ['high', 5, 'low'],
    ['low', 6, 'high'],
    ['low', 10, 'high'],
    ['high', 1, 'low'],
  ])('choice %s, score %s → %s', (choice, score, expected) => {
    expect(levelOf(choice, score)).toBe(expected);
  });
});

describe('asLevel', () => {
  it.each<[unknown, Level | undefined]>([
    ['low', 'low'],
    ['high', 'high'],
    ['', undefined],
    ['High', undefined],
    [['high'], undefined],
    [undefined, undefined],
  ])('%j → %s', (v, expected) => expect(asLevel(v)).toBe(expected));
});

describe('quadrantOf', () => {
  it.each([
    ['high', 'high', 'key'],
    ['low', 'high', 'satisfied'],
    ['high', 'low', 'informed'],
    ['low', 'low', 'monitor'],
  ] as const)('interest %s, influence %s → %s', (interest, influence, q) => {
    expect(quadrantOf(interest, influence)).toBe(q);
  });
});

describe('scorePosition', () => {
  it.each([
    [1, 0.05],
    [5, 0.45],
    [6, 0.55],
    [10, 0.95],
  ])('%i → %f', (s, p) => expect(scorePosition(s)).toBeCloseTo(p, 12));
  it('5 and 6 fall on either side of the midline', () => {
    expect(scorePosition(5)).toBeLessThan(0.5);
    expect(scorePosition(6)).toBeGreaterThan(0.5);
  });
});

const c = (id: string, extra: Partial<GridCustomer> = {}): GridCustomer => ({ id, name: `C${id}`, ...extra });

describe('placeCustomers', () => {
  it('places scored customers exactly, the score overriding the choice', () => {
    const { placed } = placeCustomers([
      c('1', { interest: 'low', influence: 'low', interestScore: 6, influenceScore: 5 }),
    ]);
    expect(placed).toHaveLength(1);
    const p = placed[0]!;
    expect(p.quadrant).toBe('informed');
    expect(p.x).toBeCloseTo(0.55, 12);
    expect(p.y).toBeCloseTo(0.45, 12);
    expect(p.exact).toEqual({ x: true, y: true });
    expect(p.stack).toBe(0);
  });

  it('puts a Low/High customer in the middle of its quadrant', () => {
    const { placed } = placeCustomers([c('1', { interest: 'high', influence: 'high' })]);
    expect(placed[0]).toMatchObject({ quadrant: 'key', x: 0.75, y: 0.75, exact: { x: false, y: false } });
  });

  it.each([
    ['key', 'high', 'high', [0.5, 1], [0.5, 1]],
    ['satisfied', 'low', 'high', [0, 0.5], [0.5, 1]],
    ['informed', 'high', 'low', [0.5, 1], [0, 0.5]],
    ['monitor', 'low', 'low', [0, 0.5], [0, 0.5]],
  ] as const)('spreads %s customers inside the quadrant at distinct points', (q, interest, influence, xs, ys) => {
    for (const n of [1, 2, 5, 6, 7, 13]) {
      const customers = Array.from({ length: n }, (_, i) => c(String(i), { interest, influence }));
      const { placed } = placeCustomers(customers);
      expect(placed).toHaveLength(n);
      for (const p of placed) {
        expect(p.quadrant).toBe(q);
        expect(p.x).toBeGreaterThan(xs[0]);
        expect(p.x).toBeLessThan(xs[1]);
        expect(p.y).toBeGreaterThan(ys[0]);
        expect(p.y).toBeLessThan(ys[1]);
        expect(p.stack).toBe(0);
      }
      const keys = new Set(placed.map((p) => `${p.x.toFixed(9)},${p.y.toFixed(9)}`));
      expect(keys.size).toBe(n);
    }
  });

  it('keeps spread names a full slot apart (rows ≥ 0.5/6 apart in a column)', () => {
    const customers = Array.from({ length: 12 }, (_, i) => c(String(i), { interest: 'low', influence: 'low' }));
    const { placed } = placeCustomers(customers);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= 0.25 - 1e-9 || Math.abs(a.y - b.y) >= 0.5 / ROWS_PER_COLUMN - 1e-9;
        expect(apart).toBe(true);
      }
    }
  });

  it('stacks customers with identical scores', () => {
    const s = { interestScore: 8, influenceScore: 8 };
    const { placed } = placeCustomers([c('1', s), c('2', s), c('3', s)]);
    expect(placed.map((p) => p.stack)).toEqual([0, 1, 2]);
  });

  it('mixes an exact axis with a spread one', () => {
    const { placed } = placeCustomers([c('1', { interestScore: 9, influence: 'low' })]);
    expect(placed[0]).toMatchObject({ quadrant: 'informed', y: 0.25, exact: { x: true, y: false } });
    expect(placed[0]!.x).toBeCloseTo(0.85, 12);
  });

  it('skips unnamed rows and reports named ones lacking a level', () => {
    const layout = placeCustomers([
      { id: 'a', name: '   ', interest: 'high', influence: 'high' },
      { id: 'b', name: ' Acme ', interest: 'high' },
      { id: 'c', name: 'Beta', influenceScore: 3 },
      { id: 'd', name: 'Gamma', interest: 'low', influence: 'high' },
    ]);
    expect(layout.placed.map((p) => p.name)).toEqual(['Gamma']);
    expect(layout.unplaced).toEqual([
      { id: 'b', name: 'Acme' },
      { id: 'c', name: 'Beta' },
    ]);
  });

  it('handles no customers', () => {
    expect(placeCustomers([])).toEqual({ placed: [], unplaced: [] });
  });
});

describe('slot', () => {
  it('fills one column of up to six rows, top first', () => {
    expect(slot(0, 1)).toEqual({ dx: 0.25, dy: 0.25 });
    expect(slot(0, 2).dy).toBeGreaterThan(slot(1, 2).dy);
    expect(slot(5, 6).dx).toBe(0.25);
  });
  it('opens a second column from the seventh', () => {
    expect(slot(0, 7).dx).toBeCloseTo(0.125, 12);
    expect(slot(6, 7).dx).toBeCloseTo(0.375, 12);
  });
});

describe('topRated', () => {
  const items = (ratings: (number | undefined)[]) => ratings.map((rating, i) => ({ id: `s${i}`, rating }));
  it.each<[(number | undefined)[], string[] | undefined, number | undefined]>([
    [[], undefined, undefined],
    [[undefined, undefined], undefined, undefined],
    [[3, 5, 4], ['s1'], 5],
    [[5, undefined, 5, 2], ['s0', 's2'], 5],
    [[1, 1, 1], ['s0', 's1', 's2'], 1],
    [[undefined, 2], ['s1'], 2],
  ])('%j → %j', (ratings, ids, rating) => {
    const r = topRated(items(ratings));
    expect(r?.top.map((t) => t.id)).toEqual(ids);
    expect(r?.rating).toBe(rating);
  });
});
