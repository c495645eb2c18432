/**
 * The Excel sheet of any definition laid out from its blocks: fields, tables and results, each
 * computed column and result as its formula (the `excel` beside its TypeScript) with the app's value
 * cached, or as the value alone where a definition gives no formula. A worksheet with no special
 * layout needs no `excel()` of its own.
 */
import type { Formula } from './formula';
import type {
  Column,
  ComputedColumn,
  Lang,
  SheetData,
  SheetRefs,
  TableBlock,
  WorksheetDef,
  XCell,
  XSheet,
} from './types';
import { pick, rowName, tableRows } from './helpers';
import { SheetBuilder, cellAt, fieldAt, headCell, inputCell, label, rowsEndRow, shownCell } from './excel';
import { a1, rowRefs, span } from './formula';

/** A formula cell caching what the app shows (a blank where it shows "—"). */
function formulaCell(f: Formula, shown: XCell, result?: string): XCell {
  const cached = shown === null ? {} : typeof shown === 'object' ? shown : { v: shown };
  return { ...cached, f, ...(result ? { result } : {}) };
}

const isComputed = (c: Column): c is ComputedColumn => c.kind === 'computed';

export function genericExcel(def: WorksheetDef, data: SheetData, lang: Lang): XSheet {
  const b = new SheetBuilder([40, 24, 24, 24, 24, 24, 24]);
  b.add([{ v: pick(def.title, lang), bold: true }]);
  b.add([pick(def.intro, lang)]);
  const fields = new Map<string, string>();
  const columns = new Map<string, { col: number; first: number; last: number }>();

  const table = (block: TableBlock) => {
    b.add([
      label(block.rowHeader, lang),
      ...block.columns.map((c) =>
        isComputed(c) || !block.editable ? label(c.label, lang) : headCell(pick(c.label, lang), block.id, c.id),
      ),
    ]);
    const place = Object.fromEntries(block.columns.map((c, i) => [c.id, i + 1]));
    const rows = tableRows(block, data);
    const first = b.next;
    rows.forEach((r, i) => {
      const refs = rowRefs(place, b.next);
      b.add([
        rowName(block, i, lang),
        ...block.columns.map((c) => {
          if (!isComputed(c)) return inputCell(c, r.cells[c.id], lang, cellAt(block.id, r.id, c.id));
          const shown = shownCell(c.compute(r, data), lang);
          return c.excel ? formulaCell(c.excel(refs), shown) : shown;
        }),
      ]);
    });
    // A table with no rows keeps one empty line, so its ranges stay valid.
    if (rows.length === 0) b.blank();
    const last = b.next - 1;
    block.columns.forEach((c, i) => columns.set(`${block.id}/${c.id}`, { col: i + 1, first, last }));
    if (block.editable) b.add(rowsEndRow(block.id));
  };

  const refs: SheetRefs = {
    field: (id) => {
      const at = fields.get(id);
      if (!at) throw new Error(`no field "${id}" above this formula`);
      return at;
    },
    range: (tableId, col) => {
      const at = columns.get(`${tableId}/${col}`);
      if (!at) throw new Error(`no column "${tableId}/${col}" above this formula`);
      return span(at.col, at.first, at.last);
    },
  };

  for (const block of def.blocks) {
    // Charts and actions have no cells; their numbers are the results'.
    if (block.kind === 'custom') continue;
    b.blank();
    if (block.title) b.heading(pick(block.title, lang));
    if (block.kind === 'note') {
      b.add([pick(block.text, lang)]);
    } else if (block.kind === 'fields') {
      for (const f of block.fields) {
        fields.set(f.id, a1(1, b.next));
        b.add([pick(f.label, lang), inputCell(f, data.fields[f.id], lang, fieldAt(f.id))]);
      }
    } else if (block.kind === 'table') {
      table(block);
    } else {
      for (const item of block.items(data)) {
        const shown = shownCell(item.shown, lang);
        b.add([
          label(item.label, lang),
          item.excel ? formulaCell(item.excel(refs), shown, item.id) : formulaless(shown, item.id),
        ]);
      }
    }
  }
  return b.build();
}

/** A value with no formula, still tagged so the Summary sheet refers to it. */
function formulaless(shown: XCell, result: string): XCell {
  if (shown === null) return { v: '', result };
  return typeof shown === 'object' ? { ...shown, result } : { v: shown, result };
}
