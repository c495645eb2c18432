import { utils, type WorkSheet } from 'xlsx';

/** The 1-based row whose cell in `col` equals (or matches) `text`: find cells by label, not by guessed address. */
export function rowOf(ws: WorkSheet, text: string | RegExp, col = 'A', from = 1): number {
  const range = utils.decode_range(ws['!ref'] ?? 'A1');
  for (let r = Math.max(range.s.r, from - 1); r <= range.e.r; r++) {
    const c = ws[`${col}${r + 1}`] as { v?: unknown } | undefined;
    if (c && (typeof text === 'string' ? c.v === text : text.test(String(c.v)))) return r + 1;
  }
  throw new Error(`"${String(text)}" not found in column ${col}`);
}

/** A cell's value and formula, for compact assertions. */
export function cell(ws: WorkSheet, address: string): { v: unknown; f?: string } {
  const c = ws[address] as { v?: unknown; f?: string } | undefined;
  return c ? { v: c.v, ...(c.f ? { f: c.f } : {}) } : { v: undefined };
}

/** Every cell of a 1-based row, left to right. */
export function cellsOfRow(ws: WorkSheet, row: number): { v: unknown; f?: string }[] {
  const range = utils.decode_range(ws['!ref'] ?? 'A1');
  const out: { v: unknown; f?: string }[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) out.push(cell(ws, `${utils.encode_col(c)}${row}`));
  return out;
}
