import { describe, expect, it } from 'vitest';
import { cloudFit, evaluateCloud } from './cloud';

describe('cloudFit: 4.0+ fits, 3.0–3.9 probably, below 3.0 on-premise (judged on the two-decimal average)', () => {
  it.each([
    [1, 'onPremise'],
    [2.9, 'onPremise'],
    [2.99, 'onPremise'],
    [2.994, 'onPremise'],
    // Shown as "3.00", so it gets the 3.00 band.
    [2.995, 'probably'],
    [3.0, 'probably'],
    [3.6, 'probably'],
    [3.9, 'probably'],
    [3.95, 'probably'],
    [3.99, 'probably'],
    [3.994, 'probably'],
    [3.995, 'fits'],
    [3.999, 'fits'],
    [4.0, 'fits'],
    [5, 'fits'],
  ] as const)('%s → %s', (avg, band) => {
    expect(cloudFit(avg)).toBe(band);
  });

  it('float drift never flips a band', () => {
    expect(cloudFit(3.9999999999999996)).toBe('fits');
    expect(cloudFit(2.9999999999999996)).toBe('probably');
    expect(cloudFit(0.1 + 0.2 + 3.6)).toBe('probably'); // 3.9000000000000004
    expect(cloudFit((0.7 + 0.1) * 5)).toBe('fits'); // 3.9999999999999996
  });
});

describe('evaluateCloud', () => {
  it('no answers: nothing computed, all five missing', () => {
    const r = evaluateCloud([undefined, undefined, undefined, undefined, undefined]);
    expect(r).toEqual({ missing: [0, 1, 2, 3, 4], average: undefined, lowest: [], fit: undefined });
  });

  it('partial: the average waits for all five', () => {
    const r = evaluateCloud([5, undefined, 4, 4, undefined]);
    expect(r.average).toBeUndefined();
    expect(r.fit).toBeUndefined();
    expect(r.missing).toEqual([1, 4]);
  });

  it.each([
    { answers: [5, 4, 4, 3, 2], average: 3.6, fit: 'probably', lowest: [4] },
    { answers: [4, 4, 4, 4, 4], average: 4, fit: 'fits', lowest: [0, 1, 2, 3, 4] },
    { answers: [3, 3, 3, 3, 2], average: 2.8, fit: 'onPremise', lowest: [4] },
    { answers: [3, 3, 3, 3, 3], average: 3, fit: 'probably', lowest: [0, 1, 2, 3, 4] },
    { answers: [5, 5, 4, 3, 3], average: 4, fit: 'fits', lowest: [3, 4] },
    { answers: [4, 4, 4, 4, 3], average: 3.8, fit: 'probably', lowest: [4] },
  ] as const)('$answers → $average $fit', ({ answers, average, fit, lowest }) => {
    const r = evaluateCloud(answers);
    expect(r.average).toBe(average);
    expect(r.fit).toBe(fit);
    expect(r.lowest).toEqual(lowest);
  });

  it('average is the same double as sum / count (what Excel AVERAGE caches)', () => {
    for (let total = 5; total <= 25; total++) {
      const answers = [1, 1, 1, 1, 1].map((a, i) => a + Math.min(4, Math.max(0, total - 5 - i * 4)));
      const sumOf = answers.reduce((a, b) => a + b, 0);
      expect(evaluateCloud(answers).average).toBe(sumOf / 5);
    }
  });
});
