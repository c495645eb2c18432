/**
 * The exported files checked by a real spreadsheet engine. For the example workbook in both
 * languages: every formula cell's cached value is removed, LibreOffice (headless, set to
 * recalculate on load) opens and saves the file, and each value it computed must equal the
 * value the app cached. A formula LibreOffice cannot evaluate, or a cached value that is not
 * what the formula gives, fails here. The file LibreOffice saves must also import back to the
 * same inputs (the input map survives a real spreadsheet's save).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, write, type CellObject, type WorkBook } from 'xlsx';
import { buildWorkbook } from './write-workbook';
import { MAP_SHEET } from './input-map';
import type { WorkbookRecord } from '../storage/record';
import { loadAllDefinitions } from '../worksheets/index';
import type { Lang, WorksheetDef } from '../worksheets/types';
import { readWorkbookFile } from './read-workbook';
import { newRecordFrom } from './import-plan';
import { exampleRecord, inputsOf } from './import-fixtures';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function recalculate(book: WorkBook, dir: string): { book: WorkBook; bytes: Uint8Array } {
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'out');
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  writeFileSync(input, write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--calc', '--convert-to', 'xlsx', '--outdir', out, input], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const bytes = new Uint8Array(readFileSync(join(out, 'in.xlsx')));
  return { book: read(bytes, { type: 'array', cellFormula: true }), bytes };
}

/** Computed cells: every formula except the input map's references (they locate cells, compute nothing). */
const formulaCells = (book: WorkBook) =>
  book.SheetNames.filter((name) => name !== MAP_SHEET).flatMap((name) => {
    const ws = book.Sheets[name]!;
    return Object.keys(ws)
      .filter((k) => !k.startsWith('!') && (ws[k] as CellObject).f)
      .map((ref) => ({ sheet: name, ref, cell: ws[ref] as CellObject }));
  });

/** The formula cells' cached values, then the book with them stripped and recalculated by LibreOffice. */
function recalculateFresh(book: WorkBook, prefix: string) {
  const cells = formulaCells(book);
  const expected = cells.map(({ sheet, ref, cell }) => ({ sheet, ref, f: cell.f, v: cell.v }));
  // Strip the cached values, so only LibreOffice's own calculation can fill them.
  for (const { cell } of cells) {
    delete (cell as { v?: unknown }).v;
    delete (cell as { w?: unknown }).w;
    cell.t = 'n';
  }
  return { expected, ...recalculate(book, mkdtempSync(join(tmpdir(), prefix))) };
}

/** Cells whose recalculated value differs from `want` (numbers within 1e-9, relative). */
function mismatchesOf(want: { sheet: string; ref: string; f?: string; v: unknown }[], recalculated: WorkBook): string[] {
  return want.flatMap((e) => {
    const got = (recalculated.Sheets[e.sheet]?.[e.ref] as CellObject | undefined)?.v ?? '';
    const ok = typeof e.v === 'number' && typeof got === 'number' ? Math.abs(e.v - got) <= 1e-9 * Math.max(1, Math.abs(e.v)) : String(e.v ?? '') === String(got);
    return ok ? [] : [`${e.sheet}!${e.ref} =${e.f}: app ${JSON.stringify(e.v)}, LibreOffice ${JSON.stringify(got)}`];
  });
}

async function exampleBook(lang: Lang): Promise<{ book: WorkBook; record: WorkbookRecord; defs: WorksheetDef[] }> {
  const defs = await loadAllDefinitions();
  const record = exampleRecord(defs, lang, 'Recalc');
  return { book: buildWorkbook(record, defs, lang, new Date()), record, defs };
}

