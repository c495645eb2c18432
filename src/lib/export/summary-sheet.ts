/** The first sheet: the workbook's name, the export date and every worksheet's key results. */
import type { Lang, ResultItem, SheetData, WorksheetDef, WorksheetId, XCell, XSheet } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { workbookSummary } from '../worksheets/summary-list';
import { SheetBuilder, shownCell, EXCEL_FORMAT, ref } from '../worksheets/excel';
import { excelSerial } from '../scoring/review-date';
import { pick, tx } from '../worksheets/helpers';
import { completionShare } from '../worksheets/progress';
import { completionFormula } from './completion-formula';
import type { TaggedInput } from './tagged-inputs';

const L = {
  title: tx('CRM Workbook — summary', 'Zeszyt CRM — podsumowanie', 'CRM 工作簿 — 汇总'),
  workbook: tx('Workbook', 'Zeszyt', '工作簿'),
  exported: tx('Exported', 'Wyeksportowano', '导出时间'),
  worksheet: tx('Worksheet', 'Ćwiczenie', '练习'),
  sheet: tx('Sheet', 'Arkusz', '工作表'),
  completion: tx('Completion', 'Wypełnienie', '完成度'),
  result: tx('Result', 'Wynik', '结果'),
  value: tx('Value', 'Wartość', '数值'),
  notStarted: tx('not started', 'nie rozpoczęto', '未开始'),
};

/** Where each worksheet sheet holds each result (cells tagged `result`), as A1 references. */
export function resultCells(
  sheet: XSheet,
): Map<string, { at: string; cell: Exclude<XCell, null | string | number | boolean> }> {
  const found = new Map<string, { at: string; cell: Exclude<XCell, null | string | number | boolean> }>();
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && typeof cell === 'object' && cell.result && !found.has(cell.result))
        found.set(cell.result, { at: ref(c, r + 1), cell });
    }
  }
  return found;
}

/**
 * A summary value: a reference to the cell of its worksheet's sheet that holds it, so the summary
 * follows when a consultant edits a rating in Excel; the value itself only where no cell holds it.
 */
function summaryValue(
  item: ResultItem,
  sheetName: string,
  cells: ReturnType<typeof resultCells> | undefined,
  lang: Lang,
): XCell {
  const held = cells?.get(item.id);
  if (!held) return shownCell(item.shown, lang);
  return { f: `'${sheetName}'!${held.at}`, v: held.cell.v ?? '', ...(held.cell.z ? { z: held.cell.z } : {}) };
}

export function summarySheet(
  record: WorkbookRecord,
  defs: WorksheetDef[],
  lang: Lang,
  now: Date,
  /** Each worksheet's sheet as written, with the data it was written from and its tagged inputs. */
  sheets: ReadonlyMap<WorksheetId, { sheet: XSheet; data: SheetData; inputs: readonly TaggedInput[] }> = new Map(),
): XSheet {
  const b = new SheetBuilder([44, 22, 14, 40, 18]);
  b.add([{ v: pick(L.title, lang), bold: true }]);
  b.add([pick(L.workbook, lang), record.name]);
  // The local date, as the file name has it (not UTC), as a real date.
  b.add([
    pick(L.exported, lang),
    { v: excelSerial({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() }), z: 'yyyy-mm-dd' },
  ]);
  b.blank();
  b.add([L.worksheet, L.sheet, L.completion, L.result, L.value].map((t) => ({ v: pick(t, lang), bold: true })));
  // The same list of tagged results, from the same code, as the Summary page (summary-list.ts).
  for (const s of workbookSummary(record, defs).flatMap((m) => m.sheets)) {
    const title = pick(s.entry.title, lang);
    const p = s.progress;
    const written = sheets.get(s.id);
    // A formula over the sheet's input cells where it can follow them (a client's ticks in Excel).
    // A sheet with a rule of its own (def.progress) holds its completion in a cell tagged 'completion'.
    const own = written && s.def.progress ? resultCells(written.sheet).get('completion') : undefined;
    const f = own ? `'${s.id}'!${own.at}` : written && completionFormula(s.def, written.data, written.inputs, s.id);
    const completion = p.total
      ? { v: completionShare(p.answered, p.total), z: EXCEL_FORMAT.pct0, ...(f ? { f } : {}) }
      : null;
    if (!s.started) {
      b.add([title, s.id, completion, pick(L.notStarted, lang)]);
      continue;
    }
    const cells = written ? resultCells(written.sheet) : undefined;
    s.items.forEach((item, i) => {
      b.add([
        i === 0 ? title : null,
        i === 0 ? s.id : null,
        i === 0 ? completion : null,
        pick(item.label, lang),
        summaryValue(item, s.id, cells, lang),
      ]);
    });
    if (s.items.length === 0) b.add([title, s.id, completion]);
  }
  return b.build();
}
