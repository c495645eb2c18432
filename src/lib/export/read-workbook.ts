/**
 * Reads an .xlsx exported by the app (perhaps edited in Excel or LibreOffice) back into worksheet
 * data. Only input cells are read, found through the hidden input map (input-map.ts); formulas and
 * their results are never read. Nothing is stored here: the caller previews and then writes.
 *
 * A file that is not one of ours, is damaged, or is far outside what the app makes (a sheet of
 * 200,000 rows, a cell of 1 MB) is refused as a whole with a problem naming what is wrong, so no
 * half-read file can replace anything. Cells that break a worksheet's rules are reported one by one
 * with their sheet and cell, and kept as typed where the app would keep them.
 */
import { read, utils, type WorkBook, type WorkSheet } from 'xlsx';
import type { InputDef, InputPath, Lang, Row, SheetData, Text, WorksheetDef, WorksheetId } from '../worksheets/types';
import { isWorksheetId } from '../worksheets/ids';
import { holdsRowsOf, newRowId } from '../worksheets/helpers';
import { findInput, inputName, type FoundInput } from '../worksheets/input-lookup';
import { DATA_VERSION } from '../storage/record';
import { legacyScorePath, upgradeSheets } from '../storage/upgrade';
import { MAP_SHEET, parseRef, readMap, type MapCellAt, type MapEntry } from './input-map';
import { readInputCell, type CellReason, type SheetCell } from './read-cell';
import { SUMMARY_SHEET } from './write-workbook';
import { isZip } from './read-table';
import { fitText } from './cell-text';
import { zipDirectoryProblem, type ZipProblem } from './zip-limit';
import { readPlainXlsx } from './read-xlsx';
import { TableCellInput, type ReadInput } from './read-input';

export type { ReadInput } from './read-input';
import { addressAt, cellAtAddress, forEachCell, sheetCell } from './sheet-cell';

/** The app's own file of 100,000 NPS respondents is about 22 MB. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
/** Rows a sheet may have: an NPS survey of 100,000 respondents (and its map's entries) with room to spare. */
export const MAX_SHEET_ROWS = 150_000;
/** Excel's own limit for a cell; a longer text was not written by a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;

export type FileProblem =
  | { code: 'empty' | 'too-large' | 'not-xlsx' | 'unreadable' | 'not-ours' | 'damaged-map' | 'no-inputs' }
  | { code: 'newer-version'; version: number }
  | { code: 'missing-sheet'; sheet: string }
  | { code: 'too-many-rows'; sheet: string; rows: number }
  | { code: 'cell-too-long'; sheet: string; cell: string; chars: number }
  | ZipProblem;

export interface CellProblem {
  sheet: WorksheetId;
  /** A1 address in the file as it is now. */
  cell: string;
  label: Text;
  typed: string;
  /** 'cut-edited': a text longer than a cell was shown cut in the file, and the client edited that cell. */
  reason: CellReason | 'deleted' | 'cut-edited';
  input: InputDef;
}

export interface ImportedWorkbook {
  name: string;
  lang: Lang;
  /** The language the file was written in: its untouched seed rows are in it. */
  fileLang: Lang;
  exportedAt: string;
  /** The exported workbook's id and last change, when the file says (workshop groups recognise copies by them). */
  workbookId?: string;
  updatedAt?: number;
  sheets: Partial<Record<WorksheetId, SheetData>>;
  inputs: ReadInput[];
  problems: CellProblem[];
  /** Sheets the app did not write (a client's notes): ignored. */
  extraSheets: string[];
  /** Rows a client added inside an editable table (read as new rows). */
  addedRows: { sheet: WorksheetId; table: string; count: number }[];
  /** Rows deleted in the spreadsheet (all their input cells are gone). */
  removedRows: { sheet: WorksheetId; table: string; count: number }[];
}

export type ReadResult = { ok: true; workbook: ImportedWorkbook } | { ok: false; problem: FileProblem };

class Refused extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.code);
  }
}

function open(bytes: Uint8Array, inflated?: ReadonlyMap<string, Uint8Array>): WorkBook {
  if (bytes.length === 0) throw new Refused({ code: 'empty' });
  if (bytes.length > MAX_IMPORT_BYTES) throw new Refused({ code: 'too-large' });
  if (!isZip(bytes)) throw new Refused({ code: 'not-xlsx' });
  // What the file would inflate to, from its directory, before SheetJS inflates anything.
  const bomb = zipDirectoryProblem(bytes);
  if (bomb) throw new Refused(bomb.code === 'zip-damaged' ? { code: 'unreadable' } : bomb);
  try {
    // Our own files (and what spreadsheets save of them) by the fast reader; the rest by SheetJS.
    // Either stops a huge sheet from being parsed whole; its real size stays in !fullref.
    return (
      readPlainXlsx(bytes, MAX_SHEET_ROWS + 1, inflated) ??
      read(bytes, {
        type: 'array',
        cellFormula: true,
        cellText: false,
        cellHTML: false,
        sheetRows: MAX_SHEET_ROWS + 1,
        dense: true,
      })
    );
  } catch {
    throw new Refused({ code: 'unreadable' });
  }
}

