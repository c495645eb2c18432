/** Shared look-ups for the definitions' unit tests (Excel rows as plain XSheet data). */
import type { XCell, XSheet } from './types';

type CellObject = Exclude<XCell, null | string | number | boolean>;

/** The cell as an object ({v, f, z}) or undefined for plain values and empties. */
export const obj = (c: XCell | undefined): CellObject | undefined =>
  c !== null && typeof c === 'object' ? c : undefined;

/**
 * The plain value of a cell, whatever its shape: a plain value as itself, an object cell as its
 * `v`. Empty cells read as null, whether plain (`null`) or a tagged input with no value
 * (`{ input }`); a missing cell (past the row's end) reads as undefined.
 */
export const cellValue = (c: XCell | undefined): string | number | boolean | null | undefined => {
  if (c === undefined) return undefined;
  if (c === null || typeof c !== 'object') return c;
  return c.v ?? null;
};

/** The first row whose first cell is `first` (plain, bold, or an input cell with that value). */
export const findRow = (sheet: XSheet, first: string): XCell[] | undefined =>
  sheet.rows.find((r) => {
    const c = r[0];
    return c === first || obj(c)?.v === first;
  });

/** The result cell (column B) of the row labelled `label` in bold. */
export function resultCell(sheet: XSheet, label: string): CellObject {
  const row = sheet.rows.find((r) => obj(r[0])?.v === label && r.length > 1);
  const cell = obj(row?.[1]);
  if (!cell) throw new Error(`no Excel result ${label}`);
  return cell;
}
