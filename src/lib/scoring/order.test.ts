import { describe, expect, it } from 'vitest';
import { highestFirst } from './order';

describe('highestFirst', () => {
  it.each<[string, (number | undefined)[], number[]]>([
    ['empty', [], []],
    ['already ordered', [20, 12, 3], [0, 1, 2]],
    ['reversed', [3, 12, 20], [2, 1, 0]],
    ['ties keep their order', [6, 15, 6, 15], [1, 3, 0, 2]],
    ['no score goes last, in order', [undefined, 4, undefined, 25], [3, 1, 0, 2]],
    ['nothing scored', [undefined, undefined], [0, 1]],
    ['0.1 + 0.2 against 0.3 is not a tie', [0.3, 0.1 + 0.2], [1, 0]],
  ])('%s', (_, scores, order) => {
    expect(highestFirst(scores)).toEqual(order);
  });
});
