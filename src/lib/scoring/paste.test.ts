import { describe, expect, it } from 'vitest';
import { checkEntries, isHeader, readPasted, splitLine, unquote } from './paste';

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
    // A comma list with dot decimals: a space after every comma, or every number quoted.
    ['9, 10, 7.5', ['9', '10', '7.5']],
    ['7.5, 8', ['7.5', '8']],
    ['"9","10","7.5"', ['9', '10', '7.5']],
    ['9,10,7.5', ['9,10,7.5']],
    ['9, 10,7.5', ['9, 10,7.5']],
    ['9, 7,5', ['9', '7', '5']],
    // Quoted entries are read without their quotes.
    ['"9"', ['9']],
    ["'10'", ['10']],
    ['“9”', ['9']],
    ['„10”', ['10']],
    ['" 8 "', ['8']],
    ['"9","10"', ['9', '10']],
    ["'9', '10'", ['9', '10']],
    ['"9";"10";"7,5"', ['9', '10', '7,5']],
    ['"9"\t"10"', ['9', '10']],
    ['"7,5"', ['7,5']],
    ['""', []],
    ['"9', ['"9']],
    ['"a"b"', ['"a"b"']],
  ])('%j → %j', (line, parts) => expect(splitLine(line)).toEqual(parts));
});

describe('unquote', () => {
  it.each([
    ['"9"', '9'],
    ["'9'", '9'],
    ['‘9’', '9'],
    ['"it\'s"', "it's"],
    ["'", "'"],
    ['9"', '9"'],
    ['"9\'', '"9\''],
    ['"9"9"', '"9"9"'],
  ])('%j → %j', (s, out) => expect(unquote(s)).toBe(out));
});

