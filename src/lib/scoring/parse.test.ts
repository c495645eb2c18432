import { describe, expect, it } from 'vitest';
import { parseInRange, readNumber } from './parse';

const rating = { integer: true, min: 1, max: 5 };
const weight = { integer: false, min: 0.1, max: 0.9 };

describe('readNumber', () => {
  it.each([
    ['3', 3],
    ['3.5', 3.5],
    ['3,5', 3.5],
    [' 0,25 ', 0.25],
    ['.5', 0.5],
    [',5', 0.5],
    ['-2', -2],
    ['\u22122', -2],
    ['1e3', undefined],
    ['3,5,1', undefined],
    ['1 000', undefined],
    ['abc', undefined],
    ['', undefined],
  ])('%j → %j', (raw, value) => expect(readNumber(raw)).toBe(value));
});

describe('parseInRange', () => {
  it.each([
    ['', rating, { status: 'empty' }],
    ['   ', rating, { status: 'empty' }],
    ['1', rating, { status: 'ok', value: 1 }],
    ['5', rating, { status: 'ok', value: 5 }],
    ['0', rating, { status: 'invalid', reason: 'range' }],
    ['6', rating, { status: 'invalid', reason: 'range' }],
    ['3,5', rating, { status: 'invalid', reason: 'integer' }],
    ['x', rating, { status: 'invalid', reason: 'nan' }],
    ['0,1', weight, { status: 'ok', value: 0.1 }],
    ['0.9', weight, { status: 'ok', value: 0.9 }],
    ['0.05', weight, { status: 'invalid', reason: 'range' }],
    ['1', weight, { status: 'invalid', reason: 'range' }],
  ] as const)('%j', (raw, range, expected) => expect(parseInRange(raw, range)).toEqual(expected));

  it('treats undefined as empty', () => expect(parseInRange(undefined, rating)).toEqual({ status: 'empty' }));
});
