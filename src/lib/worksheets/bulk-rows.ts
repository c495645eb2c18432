/**
 * Where pasted or imported rows go in a table: blank rows at the end (a new survey's ten empty
 * rows) are filled first, then the rest is appended. Pure; the session applies it as one removal
 * of those blank rows and one addition, so Undo puts both back.
 */
import type { CellValue, Row } from './types';
import { row } from './helpers';

const blank = (v: CellValue | undefined) =>
  v === undefined || (typeof v === 'string' ? v.trim() === '' : v.length === 0);

/** A row with no input typed in it. */
export const isBlankRow = (r: Row): boolean => Object.values(r.cells).every(blank);

export interface BulkPlan {
  /** Blank rows at the end that the new rows replace (as many as there are new rows, at most). */
  replaced: Row[];
  /** Where the new rows go (the first replaced row's place, else the end). */
  at: number;
  added: Row[];
}

export function planBulkAdd(existing: readonly Row[], cells: readonly Record<string, string>[]): BulkPlan {
  let start = existing.length;
  while (start > 0 && isBlankRow(existing[start - 1]!)) start--;
  const replaced = existing.slice(start, Math.min(existing.length, start + cells.length));
  return { replaced, at: start, added: cells.map((c) => row({ ...c })) };
}
