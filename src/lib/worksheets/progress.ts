/** Completion = answered inputs / inputs, counting non-optional inputs of every block. */
import type { CellValue, InputDef, Progress, SheetData, WorksheetDef } from './types';
import { isAnswered, tableRows } from './helpers';

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

export const progressOf = (def: WorksheetDef, data: SheetData): Progress =>
  def.progress ? def.progress(data) : defaultProgress(def, data);

export const ratio = (p: Progress): number | undefined => (p.total === 0 ? undefined : p.answered / p.total);
