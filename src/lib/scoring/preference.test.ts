import { describe, expect, it } from 'vitest';
import { BALANCE_MARGIN, preferenceScore, readPreference, recommend } from './preference';

describe('readPreference', () => {
  it.each([
    ['-2', -2],
    ['-1', -1],
    ['0', 0],
    ['1', 1],
    ['2', 2],
    [' 2 ', 2],
    ['\u22121', -1],
    ['', undefined],
    ['3', undefined],
    ['-3', undefined],
    ['1.5', undefined],
    ['blog', undefined],
    [undefined, undefined],
    [['1'], undefined],
  ] as const)('%j → %s', (raw, expected) => {
    expect(readPreference(raw)).toBe(expected);
  });
});

describe('recommend: a side needs a lead of more than BALANCE_MARGIN points', () => {
  it('margin is 1', () => expect(BALANCE_MARGIN).toBe(1));
  it.each([
    [0, 0, 'balanced'],
    [3, 3, 'balanced'],
    [2, 3, 'balanced'], // blog +1: boundary, still balanced
    [3, 2, 'balanced'], // website +1
    [1, 3, 'blog'], // blog +2: first decisive difference
    [3, 1, 'website'],
    [0, 14, 'blog'],
    [14, 0, 'website'],
  ] as const)('website %i, blog %i → %s', (w, b, expected) => {
    expect(recommend(w, b)).toBe(expected);
  });
});

describe('preferenceScore', () => {
  it('nothing marked: no points, no recommendation (not a fake 0)', () => {
    expect(preferenceScore([undefined, undefined])).toEqual({
      marked: 0,
      total: 2,
      websitePoints: undefined,
      blogPoints: undefined,
      difference: undefined,
      recommendation: undefined,
    });
    expect(preferenceScore([]).recommendation).toBeUndefined();
  });

  it.each([
    // values, website, blog, recommendation
    [[0], 0, 0, 'balanced'],
    [[1], 0, 1, 'balanced'],
    [[2], 0, 2, 'blog'],
    [[-1], 1, 0, 'balanced'],
    [[-2], 2, 0, 'website'],
    [[-2, 2], 2, 2, 'balanced'],
    [[-2, 1, 0], 2, 1, 'balanced'],
    [[-2, -1, 1], 3, 1, 'website'],
    [[1, 2, 1, 1, 0, -1, 1], 1, 6, 'blog'],
    [[2, 2, 2, 2, 2, 2, 2], 0, 14, 'blog'],
    [[-2, -2, -2, -2, -2, -2, -2], 14, 0, 'website'],
  ] as const)('%j → website %i, blog %i, %s', (values, w, b, rec) => {
    const r = preferenceScore(values);
    expect(r.websitePoints).toBe(w);
    expect(r.blogPoints).toBe(b);
    expect(r.difference).toBe(b - w);
    expect(r.recommendation).toBe(rec);
    expect(r.marked).toBe(values.length);
  });

  it('counts only marked rows', () => {
    const r = preferenceScore([undefined, 2, undefined, -1, undefined, undefined, undefined]);
    expect(r).toMatchObject({ marked: 2, total: 7, websitePoints: 1, blogPoints: 2, recommendation: 'balanced' });
  });
});
