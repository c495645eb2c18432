/**
 * A client's edits made by a real spreadsheet: LibreOffice (headless, a Basic macro in a fresh
 * profile) inserts and deletes rows in the middle of a table, types into the rows below, and
 * saves. The import preview must name rows by their new place, pair each value with its own row,
 * and show each edit once. Also: `_xHHHH_` text survives LibreOffice's open and save.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from 'xlsx';
import { exportWorkbook } from './write-workbook';
import { readWorkbookFile, type ImportedWorkbook } from './read-workbook';
import { MAP_SHEET, mappedCell } from './input-map';
import { changesAgainst, replacedRecord } from './import-plan';
import { exampleRecord } from './import-fixtures';
import { loadAllDefinitions } from '../worksheets/index';
import { row } from '../worksheets/helpers';
import type { WorkbookRecord } from '../storage/record';
import type { WorksheetDef } from '../worksheets/types';

/** Edits: rows inserted/deleted (0-based sheet rows, applied in order), then texts typed into cells. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Edit(inPath As String, outPath As String, sheetName As String, rowOps As String, typed As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  sh = doc.Sheets.getByName(sheetName)
  If rowOps &lt;&gt; &quot;&quot; Then
    For Each op In Split(rowOps, &quot;;&quot;)
      If Left(op, 1) = &quot;+&quot; Then sh.Rows.insertByIndex(CLng(Mid(op, 2)), 1) Else sh.Rows.removeByIndex(CLng(Mid(op, 2)), 1)
    Next
  End If
  If typed &lt;&gt; &quot;&quot; Then
    For Each t In Split(typed, &quot;|&quot;)
      p = Split(t, &quot;:&quot;, 3)
      sh.getCellByPosition(CLng(p(0)), CLng(p(1))).setString(p(2))
    Next
  End If
  Dim f(0) As New com.sun.star.beans.PropertyValue
  f(0).Name = &quot;FilterName&quot;
  f(0).Value = &quot;Calc MS Excel 2007 XML&quot;
  doc.storeToURL(ConvertToURL(outPath), f())
  doc.close(True)
End Sub
</script:module>`;

let profile: string;

/** A profile with the macro in "My Macros" (trusted; no security prompt). */
function makeProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-edit-'));
  const url = `file://${dir}/profile`;
  execFileSync('soffice', [`-env:UserInstallation=${url}`, '--headless', '--terminate_after_init'], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const basic = join(dir, 'profile', 'user', 'basic', 'Standard');
  mkdirSync(basic, { recursive: true });
  writeFileSync(join(basic, 'Module1.xba'), MACRO);
  return url;
}

/** The file as LibreOffice saves it after the edits. */
function editInLibreOffice(
  bytes: Uint8Array,
  sheet: string,
  rowOps: string[],
  typed: { c: number; r: number; text: string }[],
): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-file-'));
  const input = join(dir, 'in.xlsx');
  const output = join(dir, 'out.xlsx');
  writeFileSync(input, bytes);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const call = `macro:///Standard.Module1.Edit(${[input, output, sheet, rowOps.join(';'), typed.map((t) => `${t.c}:${t.r}:${t.text}`).join('|')].map(q).join(',')})`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--invisible', call], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return new Uint8Array(readFileSync(output));
}

let defs: WorksheetDef[];
beforeAll(async () => {
  defs = await loadAllDefinitions();
  profile = makeProfile();
}, 180_000);

function imported(bytes: Uint8Array): ImportedWorkbook {
  const r = readWorkbookFile(bytes, defs);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return r.workbook;
}

/** Where the map says a customer's name cell is (0-based). */
function nameCell(bytes: Uint8Array, rowId: string): { r: number; c: number } {
  const book = read(bytes, { type: 'array', cellFormula: true });
  const at = mappedCell(book.Sheets[MAP_SHEET]!, { table: 'customers', row: rowId, col: 'name' });
  if (!at) throw new Error(`no map entry for customer ${rowId}`);
  return utils.decode_cell(at.address);
}

