import { describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { exportWorkbook } from './write-workbook';
import { exportFileName } from './file-name';
import { newWorkbook } from '../storage/record';
import { loadAllDefinitions } from '../worksheets/index';
import { row } from '../worksheets/helpers';

describe('exportWorkbook', () => {
  it('writes a summary, one sheet per worksheet, real numbers, formulas and inert formula-like text', async () => {
    const defs = await loadAllDefinitions();
    const wb = newWorkbook('=1+1 Client', 'en');
    wb.sheets['nps-survey'] = {
      fields: {},
      tables: { respondents: ['10', '9', '6', '=1+1', '@SUM(A1)'].map((s) => row({ score: s })) },
    };
    const { bytes, fileName } = exportWorkbook(wb, defs, 'en', new Date(2026, 10, 23));
    expect(fileName).toBe('=1+1 Client-2026-11-23.xlsx');
    const book = read(bytes, { type: 'array', cellFormula: true });
    expect(book.SheetNames[0]).toBe('Summary');
    expect(book.SheetNames).toContain('nps-survey');
    expect(book.SheetNames).toContain('crm-audit');
    // The input map comes last and hidden: a client sees only the worksheets.
    expect(book.SheetNames.at(-1)).toBe('_inputs');
    expect(book.Workbook?.Sheets?.map((s) => s.Hidden)).toEqual(book.SheetNames.map((n) => (n === '_inputs' ? 1 : 0)));
    const nps = book.Sheets['nps-survey']!;
    expect(nps['B5']).toMatchObject({ t: 'n', v: 3, f: expect.any(String) });
    expect(nps['B9']?.v).toBeCloseTo(33.333333, 5);
    // The one round (implied: no input) at 14, its respondents from 18.
    expect(nps['A14']?.v).toBe('Round 1');
    expect(nps['B18']).toMatchObject({ t: 'n', v: 10 });
    expect(nps['B21']).toMatchObject({ t: 's', v: '=1+1' });
    expect(nps['B21']?.f).toBeUndefined();
    expect(nps['B22']).toMatchObject({ t: 's', v: '@SUM(A1)' });
    const summary = utils.sheet_to_json<unknown[]>(book.Sheets['Summary']!, { header: 1 });
    expect(summary[1]).toEqual(['Workbook', '=1+1 Client']);
    expect(book.Sheets['Summary']!['B2']?.f).toBeUndefined();
  });
});

describe('exportFileName', () => {
  it.each([
    ['Bałtyckie Rowery sp. z o.o.', 'Bałtyckie Rowery sp. z o.o-2026-01-05.xlsx'],
    ['a/b:c*?', 'a b c-2026-01-05.xlsx'],
    ['   ', 'workbook-2026-01-05.xlsx'],
  ])('%j → %j', (name, file) => expect(exportFileName(name, new Date(2026, 0, 5))).toBe(file));
});
