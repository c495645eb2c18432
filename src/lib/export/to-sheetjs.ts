/** Turns the definitions' plain XSheet into a SheetJS worksheet. User text is always a string cell (inert). */
import { utils, type CellObject, type WorkSheet } from 'xlsx';
import type { InputPath, Lang, XCell, XSheet } from '../worksheets/types';
import { cellString } from './cell-text';

/** A tagged cell of a sheet by its A1 address (see input-map.ts): an input, or the bounds of an editable table. */
export type TaggedInput =
  | { address: string; path: InputPath; emptyAs?: string }
  | { address: string; head: { table: string; col: string } }
  | { address: string; rowsEnd: { table: string; spacer: boolean } };

function cellOf(x: XCell, lang: Lang): CellObject | undefined {
  if (x === null) return undefined;
  // Every text through cell-text.ts: `_xHHHH_` escaped, and no cell over Excel's limit.
  if (typeof x === 'string') return { t: 's', v: cellString(x, lang) };
  if (typeof x === 'number') return Number.isFinite(x) ? { t: 'n', v: x } : undefined;
  if (typeof x === 'boolean') return { t: 'b', v: x };
  const v = x.v;
  const cell: CellObject =
    typeof v === 'number' ? { t: 'n', v } : typeof v === 'boolean' ? { t: 'b', v } : { t: 's', v: cellString(v ?? '', lang) };
  if (x.f) cell.f = x.f;
  if (x.z) cell.z = x.z;
  if (!x.f && v === undefined) return undefined;
  return cell;
}

/** The SheetJS worksheet; input cells (empty ones too) are pushed to `inputs` when given. `lang`: of a cut text's note. */
export function toWorksheet(sheet: XSheet, inputs?: TaggedInput[], lang: Lang = 'en'): WorkSheet {
  const ws: WorkSheet = {};
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    row.forEach((x, c) => {
      if (inputs && x !== null && typeof x === 'object') {
        const address = utils.encode_cell({ r, c });
        if (x.input) inputs.push({ address, path: x.input, ...(x.emptyAs === undefined ? {} : { emptyAs: x.emptyAs }) });
        if (x.head) inputs.push({ address, head: x.head });
        if (x.rowsEnd) inputs.push({ address, rowsEnd: x.rowsEnd });
        if (x.input) maxCol = Math.max(maxCol, c);
      }
      const cell = cellOf(x, lang);
      if (!cell) return;
      ws[utils.encode_cell({ r, c })] = cell;
      maxCol = Math.max(maxCol, c);
    });
  });
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxCol } });
  if (sheet.widths?.length) ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
  return ws;
}
