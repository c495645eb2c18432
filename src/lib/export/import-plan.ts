/**
 * What importing a read .xlsx will do: the changes against the workbook it would replace (for the
 * preview), and the record to write once the user confirms: a new workbook, or the chosen one
 * with the file's inputs. Pure; storage is the caller's.
 *
 * A number that reads the same is not a change ("3,5" typed in the app and 3.5 in the file), and
 * the replaced workbook keeps its own spelling of it.
 */
import type {
  CellValue,
  InputDef,
  InputPath,
  Row,
  SheetData,
  Text,
  WorksheetDef,
  WorksheetId,
} from '../worksheets/types';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import { readNumber } from '../scoring/parse';
import { progressOf } from '../worksheets/progress';
import { seedInLanguage } from '../worksheets/seed-language';
import type { ImportedWorkbook } from './read-workbook';

export interface Change {
  sheet: WorksheetId;
  cell: string;
  label: Text;
  input: InputDef;
  before: CellValue | undefined;
  after: CellValue;
}

export interface RowCountChange {
  sheet: WorksheetId;
  table: string;
  before: number;
  after: number;
  /** Rows here that the file does not have, with something typed in them: each by its first text. */
  dropped: string[];
}

/** A row's first text, as the preview names it ("Riverside cycling club"); '' for an empty row. */
function rowText(cells: Record<string, CellValue>): string {
  for (const v of Object.values(cells)) {
    const t = (Array.isArray(v) ? v.join(', ') : v).trim();
    if (t) return t;
  }
  return '';
}

function canonical(input: InputDef, v: CellValue | undefined): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) return [...v].sort().join('\u0000');
  if ((input.kind === 'number' || input.kind === 'money') && input.rule) {
    const n = readNumber(v);
    if (n !== undefined) return `#${n}`;
  }
  return v;
}

export const sameValue = (input: InputDef, a: CellValue | undefined, b: CellValue | undefined): boolean =>
  canonical(input, a) === canonical(input, b);

/**
 * Which of the target's rows each row of the file stands for. When the file's table shares rows
 * with the target's (the file was exported from it), by identity: a row a client inserted is new,
 * and the rows below it keep their partners though their places moved. Otherwise (a file of
 * another workbook, or a sheet never opened here, whose rows get new ids), by place.
 */
type Pairing = (table: string, rowId: string) => Row | undefined;

function pairing(imported: SheetData | undefined, target: SheetData): Pairing {
  const cache = new Map<string, Map<string, Row>>();
  return (table, rowId) => {
    let pairs = cache.get(table);
    if (!pairs) {
      pairs = new Map();
      const mine = target.tables[table] ?? [];
      const theirs = imported?.tables[table] ?? [];
      const byId = new Map(mine.map((r) => [r.id, r]));
      const shared = theirs.some((r) => byId.has(r.id));
      theirs.forEach((r, i) => {
        const partner = shared ? byId.get(r.id) : mine[i];
        if (partner) pairs!.set(r.id, partner);
      });
      cache.set(table, pairs);
    }
    return pairs.get(rowId);
  };
}

/** The value at a path in the target; table cells in the row paired with the file's row. */
function valueAt(data: SheetData | undefined, where: InputPath, paired: Pairing): CellValue | undefined {
  if (!data) return undefined;
  if ('field' in where) return data.fields[where.field];
  if ('list' in where) {
    const list = data.fields[where.list];
    return Array.isArray(list) ? list[where.index] : undefined;
  }
  return paired(where.table, where.row)?.cells[where.col];
}

const sheetOf = (record: WorkbookRecord, def: WorksheetDef): SheetData =>
  record.sheets[def.id] ?? def.initial(record.lang);