describe('rows inserted and deleted by LibreOffice, then imported over the same workbook', () => {
  let record: WorkbookRecord;
  beforeAll(() => {
    record = exampleRecord(defs, 'en', 'Client');
    const customers = record.sheets['stakeholder-grid']!.tables['customers']!;
    while (customers.length < 8) customers.push(row({ name: `Customer row ${customers.length + 1}`, interest: 'low' }));
  });

  it('a row inserted in the middle and one deleted: labels by new place, values by their row, each edit once', () => {
    const customers = record.sheets['stakeholder-grid']!.tables['customers']!;
    const bytes = exportWorkbook(record, defs, 'en', new Date()).bytes;
    const third = nameCell(bytes, customers[2]!.id);
    const sixth = nameCell(bytes, customers[5]!.id);
    // Insert a row above the 3rd customer and type a new one there; delete the 6th (now one lower);
    // rename the customers below the insertion (the 3rd, 4th, 5th, 7th, 8th: five edits).
    const renamed = [2, 3, 4, 6, 7];
    const typed = [
      { c: third.c, r: third.r, text: 'Inserted in LibreOffice' },
      ...renamed.map((i) => ({
        c: third.c,
        r: nameCell(bytes, customers[i]!.id).r + (i > 5 ? 0 : 1),
        text: `Renamed ${i + 1}`,
      })),
    ];
    const edited = editInLibreOffice(bytes, 'stakeholder-grid', [`+${third.r}`, `-${sixth.r + 1}`], typed);
    const wb = imported(edited);
    expect(wb.addedRows).toEqual([{ sheet: 'stakeholder-grid', table: 'customers', count: 1 }]);
    expect(wb.removedRows).toEqual([{ sheet: 'stakeholder-grid', table: 'customers', count: 1 }]);
    const names = wb.sheets['stakeholder-grid']!.tables['customers']!.map((r) => r.cells['name']);
    expect(names).toEqual([
      customers[0]!.cells['name'],
      customers[1]!.cells['name'],
      'Inserted in LibreOffice',
      'Renamed 3',
      'Renamed 4',
      'Renamed 5',
      'Renamed 7',
      'Renamed 8',
    ]);

    const { changes } = changesAgainst(wb, record, defs);
    const shown = changes
      .filter((c) => c.sheet === 'stakeholder-grid')
      .map((c) => `${c.label.en}: ${JSON.stringify(c.before ?? '')} → ${JSON.stringify(c.after)}`);
    // Each renamed customer once, by its new place, paired with its own old name; the new row's cells as new.
    expect(shown.filter((s) => s.includes('— Name'))).toEqual([
      'Customer 3 — Name: "" → "Inserted in LibreOffice"',
      `Customer 4 — Name: ${JSON.stringify(customers[2]!.cells['name'])} → "Renamed 3"`,
      `Customer 5 — Name: ${JSON.stringify(customers[3]!.cells['name'])} → "Renamed 4"`,
      `Customer 6 — Name: ${JSON.stringify(customers[4]!.cells['name'])} → "Renamed 5"`,
      `Customer 7 — Name: ${JSON.stringify(customers[6]!.cells['name'])} → "Renamed 7"`,
      `Customer 8 — Name: ${JSON.stringify(customers[7]!.cells['name'])} → "Renamed 8"`,
    ]);
    // Only the names changed (no value paired with a neighbour's): 6 changes in the sheet.
    expect(shown).toHaveLength(6);
    const labels = changes.map((c) => `${c.sheet} ${c.label.en}`);
    expect(new Set(labels).size).toBe(labels.length);
    // And the stored result is what the preview said.
    const replaced = replacedRecord(wb, record, defs, 1);
    expect(replaced.sheets['stakeholder-grid']!.tables['customers']!.map((r) => r.cells['name'])).toEqual(names);
  }, 180_000);

  it('"PROMO_x0041_2026" survives LibreOffice’s open and save', () => {
    const r = structuredClone(record);
    r.sheets['stakeholder-grid']!.tables['customers']![0]!.cells['name'] = 'PROMO_x0041_2026 _x005F_';
    const edited = editInLibreOffice(exportWorkbook(r, defs, 'en', new Date()).bytes, 'stakeholder-grid', [], []);
    const wb = imported(edited);
    expect(wb.sheets['stakeholder-grid']!.tables['customers']![0]!.cells['name']).toBe('PROMO_x0041_2026 _x005F_');
    expect(wb.problems).toEqual([]);
  }, 180_000);
});
