import { beforeAll, describe, expect, it } from 'vitest';
import { CFB, read, utils, write, type CellObject, type WorkBook } from 'xlsx';
import { exportWorkbook } from './write-workbook';
import { readWorkbookFile, MAX_IMPORT_BYTES, MAX_SHEET_ROWS, type ImportedWorkbook } from './read-workbook';
import { MAP_SHEET, mappedCell } from './input-map';
import { changesAgainst, newRecordFrom, replacedRecord } from './import-plan';
import { exampleRecord, inputsOf } from './import-fixtures';
import { makeZip } from './zip-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import { newWorkbook, DATA_VERSION, type WorkbookRecord } from '../storage/record';
import { row } from '../worksheets/helpers';
import { inputCell } from '../worksheets/excel';
import type { InputPath, Lang, Row, WorksheetDef } from '../worksheets/types';

let defs: WorksheetDef[];
beforeAll(async () => {
  defs = await loadAllDefinitions();
});

const NOW = new Date('2026-11-23T10:00:00Z');
const bytesOf = (record: WorkbookRecord, lang: Lang = record.lang) => exportWorkbook(record, defs, lang, NOW).bytes;
const bookOf = (record: WorkbookRecord, lang: Lang = record.lang): WorkBook =>
  read(bytesOf(record, lang), { type: 'array', cellFormula: true });
const bytesOfBook = (book: WorkBook) => new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);

function imported(bytes: Uint8Array): ImportedWorkbook {
  const result = readWorkbookFile(bytes, defs);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.workbook;
}

/** The address of the input cell the map points at for a path, e.g. crm-audit rating of row r1. */
function addressOf(book: WorkBook, path: InputPath): { sheet: string; address: string } {
  const at = mappedCell(book.Sheets[MAP_SHEET]!, path);
  if (!at) throw new Error(`no map entry for ${JSON.stringify(path)}`);
  return at;
}

/** Where the map says an editable table's column header is now. */
function headAddress(book: WorkBook, head: { table: string; col: string }): { sheet: string; r: number; c: number } {
  const ws = book.Sheets[MAP_SHEET]!;
  const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: '' });
  const i = rows.findIndex((r) => r[0] === 'head' && r[2] === JSON.stringify(head));
  const m = /^'(.+)'!([A-Z]+\d+)$/.exec((ws[utils.encode_cell({ r: i, c: 3 })] as CellObject).f!)!;
  return { sheet: m[1]!, ...utils.decode_cell(m[2]!) };
}

function setCell(book: WorkBook, path: InputPath, cell: CellObject | undefined) {
  const { sheet, address } = addressOf(book, path);
  const ws = book.Sheets[sheet]!;
  if (cell) ws[address] = cell;
  else delete ws[address];
}

/** A workbook with what users really type: formula-like text, long answers, bad numbers, blank rows. */
function trickyRecord(defs: WorksheetDef[]): WorkbookRecord {
  const record = exampleRecord(defs, 'pl', 'Trudny =1+1');
  const long = Array.from({ length: 60 }, (_, i) => `${i}. Zażółć gęślą jaźń ☕️🚀 „cudzysłów” <tag> & 'x'\tTab`)
    .join('\n')
    .slice(0, 5000);
  const grid = record.sheets['stakeholder-grid']!;
  grid.tables['customers']![0]!.cells['name'] = '=1+1';
  grid.tables['customers']![1]!.cells['name'] = '@SUM(A1)';
  grid.tables['customers']![2]!.cells['name'] = '  spacje  ';
  grid.tables['customers']!.push(row({ name: '', interestScore: 'dużo' }));
  record.sheets['crm-strategy']!.fields['s1-vision'] = long;
  const audit = record.sheets['crm-audit']!;
  audit.tables[Object.keys(audit.tables)[0]!]![0]!.cells['rating'] = 'abc';
  audit.tables[Object.keys(audit.tables)[0]!]![1]!.cells['weight'] = '0,15';
  const risks = record.sheets['crisis-plan']!.tables['risks']!;
  risks.push(row({}), row({ risk: '-risk', probability: '9' }));
  record.sheets['nps-survey']!.tables['respondents'] = [
    row({ score: '10', segment: 'B2B', reason: '=1+1 „szybko” 🚲' }),
    row({ score: '' }),
    row({ score: 'x', segment: '  sklep  ' }),
    row({ score: '7,5', reason: long.slice(0, 300) }),
    row({ score: '0', segment: 'B2B', reason: 'late\ttwice' }),
    row({}),
  ];
  return record;
}

