/** Completion = answered inputs / inputs, counting non-optional inputs of every block. */
import type { CellValue, InputDef, Progress, ResultItem, ResultsBlock, SheetData, Text, WorksheetDef } from './types';
import { LANGS, isAnswered, tableRows } from './helpers';

export function defaultProgress(def: WorksheetDef, data: SheetData): Progress {
  let answered = 0;
  let total = 0;
  const count = (input: InputDef, value: CellValue | undefined) => {
    if (input.optional) return;
    total++;
    if (isAnswered(input, value)) answered++;
  };
  for (const block of def.blocks) {
    if (block.kind === 'fields') {
      for (const f of block.fields) count(f, data.fields[f.id]);
    } else if (block.kind === 'table') {
      const inputs = block.columns.filter((c): c is InputDef => c.kind !== 'computed');
      for (const r of tableRows(block, data)) for (const c of inputs) count(c, r.cells[c.id]);
    }
  }
  return { answered, total };
}

/** What decides whether a sheet is still its defaults: its answers, without row ids. */
const answersOf = (data: SheetData): string =>
  JSON.stringify([data.fields, Object.entries(data.tables).map(([id, rows]) => [id, rows.map((r) => r.cells)])]);

const defaultsOf = new WeakMap<WorksheetDef, { rows: number; answers: string }[]>();
/** Rows of every table and entries of every list field (NPS scores). */
const rowCount = (data: SheetData) =>
  Object.values(data.tables).reduce((n, rows) => n + rows.length, 0) +
  Object.values(data.fields).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);

/**
 * A sheet still exactly as opened (the seed's example pairs, a prefilled currency): nobody has
 * answered anything yet, so it is not counted as answered, whatever its defaults fill in.
 */
export function isUntouched(def: WorksheetDef, data: SheetData): boolean {
  let defaults = defaultsOf.get(def);
  if (!defaults) {
    defaults = LANGS.map((lang) => {
      const initial = def.initial(lang);
      return { rows: rowCount(initial), answers: answersOf(initial) };
    });
    defaultsOf.set(def, defaults);
  }
  // The row count first: a long survey is never compared as text.
  const rows = rowCount(data);
  const same = defaults.filter((d) => d.rows === rows);
  if (same.length === 0) return false;
  const answers = answersOf(data);
  return same.some((d) => d.answers === answers);
}

export function progressOf(def: WorksheetDef, data: SheetData): Progress {
  const p = def.progress ? def.progress(data) : defaultProgress(def, data);
  return p.answered > 0 && isUntouched(def, data) ? { answered: 0, total: p.total } : p;
}

/**
 * THE completion rule, for every completion figure in the app (page header, navigation, list,
 * step and checklist progress, Excel): the share in whole percent, rounded half up, except that
 * it is 100% only when everything is answered and 0% only when nothing is (199 of 200 is 99%,
 * 1 of 201 is 1%). Computed from integers (29 of 200 is 14.5 → 15%, as Excel's ROUND; 29/200·100
 * in floating point would be 14.4999…).
 */
export function completionShare(answered: number, total: number): number {
  if (answered <= 0) return 0;
  if (answered >= total) return 1;
  return Math.min(99, Math.max(1, Math.round((answered * 100) / total))) / 100;
}

/** The same rule as an Excel formula over a done count and a total (cell refs or numbers). */
export const completionShareFormula = (done: string, total: string): string =>
  `IF(${done}<=0,0,IF(${done}>=${total},1,MIN(0.99,MAX(0.01,ROUND(${done}/${total},2)))))`;

export const ratio = (p: Progress): number | undefined =>
  p.total === 0 ? undefined : completionShare(p.answered, p.total);

/**
 * The first result that still cannot be computed though every input is answered (weights that do
 * not total 1): completion then says why, instead of a bare 100%.
 */
export function blockedResult(
  def: WorksheetDef,
  data: SheetData,
  /** The block's items (the page passes those its results blocks already computed). */
  itemsOf: (block: ResultsBlock) => ResultItem[] = (block) => block.items(data),
): { label: Text; missing: Text | string } | undefined {
  for (const block of def.blocks) {
    if (block.kind !== 'results') continue;
    const item = itemsOf(block).find((r: ResultItem) => r.shown.value === undefined && r.missing !== undefined);
    if (item?.missing !== undefined) return { label: item.label, missing: item.missing };
  }
  return undefined;
}
