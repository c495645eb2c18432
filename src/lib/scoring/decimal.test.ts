import { describe, expect, it } from 'vitest';
import { clean, roundHalfUp, sum } from './decimal';

describe('decimal helpers', () => {
  it('removes binary drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(sum([0.1, 0.2, 0.3, 0.2, 0.2])).toBe(1);
  });
  it.each([
    [4.05, 1, 4.1],
    [4.04, 1, 4],
    [2.05, 1, 2.1],
    [3.05, 1, 3.1],
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [0, 1, 0],
  ])('roundHalfUp(%f, %i) = %f', (x, d, r) => expect(roundHalfUp(x, d)).toBe(r));
});