/** An NPS row as read back: an empty segment or reason reads as ''. */
const full = (r: Row): Row => ({ id: r.id, cells: { segment: '', reason: '', ...r.cells } });

describe('export → import gives the same inputs', () => {
  for (const lang of ['en', 'pl'] as const) {
    it(`example workbook (${lang}), exported in either language`, () => {
      const record = exampleRecord(defs, lang);
      for (const exportLang of ['en', 'pl'] as const) {
        const wb = imported(bytesOf(record, exportLang));
        expect(wb.name).toBe(record.name);
        expect(wb.lang).toBe(lang);
        expect(wb.problems).toEqual([]);
        expect(wb.extraSheets).toEqual([]);
        expect(Object.keys(wb.sheets).sort()).toEqual(defs.map((d) => d.id).sort());
        expect(inputsOf(newRecordFrom(wb, defs, 'x', 0), defs)).toEqual(inputsOf(record, defs));
      }
    });
  }

  it('a file exported in the other language shows no change for the seed rows it translated', () => {
    for (const [made, written] of [
      ['en', 'pl'],
      ['pl', 'en'],
    ] as const) {
      const record = newWorkbook('Seeds', made);
      for (const def of defs) record.sheets[def.id] = def.initial(made);
      const wb = imported(bytesOf(record, written));
      expect(wb.fileLang).toBe(written);
      const { changes, rows } = changesAgainst(wb, record, defs);
      expect(changes.map((c) => `${c.sheet} ${c.label.en}`)).toEqual([]);
      expect(rows).toEqual([]);
    }
  });

  it('a new, empty workbook', () => {
    const record = newWorkbook('Empty', 'en');
    for (const def of defs) record.sheets[def.id] = def.initial('en');
    const wb = imported(bytesOf(record));
    expect(inputsOf(newRecordFrom(wb, defs, 'x', 0), defs)).toEqual(inputsOf(record, defs));
  });

  it('formula-like text, 5,000 characters with emoji, spaces, bad numbers, blank rows: byte for byte', () => {
    const record = trickyRecord(defs);
    const wb = imported(bytesOf(record));
    const back = newRecordFrom(wb, defs, 'x', 0);
    expect(inputsOf(back, defs)).toEqual(inputsOf(record, defs));
    expect(back.sheets['stakeholder-grid']!.tables['customers']![0]!.cells['name']).toBe('=1+1');
    expect(back.sheets['crm-strategy']!.fields['s1-vision']).toBe(record.sheets['crm-strategy']!.fields['s1-vision']);
    // Bad values are kept as typed and listed with their cell.
    const typed = wb.problems.map((p) => `${p.sheet} ${p.reason} ${p.typed}`);
    expect(typed).toEqual(
      expect.arrayContaining([
        'stakeholder-grid number dużo',
        'crm-audit number abc',
        'crisis-plan number 9',
        'nps-survey number x',
        'nps-survey number 7,5',
      ]),
    );
    for (const p of wb.problems) expect(p.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('formula-like text stays an inert string cell in the file', () => {
    const book = bookOf(trickyRecord(defs));
    const ws = book.Sheets['stakeholder-grid']!;
    const cells = Object.entries(ws).filter(([k, c]) => !k.startsWith('!') && (c as CellObject).v === '=1+1');
    expect(cells).toHaveLength(1);
    expect((cells[0]![1] as CellObject).f).toBeUndefined();
    expect((cells[0]![1] as CellObject).t).toBe('s');
  });

  it('10,000 NPS respondents', () => {
    const record = newWorkbook('Big', 'en');
    const respondents = Array.from({ length: 10_000 }, (_, i) =>
      row({ score: String(i % 11), segment: i % 3 ? 'B2B' : 'shop', ...(i % 7 ? {} : { reason: `why ${i}` }) }),
    );
    record.sheets['nps-survey'] = { fields: {}, tables: { respondents } };
    const wb = imported(bytesOf(record));
    expect(wb.sheets['nps-survey']!.tables['respondents']).toEqual(respondents.map(full));
  }, 60_000);

  it('100,000 NPS respondents: the app’s own file of them is within every limit and comes back whole', () => {
    const record = newWorkbook('Bigger', 'en');
    const respondents = Array.from({ length: 100_000 }, (_, i) =>
      row({ score: String(i % 11), ...(i % 9 ? {} : { segment: 'B2B' }), ...(i % 13 ? {} : { reason: `why ${i}` }) }),
    );
    record.sheets['nps-survey'] = { fields: {}, tables: { respondents } };
    const bytes = bytesOf(record);
    expect(bytes.length).toBeLessThan(MAX_IMPORT_BYTES);
    const wb = imported(bytes);
    expect(wb.sheets['nps-survey']!.tables['respondents']).toEqual(respondents.map(full));
  }, 120_000);

  it('10,000 customers in the ABC analysis: their row ids outgrow one cell of the map, and come back whole', () => {
    const record = newWorkbook('Big ABC', 'en');
    const customers = Array.from({ length: 10_000 }, (_, i) =>
      row({ name: `Customer ${i + 1}`, revenue: String((i * 37) % 1000), profit: i % 5 ? '' : String(i % 50) }),
    );
    record.sheets['abc-pareto'] = { fields: {}, tables: { customers } };
    const wb = imported(bytesOf(record));
    const back = wb.sheets['abc-pareto']!.tables['customers']!;
    expect(back.map((r) => r.id)).toEqual(customers.map((r) => r.id));
    expect(back.map((r) => r.cells)).toEqual(customers.map((r) => r.cells));
  }, 60_000);

  it('maps a table row by one entry, not one per cell: the map of 10,000 respondents has about 10,000 rows', () => {
    const record = newWorkbook('Map', 'en');
    const respondents = Array.from({ length: 10_000 }, (_, i) => row({ score: String(i % 11) }));
    record.sheets['nps-survey'] = { fields: {}, tables: { respondents } };
    const map = bookOf(record).Sheets[MAP_SHEET]!;
    const rows = utils.sheet_to_json<unknown[]>(map, { header: 1, defval: '' });
    const of = (kind: string) =>
      rows.filter((r) => r[0] === kind && r[1] === 'nps-survey' && String(r[2]).includes('respondents'));
    expect(of('row')).toHaveLength(10_000);
    expect(of('input')).toHaveLength(0);
    expect(rows.length).toBeLessThan(11_000);
  }, 60_000);
});

describe('an edited file', () => {
  let record: WorkbookRecord;
  let book: WorkBook;
  const auditRow = () => record.sheets['crm-audit']!.tables[Object.keys(record.sheets['crm-audit']!.tables)[0]!]!;
  beforeAll(() => {
    record = exampleRecord(defs, 'en', 'Client');
    book = bookOf(record);
  });

  it('reads typed values the way the app reads them, and lists every change', () => {
    const b = read(bytesOfBook(book), { type: 'array', cellFormula: true });
    const table = Object.keys(record.sheets['crm-audit']!.tables)[0]!;
    const r0 = auditRow()[0]!;
    setCell(b, { table, row: r0.id, col: 'rating' }, { t: 'n', v: 2 });
    setCell(b, { table, row: r0.id, col: 'weight' }, { t: 's', v: '0.1' });
    const channel = record.sheets['channel-audit']!.tables['channels']![0]!;
    setCell(b, { table: 'channels', row: channel.id, col: 'answer' }, { t: 's', v: 'nie' });
    setCell(b, { field: 'segmentation' }, { t: 'b', v: false });
    setCell(b, { field: 'next-review' }, { t: 'n', v: 46000 });
    const grid = record.sheets['stakeholder-grid']!.tables['customers']![0]!;
    setCell(b, { table: 'customers', row: grid.id, col: 'interest' }, { t: 's', v: ' WYSOKI ' });
    setCell(b, { table: 'customers', row: grid.id, col: 'name' }, undefined);
    const wb = imported(bytesOfBook(b));
    const { changes } = changesAgainst(wb, record, defs);
    const shown = changes.map(
      (c) => `${c.sheet}!${c.cell} ${c.label.en}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`,
    );
    expect(shown).toHaveLength(7);
    expect(shown).toContain('channel-audit!D5 Social media ads — Yes/No: "yes" → "no"');
    expect(changes.find((c) => c.label.en === 'Is customer segmentation possible?')?.after).toBe('no');
    expect(changes.find((c) => c.label.en === 'Customer 1 — Interest')?.after).toBe('high');
    expect(changes.find((c) => c.sheet === 'crisis-plan')?.after).toBe('2025-12-09');
    expect(changes.find((c) => c.label.en === 'Customer 1 — Name')?.after).toBe('');
    expect(wb.problems).toEqual([]);
    // Replacing keeps the workbook and its spelling of unchanged numbers; new values land.
    const replaced = replacedRecord(wb, record, defs, 5);
    expect(replaced.id).toBe(record.id);
    expect(replaced.updatedAt).toBe(5);
    expect(replaced.sheets['crm-audit']!.tables[table]![0]!.cells['rating']).toBe('2');
    expect(replaced.sheets['crm-audit']!.tables[table]![0]!.cells['weight']).toBe('0.1');
    expect(replaced.progress['crm-audit']).toBeDefined();
  });

  it('an unknown choice is reported and left unset; a formula typed in an input is kept as its text', () => {
    const b = read(bytesOfBook(book), { type: 'array', cellFormula: true });
    const grid = record.sheets['stakeholder-grid']!.tables['customers']![0]!;
    setCell(b, { table: 'customers', row: grid.id, col: 'interest' }, { t: 's', v: 'Maybe' });
    setCell(b, { table: 'customers', row: grid.id, col: 'name' }, { t: 'n', v: 2, f: '1+1' });
    const wb = imported(bytesOfBook(b));
    expect(wb.problems.map((p) => [p.sheet, p.reason, p.typed, p.label.en])).toEqual([
      ['stakeholder-grid', 'formula', '=1+1', 'Customer 1 — Name'],
      ['stakeholder-grid', 'option', 'Maybe', 'Customer 1 — Interest'],
    ]);
    const back = wb.sheets['stakeholder-grid']!.tables['customers']![0]!;
    expect(back.cells['name']).toBe('=1+1');
    expect(back.cells['interest']).toBeUndefined();
  });

  it('respondents typed under the NPS table, in the blank row and further down, are read (with segment and reason); added rows are reported', () => {
    const b = read(bytesOfBook(book), { type: 'array', cellFormula: true });
    const ws = b.Sheets['nps-survey']!;
    // The last round's respondents: the sheet's last table, open below.
    const table = 'respondents@round-2';
    const before = record.sheets['nps-survey']!.tables[table]!;
    let spacer = 1000; // the last "Respondent n" of the sheet, from below
    while (spacer > 1 && ws[`A${spacer}`]?.v !== `Respondent ${before.length}`) spacer--;
    spacer++;
    ws[`B${spacer}`] = { t: 'n', v: 11 };
    ws[`D${spacer}`] = { t: 's', v: 'B2B' };
    ws[`E${spacer}`] = { t: 's', v: 'no answer' };
    ws[`B${spacer + 3}`] = { t: 'n', v: 3 };
    ws['!ref'] = `A1:E${spacer + 3}`;
    const wb = imported(bytesOfBook(b));
    const after = wb.sheets['nps-survey']!.tables[table]!;
    expect(after.map((r) => r.cells)).toEqual([
      ...before.map((r) => full(r).cells),
      { score: '11', segment: 'B2B', reason: 'no answer' },
      { score: '3' },
    ]);
    expect(wb.problems.map((p) => `${p.cell} ${p.typed}`)).toEqual([`B${spacer} 11`]);
    const { rows } = changesAgainst(wb, record, defs);
    expect(rows).toEqual([
      { sheet: 'nps-survey', table, before: before.length, after: before.length + 2, dropped: [] },
    ]);
  });

  it('a row deleted in the spreadsheet (its cells gone, its references #REF!) is removed', () => {
    const b = read(bytesOfBook(book), { type: 'array', cellFormula: true });
    const customer = record.sheets['stakeholder-grid']!.tables['customers']![1]!;
    const { address } = addressOf(b, { table: 'customers', row: customer.id, col: 'name' });
    const sheetRow = utils.decode_cell(address).r;
    const grid = b.Sheets['stakeholder-grid']!;
    for (const key of Object.keys(grid))
      if (!key.startsWith('!') && utils.decode_cell(key).r === sheetRow) delete grid[key];
    // As a spreadsheet does: every reference to a cell of the deleted row becomes #REF!.
    const ws = b.Sheets[MAP_SHEET]!;
    const inRow = new RegExp(`^'stakeholder-grid'!\\$?[A-Z]+\\$?${sheetRow + 1}$`);
    let cut = 0;
    for (const key of Object.keys(ws)) {
      const c = ws[key] as CellObject;
      if (key.startsWith('D') && c.f && inRow.test(c.f)) {
        c.f = "'stakeholder-grid'!#REF!";
        cut++;
      }
    }
    expect(cut).toBeGreaterThan(0);
    const wb = imported(bytesOfBook(b));
    const names = wb.sheets['stakeholder-grid']!.tables['customers']!.map((r) => r.cells['name']);
    expect(names).not.toContain(customer.cells['name']);
    expect(names).toHaveLength(record.sheets['stakeholder-grid']!.tables['customers']!.length - 1);
    expect(wb.removedRows).toEqual([{ sheet: 'stakeholder-grid', table: 'customers', count: 1 }]);
  });

  it('a row typed into the blank line under a table is a new row, checked like any other', () => {
    const b = read(bytesOfBook(book), { type: 'array', cellFormula: true });
    const customers = record.sheets['stakeholder-grid']!.tables['customers']!;
    const last = customers[customers.length - 1]!;
    const { address } = addressOf(b, { table: 'customers', row: last.id, col: 'name' });
    const under = utils.decode_cell(address).r + 1;
    const grid = b.Sheets['stakeholder-grid']!;
    grid[utils.encode_cell({ r: under, c: 1 })] = { t: 's', v: 'Northwind (added in Excel)' };
    grid[utils.encode_cell({ r: under, c: 2 })] = { t: 's', v: 'High' };
    grid[utils.encode_cell({ r: under, c: 3 })] = { t: 'n', v: 11 };
    const risks = record.sheets['crisis-plan']!.tables['risks']!;
    const wb = imported(bytesOfBook(b));
    const back = wb.sheets['stakeholder-grid']!.tables['customers']!;
    expect(back).toHaveLength(customers.length + 1);
    expect(back.at(-1)!.cells).toEqual({ name: 'Northwind (added in Excel)', interest: 'high', interestScore: '11' });
    expect(wb.addedRows).toEqual([{ sheet: 'stakeholder-grid', table: 'customers', count: 1 }]);
    expect(wb.problems.map((p) => `${p.label.en}: ${p.typed} (${p.reason})`)).toEqual([
      `Customer ${customers.length + 1} — Interest score (1–10): 11 (number)`,
    ]);
    // Other tables are as they were.
    expect(wb.sheets['crisis-plan']!.tables['risks']!.map((r) => r.id)).toEqual(risks.map((r) => r.id));
    const { changes, rows } = changesAgainst(wb, record, defs);
    expect(rows).toEqual([
      {
        sheet: 'stakeholder-grid',
        table: 'customers',
        before: customers.length,
        after: customers.length + 1,
        dropped: [],
      },
    ]);
    expect(changes.map((c) => c.label.en)).toEqual([
      `Customer ${customers.length + 1} — Name`,
      `Customer ${customers.length + 1} — Interest`,
      `Customer ${customers.length + 1} — Interest score (1–10)`,
    ]);
  });

  it('a replace names the rows typed here after the export, which the file does not have', () => {
    const here = structuredClone(record);
    const customers = here.sheets['stakeholder-grid']!.tables['customers']!;
    customers.push(row({ name: 'Added in the app after the export', interest: 'high' }), row({}));
    const risks = here.sheets['crisis-plan']!.tables['risks']!;
    // Same number of risks as the file, but one of them is new here (and one of the file's is gone).
    risks.splice(0, 1, row({ risk: '', probability: '3', impact: '4' }));
    const { rows } = changesAgainst(imported(bytesOf(record)), here, defs);
    expect(rows).toEqual([
      {
        sheet: 'stakeholder-grid',
        table: 'customers',
        before: customers.length,
        after: customers.length - 2,
        dropped: ['Added in the app after the export'],
      },
      { sheet: 'crisis-plan', table: 'risks', before: risks.length, after: risks.length, dropped: ['3'] },
    ]);
  });

  it('rows filled in an empty table (customers, risk register) are read', () => {
    const empty = newWorkbook('Empty', 'en');
    for (const def of defs) empty.sheets[def.id] = def.initial('en');
    empty.sheets['stakeholder-grid']!.tables['customers'] = [];
    empty.sheets['crisis-plan']!.tables['risks'] = [row({})];
    const b = read(bytesOf(empty), { type: 'array', cellFormula: true });
    // The customers table exports one empty line; a client fills it.
    const grid = b.Sheets['stakeholder-grid']!;
    const header = Object.keys(grid).find((k) => (grid[k] as CellObject).v === 'Name' && k.startsWith('B'))!;
    const line = utils.decode_cell(header).r + 1;
    grid[utils.encode_cell({ r: line, c: 1 })] = { t: 's', v: 'Fabrikam' };
    // The risk register leaves blank risks out: the line under its header is the blank one.
    const risk = headAddress(b, { table: 'risks', col: 'risk' });
    const crisis = b.Sheets[risk.sheet]!;
    crisis[utils.encode_cell({ r: risk.r + 1, c: risk.c })] = { t: 's', v: 'Server outage' };
    crisis[utils.encode_cell({ r: risk.r + 1, c: risk.c + 1 })] = { t: 'n', v: 4 };
    const wb = imported(bytesOfBook(b));
    expect(wb.sheets['stakeholder-grid']!.tables['customers']!.map((r) => r.cells)).toEqual([{ name: 'Fabrikam' }]);
    const risks = wb.sheets['crisis-plan']!.tables['risks']!;
    expect(risks.map((r) => r.cells).filter((c) => Object.keys(c).length)).toEqual([
      { risk: 'Server outage', probability: '4' },
    ]);
    expect(wb.addedRows).toEqual([
      { sheet: 'stakeholder-grid', table: 'customers', count: 1 },
      { sheet: 'crisis-plan', table: 'risks', count: 1 },
    ]);
  });
});

describe('hostile or broken files are refused with the problem named', () => {
  let good: Uint8Array;
  beforeAll(() => {
    good = bytesOf(exampleRecord(defs, 'en'));
  });
  const problemOf = (bytes: Uint8Array) => {
    const r = readWorkbookFile(bytes, defs);
    return r.ok ? undefined : r.problem;
  };
  const edited = (change: (b: WorkBook) => void) => {
    const b = read(good, { type: 'array', cellFormula: true });
    change(b);
    return bytesOfBook(b);
  };

  it('random bytes, an empty file, a truncated file', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(problemOf(random)).toEqual({ code: 'not-xlsx' });
    expect(problemOf(new Uint8Array())).toEqual({ code: 'empty' });
    expect(problemOf(good.slice(0, Math.floor(good.length / 2)))).toEqual({ code: 'unreadable' });
  });

  it('a renamed .docx (a zip, but no workbook)', () => {
    expect(['unreadable', 'not-ours']).toContain(problemOf(docxBytes())?.code);
  });

  it('an .xlsx that the app did not make', () => {
    const b = utils.book_new();
    utils.book_append_sheet(b, utils.aoa_to_sheet([['Score'], [9], [10]]), 'Sheet1');
    expect(problemOf(bytesOfBook(b))).toEqual({ code: 'not-ours' });
  });

  it('a missing sheet: removed, or deleted in Excel (its references become #REF!)', () => {
    const removed = edited((b) => {
      b.SheetNames = b.SheetNames.filter((n) => n !== 'crm-audit');
      delete b.Sheets['crm-audit'];
    });
    expect(problemOf(removed)).toEqual({ code: 'missing-sheet', sheet: 'crm-audit' });
    const refs = edited((b) => {
      b.SheetNames = b.SheetNames.filter((n) => n !== 'cloud-fit');
      delete b.Sheets['cloud-fit'];
      const ws = b.Sheets[MAP_SHEET]!;
      for (const c of Object.values(ws))
        if (typeof c === 'object' && c && 'f' in c && String(c.f).startsWith("'cloud-fit'!")) c.f = '#REF!';
    });
    expect(problemOf(refs)).toEqual({ code: 'missing-sheet', sheet: 'cloud-fit' });
  });

  it('an extra sheet is ignored and named', () => {
    const extra = edited((b) => utils.book_append_sheet(b, utils.aoa_to_sheet([['notes']]), 'Client notes'));
    const r = readWorkbookFile(extra, defs);
    expect(r.ok && r.workbook.extraSheets).toEqual(['Client notes']);
  });

  it('a cell holding 1 MB of text', () => {
    const marker = 'BIG-CELL-MARKER';
    const big = patchedXml(
      edited((b) => {
        b.Sheets['loyalty-exchange']!['B5'] = { t: 's', v: marker };
      }),
      marker,
      'x'.repeat(1024 * 1024),
    );
    expect(problemOf(big)).toEqual({
      code: 'cell-too-long',
      sheet: 'loyalty-exchange',
      cell: 'B5',
      chars: 1024 * 1024,
    });
  });

  it('200,000 rows', () => {
    const rows = edited((b) => {
      const ws = b.Sheets['nps-survey']!;
      for (let r = 13; r < 200_013; r++) ws[`B${r}`] = { t: 'n', v: r % 11 };
      ws['!ref'] = 'A1:C200012';
    });
    expect(problemOf(rows)).toEqual({ code: 'too-many-rows', sheet: 'nps-survey', rows: 200_012 });
    expect(MAX_SHEET_ROWS).toBeLessThan(200_012);
  }, 60_000);

  it('a zip bomb (a sheet inflating to 64 MB from 64 KB) is refused from its directory, before SheetJS inflates it', () => {
    // The good file's parts re-zipped (zlib compresses zeros 1,000 times), plus one bomb part.
    const zip = CFB.read(good, { type: 'array' });
    const parts = zip.FileIndex.flatMap((f: { type: number; content?: unknown }, i: number) =>
      f.type === 2 && f.content
        ? [{ name: zip.FullPaths[i]!.replace(/^[^/]*\//, ''), data: new Uint8Array(f.content as ArrayLike<number>) }]
        : [],
    );
    expect(parts.length).toBeGreaterThan(10);
    const bomb = makeZip([...parts, { name: 'xl/worksheets/sheet99.xml', data: new Uint8Array(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    const start = performance.now();
    expect(problemOf(bomb)).toMatchObject({ code: 'zip-ratio', entry: 'xl/worksheets/sheet99.xml' });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('a file from a newer version of the app', () => {
    const newer = edited((b) => {
      const ws = b.Sheets[MAP_SHEET]!;
      ws['C2'] = { t: 'n', v: DATA_VERSION + 1 };
    });
    expect(problemOf(newer)).toEqual({ code: 'newer-version', version: DATA_VERSION + 1 });
  });

  it('a damaged input map', () => {
    const damaged = edited((b) => {
      const ws = b.Sheets[MAP_SHEET]!;
      const key = Object.keys(ws).find((k) => /^D\d+$/.test(k) && (ws[k] as CellObject).f)!;
      ws[key] = { t: 's', v: 'oops' };
    });
    expect(problemOf(damaged)).toEqual({ code: 'damaged-map' });
  });
});

/** A minimal Word document: a zip holding Word's parts and no workbook. */
function docxBytes(): Uint8Array {
  const enc = new TextEncoder();
  const zip = CFB.utils.cfb_new();
  CFB.utils.cfb_add(
    zip,
    '[Content_Types].xml',
    enc.encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  );
  CFB.utils.cfb_add(
    zip,
    'word/document.xml',
    enc.encode(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>',
    ),
  );
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
}

/** The file with `marker` in a sheet's XML replaced by `text` (spreadsheets refuse to write such cells). */
function patchedXml(bytes: Uint8Array, marker: string, text: string): Uint8Array {
  const zip = CFB.read(bytes, { type: 'array' });
  const entry = zip.FileIndex.find(
    (f: { content?: unknown }) => f.content && new TextDecoder().decode(f.content as Uint8Array).includes(marker),
  );
  if (!entry) throw new Error('marker not found');
  entry.content = new TextEncoder().encode(new TextDecoder().decode(entry.content as Uint8Array).replace(marker, text));
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
}

describe('a file exported before data v2 (NPS scores as one list)', () => {
  it('is read as rows, each score where it was; the changes pair with the workbook by position', () => {
    // The sheet as v1 laid it out: each score tagged as entry i of the list `scores`.
    const nps = defs.find((d) => d.id === 'nps-survey')!;
    const scoreInput = nps.lists!['scores']!.input;
    const v1: WorksheetDef = {
      ...nps,
      excel: (data) => ({
        rows: [
          ['NPS'],
          ...(data.fields['scores'] as string[]).map((v, index) => [
            `Respondent ${index + 1}`,
            inputCell(scoreInput, v, 'en', { list: 'scores', index }),
          ]),
        ],
      }),
    };
    const record = newWorkbook('Old file', 'en');
    record.sheets['nps-survey'] = { fields: { scores: ['10', '', '7,5', '3'] }, tables: {} };
    const bytes = exportWorkbook(
      record,
      defs.map((d) => (d.id === 'nps-survey' ? v1 : d)),
      'en',
      NOW,
    ).bytes;
    const wb = imported(bytes);
    expect(wb.sheets['nps-survey']!.tables['respondents']!.map((r) => [r.id, r.cells['score']])).toEqual([
      ['s1', '10'],
      ['s2', ''],
      ['s3', '7,5'],
      ['s4', '3'],
    ]);
    expect(wb.sheets['nps-survey']!.fields['scores']).toBeUndefined();
    expect(wb.inputs.find((x) => x.sheet === 'nps-survey' && x.value === '3')?.where).toEqual({
      table: 'respondents',
      row: 's4',
      col: 'score',
    });
    // Against today's workbook (rows with other ids): one change, the score typed differently.
    const today = newWorkbook('Old file', 'en');
    today.sheets['nps-survey'] = {
      fields: {},
      tables: { respondents: ['10', '', '7,5', '4'].map((score) => row({ score })) },
    };
    const { changes } = changesAgainst(wb, today, defs);
    expect(changes.filter((c) => c.sheet === 'nps-survey').map((c) => [c.before, c.after])).toEqual([['4', '3']]);
  });
});
