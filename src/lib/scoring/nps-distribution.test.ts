import { describe, expect, it } from 'vitest';
import { NPS_SCORE_CATEGORY, npsDistribution } from './nps-distribution';

describe('npsDistribution', () => {
  it.each([
    [[], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [
      [10, 9, 9, 0, 6, 7],
      [1, 0, 0, 0, 0, 0, 1, 1, 0, 2, 1],
    ],
    [
      [0, 0, 10],
      [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    ],
    // Not a whole 0–10 score: not counted (the worksheet never passes these).
    [
      [7.5, -1, 11],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
  ])('%j → %j', (scores, counts) => expect(npsDistribution(scores)).toEqual(counts));

  it('colours 0–6 as detractors, 7–8 passives, 9–10 promoters', () => {
    expect(NPS_SCORE_CATEGORY).toEqual([...Array(7).fill('detractor'), 'passive', 'passive', 'promoter', 'promoter']);
  });
});
