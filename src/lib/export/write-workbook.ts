/**
 * The Excel export: loaded only when the user exports (SheetJS is large). A summary sheet, then
 * one sheet per built worksheet named by its stable id, in catalogue order, and the hidden input
 * map (input-map.ts) that lets an edited file be imported back.
 */
import { utils, write, type WorkBook, type WorkSheet } from 'xlsx';
import { seedInLanguage } from '../worksheets/seed-language';
import type { Lang, SheetData, WorksheetDef, XSheet } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { CATALOG } from '../worksheets/index';
import { toWorksheet, type TaggedInput } from './to-sheetjs';
import { MAP_SHEET, mapSheet } from './input-map';
import { summarySheet } from './summary-sheet';
import { exportFileName } from './file-name';

/**
 * Texts in the shared-string table, as Excel and LibreOffice write them: SheetJS decodes an inline
 * string cell's `_xHHHH_` twice on reading, so an escaped "_x0041_" would still come back "A".
 */
export const WRITE_SST = true;

export const SUMMARY_SHEET: Record<Lang, string> = { en: 'Summary', pl: 'Podsumowanie' };

export function buildWorkbook(record: WorkbookRecord, defs: WorksheetDef[], lang: Lang, now: Date): WorkBook {
  const wb = utils.book_new();
  wb.Props = { Title: record.name, CreatedDate: now, Application: 'CRM Workbook' };
  const byId = new Map(defs.map((d) => [d.id, d]));
  // The worksheets' sheets first: the summary refers to the cells holding their results.
  const built: { def: WorksheetDef; data: SheetData; sheet: XSheet }[] = [];
  for (const entry of CATALOG) {
    const def = byId.get(entry.id);
    if (!def) continue;
    // Untouched seed rows in the export's language (seed-language.ts, issue 13).
    const data = seedInLanguage(def, record.sheets[entry.id] ?? def.initial(record.lang), lang);
    built.push({ def, data, sheet: def.excel(data, lang) });
  }
  const sheets = new Map(built.map((b) => [b.def.id, b.sheet]));
  utils.book_append_sheet(wb, toWorksheet(summarySheet(record, defs, lang, now, sheets), undefined, lang), SUMMARY_SHEET[lang]);
  const written: { def: WorksheetDef; data: SheetData; inputs: TaggedInput[]; ws: WorkSheet }[] = [];
  for (const { def, data, sheet } of built) {
    const inputs: TaggedInput[] = [];
    const ws = toWorksheet(sheet, inputs, lang);
    utils.book_append_sheet(wb, ws, def.id);
    written.push({ def, data, inputs, ws });
  }
  // Last and hidden: what lets the file be imported back after a client edits it.
  utils.book_append_sheet(wb, mapSheet(record, written, now), MAP_SHEET);
  wb.Workbook = { ...wb.Workbook, Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === MAP_SHEET ? 1 : 0 })) };
  return wb;
}

export function exportWorkbook(
  record: WorkbookRecord,
  defs: WorksheetDef[],
  lang: Lang,
  now: Date,
): { blob: Blob; fileName: string; bytes: Uint8Array } {
  const bytes = write(buildWorkbook(record, defs, lang, now), { type: 'array', bookType: 'xlsx', compression: true, bookSST: WRITE_SST }) as ArrayBuffer;
  const array = new Uint8Array(bytes);
  return {
    blob: new Blob([array], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName: exportFileName(record.name, now),
    bytes: array,
  };
}
