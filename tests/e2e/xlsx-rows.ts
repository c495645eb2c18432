import type { CellObject, WorkSheet } from 'xlsx';
import { utils } from 'xlsx';

/** The 1-based Excel row whose cell in `col` holds exactly `text` (the n-th match). */
export function rowWith(ws: WorkSheet, col: string, text: string, nth = 0): number {
  const range = utils.decode_range(ws['!ref'] ?? 'A1');
  let seen = 0;
  for (let r = range.s.r; r <= range.e.r; r++) {
    if (ws[`${col}${r + 1}`]?.v === text && seen++ === nth) return r + 1;
  }
  throw new Error(`No row with ${col} = ${JSON.stringify(text)}`);
}

/** The cell right of a label in column `labelCol` (e.g. the value of "Blog points"). */
export function cellBeside(ws: WorkSheet, label: string, col = 'B', labelCol = 'A'): CellObject {
  const cell = ws[`${col}${rowWith(ws, labelCol, label)}`];
  if (!cell) throw new Error(`Empty ${col} beside ${label}`);
  return cell;
}