/** Every input whose value differs from the target's, and every table whose number of rows changes. */
export function changesAgainst(
  imported: ImportedWorkbook,
  target: WorkbookRecord,
  defs: readonly WorksheetDef[],
): { changes: Change[]; rows: RowCountChange[] } {
  const byId = new Map(defs.map((d) => [d.id, d]));
  // The target as it would be exported in the file's language: its untouched seed rows in that
  // language, so a file exported in Polish from an English workbook shows no change for them.
  const views = new Map<WorksheetId, SheetData>();
  const viewOf = (def: WorksheetDef): SheetData => {
    let view = views.get(def.id);
    if (!view) views.set(def.id, (view = seedInLanguage(def, sheetOf(target, def), imported.fileLang)));
    return view;
  };
  const changes: Change[] = [];
  const pairings = new Map<WorksheetId, Pairing>();
  for (const x of imported.inputs) {
    const def = byId.get(x.sheet);
    if (!def) continue;
    const mine = viewOf(def);
    let paired = pairings.get(x.sheet);
    if (!paired) pairings.set(x.sheet, (paired = pairing(imported.sheets[x.sheet], mine)));
    const before = valueAt(mine, x.where, paired);
    if (!sameValue(x.input, before, x.value))
      changes.push({ sheet: x.sheet, cell: x.cell, label: x.label, input: x.input, before, after: x.value });
  }
  const rows: RowCountChange[] = [];
  for (const [id, data] of Object.entries(imported.sheets) as [WorksheetId, SheetData][]) {
    const def = byId.get(id);
    if (!def) continue;
    const mine = viewOf(def);
    for (const [table, list] of Object.entries(data.tables)) {
      const here = mine.tables[table] ?? [];
      const inFile = new Set(list.map((r) => r.id));
      const dropped = here
        .filter((r) => !inFile.has(r.id))
        .map((r) => rowText(r.cells))
        .filter(Boolean);
      if (here.length !== list.length || dropped.length)
        rows.push({ sheet: id, table, before: here.length, after: list.length, dropped });
    }
    // A list that got shorter: its removed entries are no input of the file. (Only lists: a
    // multi-select's value is an array too, and its change is shown as choices, not rows.)
    for (const [field, v] of Object.entries(data.fields)) {
      if (!def.lists?.[field]) continue;
      const old = mine.fields[field];
      if (Array.isArray(v) && Array.isArray(old) && old.length !== v.length)
        rows.push({ sheet: id, table: field, before: old.length, after: v.length, dropped: [] });
    }
  }
  return { changes, rows };
}

/** The file's inputs over the target's sheet, keeping the target's spelling of values that read the same. */
function mergeSheet(def: WorksheetDef, mine: SheetData, theirs: SheetData, imported: ImportedWorkbook): SheetData {
  const out: SheetData = structuredClone(theirs);
  const paired = pairing(theirs, mine);
  for (const [field, v] of Object.entries(mine.fields)) {
    if (!(field in out.fields)) out.fields[field] = v;
  }
  for (const x of imported.inputs) {
    if (x.sheet !== def.id) continue;
    const before = valueAt(mine, x.where, paired);
    if (before === undefined || !sameValue(x.input, before, x.value)) continue;
    const w = x.where;
    if ('field' in w) out.fields[w.field] = before;
    else if ('list' in w) {
      const list = out.fields[w.list];
      if (Array.isArray(list) && typeof before === 'string') list[w.index] = before;
    } else {
      const row = out.tables[w.table]?.find((r) => r.id === w.row);
      if (row) row.cells[w.col] = before;
    }
  }
  // Tables the file does not carry stay as they were.
  for (const [table, rows] of Object.entries(mine.tables)) if (!(table in out.tables)) out.tables[table] = rows;
  return out;
}

function withProgress(record: WorkbookRecord, defs: readonly WorksheetDef[]): WorkbookRecord {
  for (const def of defs) {
    const sheet = record.sheets[def.id];
    if (sheet) record.progress[def.id] = progressOf(def, sheet);
  }
  return record;
}

/** A new workbook holding the file's inputs. */
export function newRecordFrom(
  imported: ImportedWorkbook,
  defs: readonly WorksheetDef[],
  name: string,
  now: number,
): WorkbookRecord {
  const record = newWorkbook(name, imported.lang, now);
  record.sheets = structuredClone(imported.sheets);
  return withProgress(record, defs);
}

/** The target workbook with the file's inputs (worksheets the file lacks are kept). */
export function replacedRecord(
  imported: ImportedWorkbook,
  target: WorkbookRecord,
  defs: readonly WorksheetDef[],
  now: number,
): WorkbookRecord {
  const record: WorkbookRecord = structuredClone(target);
  record.updatedAt = now;
  record.deletedAt = 0;
  for (const def of defs) {
    const theirs = imported.sheets[def.id];
    if (theirs) record.sheets[def.id] = mergeSheet(def, sheetOf(target, def), theirs, imported);
  }
  return withProgress(record, defs);
}
