import { describe, expect, it } from 'vitest';
import { segmentResults } from './nps-segments';

const e = (score: number, segment = '') => ({ score, segment });

describe('segmentResults', () => {
  it('has no segments for no scores', () => {
    expect(segmentResults([])).toEqual([]);
  });

  it('groups by segment in the order each first appears, with its own NPS and shares', () => {
    const r = segmentResults([e(10, 'B2B'), e(0, 'shop'), e(9, 'B2B'), e(7, 'shop'), e(6, 'B2B')]);
    expect(r.map((s) => s.name)).toEqual(['B2B', 'shop']);
    const [b2b, shop] = r;
    expect(b2b!.summary.responses).toBe(3);
    expect(b2b!.summary.promoters).toBe(2);
    expect(b2b!.summary.detractors).toBe(1);
    expect(b2b!.summary.nps).toBeCloseTo(100 / 3, 12);
    expect(shop!.summary.nps).toBe(-50);
    expect(shop!.summary.passiveShare).toBe(0.5);
  });

  it('treats two spellings differing in case as one segment (as Excel’s COUNTIFS does), named as first typed', () => {
    const r = segmentResults([e(10, 'Warsztat'), e(0, 'WARSZTAT'), e(9, 'warsztat')]);
    expect(r).toHaveLength(1);
    expect(r[0]!.name).toBe('Warsztat');
    expect(r[0]!.summary.responses).toBe(3);
  });

  it('keeps respondents without a segment as a group of their own', () => {
    const r = segmentResults([e(10), e(9, 'B2B'), e(0)]);
    expect(r.map((s) => [s.name, s.summary.responses])).toEqual([
      ['', 2],
      ['B2B', 1],
    ]);
  });

  it('marks segments below 30 responses indicative, 30 and more not', () => {
    const r = segmentResults([
      ...Array.from({ length: 29 }, () => e(9, 'small')),
      ...Array.from({ length: 30 }, () => e(9, 'large')),
    ]);
    expect(r.map((s) => [s.name, s.summary.indicative])).toEqual([
      ['small', true],
      ['large', false],
    ]);
  });

  it('one respondent in a segment: NPS ±100 with a zero margin, indicative', () => {
    const [only] = segmentResults([e(3, 'VIP')]);
    expect(only!.summary.nps).toBe(-100);
    expect(only!.summary.marginOfError).toBe(0);
    expect(only!.summary.indicative).toBe(true);
  });
});
