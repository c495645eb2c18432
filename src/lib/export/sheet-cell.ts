/**
 * A cell of a read worksheet by row and column, whichever way it is held: dense (`!data`, rows of
 * cells: what the import reads, 100,000 cells without a hashed key each) or sparse (keyed by A1
 * address, as tests and SheetJS's default build them).
 */
import { utils, type CellObject, type WorkSheet } from 'xlsx';

export function sheetCell(ws: WorkSheet, r: number, c: number): CellObject | undefined {
  const dense = ws['!data'];
  if (dense) return dense[r]?.[c];
  return ws[utils.encode_cell({ r, c })] as CellObject | undefined;
}

/** Row and column (0-based) of an A1 address ("B12" → 11, 1). */
export function addressAt(address: string): { r: number; c: number } {
  let c = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const k = address.charCodeAt(i) - 64;
    if (k < 1 || k > 26) break;
    c = c * 26 + k;
  }
  return { r: Number(address.slice(i)) - 1, c: c - 1 };
}

export const cellAtAddress = (ws: WorkSheet, address: string): CellObject | undefined => {
  const { r, c } = addressAt(address);
  return sheetCell(ws, r, c);
};

/** Every cell of a sheet with its row and column (0-based). */
export function forEachCell(ws: WorkSheet, each: (cell: CellObject, r: number, c: number) => void): void {
  const dense = ws['!data'];
  if (!dense) {
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue;
      const { r, c } = addressAt(key);
      each(ws[key] as CellObject, r, c);
    }
    return;
  }
  for (let r = 0; r < dense.length; r++) {
    const row = dense[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) each(cell, r, c);
    }
  }
}