describe('isHeader', () => {
  it.each([
    [['Score'], true],
    [['Wynik'], true],
    [['NPS (0–10)'], true],
    [['Q1'], true],
    [['Respondent', 'Score'], true],
    [['n/a'], true],
    [['9'], false],
    [['7.5'], false],
    [['1e1'], false],
    [['90%'], false],
    [['10 pts'], false],
    [['-1'], false],
    [['.5'], false],
    [['−3'], false],
    [['%'], false],
    [['#'], false],
    [['Score', '9'], false],
    [['Score', '1e1'], false],
  ])('%j → %s', (parts, header) => expect(isHeader(parts)).toBe(header));
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
    {
      name: 'thousands or a fraction, said so: no guess',
      text: '9\n7.500\n1,000\n10',
      scores: ['9', '10'],
      invalid: [
        { line: 2, value: '7.500', reason: 'ambiguous' },
        { line: 3, value: '1,000', reason: 'ambiguous' },
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

  it.each([
    {
      name: 'a single comma line with a dot decimal is a list',
      text: '9, 10, 7.5',
      scores: ['9', '10'],
      invalid: [{ line: 1, value: '7.5', reason: 'integer' }],
      pairs: [],
    },
    {
      name: 'quoted values keep their first line and are numbers',
      text: '"9"\n"10"\n\'8\'\n“7”',
      scores: ['9', '10', '8', '7'],
      invalid: [],
      pairs: [],
    },
    {
      name: 'a quoted comma list',
      text: '"9","10","11"',
      scores: ['9', '10'],
      invalid: [{ line: 1, value: '11', reason: 'range' }],
      pairs: [],
    },
    {
      name: 'a first line like 1e1 is data, listed',
      text: '1e1\n9',
      scores: ['9'],
      invalid: [{ line: 1, value: '1e1', reason: 'nan' }],
      pairs: [],
    },
    {
      name: 'a first line like 90% is data, listed',
      text: '90%\n9',
      scores: ['9'],
      invalid: [{ line: 1, value: '90%', reason: 'nan' }],
      pairs: [],
    },
    {
      name: 'a first line without a letter is data, listed',
      text: '—\n9',
      scores: ['9'],
      invalid: [{ line: 1, value: '—', reason: 'nan' }],
      pairs: [],
    },
    {
      name: '"7,5" alone is still two scores, reported',
      text: '7,5',
      scores: ['7', '5'],
      invalid: [],
      pairs: [{ line: 1, value: '7,5' }],
    },
    {
      name: 'two lines of different widths are not a table',
      text: '10\t9\t8\n7\t6',
      scores: ['10', '9', '8', '7', '6'],
      invalid: [],
      pairs: [],
    },
    {
      name: 'one line with cells is a row of scores, not a table',
      text: '1\t9',
      scores: ['1', '9'],
      invalid: [],
      pairs: [],
    },
    {
      name: 'a semicolon ending every line is not a second column',
      text: '9;\n10;\n8;',
      scores: ['9', '10', '8'],
      invalid: [],
      pairs: [],
    },
    {
      name: 'comma lines of the same length are lists, not a table (commas are not cells)',
      text: '9,10\n8,7',
      scores: ['9', '10', '8', '7'],
      invalid: [],
      pairs: [
        { line: 1, value: '9,10' },
        { line: 2, value: '8,7' },
      ],
    },
  ])('$name', ({ text, scores, invalid, pairs }) => {
    const r = readPasted(text);
    expect(r.scores).toEqual(scores);
    expect(r.invalid).toEqual(invalid);
    expect(r.pairs).toEqual(pairs);
    expect(r.header).toBeUndefined();
    expect(r.columns).toBeUndefined();
    expect(r.table).toBeUndefined();
  });

  it.each([
    {
      name: 'two columns without a header (tabs)',
      text: '1\t9\n2\t10\n3\t7',
      table: { columns: 2, line: 1, cells: ['1', '9'] },
    },
    {
      name: 'semicolons, blank lines around',
      text: '\n1;9\n\n2;10\n',
      table: { columns: 2, line: 2, cells: ['1', '9'] },
    },
    { name: 'quoted cells', text: '"1";"9"\n"2";"10"', table: { columns: 2, line: 1, cells: ['1', '9'] } },
    {
      name: 'an empty score cell still counts',
      text: '1\t9\n2\t\n3\t7',
      table: { columns: 2, line: 1, cells: ['1', '9'] },
    },
    { name: 'an empty first cell still counts', text: '\t9\n2\t10', table: { columns: 2, line: 1, cells: ['', '9'] } },
    {
      name: 'three columns of scores',
      text: '9\t10\t8\n7\t6\t5',
      table: { columns: 3, line: 1, cells: ['9', '10', '8'] },
    },
    {
      name: 'trailing separators on every line are not a column',
      text: '1;9;\n2;10;',
      table: { columns: 2, line: 1, cells: ['1', '9'] },
    },
    {
      name: 'a first line with a number and a word',
      text: 'Respondent\t9\n2\t10',
      table: { columns: 2, line: 1, cells: ['Respondent', '9'] },
    },
  ])('a table without a header is refused: $name', ({ text, table }) => {
    const r = readPasted(text);
    expect(r.table).toEqual(table);
    expect(r.scores).toEqual([]);
    expect(r.invalid).toEqual([]);
    expect(r.columns).toBeUndefined();
  });

  it('a one-entry title above a table: the table is refused, the title reported', () => {
    const r = readPasted('Scores\n1\t9\n2\t10');
    expect(r.header).toEqual({ line: 1, value: 'Scores' });
    expect(r.table).toEqual({ columns: 2, line: 2, cells: ['1', '9'] });
    expect(r.scores).toEqual([]);
  });

  it.each([
    ['a quoted header', '"Score"\n"9"\n"10"', { line: 1, value: 'Score' }, ['9', '10']],
    ['a header with a tab after it', 'Score\t\n9\n10', { line: 1, value: 'Score' }, ['9', '10']],
    ['a header naming the scale', 'NPS (0–10)\n9', { line: 1, value: 'NPS (0–10)' }, ['9']],
  ])('%s is skipped and reported', (_name, text, header, scores) => {
    const r = readPasted(text);
    expect(r.header).toEqual(header);
    expect(r.scores).toEqual(scores);
    expect(r.invalid).toEqual([]);
  });

  it('a quoted header of several columns is a table with a header', () => {
    expect(readPasted('"Respondent";"Score"\n"1";"9"').columns).toEqual(['Respondent', 'Score']);
  });

  it('reads nothing from empty text', () => {
    expect(readPasted('')).toEqual({ scores: [], invalid: [], pairs: [], header: undefined });
    expect(readPasted(' \n\t\n ;')).toMatchObject({ scores: [], invalid: [] });
  });

  // Speed is measured by `npm run bench` (10,000 pasted scores), not by timed unit tests.
  it('reads 10,000 lines in order', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => String(i % 11)).join('\n');
    const r = readPasted(text);
    expect(r.scores).toHaveLength(10_000);
    expect(r.scores[10]).toBe('10');
  });

  it('reads 20,000 two-column lines as a table, and 20,000 invalid entries in order', () => {
    const table = Array.from({ length: 20_000 }, (_, i) => `${i + 1}\t${i % 11}`).join('\n');
    expect(readPasted(table).table?.columns).toBe(2);
    const bad = Array.from({ length: 20_000 }, (_, i) => String(11 + i)).join('\n');
    const r = readPasted(bad);
    expect(r.invalid).toHaveLength(20_000);
    expect(r.invalid[19_999]).toEqual({ line: 20_000, value: '20010', reason: 'range' });
  });
});

describe('checkEntries', () => {
  it('keeps the given line numbers (spreadsheet rows)', () => {
    expect(
      checkEntries([
        { line: 2, value: ' 9 ' },
        { line: 3, value: '' },
        { line: 4, value: '12' },
      ]),
    ).toEqual({
      scores: ['9'],
      invalid: [{ line: 4, value: '12', reason: 'range' }],
    });
  });
});
