import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { MAX_FILE_BYTES, ReadTableError, readTable } from './read-table';
import { makeZip } from './zip-fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const reason = async (f: () => Promise<unknown>) => {
  try {
    await f();
  } catch (e) {
    return e instanceof ReadTableError ? e.reason : `other: ${String(e)}`;
  }
  return 'no error';
};

function xlsx(sheets: Record<string, unknown[][]>): Uint8Array {
  const wb = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('readTable', () => {
  it.each([
    ['comma CSV', 'Respondent,Score\n1,9\n2,10\n'],
    ['semicolon CSV', 'Respondent;Score\r\n1;9\r\n2;10\r\n'],
    ['tab-separated', 'Respondent\tScore\n1\t9\n2\t10'],
  ])('%s: columns with headers and row numbers', async (_, text) => {
    const [sheet] = await readTable(utf8(text), 'survey.csv');
    expect(sheet?.columns).toEqual([
      {
        letter: 'A',
        header: 'Respondent',
        values: [
          { line: 2, value: '1' },
          { line: 3, value: '2' },
        ],
      },
      {
        letter: 'B',
        header: 'Score',
        values: [
          { line: 2, value: '9' },
          { line: 3, value: '10' },
        ],
      },
    ]);
  });

  it('keeps a decimal comma as written in a semicolon CSV, and blank cells out', async () => {
    const [sheet] = await readTable(utf8('Name;Score\nAnna;7,5\nBen;\nCeline;9'), 'a.csv');
    expect(sheet?.columns[1]?.values).toEqual([
      { line: 2, value: '7,5' },
      { line: 4, value: '9' },
    ]);
  });

  it('a first row of numbers is data, not a header', async () => {
    const [sheet] = await readTable(utf8('9\n10\n8'), 'scores.csv');
    expect(sheet?.columns).toEqual([
      { letter: 'A', header: '', values: [1, 2, 3].map((line, i) => ({ line, value: ['9', '10', '8'][i] })) },
    ]);
  });

  it('counts Excel\'s "sep=" line in row numbers', async () => {
    const [sheet] = await readTable(utf8('sep=;\nScore\n9'), 'a.csv');
    expect(sheet?.columns[0]).toEqual({ letter: 'A', header: 'Score', values: [{ line: 3, value: '9' }] });
  });

  it('reads Windows-1250 (Polish Excel CSV) when the bytes are not UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('Ocena;Ko'), 0xb3, ...utf8('o\n9;a\n')]); // "Koło" in cp1250
    const [sheet] = await readTable(bytes, 'ankieta.csv');
    expect(sheet?.columns.map((c) => c.header)).toEqual(['Ocena', 'Koło']);
  });

  it("reads .xlsx: numbers as text, every sheet with data, the sheet's own row numbers", async () => {
    const bytes = xlsx({
      Answers: [
        ['Score', 'Comment'],
        [9, 'good'],
        [7.5, ''],
        [10, 'great'],
      ],
      Empty: [],
      Other: [['x'], ['y']],
    });
    const sheets = await readTable(bytes, 'survey.xlsx');
    expect(sheets.map((s) => s.name)).toEqual(['Answers', 'Other']);
    expect(sheets[0]?.columns[0]).toEqual({
      letter: 'A',
      header: 'Score',
      values: [
        { line: 2, value: '9' },
        { line: 3, value: '7.5' },
        { line: 4, value: '10' },
      ],
    });
  });

  it('reads a data block that does not start at A1', async () => {
    const ws = utils.aoa_to_sheet<unknown>([]);
    utils.sheet_add_aoa(ws, [['Score'], [9]], { origin: 'C3' });
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'S');
    const [sheet] = await readTable(
      new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'x.xlsx',
    );
    expect(sheet?.columns).toEqual([{ letter: 'C', header: 'Score', values: [{ line: 4, value: '9' }] }]);
  });

  it.each([
    ['too large', new Uint8Array(MAX_FILE_BYTES + 1), 'big.csv', 'too-large'],
    ['empty file', new Uint8Array(0), 'a.csv', 'empty'],
    ['only blank lines', utf8('\n\n  \n'), 'a.csv', 'empty'],
    ['a broken .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'a.xlsx', 'unreadable'],
    ['text named .xlsx', utf8('9\n10'), 'a.xlsx', 'unreadable'],
    ['binary named .csv', new Uint8Array([0, 1, 2, 3, 65, 66]), 'a.csv', 'unreadable'],
    ['another type', utf8('%PDF-1.4'), 'a.pdf', 'type'],
    [
      'a zip bomb named .xlsx (64 MB of zeros in 64 KB)',
      makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * 1024 * 1024) }]),
      'a.xlsx',
      'inflates',
    ],
    [
      'a zip whose directory lies about a size',
      makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(4 * 1024 * 1024), declare: 100 }]),
      'a.xlsx',
      'inflates',
    ],
  ])('%s → %s', async (_, bytes, name, expected) => expect(await reason(() => readTable(bytes, name))).toBe(expected));
});
