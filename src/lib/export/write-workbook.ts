/**
 * The Excel export: loaded only when the user exports. A summary sheet, then one sheet per built
 * worksheet named by its stable id, in catalogue order, and the hidden input map (input-map.ts)
 * that lets an edited file be imported back. Written with styles by xlsx-writer.ts.
 */
import type { Lang, SheetData, WorksheetDef, XSheet } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { CATALOG } from '../worksheets/index';
import { seedInLanguage } from '../worksheets/seed-language';
import { taggedInputs, type TaggedInput } from './tagged-inputs';
import { MAP_SHEET, mapSheet } from './input-map';
import { summarySheet } from './summary-sheet';
import { exportFileName } from './file-name';
import { writeXlsx, type XBook } from './xlsx-writer';

/**
 * Texts in the shared-string table, as Excel and LibreOffice write them: SheetJS decodes an inline
 * string cell's `_xHHHH_` twice on reading, so an escaped "_x0041_" would still come back "A".
 * (xlsx-writer.ts always writes a shared-string table; this flag is for tests writing with SheetJS.)
 */
export const WRITE_SST = true;

export const SUMMARY_SHEET: Record<Lang, string> = { en: 'Summary', pl: 'Podsumowanie', zh: '汇总' };

export function buildWorkbook(record: WorkbookRecord, defs: WorksheetDef[], lang: Lang, now: Date): XBook {
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
  // Each sheet's tagged inputs once: the summary's completion formulas and the input map use them.
  const written: { def: WorksheetDef; data: SheetData; sheet: XSheet; inputs: TaggedInput[] }[] = built.map((b) => ({
    ...b,
    inputs: taggedInputs(b.sheet),
  }));
  const sheets = new Map(written.map((w) => [w.def.id, w]));
  return {
    title: record.name,
    created: now,
    lang,
    sheets: [
      { name: SUMMARY_SHEET[lang], sheet: summarySheet(record, defs, lang, now, sheets) },
      ...built.map(({ def, sheet }) => ({ name: def.id, sheet })),
      // Last and hidden: what lets the file be imported back after a client edits it.
      { name: MAP_SHEET, sheet: mapSheet(record, written, now, lang), hidden: true },
    ],
  };
}

export function exportWorkbook(
  record: WorkbookRecord,
  defs: WorksheetDef[],
  lang: Lang,
  now: Date,
): { blob: Blob; fileName: string; bytes: Uint8Array } {
  const bytes = writeXlsx(buildWorkbook(record, defs, lang, now));
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    fileName: exportFileName(record.name, now),
    bytes,
  };
}
