/** Turns the definitions' plain XSheet into a SheetJS worksheet. User text is always a string cell (inert). */
import { utils, type CellObject, type WorkSheet } from 'xlsx';
import type { InputPath, XCell, XSheet } from '../worksheets/types';

/** An input cell of a sheet: its A1 address and where its value lives (see input-map.ts). */
export interface TaggedInput {
  address: string;
  path: InputPath;
  emptyAs?: string;
}

function cellOf(x: XCell): CellObject | undefined {
  if (x === null) return undefined;
  if (typeof x === 'string') return { t: 's', v: x };
  if (typeof x === 'number') return Number.isFinite(x) ? { t: 'n', v: x } : undefined;
  if (typeof x === 'boolean') return { t: 'b', v: x };
  const v = x.v;
  const cell: CellObject =
    typeof v === 'number' ? { t: 'n', v } : typeof v === 'boolean' ? { t: 'b', v } : { t: 's', v: v ?? '' };
  if (x.f) cell.f = x.f;
  if (x.z) cell.z = x.z;
  if (!x.f && v === undefined) return undefined;
  return cell;
}

/** The SheetJS worksheet; input cells (empty ones too) are pushed to `inputs` when given. */
export function toWorksheet(sheet: XSheet, inputs?: TaggedInput[]): WorkSheet {
  const ws: WorkSheet = {};
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    row.forEach((x, c) => {
      if (inputs && x !== null && typeof x === 'object' && x.input) {
        inputs.push({ address: utils.encode_cell({ r, c }), path: x.input, ...(x.emptyAs === undefined ? {} : { emptyAs: x.emptyAs }) });
        maxCol = Math.max(maxCol, c);
      }
      const cell = cellOf(x);
      if (!cell) return;
      ws[utils.encode_cell({ r, c })] = cell;
      maxCol = Math.max(maxCol, c);
    });
  });
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxCol } });
  if (sheet.widths?.length) ws['!cols'] = sheet.widths.map((wch) => ({ wch }));
  return ws;
}
