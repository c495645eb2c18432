import { describe, expect, it } from 'vitest';
import { readFileColumns, readTableText, splitCells, type PasteColumn } from './paste-table';
import type { InputDef } from '../worksheets/types';
import { tx } from '../worksheets/helpers';

const score: InputDef = {
  id: 'score',
  kind: 'number',
  label: tx('Score', 'Wartość', '分数'),
  rule: { integer: true, min: 0, max: 10, noun: tx('Score', 'Wartość', '分数') },
};
const segment: InputDef = { id: 'segment', kind: 'text', label: tx('Segment', 'Segment', '细分群体') };
const level: InputDef = {
  id: 'level',
  kind: 'choice',
  label: tx('Level', 'Poziom', '级别'),
  options: [
    { value: 'low', label: tx('Low', 'Niski', '低') },
    { value: 'high', label: tx('High', 'Wysoki', '高') },
  ],
};
const col = (input: InputDef): PasteColumn => ({ id: input.id, input, names: input.label });
const three = [col(score), col(segment), col(level)];
const one = [col(score)];

describe('splitCells', () => {
  it.each([
    ['9\tB2B\tHigh', ['9', 'B2B', 'High']],
    ['9;B2B;High', ['9', 'B2B', 'High']],
    ['9,B2B,High', ['9', 'B2B', 'High']],
    ['"7,5";shop', ['7,5', 'shop']], // a decimal comma, kept in its cell
    ['9,"shop, north",Low', ['9', 'shop, north', 'Low']],
    ['9\t\tLow', ['9', '', 'Low']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
  ])('%j', (line, cells) => expect(splitCells(line)).toEqual(cells));
});

describe('readTableText: several columns', () => {
  it('without a header, cells fill the columns in order; a choice typed as its label is stored as its value', () => {
    const r = readTableText('9\tB2B\tHigh\n3\tshop\tniski\n', three);
    expect(r.rows.map((x) => x.cells)).toEqual([
      { score: '9', segment: 'B2B', level: 'high' },
      { score: '3', segment: 'shop', level: 'low' },
    ]);
    expect(r.flagged).toEqual([]);
    expect(r.header).toBeUndefined();
  });

  it('a header names the columns in any order and language; unknown names are reported, their cells left out', () => {
    const r = readTableText('Segment;Wartość;Comment\nB2B;10;great\nshop;;\n', three);
    expect(r.header).toEqual({ line: 1, columns: ['segment', 'score', ''], ignored: ['Comment'] });
    expect(r.rows.map((x) => x.cells)).toEqual([{ segment: 'B2B', score: '10' }, { segment: 'shop' }]);
  });

  it('a header in Chinese', () => {
    const r = readTableText('分数\t细分群体\n8\t商店', three);
    expect(r.rows[0]?.cells).toEqual({ score: '8', segment: '商店' });
  });

  it('bad values are added as typed and flagged with line and reason', () => {
    const r = readTableText('11\tB2B\tmaybe\n7.5\t\t\nten\n', three);
    expect(r.rows.map((x) => x.cells)).toEqual([
      { score: '11', segment: 'B2B', level: 'maybe' },
      { score: '7.5' },
      { score: 'ten' },
    ]);
    expect(r.flagged.map((f) => [f.line, f.column, f.reason])).toEqual([
      [1, 'score', 'range'],
      [1, 'level', 'option'],
      [2, 'score', 'integer'],
      [3, 'score', 'nan'],
    ]);
  });

  it('a line wider than the table refuses the paste (nothing read); trailing empty cells do not count', () => {
    expect(readTableText('9\tB2B\tHigh\t\t\n', three).problem).toBeUndefined();
    const r = readTableText('9\tB2B\tHigh\n1\t2\t3\t4\n', three);
    expect(r.problem).toEqual({ kind: 'too-wide', line: 2, cells: 4, columns: 3 });
    expect(r.rows).toEqual([]);
  });

  it('a header naming none of the columns refuses the paste', () => {
    const r = readTableText('Name\tCity\nAnna\tKraków\n', three);
    expect(r.problem).toEqual({ kind: 'unknown-header', line: 1, names: ['Name', 'City'] });
  });

  it('empty text, blank lines and empty rows add nothing', () => {
    expect(readTableText('', three).rows).toEqual([]);
    expect(readTableText('\n\n\t\t\n', three).rows).toEqual([]);
  });
});

describe('readTableText: one column keeps the single-column rules', () => {
  it('several scores on a line, a one-word header skipped, pairs reported', () => {
    const r = readTableText('Score\n9, 10\n7,5\n8;6\n', one);
    expect(r.rows.map((x) => x.cells['score'])).toEqual(['9', '10', '7', '5', '8', '6']);
    expect(r.header?.line).toBe(1);
    expect(r.pairs).toEqual([
      { line: 2, value: '9, 10' },
      { line: 3, value: '7,5' },
    ]);
  });

  it('invalid scores are kept and flagged', () => {
    const r = readTableText('9\n11\n7,5;x\n', one);
    expect(r.rows.map((x) => x.cells['score'])).toEqual(['9', '11', '7,5', 'x']);
    expect(r.flagged.map((f) => f.reason)).toEqual(['range', 'integer', 'nan']);
  });

  it('a several-column header naming the column reads that column', () => {
    const r = readTableText('Respondent\tScore\n1\t9\n2\t10\n', one);
    expect(r.header?.ignored).toEqual(['Respondent']);
    expect(r.rows.map((x) => x.cells)).toEqual([{ score: '9' }, { score: '10' }]);
  });
});

describe('readFileColumns', () => {
  it('aligns the chosen columns by sheet row; a row missing in one column is still one row', () => {
    const r = readFileColumns(three, {
      score: [
        { line: 2, value: '9' },
        { line: 4, value: '12' },
      ],
      segment: [
        { line: 2, value: 'B2B' },
        { line: 3, value: 'shop' },
      ],
      level: undefined,
    });
    expect(r.rows).toEqual([
      { line: 2, cells: { score: '9', segment: 'B2B' } },
      { line: 3, cells: { segment: 'shop' } },
      { line: 4, cells: { score: '12' } },
    ]);
    expect(r.flagged).toEqual([{ line: 4, value: '12', column: 'score', reason: 'range' }]);
  });

  // Its speed is measured by `npm run bench` (paste and file import of 10,000): a timed unit test
  // would only measure the machine's load.
  it('10,000 rows', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => ({ line: i + 2, value: String(i % 11) }));
    const r = readFileColumns(three, { score: values, segment: values.map((v) => ({ ...v, value: 'B2B' })) });
    expect(r.rows).toHaveLength(10_000);
    expect(r.rows[9_999]?.cells).toEqual({ score: '0', segment: 'B2B' }); // 9,999 = 11 × 909
  });
});

