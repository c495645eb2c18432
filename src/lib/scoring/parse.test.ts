import { describe, expect, it } from 'vitest';
import { parseInRange, readingsOf, readNumber } from './parse';

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
    // Commas or points that can only be thousands: the other mark follows, or a second group.
    ['12,000.50', 12000.5],
    ['1,234,567', 1234567],
    ['1,234,567.25', 1234567.25],
    ['12.000,50', 12000.5],
    ['1.234.567', 1234567],
    ['-1,234.5', -1234.5],
    // One group alone is 12 in one notation and 12000 in the other: no guess.
    ['1,000', undefined],
    ['12.000', undefined],
    ['-1,500', undefined],
    // Not thousands: a leading zero, or not three digits after the mark.
    ['0,125', 0.125],
    ['0.125', 0.125],
    ['1,25', 1.25],
    ['1,2500', 1.25],
    ['1,234.567.8', undefined],
    ['12,00.5', undefined],
    ['1.234,567,8', undefined],
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
    ['1,000', rating, { status: 'invalid', reason: 'ambiguous' }],
    ['1,000.0', rating, { status: 'invalid', reason: 'range' }],
    ['0,1', weight, { status: 'ok', value: 0.1 }],
    ['0.9', weight, { status: 'ok', value: 0.9 }],
    ['0.05', weight, { status: 'invalid', reason: 'range' }],
    ['1', weight, { status: 'invalid', reason: 'range' }],
  ] as const)('%j', (raw, range, expected) => expect(parseInRange(raw, range)).toEqual(expected));

  it('treats undefined as empty', () => expect(parseInRange(undefined, rating)).toEqual({ status: 'empty' }));
});

describe('readingsOf', () => {
  it.each([
    ['12,000', [12, 12000]],
    ['1.500', [1.5, 1500]],
    [' -2,250 ', [-2.25, -2250]],
    ['12,00', undefined],
    ['0,125', undefined],
    ['12,000.5', undefined],
    ['abc', undefined],
  ] as const)('%j → %j', (raw, readings) => expect(readingsOf(raw)).toEqual(readings));
});
