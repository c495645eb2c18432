import { describe, expect, it } from 'vitest';
import { parseInRange, readingsOf, readNumber, toAsciiInput } from './parse';
import { parseLocalDate, showDate } from './local-date';

describe('toAsciiInput: what a Chinese input method types, as ASCII', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['１２，５', '12,5'],
    ['３．５', '3.5'],
    ['－２', '-2'],
    ['＋３', '+3'],
    ['５０％', '50%'],
    ['12。5', '12。5'], // the ideographic full stop is not a decimal mark: left as typed
    ['abc 中文', 'abc 中文'],
    ['', ''],
  ])('%s → %s', (typed, ascii) => expect(toAsciiInput(typed)).toBe(ascii));
});

describe('readNumber reads full-width input as its ASCII form, never misread', () => {
  it.each([
    ['１２，５', 12.5],
    ['１２．５', 12.5],
    ['３', 3],
    ['－４', -4],
    ['＋４', 4],
    ['０．１', 0.1],
    ['１２，０００．５０', 12000.5],
    ['１ ０００', 1000],
    ['\u3000３\u3000', 3], // ideographic spaces around: trimmed
    ['１２，０００', undefined], // ambiguous, as "12,000" is
    ['12。5', undefined], // refused, not read as 12.5 nor 125
    ['５０％', undefined], // a percent sign is not part of a number input, as "50%" is not
    ['三', undefined], // Chinese numerals are words, not digits
  ])('%s → %s', (typed, value) => expect(readNumber(typed)).toBe(value));

  it('the ambiguous full-width number names both readings', () => {
    expect(readingsOf('１２，０００')).toEqual([12, 12000]);
    expect(parseInRange('１２，０００', { integer: false, min: 0, max: 1e6 })).toEqual({
      status: 'invalid',
      reason: 'ambiguous',
    });
  });

  it('range and whole-number rules apply as to ASCII input', () => {
    const rating = { integer: true, min: 1, max: 5 };
    expect(parseInRange('４', rating)).toEqual({ status: 'ok', value: 4 });
    expect(parseInRange('６', rating)).toEqual({ status: 'invalid', reason: 'range' });
    expect(parseInRange('３，５', rating)).toEqual({ status: 'invalid', reason: 'integer' });
  });
});

describe('dates in Chinese', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['２０２６－０３－０５', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
    ['2026年2月30日', undefined],
    ['5.3.2026', undefined], // day first is the Polish order, not read in Chinese
    ['三月五日', undefined],
  ])('%s → %s', (typed, iso) => expect(parseLocalDate(typed, 'zh')).toBe(iso));

  it('shows ISO', () => expect(showDate('2026-03-05', 'zh')).toBe('2026-03-05'));
});
