/**
 * An imported workbook as the reading worker sends it to the page: table cells' inputs as columns
 * of plain values rather than an object each (a file of 30,000 respondents holds 90,000; copied
 * one by one between threads, they took longer than reading the file), and their definitions left
 * behind: the page finds them in its own definitions.
 */
import type { CellValue, WorksheetDef, WorksheetId } from '../worksheets/types';
import { findInput, type FoundInput } from '../worksheets/input-lookup';
import type { ImportedWorkbook, ReadResult } from './read-workbook';
import { TableCellInput, type ReadInput } from './read-input';

interface WireCells {
  /** "sheet \0 table \0 column" of each kind of cell met. */
  keys: string[];
  key: number[];
  row: string[];
  cell: string[];
  index: number[];
  value: CellValue[];
}

export type WireWorkbook = Omit<ImportedWorkbook, 'inputs'> & {
  /** Inputs other than table cells (fields, lists), as they are. */
  plain: ReadInput[];
  cells: WireCells;
  /** The inputs in order: -1 for the next table cell, else the place of a plain input. */
  order: number[];
};

export type WireResult = { ok: true; workbook: WireWorkbook } | Extract<ReadResult, { ok: false }>;

const SEP = '\u0000';

export function toWire(result: ReadResult): WireResult {
  if (!result.ok) return result;
  const { inputs, ...rest } = result.workbook;
  const cells: WireCells = { keys: [], key: [], row: [], cell: [], index: [], value: [] };
  const keyOf = new Map<string, number>();
  const plain: ReadInput[] = [];
  const order: number[] = [];
  for (const x of inputs) {
    if (!(x instanceof TableCellInput) || !('table' in x.where)) {
      order.push(plain.length);
      plain.push({ sheet: x.sheet, cell: x.cell, label: x.label, input: x.input, where: x.where, value: x.value });
      continue;
    }
    const name = `${x.sheet}${SEP}${x.where.table}${SEP}${x.where.col}`;
    let k = keyOf.get(name);
    if (k === undefined) {
      k = cells.keys.length;
      cells.keys.push(name);
      keyOf.set(name, k);
    }
    order.push(-1);
    cells.key.push(k);
    cells.row.push(x.where.row);
    cells.cell.push(x.cell);
    cells.index.push(x.index);
    cells.value.push(x.value);
  }
  return { ok: true, workbook: { ...rest, plain, cells, order } };
}

/** Undefined when a cell names a worksheet or column the page does not know (not from this app's reader). */
export function fromWire(wire: WireResult, defs: readonly WorksheetDef[]): ReadResult | undefined {
  if (!wire.ok) return wire;
  const { plain, cells, order, ...rest } = wire.workbook;
  const byId = new Map(defs.map((d) => [d.id, d]));
  const kinds: { sheet: WorksheetId; table: string; col: string; found: FoundInput }[] = [];
  for (const name of cells.keys) {
    const [sheet, table, col] = name.split(SEP) as [WorksheetId, string, string];
    const def = byId.get(sheet);
    const found = def && findInput(def, { table, row: '', col });
    if (!found) return undefined;
    kinds.push({ sheet, table, col, found });
  }
  const inputs: ReadInput[] = [];
  let next = 0;
  for (const place of order) {
    if (place >= 0) {
      inputs.push(plain[place]!);
      continue;
    }
    const kind = kinds[cells.key[next]!]!;
    inputs.push(
      new TableCellInput(
        kind.sheet,
        cells.cell[next]!,
        kind.found,
        { table: kind.table, row: cells.row[next]!, col: kind.col },
        cells.value[next]!,
        cells.index[next]!,
      ),
    );
    next++;
  }
  return { ok: true, workbook: { ...rest, inputs } };
}
