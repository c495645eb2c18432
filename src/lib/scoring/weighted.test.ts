import { describe, expect, it } from 'vitest';
import { normaliseWeights, weightedTable } from './weighted';
import { auditBand } from './audit';

const rows = (pairs: [number | undefined, number | undefined][]) =>
  pairs.map(([rating, weight]) => ({ rating, weight }));

describe('weightedTable', () => {
  it('sums weights that drift in binary floats to exactly 1', () => {
    const r = weightedTable(
      rows([
        [4, 0.1],
        [4, 0.2],
        [4, 0.3],
        [5, 0.2],
        [4, 0.2],
      ]),
    );
    expect(r.totalWeight).toBe(1);
    expect(r.weightsTotalOne).toBe(true);
    expect(r.weightedAverage).toBe(4.2);
    expect(r.complete).toBe(true);
    expect(r.products).toEqual([0.4, 0.8, 1.2, 1, 0.8]);
  });

  it.each<[string, [number, number][], number | undefined, number | undefined, number]>([
    // A total accepted as 1 (within 0.001) divides the sum, so its slack never moves a result.
    [
      'all 5 with weights totalling 1.001: 5, not 5.005 (beyond the scale)',
      [
        [5, 0.2],
        [5, 0.2],
        [5, 0.2],
        [5, 0.2],
        [5, 0.201],
      ],
      5,
      undefined,
      5.005,
    ],
    [
      'all 3 with weights 0.333 × 3 (0.999): 3, not 2.997',
      [
        [3, 0.333],
        [3, 0.333],
        [3, 0.333],
      ],
      3,
      undefined,
      2.997,
    ],
    [
      '4.05 over a total of 1 stays 4.05',
      [
        [5, 0.3],
        [4, 0.25],
        [3, 0.1],
        [4, 0.2],
        [3, 0.15],
      ],
      4.05,
      undefined,
      4.05,
    ],
    // Weights off: no average; a provisional one with the weights scaled to 1, on the 1–5 scale.
    [
      'weights totalling 0.998 (refused): provisional 3',
      [
        [3, 0.333],
        [3, 0.333],
        [3, 0.332],
      ],
      undefined,
      3,
      2.994,
    ],
    [
      'weights totalling 0.5: provisional 3, not 1.5',
      [
        [4, 0.25],
        [2, 0.25],
      ],
      undefined,
      3,
      1.5,
    ],
    // The case: five 5s weighted 0.9 each total 4.5; Σ is 22.5, far off the 1–5 scale.
    [
      'all 5 with weights 0.9 × 5: provisional 5, not 22.5',
      [
        [5, 0.9],
        [5, 0.9],
        [5, 0.9],
        [5, 0.9],
        [5, 0.9],
      ],
      undefined,
      5,
      22.5,
    ],
    [
      '1 and 5 with weights 0.9 and 0.1 twice: provisional 3',
      [
        [1, 0.9],
        [5, 0.9],
        [1, 0.1],
        [5, 0.1],
      ],
      undefined,
      3,
      6,
    ],
  ])('%s', (_, pairs, average, provisional, productSum) => {
    const r = weightedTable(rows(pairs));
    expect(r.weightedAverage).toBe(average);
    expect(r.provisionalAverage).toBe(provisional);
    expect(r.productSum).toBe(productSum);
    expect(r.weightsTotalOne).toBe(average !== undefined);
    for (const v of [r.weightedAverage, r.provisionalAverage]) if (v !== undefined) expect(v >= 1 && v <= 5).toBe(true);
  });

  it('reports missing ratings and weights by row, and no average', () => {
    const r = weightedTable(
      rows([
        [4, 0.2],
        [undefined, 0.2],
        [3, undefined],
        [5, 0.2],
        [2, 0.2],
      ]),
    );
    expect(r.missingRatings).toEqual([1]);
    expect(r.missingWeights).toEqual([2]);
    expect(r.weightedAverage).toBeUndefined();
    expect(r.provisionalAverage).toBeUndefined();
    expect(r.productSum).toBeUndefined();
    expect(r.complete).toBe(false);
    expect(r.totalWeight).toBe(0.8);
    expect(r.weightGap).toBe(0.2);
  });

  it('has no total without any weight (no data is not zero)', () => {
    const r = weightedTable(
      rows([
        [4, undefined],
        [3, undefined],
      ]),
    );
    expect(r.totalWeight).toBeUndefined();
    expect(r.weightGap).toBeUndefined();
    expect(r.weightsTotalOne).toBe(false);
  });

  it.each([
    [[0.2, 0.2, 0.2, 0.2, 0.1], 0.9, 0.1, false],
    [[0.3, 0.3, 0.2, 0.2, 0.1], 1.1, -0.1, false],
    [[0.2, 0.2, 0.2, 0.2, 0.2005], 1.0005, -0.0005, true],
    [[0.2, 0.2, 0.2, 0.2, 0.202], 1.002, -0.002, false],
  ])('weights %j total %f (gap %f, ok %s)', (ws, total, gap, ok) => {
    const r = weightedTable(ws.map((w) => ({ rating: 3, weight: w })));
    expect(r.totalWeight).toBe(total);
    expect(r.weightGap).toBe(gap);
    expect(r.weightsTotalOne).toBe(ok);
    expect(r.complete).toBe(ok);
  });

  it('is empty for no rows', () => {
    expect(weightedTable([]).weightedAverage).toBeUndefined();
    expect(weightedTable([]).complete).toBe(false);
  });
});

describe('auditBand', () => {
  it.each([
    [1, 'fails'],
    [2.0, 'fails'],
    [2.04, 'fails'],
    [2.05, 'analyse'],
    [3.0, 'analyse'],
    [3.05, 'correction'],
    [4.0, 'correction'],
    [4.04, 'correction'],
    [4.05, 'fulfils'],
    [5.0, 'fulfils'],
  ] as const)('%f → %s', (avg, band) => expect(auditBand(avg)).toBe(band));

  it('rounds a drifting 4.05 computed from products up', () => {
    // 4·0.45 + 4.5… built from real rows: 5·0.3 + 4·0.25 + 3·0.1 + 4·0.2 + 3·0.15 = 4.05
    const r = weightedTable(
      rows([
        [5, 0.3],
        [4, 0.25],
        [3, 0.1],
        [4, 0.2],
        [3, 0.15],
      ]),
    );
    expect(r.weightedAverage).toBe(4.05);
    expect(auditBand(r.weightedAverage!)).toBe('fulfils');
  });
});

describe('normaliseWeights', () => {
  it('scales to exactly 1 with two decimals', () => {
    const w = normaliseWeights([0.2, 0.2, 0.2, 0.2, 0.2 + 0.1])!;
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w).toEqual([0.18, 0.18, 0.18, 0.18, 0.28]);
  });
  it('keeps weights that already total 1', () => {
    expect(normaliseWeights([0.1, 0.2, 0.3, 0.2, 0.2])).toEqual([0.1, 0.2, 0.3, 0.2, 0.2]);
  });
  it('refuses when a weight would fall below 0.1', () => {
    expect(normaliseWeights([0.9, 0.9, 0.9, 0.9, 0.1])).toBeUndefined();
  });
  it('refuses empty input', () => expect(normaliseWeights([])).toBeUndefined());
});
