// The kit's own rules; what its formulas compute is checked by LibreOffice in export/recalc.test.ts.
import { describe, expect, it } from 'vitest';
import { a1, bands, colName, countValid, isValid, joinNonBlank, lit, maxValid, span, sumValid } from './formula';

describe('formula kit', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ['', '""'],
  ])('lit(%j) is %s', (s, want) => expect(lit(s)).toBe(want));

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (i, name) => expect(colName(i)).toBe(name));

  it('addresses and spans; an empty span stays a valid range', () => {
    expect(a1(1, 7)).toBe('B7');
    expect(span(2, 5, 9)).toBe('C5:C9');
    expect(span(2, 5, 4)).toBe('C5:C5');
  });

  it('guards text before any arithmetic (AND() evaluates every argument)', () => {
    expect(isValid('B2', { integer: true, min: 1, max: 5 }).startsWith('IF(ISNUMBER(B2),AND(')).toBe(true);
    expect(isValid('B2', { integer: false, min: 0.1, max: 0.9 })).not.toContain('INT(');
  });

  it('refuses rules it cannot count without array formulas', () => {
    expect(() => countValid('A1:A3', { integer: true, min: 0, max: 1000 })).toThrow();
    expect(() => sumValid('A1:A3', { integer: true, min: 0, max: 1000 })).toThrow();
    expect(() => maxValid('A1:A3', { integer: false, min: 0, max: 1 })).toThrow();
  });

  it('uses only functions Excel 2016 and LibreOffice both have', () => {
    const all = [
      countValid('A1:A3', { integer: true, min: 1, max: 5 }),
      sumValid('A1:A3', { integer: false, min: 0.1, max: 0.9 }),
      maxValid('A1:A3', { integer: true, min: 1, max: 5 }),
      joinNonBlank(['A1', 'A2'], '; '),
      bands(
        'A1',
        [
          [4, '"a"'],
          [3, '"b"'],
        ],
        '"c"',
      ),
    ].join(' ');
    const used = new Set(all.match(/[A-Z]+(?=\()/g));
    for (const f of ['TEXTJOIN', 'MAXIFS', 'MINIFS', 'IFS', 'SWITCH', 'CONCAT']) expect(used.has(f)).toBe(false);
  });

  it('bands nest highest first', () => {
    expect(
      bands(
        'X',
        [
          [4, '"a"'],
          [3, '"b"'],
        ],
        '"c"',
      ),
    ).toBe('IF(X>=4,"a",IF(X>=3,"b","c"))');
  });
});