/** Every sheet within the row limit, and no cell longer than a spreadsheet can hold. */
function checkSize(book: WorkBook) {
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (!ws) continue;
    const full = ws['!fullref'] ?? ws['!ref'];
    const rows = full ? utils.decode_range(full).e.r + 1 : 0;
    if (rows > MAX_SHEET_ROWS) throw new Refused({ code: 'too-many-rows', sheet: name, rows });
    forEachCell(ws, (cell, r, c) => {
      const v = (cell as SheetCell).v;
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
        throw new Refused({ code: 'cell-too-long', sheet: name, cell: utils.encode_cell({ r, c }), chars: v.length });
    });
  }
}

/** The cell a map entry points at now (the spreadsheet keeps the reference up to date). */
function locate(
  book: WorkBook,
  ref: string | undefined,
  /** Where the entry's cell is, when the map worked it out already. */
  cell?: MapCellAt,
): { ws: WorkSheet; address: string } | 'deleted' {
  const at = cell ?? parseRef(ref);
  if (at === 'deleted') return 'deleted';
  if (!at) throw new Refused({ code: 'damaged-map' });
  const ws = book.Sheets[at.sheet];
  if (!ws) throw new Refused({ code: 'missing-sheet', sheet: at.sheet });
  return { ws, address: at.address };
}

interface RowState {
  row: Row;
  mapped: number;
  deleted: number;
  index: number;
}

interface SheetWork {
  def: WorksheetDef;
  data: SheetData;
  /** `index`: the row's place in the file's map (labels are fixed once rows are final). */
  /** Per table, per row id (maps of maps: no key built per cell). */
  rows: Map<string, Map<string, RowState>>;
  /** Per table: the spreadsheet row (0-based) each mapped row sits on now. */
  rowAt: Map<string, Map<number, Row>>;
  /**
   * Inputs and problems of table cells, named once the table's rows are final: a row a client
   * inserted or deleted above moves the rows below ("Customer 5" has become "Customer 6").
   */
  named: { item: { label: Text } | TableCellInput; table: string; row: Row; found: FoundInput }[];
  /** Each table column's input, found once (a table of 10,000 rows asks 10,000 times). */
  found: Map<string, FoundInput | undefined>;
}

export function readWorkbookFile(
  bytes: Uint8Array,
  defs: readonly WorksheetDef[],
  /** The zip's parts, inflated already by the size check (zip-limit.ts inflateZip). */
  inflated?: ReadonlyMap<string, Uint8Array>,
): ReadResult {
  try {
    return { ok: true, workbook: readBook(open(bytes, inflated), defs) };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, problem: err.problem };
    throw err;
  }
}

