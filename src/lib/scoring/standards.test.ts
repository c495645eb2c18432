import { describe, expect, it } from 'vitest';
import { asDirection, isMet, metShare, type Direction } from './standards';

describe('isMet', () => {
  it.each<[Direction | undefined, number | undefined, number | undefined, boolean | undefined]>([
    ['at-most', 20, 15, true],
    ['at-most', 20, 20, true],
    ['at-most', 20, 20.5, false],
    ['at-least', 90, 92, true],
    ['at-least', 90, 90, true],
    ['at-least', 90, 89.9, false],
    ['at-least', 0, -1, false],
    ['at-least', 0.3, 0.1 + 0.2, true],
    ['at-most', 0.3, 0.1 + 0.2, false],
    [undefined, 20, 15, undefined],
    ['at-most', undefined, 15, undefined],
    ['at-most', 20, undefined, undefined],
  ])('%s target %s, actual %s → %s', (d, t, a, want) => {
    expect(isMet(d, t, a)).toBe(want);
  });

  it('reads only known directions', () => {
    expect(asDirection('at-most')).toBe('at-most');
    expect(asDirection('')).toBeUndefined();
  });
});

describe('metShare', () => {
  it('counts only standards with a verdict; none is no data', () => {
    expect(metShare([])).toEqual({ met: 0, judged: 0, share: undefined });
    expect(metShare([undefined])).toEqual({ met: 0, judged: 0, share: undefined });
    expect(metShare([false, false])).toEqual({ met: 0, judged: 2, share: 0 });
    expect(metShare([true, undefined, false, true])).toEqual({ met: 2, judged: 3, share: 2 / 3 });
  });
});