describe('readTableText: a wider table with a one-column list (a survey)', () => {
  const reason: InputDef = { id: 'reason', kind: 'text', label: tx('Reason', 'Powód', '原因') };
  const survey = [col(score), col(segment), col(reason)];
  const read = (text: string) => readTableText(text, survey, 'score');
  it.each([
    ['a bare column of scores', '9\n10\n7', [{ score: '9' }, { score: '10' }, { score: '7' }]],
    ['several scores on a line', '9, 10\n8;6', [{ score: '9' }, { score: '10' }, { score: '8' }, { score: '6' }]],
    ['a one-word header skipped', 'Score\n9', [{ score: '9' }]],
    ['an unknown one-word header skipped', 'Answers\n9', [{ score: '9' }]],
    [
      'tabs: columns in order',
      '9\tB2B\tfast\n3\t\tslow',
      [
        { score: '9', segment: 'B2B', reason: 'fast' },
        { score: '3', reason: 'slow' },
      ],
    ],
    ['a header names the columns', 'Reason;Score\nlate;2', [{ reason: 'late', score: '2' }]],
    [
      'a Polish header',
      'Wartość,Segment,Powód\n10,sklep,"szybko, miło"',
      [{ score: '10', segment: 'sklep', reason: 'szybko, miło' }],
    ],
  ])('%s', (_, text, cells) => {
    const r = read(text);
    expect(r.problem).toBeUndefined();
    expect(r.rows.map((x) => x.cells)).toEqual(cells);
  });

  it('a list with a text in it: kept and flagged as not a number', () => {
    expect(read('9;B2B').flagged.map((f) => [f.value, f.reason])).toEqual([['B2B', 'nan']]);
  });
});