function readBook(book: WorkBook, defs: readonly WorksheetDef[]): ImportedWorkbook {
  const mapWs = book.Sheets[MAP_SHEET];
  const parsed = mapWs ? readMap(mapWs) : undefined;
  if (!parsed) throw new Refused({ code: 'not-ours' });
  const { map, damaged } = parsed;
  if (map.version > DATA_VERSION) throw new Refused({ code: 'newer-version', version: map.version });
  if (damaged) throw new Refused({ code: 'damaged-map' });
  checkSize(book);

  const byId = new Map(defs.map((d) => [d.id, d]));
  const lang = map.lang;
  const work = new Map<WorksheetId, SheetWork>();
  const sheetOf = (id: string): SheetWork => {
    if (!isWorksheetId(id)) throw new Refused({ code: 'damaged-map' });
    let w = work.get(id);
    if (!w) {
      const def = byId.get(id);
      if (!def) throw new Refused({ code: 'damaged-map' });
      w = { def, data: { fields: {}, tables: {} }, rows: new Map(), rowAt: new Map(), named: [], found: new Map() };
      work.set(id, w);
    }
    return w;
  };
  const out: ImportedWorkbook = {
    name: map.name,
    lang,
    fileLang: map.fileLang,
    exportedAt: map.exportedAt,
    ...(map.workbookId ? { workbookId: map.workbookId } : {}),
    ...(map.updatedAt !== undefined ? { updatedAt: map.updatedAt } : {}),
    sheets: {},
    inputs: [],
    problems: [],
    extraSheets: [],
    addedRows: [],
    removedRows: [],
  };

  // Rows first: the order of each table as the app had it.
  for (const e of map.entries) {
    if (e.kind !== 'rows') continue;
    const w = sheetOf(e.sheet);
    const rows = e.ids.map((id): Row => ({ id, cells: {} }));
    w.data.tables[e.table] = rows;
    w.rows.set(e.table, new Map(rows.map((row, index) => [row.id, { row, mapped: 0, deleted: 0, index }])));
  }
  const deletedInSheet = new Map<WorksheetId, { mapped: number; deleted: number }>();
  for (const e of map.entries) {
    if (e.kind === 'rows' || e.kind === 'head' || e.kind === 'end') continue;
    const w = sheetOf(e.sheet);
    const count = deletedInSheet.get(w.def.id) ?? { mapped: 0, deleted: 0 };
    deletedInSheet.set(w.def.id, count);
    count.mapped++;
    const at = locate(book, e.ref, e.kind === 'input' ? e.cell : undefined);
    if (at === 'deleted') count.deleted++;
    if (e.kind === 'list') readList(w, e, at, lang, out);
    else readOne(w, e, at, lang, out);
  }
  // A worksheet whose every input cell is gone: its sheet was deleted.
  for (const [id, c] of deletedInSheet)
    if (c.mapped > 0 && c.deleted === c.mapped) throw new Refused({ code: 'missing-sheet', sheet: id });
  if (!work.size) throw new Refused({ code: 'no-inputs' });
  for (const w of work.values()) readInsertedRows(book, map.entries, w, lang, out);

  for (const [id, w] of work) {
    for (const [table, rows] of Object.entries(w.data.tables)) {
      const kept = rows.filter((r) => {
        const s = w.rows.get(table)?.get(r.id);
        return !s || s.mapped === 0 || s.deleted < s.mapped;
      });
      if (kept.length < rows.length) out.removedRows.push({ sheet: id, table, count: rows.length - kept.length });
      w.data.tables[table] = kept;
    }
    // Each row's final place, looked up once per table (an indexOf per input is quadratic).
    const places = new Map<string, Map<Row, number>>();
    const placeOf = (table: string, r: Row) => {
      let m = places.get(table);
      if (!m) places.set(table, (m = new Map((w.data.tables[table] ?? []).map((x, i) => [x, i]))));
      return m.get(r) ?? -1;
    };
    for (const n of w.named) {
      const index = placeOf(n.table, n.row);
      if (index < 0) continue;
      if (n.item instanceof TableCellInput) n.item.index = index;
      else n.item.label = inputName(n.found, index);
    }
    out.sheets[id] = w.data;
  }
  // A file exported before data v2 holds the NPS scores as a list: read as today's rows.
  upgradeSheets(out.sheets);
  for (const x of out.inputs) if ('list' in x.where) x.where = legacyScorePath(x.where.index);
  // In the order a client reads the sheet (rows inserted in the middle were read last).
  inSheetOrder(out.inputs);
  inSheetOrder(out.problems);
  const known = new Set<string>([MAP_SHEET, ...Object.values(SUMMARY_SHEET), ...defs.map((d) => d.id)]);
  out.extraSheets = book.SheetNames.filter((n) => !known.has(n));
  return out;
}

