import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../i18n/translate';
import type { InputDef } from '../../worksheets/types';
import { costInput } from '../../worksheets/crm-strategy';
import { validationMessage } from './validation';

const rating: InputDef = {
  id: 'rating',
  kind: 'number',
  label: { en: 'Rating', pl: 'Ocena', zh: '评分' },
  rule: { integer: true, min: 1, max: 5, noun: { en: 'Rating', pl: 'Ocena', zh: '评分' } },
};
const weight: InputDef = {
  id: 'weight',
  kind: 'number',
  label: { en: 'Weight', pl: 'Waga', zh: '权重' },
  rule: { integer: false, min: 0, max: 1, noun: { en: 'Weight', pl: 'Waga', zh: '权重' } },
};

describe('validationMessage', () => {
  beforeAll(() =>
    Promise.all((['en', 'pl', 'zh'] as const).flatMap((l) => [loadDictionary(l), loadDictionary(l, 'workbook')])),
  );
  it.each([
    // Valid and empty: no message.
    [rating, '4', 'en', undefined],
    [rating, '', 'en', undefined],
    [costInput, '12,000.50', 'en', undefined],
    [costInput, '12 000,50', 'pl', undefined],
    // Out of range or not a number: the range named.
    [rating, '6', 'en', 'Rating must be a whole number from 1 to 5'],
    [weight, '1,5', 'pl', 'Waga musi być liczbą od 0 do 1'],
    [costInput, 'abc', 'en', 'Estimated cost must be a number of at least 0'],
    // Thousands or a fraction: both readings, as the user would type them in that language.
    [
      costInput,
      '12,000',
      'en',
      'Estimated cost: “12,000” could mean 12 or 12000; write it without a thousands separator',
    ],
    [
      costInput,
      '1.500',
      'pl',
      'Szacowany koszt: „1.500” może oznaczać 1,5 albo 1500; wpisz liczbę bez separatora tysięcy',
    ],
    [weight, ' 1,000 ', 'en', 'Weight: “1,000” could mean 1 or 1000; write it without a thousands separator'],
  ] as const)('%#: %j in %s', (input, typed, lang, expected) =>
    expect(validationMessage(input, typed, lang)).toBe(expected),
  );
});
