import { beforeAll, describe, expect, it } from 'vitest';
import { read, utils, write, type CellObject } from 'xlsx';
import { cellString, cutNote, escapeCodes, fitText, isCut, MAX_CELL_TEXT, splitText } from './cell-text';
import { exportWorkbook, WRITE_SST } from './write-workbook';
import { readWorkbookFile } from './read-workbook';
import { MAP_SHEET } from './input-map';
import { changesAgainst, newRecordFrom } from './import-plan';
import { exampleRecord, inputsOf } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import type { WorksheetDef } from '../worksheets/types';

/** What SheetJS reads back from a cell holding `v` (its decoding of `_xHHHH_` included). */
function throughSheetJs(v: string): unknown {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, { A1: { t: 's', v }, '!ref': 'A1' }, 'S');
  const back = read(write(wb, { type: 'array', bookType: 'xlsx', bookSST: WRITE_SST }) as ArrayBuffer, {
    type: 'array',
  });
  return (back.Sheets['S']!['A1'] as CellObject).v;
}

describe('escapeCodes', () => {
  it.each([
    ['PROMO_x0041_2026', 'PROMO_x005F_x0041_2026'],
    ['_x005F_', '_x005F_x005F_'],
    ['_X00e9_ upper-case X', '_x005F_X00e9_ upper-case X'],
    ['_x0041__x0042_', '_x005F_x0041__x005F_x0042_'],
    ['_x0041_x0042_', '_x005F_x0041_x005F_x0042_'],
    ['no code: _x41_, _x00G1_, x0041_, _x0041', 'no code: _x41_, _x00G1_, x0041_, _x0041'],
    ['', ''],
  ])('%s → %s, and back through SheetJS as typed', (text, escaped) => {
    expect(escapeCodes(text)).toBe(escaped);
    expect(throughSheetJs(escapeCodes(text))).toBe(text);
  });

  it('without the escape, SheetJS would change the text (the bug it fixes)', () => {
    expect(throughSheetJs('PROMO_x0041_2026')).toBe('PROMOA2026');
  });
});

describe('fitText and splitText', () => {
  it('a text that fits is whole; exactly the limit fits; one more is cut with the note', () => {
    expect(fitText('abc', 'en')).toEqual({ text: 'abc', cut: false });
    expect(fitText('x'.repeat(MAX_CELL_TEXT), 'en').cut).toBe(false);
    const over = fitText('x'.repeat(MAX_CELL_TEXT + 1), 'pl');
    expect(over.cut).toBe(true);
    expect(over.text.length).toBe(MAX_CELL_TEXT);
    expect(over.text.endsWith(cutNote(MAX_CELL_TEXT + 1, 'pl'))).toBe(true);
    expect(cutNote(40_000, 'en')).toContain('40,000 characters');
    expect(cutNote(40_000, 'pl')).toContain('40\u00a0000 znaków');
  });

  it('the limit counts the escapes: a text of codes fits fewer characters', () => {
    const codes = '_x0041_'.repeat(5000); // 35,000 characters, 70,000 escaped
    expect(isCut(codes)).toBe(true);
    expect(isCut('_x0041_'.repeat(2340))).toBe(false); // 32,760 escaped
    expect(cellString(codes, 'en').length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const pieces = splitText(codes);
    expect(pieces.join('')).toBe(codes);
    for (const p of pieces) expect(escapeCodes(p).length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  });

  it('never splits a surrogate pair (emoji)', () => {
    const text = 'a' + '🚀'.repeat(20_000); // 40,001 UTF-16 units
    const pieces = splitText(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    expect(/[\ud800-\udbff] \[…\]/.test(fitText(text, 'en').text)).toBe(false);
  });
});

describe('the export with long and coded texts, imported back', () => {
  let defs: WorksheetDef[];
  beforeAll(async () => {
    defs = await loadAllDefinitions();
  });

  it('a 40,000-character answer and "PROMO_x0041_2026": the export is written, and imports back byte for byte', () => {
    const record = exampleRecord(defs, 'en', 'Long_x0041_');
    const long = Array.from(
      { length: 4000 },
      (_, i) => `${String(i).padStart(4, '0')} _x00${(i % 100).toString().padStart(2, '0')}_ `,
    )
      .join('')
      .slice(0, 40_000);
    expect(long.length).toBe(40_000);
    record.sheets['crm-strategy']!.fields['s1-vision'] = long;
    record.sheets['stakeholder-grid']!.tables['customers']![0]!.cells['name'] = 'PROMO_x0041_2026';
    for (const lang of ['en', 'pl'] as const) {
      const { bytes } = exportWorkbook(record, defs, lang, new Date());
      const result = readWorkbookFile(bytes, defs);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.workbook.name).toBe('Long_x0041_');
      expect(result.workbook.problems).toEqual([]);
      const back = newRecordFrom(result.workbook, defs, 'x', 0);
      expect(back.sheets['crm-strategy']!.fields['s1-vision']).toBe(long);
      expect(back.sheets['stakeholder-grid']!.tables['customers']![0]!.cells['name']).toBe('PROMO_x0041_2026');
      expect(inputsOf(back, defs)).toEqual(inputsOf(record, defs));
      expect(changesAgainst(result.workbook, record, defs).changes).toEqual([]);
      // The visible cell shows the start and the note; the map holds the pieces.
      const book = read(bytes, { type: 'array', cellFormula: true });
      const shown = Object.values(book.Sheets['crm-strategy']!).find(
        (c) => typeof (c as CellObject).v === 'string' && ((c as CellObject).v as string).startsWith('0000 '),
      );
      expect(((shown as CellObject).v as string).endsWith(cutNote(40_000, lang))).toBe(true);
    }
  });

  it('a cut text edited in the spreadsheet: the edit is imported and reported', () => {
    const record = exampleRecord(defs, 'en', 'Edited');
    record.sheets['crm-strategy']!.fields['s1-vision'] = 'y'.repeat(40_000);
    const book = read(exportWorkbook(record, defs, 'en', new Date()).bytes, { type: 'array', cellFormula: true });
    const ws = book.Sheets['crm-strategy']!;
    const key = Object.keys(ws).find(
      (k) => typeof (ws[k] as CellObject).v === 'string' && ((ws[k] as CellObject).v as string).startsWith('yyyy'),
    )!;
    ws[key] = { t: 's', v: 'Shorter vision, rewritten by the client' };
    const result = readWorkbookFile(
      new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      defs,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workbook.sheets['crm-strategy']!.fields['s1-vision']).toBe('Shorter vision, rewritten by the client');
    expect(result.workbook.problems.map((p) => [p.cell, p.reason])).toEqual([[key, 'cut-edited']]);
  });

  it('the hidden map’s references cache the value they point at (0 for an empty cell)', () => {
    const record = exampleRecord(defs, 'en', 'Cached');
    const book = read(exportWorkbook(record, defs, 'en', new Date()).bytes, { type: 'array', cellFormula: true });
    const map = book.Sheets[MAP_SHEET]!;
    let checked = 0;
    for (const [key, c] of Object.entries(map)) {
      const cell = c as CellObject;
      if (key.startsWith('!') || !cell.f) continue;
      const m = /^'(.+)'!([A-Z]+\d+)$/.exec(cell.f)!;
      const target = book.Sheets[m[1]!]![m[2]!] as CellObject | undefined;
      expect(cell.v, `${key} → ${cell.f}`).toEqual(target?.v ?? 0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
