/**
 * The Excel export: loaded only when the user exports (SheetJS is large). A summary sheet, then
 * one sheet per built worksheet named by its stable id, in catalogue order.
 */
import { utils, write, type WorkBook } from 'xlsx';
import type { Lang, WorksheetDef } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { CATALOG } from '../worksheets/index';
import { toWorksheet } from './to-sheetjs';
import { summarySheet } from './summary-sheet';
import { exportFileName } from './file-name';

export const SUMMARY_SHEET: Record<Lang, string> = { en: 'Summary', pl: 'Podsumowanie' };

export function buildWorkbook(record: WorkbookRecord, defs: WorksheetDef[], lang: Lang, now: Date): WorkBook {
  const wb = utils.book_new();
  wb.Props = { Title: record.name, CreatedDate: now, Application: 'CRM Workbook' };
  utils.book_append_sheet(wb, toWorksheet(summarySheet(record, defs, lang, now)), SUMMARY_SHEET[lang]);
  const byId = new Map(defs.map((d) => [d.id, d]));
  for (const entry of CATALOG) {
    const def = byId.get(entry.id);
    if (!def) continue;
    const data = record.sheets[entry.id] ?? def.initial(record.lang);
    utils.book_append_sheet(wb, toWorksheet(def.excel(data, lang)), def.id);
  }
  return wb;
}

export function exportWorkbook(
  record: WorkbookRecord,
  defs: WorksheetDef[],
  lang: Lang,
  now: Date,
): { blob: Blob; fileName: string; bytes: Uint8Array } {
  const bytes = write(buildWorkbook(record, defs, lang, now), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  const array = new Uint8Array(bytes);
  return {
    blob: new Blob([array], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileName: exportFileName(record.name, now),
    bytes: array,
  };
}
