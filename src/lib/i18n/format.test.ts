import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber: negatives with a true minus sign, as the headings write "benefits − challenges"', () => {
  it.each([
    [-0.1, 'dec2', 'pl', '\u22120,10'],
    [-0.8, 'dec2', 'en', '\u22120.80'],
    [-20, 'signedInt', 'en', '\u221220'],
    [20, 'signedInt', 'pl', '+20'],
    [0, 'signedInt', 'pl', '0'],
    [-1234.5, 'dec1', 'en', '\u22121,234.5'],
  ] as const)('%f (%s, %s) → %s', (v, f, lang, shown) => expect(formatNumber(v, f, lang)).toBe(shown));
});
