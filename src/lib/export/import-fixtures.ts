/**
 * Test support for the .xlsx import: workbooks to export, and every input of a record in one
 * comparable list (what "the same inputs" means for the round-trip tests).
 */
import type { CellValue, InputDef, Lang, SheetData, WorksheetDef } from '../worksheets/types';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import { asInstance, instanceIds, tableRows } from '../worksheets/helpers';
import { readNumber } from '../scoring/parse';

/**
 * "sheet/where = value" for every input, in order. Text is compared byte for byte; a number input
 * holding a number compares by value (the file holds 3.5 whether "3,5" or "3.5" was typed);
 * empty, missing and an empty selection are the same answer.
 */
export function inputsOf(record: WorkbookRecord, defs: readonly WorksheetDef[]): string[] {
  const out: string[] = [];
  const show = (input: InputDef, v: CellValue | undefined): string => {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '';
    if (Array.isArray(v)) return JSON.stringify(v);
    if ((input.kind === 'number' || input.kind === 'money') && readNumber(v) !== undefined) return `#${readNumber(v)}`;
    return JSON.stringify(v);
  };
  for (const def of defs) {
    const data: SheetData = record.sheets[def.id] ?? def.initial(record.lang);
    for (const block of def.blocks) {
      if (block.kind === 'fields')
        for (const f of block.fields) out.push(`${def.id}/${f.id} = ${show(f, data.fields[f.id])}`);
      if (block.kind === 'table') {
        // Every stored table of the block: each NPS round's respondents.
        for (const id of instanceIds(block, data))
          tableRows(asInstance(block, id), data).forEach((r, i) => {
            for (const c of block.columns)
              if (c.kind !== 'computed') out.push(`${def.id}/${id}[${i}:${r.id}].${c.id} = ${show(c, r.cells[c.id])}`);
          });
      }
    }
    for (const [field, { input }] of Object.entries(def.lists ?? {})) {
      const list = data.fields[field];
      (Array.isArray(list) ? list : []).forEach((v, i) => out.push(`${def.id}/${field}[${i}] = ${show(input, v)}`));
    }
  }
  return out;
}

export function exampleRecord(defs: readonly WorksheetDef[], lang: Lang, name = 'Example'): WorkbookRecord {
  const record = newWorkbook(name, lang);
  for (const def of defs) record.sheets[def.id] = def.example(lang);
  return record;
}
