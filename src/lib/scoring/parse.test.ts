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
    // Spaces group thousands, as Polish writes them and the app shows amounts.
    ['1 000', 1000],
    ['21 600,50', 21600.5],
    ['21\u00a0600,00', 21600],
    ['1\u202f234\u202f567.5', 1234567.5],
    ['-4 800', -4800],
    ['12 34', undefined],
    ['1 0000', undefined],
    ['1  000', undefined],
    ['21 600 zł', undefined],
    ['1,000', 1],
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
