/** The first sheet: the workbook's name, the export date and every worksheet's key results. */
import type { Lang, WorksheetDef, XSheet } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { CATALOG } from '../worksheets/index';
import { SheetBuilder, shownCell, EXCEL_FORMAT } from '../worksheets/excel';
import { pick, tx } from '../worksheets/helpers';
import { progressOf } from '../worksheets/progress';

const L = {
  title: tx('CRM Workbook — summary', 'Zeszyt CRM — podsumowanie'),
  workbook: tx('Workbook', 'Zeszyt'),
  exported: tx('Exported', 'Wyeksportowano'),
  worksheet: tx('Worksheet', 'Ćwiczenie'),
  sheet: tx('Sheet', 'Arkusz'),
  completion: tx('Completion', 'Wypełnienie'),
  result: tx('Result', 'Wynik'),
  value: tx('Value', 'Wartość'),
  coming: tx('coming in a later version', 'w kolejnej wersji'),
  notStarted: tx('not started', 'nie rozpoczęto'),
};

export function summarySheet(record: WorkbookRecord, defs: WorksheetDef[], lang: Lang, now: Date): XSheet {
  const b = new SheetBuilder([44, 22, 14, 40, 18]);
  b.add([{ v: pick(L.title, lang), bold: true }]);
  b.add([pick(L.workbook, lang), record.name]);
  b.add([pick(L.exported, lang), { v: now.toISOString().slice(0, 10) }]);
  b.blank();
  b.add([L.worksheet, L.sheet, L.completion, L.result, L.value].map((t) => ({ v: pick(t, lang), bold: true })));
  const byId = new Map(defs.map((d) => [d.id, d]));
  for (const entry of CATALOG) {
    const def = byId.get(entry.id);
    const sheet = record.sheets[entry.id];
    if (!def) {
      b.add([pick(entry.title, lang), null, null, pick(L.coming, lang)]);
      continue;
    }
    const data = sheet ?? def.initial(record.lang);
    const p = progressOf(def, data);
    const items = def.summary(data);
    const completion = p.total ? { v: p.answered / p.total, z: EXCEL_FORMAT.pct0 } : null;
    if (!sheet) {
      b.add([pick(def.title, lang), def.id, completion, pick(L.notStarted, lang)]);
      continue;
    }
    items.forEach((item, i) => {
      b.add([
        i === 0 ? pick(def.title, lang) : null,
        i === 0 ? def.id : null,
        i === 0 ? completion : null,
        pick(item.label, lang),
        shownCell(item.shown, lang),
      ]);
    });
    if (items.length === 0) b.add([pick(def.title, lang), def.id, completion]);
  }
  return b.build();
}
