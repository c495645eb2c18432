/**
 * Rows the user never touched are the seed's, in the page's language: a workbook created in
 * English and opened in Polish shows (and exports) the seed's loyalty pairs and example risk in
 * Polish. A row counts as untouched when its cells equal a seed row of another language exactly;
 * it keeps its id and takes the same seed row's cells in `lang`. Edited rows stay as typed.
 */
import type { Lang, Row, SheetData, WorksheetDef } from './types';
import { LANGS } from './helpers';
const key = (cells: Row['cells']) =>
  JSON.stringify(
    Object.entries(cells)
      .filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/** The rows whose cells must change to be the seed's in `lang`: table id → row id → new cells. */
export function seedRowsToTranslate(
  def: WorksheetDef,
  data: SheetData,
  lang: Lang,
): Map<string, Map<string, Row['cells']>> {
  const out = new Map<string, Map<string, Row['cells']>>();
  const target = def.initial(lang);
  for (const other of LANGS) {
    if (other === lang) continue;
    const source = def.initial(other);
    for (const [table, seedRows] of Object.entries(source.tables)) {
      const wanted = target.tables[table];
      if (!wanted || wanted.length !== seedRows.length) continue;
      // Seed row k in the other language ↔ seed row k in this one, when their texts differ.
      const byKey = new Map<string, Row['cells']>();
      seedRows.forEach((r, k) => {
        const to = wanted[k]!.cells;
        if (key(r.cells) !== key(to) && key(r.cells) !== '[]') byKey.set(key(r.cells), to);
      });
      if (byKey.size === 0) continue;
      for (const r of data.tables[table] ?? []) {
        const to = byKey.get(key(r.cells));
        if (to) {
          const rows = out.get(table) ?? new Map<string, Row['cells']>();
          rows.set(r.id, to);
          out.set(table, rows);
        }
      }
    }
  }
  return out;
}

/** The data with every untouched seed row in `lang` (a copy; `data` is not changed). */
export function seedInLanguage(def: WorksheetDef, data: SheetData, lang: Lang): SheetData {
  const changes = seedRowsToTranslate(def, data, lang);
  if (changes.size === 0) return data;
  const tables = { ...data.tables };
  for (const [table, rows] of changes) {
    tables[table] = (data.tables[table] ?? []).map((r) => {
      const to = rows.get(r.id);
      return to ? { id: r.id, cells: { ...to } } : r;
    });
  }
  return { ...data, tables };
}
