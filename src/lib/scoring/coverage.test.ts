import { describe, expect, it } from 'vitest';
import { coverage } from './coverage';

describe('coverage: Yes over all rows, undefined when none answered', () => {
  it.each<[(boolean | undefined)[], number, number, number | undefined]>([
    [[], 0, 0, undefined],
    [[undefined, undefined, undefined], 0, 0, undefined],
    [[false, undefined], 0, 1, 0],
    [[true, undefined, undefined, undefined], 1, 1, 0.25],
    [[true, false, true, undefined], 2, 3, 0.5],
    [[true, true], 2, 2, 1],
  ])('%j → %i yes, %i answered', (answers, yes, answered, share) => {
    expect(coverage(answers)).toEqual({ yes, answered, total: answers.length, share });
  });
});
