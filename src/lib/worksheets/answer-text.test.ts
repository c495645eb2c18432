import { describe, expect, it } from 'vitest';
import type { InputDef } from './types';
import { tx } from './helpers';
import { answerText } from './answer-text';

const input = (kind: InputDef['kind'], extra: Partial<InputDef> = {}): InputDef => ({
  id: 'x',
  kind,
  label: tx('X', 'X', 'X'),
  ...extra,
});
const options = [
  { value: 'low', label: tx('Low', 'Niski', 'Low') },
  { value: 'high', label: tx('High', 'Wysoki', 'High') },
];

describe('answerText', () => {
  it.each([
    ['text', 'Walk-in customers  ', 'en', 'Walk-in customers  '],
    ['longtext', 'line 1\nline 2', 'pl', 'line 1\nline 2'],
    ['number', '3,5', 'pl', '3,5'],
    ['number', 'abc', 'en', 'abc'],
    ['money', '4800', 'en', '4800'],
    ['yesno', 'yes', 'en', 'Yes'],
    ['yesno', 'no', 'pl', 'Nie'],
    ['check', 'yes', 'pl', 'Zrobione'],
    ['check', '', 'en', ''],
    ['date', '2027-03-12', 'en', '12 March 2027'],
    ['date', '2027-03-12', 'pl', '12 marca 2027'],
    ['date', '12.03.2027', 'pl', '12.03.2027'],
    ['text', '   ', 'en', ''],
  ] as const)('%s %j (%s) → %j', (kind, value, lang, expected) => {
    expect(answerText(input(kind), value, lang)).toBe(expected);
  });

  it('names a choice by its label in the language, and keeps an unknown one as stored', () => {
    expect(answerText(input('choice', { options }), 'high', 'pl')).toBe('Wysoki');
    expect(answerText(input('scale', { options }), 'low', 'en')).toBe('Low');
    expect(answerText(input('choice', { options }), 'odd', 'en')).toBe('odd');
  });

  it('joins a multi-select’s labels; nothing chosen or unanswered is empty', () => {
    expect(answerText(input('multi', { options }), ['low', 'high'], 'en')).toBe('Low, High');
    expect(answerText(input('multi', { options }), [], 'en')).toBe('');
    expect(answerText(input('text'), undefined, 'en')).toBe('');
  });
});
