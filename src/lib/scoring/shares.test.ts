import { describe, expect, it } from 'vitest';
import { yesNo, yesShare } from './shares';

describe('yesNo', () => {
  it.each<[unknown, boolean | undefined]>([
    ['yes', true],
    ['no', false],
    ['', undefined],
    ['Yes', undefined],
    [undefined, undefined],
    [['yes'], undefined],
  ])('%j → %s', (v, expected) => expect(yesNo(v)).toBe(expected));
});

describe('yesShare: over answered items only', () => {
  it.each<[(boolean | undefined)[], number, number, number | undefined]>([
    [[], 0, 0, undefined],
    [[undefined, undefined], 0, 0, undefined],
    [[false], 0, 1, 0],
    [[true, undefined, false], 1, 2, 0.5],
    [[true, true, false], 2, 3, 2 / 3],
    [[true], 1, 1, 1],
  ])('%j → %i of %i', (answers, yes, answered, share) => {
    expect(yesShare(answers)).toEqual({ yes, answered, share });
  });
});
