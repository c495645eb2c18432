import { describe, expect, it } from 'vitest';
import { labelLines } from './label-lines';

describe('labelLines', () => {
  it.each([
    { text: 'Short', max: 26, most: 3, lines: ['Short'] },
    {
      text: 'Q1 2027 — before the loyalty programme',
      max: 22,
      most: 3,
      lines: ['Q1 2027 — before the', 'loyalty programme'],
    },
    { text: 'one two three four five six', max: 7, most: 3, lines: ['one two', 'three', 'four…'] },
    { text: 'averyveryverylongword', max: 5, most: 3, lines: ['averyveryverylongword'] },
  ])('$text at $max', ({ text, max, most, lines }) => expect(labelLines(text, max, most)).toEqual(lines));
});
