import { describe, expect, it } from 'vitest';
import { npsSummary } from './nps';
import { npsChange, npsVariance } from './nps-change';

const of = (...scores: number[]) => npsSummary(scores);
/** n scores: `p` promoters (10), `d` detractors (0), the rest passives (8). */
const mix = (n: number, p: number, d: number) =>
  npsSummary([...Array<number>(p).fill(10), ...Array<number>(d).fill(0), ...Array<number>(n - p - d).fill(8)]);

describe('npsVariance', () => {
  it.each([
    { name: 'all promoters', s: of(10, 9), v: 0 },
    { name: 'all passives', s: of(7, 8), v: 0 },
    { name: 'half promoters, half detractors', s: of(10, 0), v: 1 },
    // p = 0.5, d = 0.2: 0.7 − 0.09 = 0.61
    { name: 'the seed-sized mix', s: of(10, 9, 8, 9, 6, 10, 7, 9, 4, 8), v: 0.61 },
  ])('$name → $v', ({ s, v }) => expect(npsVariance(s!)).toBeCloseTo(v, 12));
});

describe('npsChange', () => {
  it('has no change without data on either side (not zero)', () => {
    expect(npsChange(undefined, of(10))).toBeUndefined();
    expect(npsChange(of(10), undefined)).toBeUndefined();
    expect(npsChange(undefined, undefined)).toBeUndefined();
  });

  it.each([
    // Worked by hand. Before: 100 answers, 30 promoters, 20 detractors: NPS 10, V = 0.5 − 0.01 = 0.49.
    // After: 100 answers, 50 promoters, 10 detractors: NPS 40, V = 0.6 − 0.16 = 0.44.
    // ±1.96·√(0.0049 + 0.0044)·100 = 1.96·0.0964365…·100 = 18.9016… → up 30, clear.
    {
      name: 'up 30 on 100 each',
      before: mix(100, 30, 20),
      after: mix(100, 50, 10),
      change: 30,
      margin: 18.901555,
      clear: true,
    },
    // Before: 40 answers, 16 promoters, 8 detractors: NPS 20, V = 0.6 − 0.04 = 0.56.
    // After: 40 answers, 18 promoters, 6 detractors: NPS 30, V = 0.6 − 0.09 = 0.51.
    // ±1.96·√(0.014 + 0.01275)·100 = 1.96·0.163554…·100 = 32.0566… → up 10, within.
    {
      name: 'up 10 on 40 each: within',
      before: mix(40, 16, 8),
      after: mix(40, 18, 6),
      change: 10,
      margin: 32.056637,
      clear: false,
    },
    // Down: the same two the other way round.
    { name: 'down 30', before: mix(100, 50, 10), after: mix(100, 30, 20), change: -30, margin: 18.901555, clear: true },
    // Rounds of different sizes: 10 → 0.61/10; 1,000 answers, 500 promoters, 100 detractors → 0.44/1000.
    // ±1.96·√(0.061 + 0.00044)·100 = 1.96·0.2478709…·100 = 48.5827…
    {
      name: 'different sizes',
      before: of(10, 9, 8, 9, 6, 10, 7, 9, 4, 8),
      after: mix(1000, 500, 100),
      change: 10,
      margin: 48.582703,
      clear: false,
    },
  ])('$name', ({ before, after, change, margin, clear }) => {
    const c = npsChange(before, after)!;
    expect(c.change).toBeCloseTo(change, 10);
    expect(c.margin).toBeCloseTo(margin, 5);
    expect(c.clear).toBe(clear);
  });

  it('no change at all is not clear, even when both rounds are certain: 0 > 0 is false (the boundary)', () => {
    const c = npsChange(of(10, 10), of(9, 9))!;
    expect(c).toEqual({ change: 0, margin: 0, clear: false, indicative: true });
  });

  it('a change larger than a zero margin is clear', () => {
    // All promoters, then all passives: no spread in either round, so the change of −100 is certain.
    const c = npsChange(of(10, 10), of(8, 8))!;
    expect(c.change).toBe(-100);
    expect(c.margin).toBe(0);
    expect(c.clear).toBe(true);
  });

  it('keeps float drift out of the change: 12.5 after 0 is 12.5', () => {
    // 1 of 8 promoters, no detractors: NPS exactly 12.5; before, NPS 0.
    const c = npsChange(of(8, 8), of(9, 8, 8, 8, 8, 8, 8, 8))!;
    expect(c.change).toBe(12.5);
  });

  it('is indicative when either round has fewer than 30 responses', () => {
    expect(npsChange(mix(30, 10, 5), mix(30, 12, 5))!.indicative).toBe(false);
    expect(npsChange(mix(29, 10, 5), mix(30, 12, 5))!.indicative).toBe(true);
    expect(npsChange(mix(30, 10, 5), mix(29, 12, 5))!.indicative).toBe(true);
  });
});