describe('LibreOffice recomputes the exported workbook to the app’s values', () => {
  for (const lang of ['en', 'pl'] as const) {
    it(`example workbook (${lang})`, async () => {
      const { book, record, defs } = await exampleBook(lang);
      const { expected, book: recalculated, bytes } = recalculateFresh(book, 'recalc-');
      expect(expected.length).toBeGreaterThan(50);
      const mismatches = mismatchesOf(expected, recalculated);
      expect(mismatches).toEqual([]);
      // The input map survives the engine's save: same references, so the file can be imported back.
      const refs = (b: WorkBook) => Object.entries(b.Sheets[MAP_SHEET] ?? {}).filter(([k, c]) => !k.startsWith('!') && (c as CellObject).f).map(([k, c]) => `${k}=${(c as CellObject).f}`);
      expect(refs(recalculated).sort()).toEqual(refs(book).sort());
      expect(refs(book).length).toBeGreaterThan(100);
      // And the file LibreOffice saved imports back to the same inputs.
      const back = readWorkbookFile(bytes, defs);
      expect(back.ok && back.workbook.problems).toEqual([]);
      if (back.ok) expect(inputsOf(newRecordFrom(back.workbook, defs, 'x', 0), defs)).toEqual(inputsOf(record, defs));
    }, 180_000);
  }

  it('a client’s edits in Excel recompute everywhere, the summary included', async () => {
    const defs = await loadAllDefinitions();
    const now = new Date();
    const record = exampleRecord(defs, 'en', 'Edited');
    const book = buildWorkbook(record, defs, 'en', now);
    // What a client types in Excel: scores the app refuses (11, 7.5 as numbers; a word), and a new rating.
    const nps = book.Sheets['nps-survey']!;
    nps['B13'] = { t: 'n', v: 11 };
    nps['B14'] = { t: 's', v: 'abc' };
    nps['B15'] = { t: 'n', v: 7.5 };
    const audit = book.Sheets['crm-audit']!;
    const ratingRef = Object.keys(audit).find((k) => /^A\d+$/.test(k) && String((audit[k] as CellObject).v).startsWith('Do CRM system users actively use it?'))!.replace('A', 'B');
    audit[ratingRef] = { t: 'n', v: 1 };
    // The same edits typed in the app: its values are what every formula must give.
    const edited = structuredClone(record);
    const scores = edited.sheets['nps-survey']!.fields['scores'] as string[];
    scores.splice(0, 3, '11', 'abc', '7.5');
    edited.sheets['crm-audit']!.tables['questions']![0]!.cells['rating'] = '1';
    const app = buildWorkbook(edited, defs, 'en', now);

    const { expected, book: recalculated } = recalculateFresh(book, 'recalc-edit-');
    const mismatches = mismatchesOf(
      expected.map((e) => ({ ...e, v: (app.Sheets[e.sheet]?.[e.ref] as CellObject | undefined)?.v ?? '' })),
      recalculated,
    );
    expect(mismatches).toEqual([]);
    // The summary followed: its NPS and audit values are the edited ones, not the exported ones.
    const summary = formulaCells(app).filter((c) => c.sheet === 'Summary').map((c) => c.cell.v);
    const before = formulaCells(buildWorkbook(record, defs, 'en', now)).filter((c) => c.sheet === 'Summary').map((c) => c.cell.v);
    expect(summary).not.toEqual(before);
  }, 180_000);

  it('edge values: a tie through the 0.001 slack of the weights, weights refused at 0.998, an audit at 1.001, an empty table', async () => {
    const defs = await loadAllDefinitions();
    const record = exampleRecord(defs, 'en', 'Edges');
    const rows = (sheet: string, table: string) => record.sheets[sheet as 'crm-audit']!.tables[table]!;
    const set = (sheet: string, table: string, pairs: [string, string][]) =>
      rows(sheet, table).forEach((r, i) => Object.assign(r.cells, { rating: pairs[i]?.[0] ?? '', weight: pairs[i]?.[1] ?? '' }));
    set('voicebot-cases', 'case1-challenges', [['3', '0.3'], ['3', '0.3'], ['3', '0.4']]);
    set('voicebot-cases', 'case1-benefits', [['3', '0.333'], ['3', '0.333'], ['3', '0.333']]);
    set('voicebot-cases', 'case2-benefits', [['4', '0.333'], ['4', '0.333'], ['4', '0.332']]);
    set('voicebot-cases', 'case2-challenges', []);
    set('crm-audit', 'questions', [['5', '0.2'], ['5', '0.2'], ['5', '0.2'], ['5', '0.2'], ['5', '0.201']]);
    const book = buildWorkbook(record, defs, 'en', new Date());
    const { expected, book: recalculated } = recalculateFresh(book, 'recalc-edges-');
    const mismatches = mismatchesOf(expected, recalculated);
    expect(mismatches).toEqual([]);
    // And what the app cached is what it shows: a tie, and an audit average of 5.
    const values = expected.map((e) => e.v);
    expect(values).toContain('A tie: benefits and challenges weigh the same');
    expect(values).not.toContain(5.005);
  }, 180_000);
});