/** Sorted by sheet (in the order met), then row and column of the cell; stable. */
function inSheetOrder(items: { sheet: WorksheetId; cell: string }[]) {
  const sheets = new Map<WorksheetId, number>();
  for (const x of items) if (!sheets.has(x.sheet)) sheets.set(x.sheet, sheets.size);
  // One number per item (sheet, row, column; '#REF!' first in its sheet): 90,000 inputs sort fast.
  const keys = new Float64Array(items.length);
  items.forEach((x, i) => {
    const at = /^[A-Z]+\d+$/.test(x.cell) ? addressAt(x.cell) : { r: -1, c: -1 };
    keys[i] = ((sheets.get(x.sheet) ?? 0) * 2_000_000 + (at.r + 1)) * 20_000 + (at.c + 1);
  });
  const order = Array.from({ length: items.length }, (_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const sorted = order.map((i) => items[i]!);
  sorted.forEach((x, i) => (items[i] = x));
}

function inputOf(w: SheetWork, path: InputPath): FoundInput | undefined {
  if (!('table' in path)) return findInput(w.def, path);
  const key = `${path.table}\u0000${path.col}`;
  if (!w.found.has(key)) w.found.set(key, findInput(w.def, path));
  return w.found.get(key);
}

function readOne(
  w: SheetWork,
  e: Extract<MapEntry, { kind: 'input' }>,
  at: ReturnType<typeof locate>,
  lang: Lang,
  out: ImportedWorkbook,
) {
  const found = inputOf(w, e.path);
  if (!found || 'list' in e.path) throw new Refused({ code: 'damaged-map' });
  const path = e.path;
  let row: RowState | undefined;
  if ('table' in path) {
    row = w.rows.get(path.table)?.get(path.row);
    if (!row) throw new Refused({ code: 'damaged-map' });
    row.mapped++;
    if (at !== 'deleted') {
      const rowAt = w.rowAt.get(path.table) ?? new Map<number, Row>();
      w.rowAt.set(path.table, rowAt.set(addressAt(at.address).r, row.row));
    }
  }
  if (at === 'deleted') {
    if (row) row.deleted++;
    else
      out.problems.push({
        sheet: w.def.id,
        cell: '#REF!',
        label: inputName(found),
        typed: '',
        reason: 'deleted',
        input: found.input,
      });
    return;
  }
  // A table cell is named once its table's rows are final (readBook); a field now.
  const label = row ? found.input.label : inputName(found);
  const cell = cellAtAddress(at.ws, at.address) as SheetCell | undefined;
  // A text too long for a cell: the cell showed its start; the map holds it whole (cell-text.ts).
  let cutEdited = false;
  let source = cell;
  if (e.whole !== undefined) {
    const now = !cell?.f && typeof cell?.v === 'string' ? cell.v : undefined;
    if (now !== undefined && (now === fitText(e.whole, 'en').text || now === fitText(e.whole, 'pl').text))
      source = { t: 's', v: e.whole };
    else cutEdited = true;
  }
  const r = readInputCell(found.input, source, lang, e.emptyAs);
  const named = <T extends { label: Text } | TableCellInput>(item: T): T => {
    if (row && 'table' in path) w.named.push({ item, table: path.table, row: row.row, found });
    return item;
  };
  if (cutEdited)
    out.problems.push(
      named({ sheet: w.def.id, cell: at.address, label, typed: r.typed, reason: 'cut-edited', input: found.input }),
    );
  if (r.problem)
    out.problems.push(
      named({ sheet: w.def.id, cell: at.address, label, typed: r.typed, reason: r.problem, input: found.input }),
    );
  if (r.value === undefined) return;
  if (row && 'col' in path) row.row.cells[path.col] = r.value;
  else if ('field' in path) w.data.fields[path.field] = r.value;
  out.inputs.push(
    row
      ? named(new TableCellInput(w.def.id, at.address, found, path, r.value, row.index))
      : { sheet: w.def.id, cell: at.address, label, input: found.input, where: path, value: r.value },
  );
}

/** A list (NPS scores): the column from its first cell down to the sheet's last row. */
function readList(
  w: SheetWork,
  e: Extract<MapEntry, { kind: 'list' }>,
  at: ReturnType<typeof locate>,
  lang: Lang,
  out: ImportedWorkbook,
) {
  const found = findInput(w.def, { list: e.field, index: 0 });
  if (!found) throw new Refused({ code: 'damaged-map' });
  if (at === 'deleted') {
    out.problems.push({
      sheet: w.def.id,
      cell: '#REF!',
      label: inputName(found, 0),
      typed: '',
      reason: 'deleted',
      input: found.input,
    });
    return;
  }
  const start = utils.decode_cell(at.address);
  const range = at.ws['!ref'] ? utils.decode_range(at.ws['!ref']) : { e: { r: start.r } };
  const values: string[] = [];
  let lastFilled = -1;
  for (let r = start.r; r <= range.e.r; r++) {
    const address = utils.encode_cell({ r, c: start.c });
    const i = r - start.r;
    const read = readInputCell(found.input, sheetCell(at.ws, r, start.c) as SheetCell | undefined, lang);
    const value = typeof read.value === 'string' ? read.value : '';
    values.push(value);
    if (value !== '') lastFilled = i;
    if (read.problem)
      out.problems.push({
        sheet: w.def.id,
        cell: address,
        label: inputName(found, i),
        typed: read.typed,
        reason: read.problem,
        input: found.input,
      });
  }
  // Blank respondents the app had are kept; blank rows past them are just the sheet's end.
  values.length = Math.max(lastFilled + 1, Math.min(e.length, values.length));
  w.data.fields[e.field] = values;
  values.forEach((value, index) =>
    out.inputs.push({
      sheet: w.def.id,
      cell: utils.encode_cell({ r: start.r + index, c: start.c }),
      label: inputName(found, index),
      input: found.input,
      where: { list: e.field, index },
      value,
    }),
  );
}

/**
 * Rows a client inserted inside an editable table in the spreadsheet (or typed into the blank row
 * right under it): between the table's header and the row after its last row, on no mapped row,
 * with something in an input column. Each becomes a new row, placed after the row above it.
 */
function readInsertedRows(
  book: WorkBook,
  entries: readonly MapEntry[],
  w: SheetWork,
  lang: Lang,
  out: ImportedWorkbook,
) {
  for (const block of w.def.blocks) {
    if (block.kind !== 'table' || !block.editable) continue;
    // Each stored table of the block: one, or one per round (instances).
    for (const tableId of Object.keys(w.data.tables).filter((t) => holdsRowsOf(block, t))) {
      const rows = w.data.tables[tableId]!;
      const mine = (e: MapEntry) => e.sheet === w.def.id && 'table' in e && e.table === tableId;
      const columns: { input: InputDef; ws: WorkSheet; c: number; r: number }[] = [];
      for (const e of entries) {
        if (e.kind !== 'head' || !mine(e)) continue;
        const at = locate(book, e.ref);
        const input = block.columns.find((col): col is InputDef => col.kind !== 'computed' && col.id === e.col);
        if (at === 'deleted' || !input) continue;
        const { c, r } = utils.decode_cell(at.address);
        columns.push({ input, ws: at.ws, c, r });
      }
      const end = entries.find((e): e is Extract<MapEntry, { kind: 'end' }> => e.kind === 'end' && mine(e));
      const endAt = end ? locate(book, end.ref) : 'deleted';
      const first = columns[0];
      if (!first || endAt === 'deleted' || endAt.ws !== first.ws) continue;
      // An open table (the sheet's last) reads every row below it too, to the sheet's end.
      const sheetEnd = first.ws['!ref'] ? utils.decode_range(first.ws['!ref']).e.r : 0;
      const endRow = end?.open
        ? Math.max(sheetEnd, utils.decode_cell(endAt.address).r)
        : utils.decode_cell(endAt.address).r;
      const mapped = w.rowAt.get(tableId) ?? new Map<number, Row>();
      const added: {
        after: Row | undefined;
        row: Row;
        cells: { address: string; input: InputDef; typed: string; problem?: CellReason }[];
      }[] = [];
      let above: Row | undefined;
      for (let r = first.r + 1; r <= endRow - (end?.spacer ? 0 : 1); r++) {
        const known = mapped.get(r);
        if (known) {
          above = known;
          continue;
        }
        const row: Row = { id: newRowId(), cells: {} };
        const cells: (typeof added)[number]['cells'] = [];
        for (const col of columns) {
          const address = utils.encode_cell({ r, c: col.c });
          const read = readInputCell(col.input, sheetCell(col.ws, r, col.c) as SheetCell | undefined, lang);
          if (read.value === undefined || read.value === '' || (Array.isArray(read.value) && !read.value.length)) {
            if (read.problem) cells.push({ address, input: col.input, typed: read.typed, problem: read.problem });
            continue;
          }
          row.cells[col.input.id] = read.value;
          cells.push({
            address,
            input: col.input,
            typed: read.typed,
            ...(read.problem ? { problem: read.problem } : {}),
          });
        }
        // A blank line between added rows adds nothing, and the next row still follows the last added.
        if (!cells.length) continue;
        added.push({ after: above, row, cells });
        above = row;
      }
      if (!added.length) continue;
      for (const a of added) rows.splice(a.after ? rows.indexOf(a.after) + 1 : 0, 0, a.row);
      out.addedRows.push({ sheet: w.def.id, table: tableId, count: added.length });
      for (const a of added) {
        const index = rows.indexOf(a.row);
        for (const cell of a.cells) {
          const found = { input: cell.input, table: block };
          const label = inputName(found, index);
          const named = <T extends { label: Text } | TableCellInput>(item: T): T => (
            w.named.push({ item, table: tableId, row: a.row, found }),
            item
          );
          if (cell.problem)
            out.problems.push(
              named({
                sheet: w.def.id,
                cell: cell.address,
                label,
                typed: cell.typed,
                reason: cell.problem,
                input: cell.input,
              }),
            );
          const value = a.row.cells[cell.input.id];
          if (value !== undefined)
            out.inputs.push(
              named(
                new TableCellInput(
                  w.def.id,
                  cell.address,
                  found,
                  { table: tableId, row: a.row.id, col: cell.input.id },
                  value,
                  index,
                ),
              ),
            );
        }
      }
    }
  }
}
