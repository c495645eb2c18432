import { describe, expect, it } from 'vitest';
import { missingRowsText } from './missing-rows';
import { tx } from './helpers';

const Q = tx('Question', 'Pytanie', 'Question');

describe('missingRowsText: what a weighted table lacks, as a person would write it', () => {
  it.each<
    | [string, number[], number[], number, string, string]
    | [string, number[], number[], number, string, string, ReturnType<typeof tx>]
  >([
    ['nothing missing', [], [], 5, '', ''],
    [
      'all five lack both',
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
      5,
      'Rate and weigh every question',
      'Brakuje ocen i wag wszystkich pytań',
    ],
    ['all rated, none weighed', [], [0, 1, 2, 3, 4], 5, 'Weigh every question', 'Brakuje wag wszystkich pytań'],
    ['one rating', [3], [], 5, 'Rate question 4', 'Brakuje oceny pytania 4'],
    ['two ratings', [1, 2], [], 5, 'Rate questions 2 and 3', 'Brakuje ocen pytań 2 i 3'],
    [
      'a rating and a weight on other rows',
      [3],
      [4],
      5,
      'Rate question 4 and weigh question 5',
      'Brakuje oceny pytania 4 oraz wagi pytania 5',
    ],
    [
      'both, rating only and weight only',
      [0, 1, 2],
      [0, 4],
      5,
      'Rate and weigh question 1, rate questions 2 and 3 and weigh question 5',
      'Brakuje oceny i wagi pytania 1, ocen pytań 2 i 3 oraz wagi pytania 5',
    ],
    ['a single row table lacking both', [0], [0], 1, 'Rate and weigh question 1', 'Brakuje oceny i wagi pytania 1'],
    [
      'benefits (feminine in Polish)',
      [0, 2],
      [],
      3,
      'Rate benefits 1 and 3',
      'Brakuje ocen korzyści 1 i 3',
      tx('Benefit', 'Korzyść', 'Benefit'),
    ],
    [
      'challenges',
      [1],
      [1],
      3,
      'Rate and weigh challenge 2',
      'Brakuje oceny i wagi wyzwania 2',
      tx('Challenge', 'Wyzwanie', 'Challenge'),
    ],
  ])('%s', (_, ratings, weights, rows, en, pl, noun = Q) => {
    const t = missingRowsText(ratings, weights, rows, noun);
    if (!en) expect(t).toBeUndefined();
    else expect(t).toMatchObject({ en, pl });
  });
});
