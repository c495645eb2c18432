import { describe, expect, it } from 'vitest';
import { checkEntries, readPasted, splitLine } from './paste';

describe('splitLine', () => {
  it.each([
    ['9', ['9']],
    ['  10  ', ['10']],
    ['', []],
    ['   ', []],
    ['9\t10\t8', ['9', '10', '8']],
    ['9;10;8', ['9', '10', '8']],
    ['9; 10 ;8;', ['9', '10', '8']],
    ['9\t\t8\t', ['9', '8']],
    // A list of whole numbers and commas is a list.
    ['9,10,8', ['9', '10', '8']],
    ['9, 10, 8', ['9', '10', '8']],
    ['7,5', ['7', '5']],
    // With tabs or semicolons present the comma is a decimal comma.
    ['7,5;9', ['7,5', '9']],
    ['7,5\t10', ['7,5', '10']],
    // Anything else is one entry, checked later.
    ['7.5', ['7.5']],
    ['7.5,8', ['7.5,8']],
    ['9,,10', ['9,,10']],
    ['ten', ['ten']],
  ])('%j → %j', (line, parts) => expect(splitLine(line)).toEqual(parts));
});

describe('readPasted', () => {
  it.each([
    {
      name: 'one score per line',
      text: '10\n9\n0\n6',
      scores: ['10', '9', '0', '6'],
      invalid: [],
    },
    {
      name: 'Windows line ends, blank lines and spaces ignored',
      text: '\r\n 10 \r\n\r\n9\r\n   \r\n8\r\n',
      scores: ['10', '9', '8'],
      invalid: [],
    },
    {
      name: 'a row copied from a spreadsheet (tabs)',
      text: '10\t9\t8\n7\t6',
      scores: ['10', '9', '8', '7', '6'],
      invalid: [],
    },
    {
      name: 'semicolons, comma lists and single lines mixed',
      text: '10;9\n8,7,6\n5',
      scores: ['10', '9', '8', '7', '6', '5'],
      invalid: [],
    },
    {
      name: 'decimals: a whole number written with decimals is accepted, others listed',
      text: '9.0\n7.5\n8;7,5\n10,0;3',
      scores: ['9.0', '8', '10,0', '3'],
      invalid: [
        { line: 2, value: '7.5', reason: 'integer' },
        { line: 3, value: '7,5', reason: 'integer' },
      ],
    },
    {
      name: 'out of range and not numbers, with their line numbers',
      text: '10\n11\n-1\n\nn/a\n5',
      scores: ['10', '5'],
      invalid: [
        { line: 2, value: '11', reason: 'range' },
        { line: 3, value: '-1', reason: 'range' },
        { line: 5, value: 'n/a', reason: 'nan' },
      ],
    },
  ])('$name', ({ text, scores, invalid }) => {
    const r = readPasted(text);
    expect(r.scores).toEqual(scores);
    expect(r.invalid).toEqual(invalid);
    expect(r.header).toBeUndefined();
    expect(r.columns).toBeUndefined();
  });

  it('skips a header line and reports it; later text lines are invalid entries', () => {
    const r = readPasted('\n\nScore\n9\n10\nScore\n3');
    expect(r.header).toEqual({ line: 3, value: 'Score' });
    expect(r.scores).toEqual(['9', '10', '3']);
    expect(r.invalid).toEqual([{ line: 6, value: 'Score', reason: 'nan' }]);
  });

  it('reads a header only on the first non-blank line, and not when it holds a number', () => {
    expect(readPasted('9\nScore').header).toBeUndefined();
    expect(readPasted('Score;9').header).toBeUndefined();
    expect(readPasted('Score;9').invalid).toEqual([{ line: 1, value: 'Score', reason: 'nan' }]);
  });

  it('ignores a byte-order mark before the header', () => {
    expect(readPasted('\uFEFFWynik\n9').header).toEqual({ line: 1, value: 'Wynik' });
  });

  it('refuses a pasted table with several columns (header of several entries)', () => {
    const r = readPasted('Respondent\tScore\n1\t9\n2\t10');
    expect(r.columns).toEqual(['Respondent', 'Score']);
    expect(r.scores).toEqual([]);
  });

  it('reports two-item comma lines so "7,5" is seen as 7 and 5', () => {
    const r = readPasted('7,5\n9,10,8\n6;7,5');
    expect(r.scores).toEqual(['7', '5', '9', '10', '8', '6']);
    expect(r.pairs).toEqual([{ line: 1, value: '7,5' }]);
    expect(r.invalid).toEqual([{ line: 3, value: '7,5', reason: 'integer' }]);
  });

  it('reads nothing from empty text', () => {
    expect(readPasted('')).toEqual({ scores: [], invalid: [], pairs: [], header: undefined });
    expect(readPasted(' \n\t\n ;')).toMatchObject({ scores: [], invalid: [] });
  });

  it('reads 10,000 lines quickly and in order', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => String(i % 11)).join('\n');
    const t0 = performance.now();
    const r = readPasted(text);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(r.scores).toHaveLength(10_000);
    expect(r.scores[10]).toBe('10');
  });
});

describe('checkEntries', () => {
  it('keeps the given line numbers (spreadsheet rows)', () => {
    expect(checkEntries([{ line: 2, value: ' 9 ' }, { line: 3, value: '' }, { line: 4, value: '12' }])).toEqual({
      scores: ['9'],
      invalid: [{ line: 4, value: '12', reason: 'range' }],
    });
  });
});
