import { describe, expect, it } from 'vitest';
import { npsCategory, npsSummary } from './nps';

describe('npsCategory', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%i → %s', (score, category) => expect(npsCategory(score)).toBe(category));
});

describe('npsSummary', () => {
  it('has no data for no scores (not zero)', () => {
    expect(npsSummary([])).toBeUndefined();
  });

  it.each([
    { name: 'one promoter', scores: [10], nps: 100, p: 1, pa: 0, d: 0 },
    { name: 'one detractor scoring 0', scores: [0], nps: -100, p: 0, pa: 0, d: 1 },
    { name: 'all passives', scores: [7, 8, 7, 8], nps: 0, p: 0, pa: 1, d: 0 },
    { name: 'all promoters', scores: [9, 10, 9], nps: 100, p: 1, pa: 0, d: 0 },
    { name: 'seed-sized mix', scores: [10, 9, 8, 9, 6, 10, 7, 9, 4, 8], nps: 30, p: 0.5, pa: 0.3, d: 0.2 },
    { name: 'one in eight is exactly 12.5', scores: [9, 9, 8, 8, 8, 8, 8, 0], nps: 12.5, p: 0.25, pa: 0.625, d: 0.125 },
  ])('$name', ({ scores, nps, p, pa, d }) => {
    const s = npsSummary(scores)!;
    expect(s.responses).toBe(scores.length);
    expect(s.nps).toBe(nps);
    expect(s.promoterShare).toBeCloseTo(p, 12);
    expect(s.passiveShare).toBeCloseTo(pa, 12);
    expect(s.detractorShare).toBeCloseTo(d, 12);
    expect(s.promoters + s.passives + s.detractors).toBe(scores.length);
  });

  it('computes the 95% margin of error from unrounded shares', () => {
    // p = 0.5, d = 0.2, n = 10: 1.96·√((0.7 − 0.09)/10)·100 = 48.41…
    const s = npsSummary([10, 9, 8, 9, 6, 10, 7, 9, 4, 8])!;
    expect(s.marginOfError).toBeCloseTo(1.96 * Math.sqrt(0.61 / 10) * 100, 10);
    expect(s.indicative).toBe(true);
  });

  it('is no longer indicative from 30 responses', () => {
    expect(npsSummary(Array.from({ length: 29 }, () => 9))!.indicative).toBe(true);
    expect(npsSummary(Array.from({ length: 30 }, () => 9))!.indicative).toBe(false);
  });

  it('gives a zero margin when everyone answers alike', () => {
    expect(npsSummary([10, 10, 10])!.marginOfError).toBe(0);
    expect(npsSummary([8, 8])!.marginOfError).toBe(0);
  });
});
