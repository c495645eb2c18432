import { describe, expect, it } from 'vitest';
import { categoryCounts, numberStats, pooledNps } from './stats';

describe('numberStats', () => {
  it.each([
    { name: 'empty', values: [], want: { count: 0, missing: 0, mean: undefined, median: undefined } },
    { name: 'only no data', values: [undefined, undefined], want: { count: 0, missing: 2, mean: undefined } },
    { name: 'one participant', values: [42], want: { count: 1, mean: 42, median: 42, min: 42, max: 42 } },
    { name: 'even count: median between', values: [1, 4, 2, 3], want: { count: 4, mean: 2.5, median: 2.5 } },
    { name: 'ties', values: [5, 5, 5, 1], want: { mean: 4, median: 5, min: 1, max: 5 } },
    {
      name: 'no data kept out, not read as 0',
      values: [10, undefined, 20],
      want: { count: 2, missing: 1, mean: 15, min: 10 },
    },
    { name: 'float drift', values: [0.1, 0.2], want: { mean: 0.15, median: 0.15 } },
    { name: 'negatives (NPS)', values: [-20, 40, 10], want: { mean: 10, median: 10, min: -20, max: 40 } },
    { name: 'NaN is no data', values: [Number.NaN, 3], want: { count: 1, missing: 1, mean: 3 } },
  ])('$name', ({ values, want }) => {
    expect(numberStats(values)).toMatchObject(want);
  });
});

describe('categoryCounts', () => {
  it('counts, most often first, ties in first-seen order, blanks as missing', () => {
    expect(categoryCounts(['fulfils', 'needs correction', '', 'fulfils', undefined, 'blog'])).toEqual({
      counts: [
        { value: 'fulfils', count: 2 },
        { value: 'needs correction', count: 1 },
        { value: 'blog', count: 1 },
      ],
      missing: 2,
    });
  });
  it('empty', () => expect(categoryCounts([])).toEqual({ counts: [], missing: 0 }));
});

describe('pooledNps', () => {
  it('is undefined with no respondents', () => {
    expect(pooledNps([])).toBeUndefined();
    expect(pooledNps([undefined, { responses: 0, promoters: 0, detractors: 0 }])).toBeUndefined();
  });
  it('pools respondents, not participants', () => {
    // 10 respondents +50 and 90 respondents −10: mean of NPS is 20, pooled is −4.
    const r = pooledNps([
      { responses: 10, promoters: 6, detractors: 1 },
      { responses: 90, promoters: 18, detractors: 27 },
    ])!;
    expect(r.responses).toBe(100);
    expect(r.participants).toBe(2);
    expect(r.nps).toBe(-4);
    // p = .24, d = .28: 1.96·√((.52 − .0016)/100)·100
    expect(r.marginOfError).toBeCloseTo(1.96 * Math.sqrt((0.52 - 0.0016) / 100) * 100, 9);
  });
  it('one participant equals its own NPS', () => {
    expect(pooledNps([{ responses: 12, promoters: 7, detractors: 2 }])!.nps).toBeCloseTo(41.6666666667, 9);
  });
  it('all promoters: margin 0', () => {
    expect(pooledNps([{ responses: 5, promoters: 5, detractors: 0 }])).toMatchObject({ nps: 100, marginOfError: 0 });
  });
});
