/**
 * The hidden "_inputs" sheet: a map from each input cell of an exported workbook back to its place
 * in the data, so an edited file can be imported (read-workbook.ts).
 *
 * Each input is mapped by a formula that references its cell ('crm-audit'!B7) rather than by a
 * plain address: when a client inserts or deletes rows in Excel or LibreOffice, the spreadsheet
 * rewrites the reference, so the map stays right (and a deleted cell becomes #REF!, which the
 * reader reports). Table row order is listed too, since some sheets show rows sorted (the risk
 * register) or leave blank rows out. Editable tables also map their input columns' headers and the
 * row after their last row, so rows a client inserts between them (or types into that blank row)
 * are read as new rows.
 */
import { utils, type WorkSheet } from 'xlsx';
import type { CellValue, InputPath, Lang, SheetData, Row, WorksheetDef, XCell, XSheet } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { DATA_VERSION } from '../storage/record';
import { isLocale } from '../i18n/locales';
import { asInstance, instanceIds, tableRows } from '../worksheets/helpers';
import type { TaggedInput } from './tagged-inputs';
import { isCut, splitText } from './cell-text';
import { sheetCell } from './sheet-cell';

export const MAP_SHEET = '_inputs';
export const MAP_APP = 'crm-workbook';

export type MapEntry =
  /** `whole`: a text longer than a cell holds, kept here in pieces (cell-text.ts). */
  | {
      kind: 'input';
      sheet: string;
      path: InputPath;
      ref: string | undefined;
      emptyAs?: string;
      whole?: string;
      /** Where the cell is, worked out already (a cell of a row mapped whole): `ref` is not used then. */
      cell?: MapCellAt;
    }
  | { kind: 'list'; sheet: string; field: string; ref: string | undefined; length: number }
  | { kind: 'rows'; sheet: string; table: string; ids: string[] }
  | { kind: 'head'; sheet: string; table: string; col: string; ref: string | undefined }
  | { kind: 'end'; sheet: string; table: string; ref: string | undefined; spacer: boolean; open?: boolean };

export type MapCellAt = { sheet: string; address: string } | 'deleted';

export interface InputMap {
  app: string;
  version: number;
  name: string;
  lang: Lang;
  /** The language the file was written in (older files: the workbook's). */
  fileLang: Lang;
  exportedAt: string;
  /** The exported workbook's id and last change (absent in older files): a group recognises a copy sent twice. */
  workbookId?: string;
  updatedAt?: number;
  entries: MapEntry[];
}

/** `'crm-audit'!C7`: a sheet name quoted as spreadsheets write it. */
export const sheetRef = (sheet: string, address: string): string => `'${sheet.replace(/'/g, "''")}'!${address}`;

/** A reference caches the value it points at, as a spreadsheet computes it (an empty cell is 0). */
const referenceTo = (sheet: string, tagged: TaggedInput): XCell => ({
  f: sheetRef(sheet, tagged.address),
  v: tagged.value === '' ? 0 : tagged.value,
});

/** The map sheet for a workbook whose sheets were written with their tagged inputs. */
export function mapSheet(
  record: WorkbookRecord,
  /** Each sheet as written: the same data (a never-opened sheet's defaults get new row ids each time). */
  written: { def: WorksheetDef; data: SheetData; inputs: TaggedInput[] }[],
  now: Date,
  /** The language the sheets are written in. */
  fileLang: Lang = record.lang,
): XSheet {
  // Texts are escaped and fitted by the writer (xlsx-writer.ts, through cell-text.ts), as every cell.
  const rows: XCell[][] = [
    ['kind', 'sheet', 'key', 'cell', 'extra'],
    ['app', MAP_APP, DATA_VERSION],
    ['workbook', record.name, record.lang, now.toISOString(), record.id, record.updatedAt, fileLang],
  ];
  for (const { def, data, inputs } of written) {
    const byId = rowsById(def, data);
    for (const block of def.blocks) {
      if (block.kind !== 'table') continue;
      for (const table of instanceIds(block, data)) {
        // 10,000 customers' row ids are longer than a cell holds: in pieces, as a long text.
        const ids = JSON.stringify(tableRows(asInstance(block, table), data).map((r) => r.id));
        rows.push(['rows', def.id, table, ...(isCut(ids) ? splitText(ids) : [ids])]);
      }
    }
    const compact = compactRows(inputs, byId);
    for (const tagged of inputs) {
      if ('head' in tagged) {
        rows.push(['head', def.id, JSON.stringify(tagged.head), referenceTo(def.id, tagged)]);
        continue;
      }
      if ('rowsEnd' in tagged) {
        // 2: a spacer with rows read to the sheet's end (an open table).
        rows.push([
          'end',
          def.id,
          tagged.rowsEnd.table,
          referenceTo(def.id, tagged),
          tagged.rowsEnd.open ? 2 : tagged.rowsEnd.spacer ? 1 : 0,
        ]);
        continue;
      }
      const { path, emptyAs } = tagged;
      if ('list' in path) {
        // A list is mapped by its first entry; the reader takes the column from there down.
        if (path.index === 0) {
          const list = data.fields[path.list];
          rows.push(['list', def.id, path.list, referenceTo(def.id, tagged), Array.isArray(list) ? list.length : 0]);
        }
        continue;
      }
      if ('table' in path && compact.has(tagged)) {
        if (compact.get(tagged)) rows.push(['row', def.id, path.table, referenceTo(def.id, tagged), path.row]);
        continue; // the row's other cells are found by their columns' headers
      }
      const value = valueOf(data, byId, path);
      const pieces = typeof value === 'string' && isCut(value) ? splitText(value).map((piece) => ({ piece })) : [];
      rows.push([
        'input',
        def.id,
        JSON.stringify(path),
        referenceTo(def.id, tagged),
        ...(emptyAs === undefined && !pieces.length ? [] : [emptyAs ?? '']),
        ...pieces.map((p) => p.piece),
      ]);
    }
  }
  // The reader uses the formulas, never their cached values.
  return { rows };
}

type CellInput = Extract<TaggedInput, { path: InputPath }>;

/**
 * Table rows mapped by one entry each instead of one per cell (10,000 respondents: 10,000 map
 * rows, not 30,000): a row whose input cells are all on one sheet row, each under its column's
 * mapped header, every input column of the table there, none needing more than its reference
 * (no `emptyAs`, no text in pieces). Every cell of such a row is a key; the row's first cell, whose
 * reference gives the row, maps to true. The reader finds each cell from the headers' columns.
 */
function compactRows(inputs: readonly TaggedInput[], byId: Map<string, Map<string, Row>>): Map<TaggedInput, boolean> {
  const heads = new Map<string, Map<string, number>>();
  for (const t of inputs) {
    if (!('head' in t)) continue;
    let cols = heads.get(t.head.table);
    if (!cols) heads.set(t.head.table, (cols = new Map()));
    cols.set(t.head.col, colOf(t.address));
  }
  // Per table, per row id: its cells (maps of maps: no key built per cell of 30,000).
  const cells = new Map<string, Map<string, CellInput[]>>();
  for (const t of inputs) {
    if (!('path' in t) || !('table' in t.path) || !heads.has(t.path.table)) continue;
    let rows = cells.get(t.path.table);
    if (!rows) cells.set(t.path.table, (rows = new Map()));
    const list = rows.get(t.path.row);
    if (list) list.push(t);
    else rows.set(t.path.row, [t]);
  }
  const out = new Map<TaggedInput, boolean>();
  for (const [table, rows] of cells) {
    const cols = heads.get(table)!;
    const stored = byId.get(table);
    for (const [rowId, list] of rows) {
      if (list.length !== cols.size) continue;
      const first = list[0]!;
      const cellsOfRow = stored?.get(rowId)?.cells;
      let fits = true;
      for (let i = 0; fits && i < list.length; i++) {
        const t = list[i]!;
        const col = (t.path as { col: string }).col;
        const value = cellsOfRow?.[col];
        fits =
          t.row === first.row &&
          cols.get(col) === t.col &&
          t.emptyAs === undefined &&
          !(typeof value === 'string' && isCut(value)) &&
          // Each column once.
          !list.some((o, j) => j < i && (o.path as { col: string }).col === col);
      }
      if (fits) list.forEach((t) => out.set(t, t === first));
    }
  }
  return out;
}

/** The 0-based column of an A1 address. */
const colOf = (address: string): number => utils.decode_cell(address).c;

/** A sheet's rows by id per table, made once per export of it (a find per input is quadratic). */
function rowsById(def: WorksheetDef, data: SheetData): Map<string, Map<string, Row>> {
  const out = new Map<string, Map<string, Row>>();
  for (const b of def.blocks)
    if (b.kind === 'table')
      for (const t of instanceIds(b, data))
        out.set(t, new Map(tableRows(asInstance(b, t), data).map((r) => [r.id, r])));
  return out;
}

function valueOf(data: SheetData, rows: Map<string, Map<string, Row>>, path: InputPath): CellValue | undefined {
  if ('field' in path) return data.fields[path.field];
  if (!('table' in path)) return undefined;
  return rows.get(path.table)?.get(path.row)?.cells[path.col];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** JSON written by mapSheet; undefined when a cell no longer holds it (a damaged entry). */
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function parsePath(text: string): InputPath | undefined {
  const o = json(text);
  if (!isRecord(o)) return undefined;
  if (typeof o['field'] === 'string') return { field: o['field'] };
  if (typeof o['table'] === 'string' && typeof o['row'] === 'string' && typeof o['col'] === 'string')
    return { table: o['table'], row: o['row'], col: o['col'] };
  return undefined;
}

function parseHead(text: string): { table: string; col: string } | undefined {
  const o = json(text);
  return isRecord(o) && typeof o['table'] === 'string' && typeof o['col'] === 'string'
    ? { table: o['table'], col: o['col'] }
    : undefined;
}

function parseIds(text: string): string[] | undefined {
  const ids = json(text);
  return Array.isArray(ids) && ids.every((x) => typeof x === 'string') ? ids : undefined;
}

/**
 * The map sheet's cells by row and column: values as sheet_to_json gives them (raw, '' for an
 * empty cell), without an array per row of 30,000.
 */
function mapCells(ws: WorkSheet) {
  const range = ws['!ref'] ? utils.decode_range(ws['!ref']) : undefined;
  const width = range ? range.e.c + 1 : 0;
  const cellAt = (r: number, c: number): { v?: unknown; f?: string } | undefined =>
    c < width ? sheetCell(ws, r, c) : undefined;
  return {
    rows: range ? range.e.r + 1 : 0,
    value: (r: number, c: number): unknown => cellAt(r, c)?.v ?? '',
    formula: (r: number, c: number): string | undefined => cellAt(r, c)?.f,
    /** The values of row `r` from column `from` to the sheet's last. */
    from: (r: number, from: number): unknown[] =>
      Array.from({ length: Math.max(0, width - from) }, (_, i) => cellAt(r, from + i)?.v ?? ''),
  };
}

/**
 * Reads the map sheet. Undefined when it is not ours at all; entries that cannot be read are
 * counted in `damaged` (the caller refuses the file then: a guessed mapping could put answers in
 * the wrong place).
 */
export function readMap(ws: WorkSheet): { map: InputMap; damaged: number } | undefined {
  const cells = mapCells(ws);
  const { formula } = cells;
  let app = -1;
  let meta = -1;
  for (let r = 0; r < cells.rows && (app < 0 || meta < 0); r++) {
    const kind = cells.value(r, 0);
    if (kind === 'app' && app < 0) app = r;
    if (kind === 'workbook' && meta < 0) meta = r;
  }
  if (app < 0 || str(cells.value(app, 1)) !== MAP_APP) return undefined;
  const version = Number(cells.value(app, 2));
  const about = (c: number): unknown => (meta < 0 ? undefined : cells.value(meta, c));
  const stored = about(2);
  const lang: Lang = isLocale(stored) ? stored : 'en';
  const written = about(6);
  const updatedAt = about(5);
  const map: InputMap = {
    app: MAP_APP,
    version: Number.isFinite(version) ? version : 0,
    name: str(about(1)),
    lang,
    fileLang: isLocale(written) ? written : lang,
    exportedAt: str(about(3)),
    ...(str(about(4)) ? { workbookId: str(about(4)) } : {}),
    ...(typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? { updatedAt } : {}),
    entries: [],
  };
  let damaged = 0;
  /** Rows mapped whole, expanded to their cells once every header is read. */
  const whole: { at: number; sheet: string; table: string; row: string; ref: string | undefined }[] = [];
  for (let i = 0; i < cells.rows; i++) {
    const value = (c: number) => cells.value(i, c);
    const kind = value(0);
    const sheet = str(value(1));
    if (kind === 'row') {
      const table = str(value(2));
      const row = str(value(4));
      if (!table || !row) {
        damaged++;
        continue;
      }
      whole.push({ at: map.entries.length, sheet, table, row, ref: formula(i, 3) });
    } else if (kind === 'input') {
      const path = parsePath(str(value(2)));
      if (!path) {
        damaged++;
        continue;
      }
      const emptyAs = str(value(4));
      const whole = cells.from(i, 5).map(str).join('');
      map.entries.push({
        kind,
        sheet,
        path,
        ref: formula(i, 3),
        ...(emptyAs ? { emptyAs } : {}),
        ...(whole ? { whole } : {}),
      });
    } else if (kind === 'list') {
      const length = Number(value(4));
      map.entries.push({
        kind,
        sheet,
        field: str(value(2)),
        ref: formula(i, 3),
        length: Number.isInteger(length) && length >= 0 ? length : 0,
      });
    } else if (kind === 'head') {
      const head = parseHead(str(value(2)));
      if (!head) {
        damaged++;
        continue;
      }
      map.entries.push({ kind, sheet, ...head, ref: formula(i, 3) });
    } else if (kind === 'end') {
      const open = value(4) === 2;
      map.entries.push({ kind, sheet, table: str(value(2)), ref: formula(i, 3), spacer: value(4) === 1 || open, open });
    } else if (kind === 'rows') {
      const ids = parseIds(cells.from(i, 3).map(str).join(''));
      if (!ids) {
        damaged++;
        continue;
      }
      map.entries.push({ kind, sheet, table: str(value(2)), ids });
    }
  }
  if (whole.length) {
    const expanded = expandRows(map.entries, whole);
    damaged += expanded.damaged;
    map.entries = expanded.entries;
  }
  return { map, damaged };
}

/**
 * A row mapped whole becomes one input entry per mapped header of its table: the header's column
 * at the row's reference (both rewritten by a spreadsheet when rows or columns are inserted), in
 * the place of the row among the entries.
 */
function expandRows(
  entries: MapEntry[],
  whole: { at: number; sheet: string; table: string; row: string; ref: string | undefined }[],
): { entries: MapEntry[]; damaged: number } {
  const heads = new Map<string, { col: string; column: string | undefined }[]>();
  for (const e of entries) {
    if (e.kind !== 'head') continue;
    const key = `${e.sheet}\u0000${e.table}`;
    const at = parseRef(e.ref);
    let list = heads.get(key);
    if (!list) heads.set(key, (list = []));
    list.push({ col: e.col, column: at && at !== 'deleted' ? /^[A-Z]+/.exec(at.address)?.[0] : undefined });
  }
  let damaged = 0;
  const out: MapEntry[] = [];
  let next = 0;
  for (const w of whole) {
    while (next < w.at) out.push(entries[next++]!);
    const cols = heads.get(`${w.sheet}\u0000${w.table}`);
    const at = parseRef(w.ref);
    if (!cols || at === undefined) {
      damaged++;
      continue;
    }
    for (const c of cols) {
      const path: InputPath = { table: w.table, row: w.row, col: c.col };
      // A deleted row or header column: its cells are deleted, as a cell's own reference would say.
      const cell =
        at === 'deleted' || c.column === undefined
          ? ('deleted' as const)
          : { sheet: at.sheet, address: `${c.column}${/\d+$/.exec(at.address)![0]}` };
      out.push({ kind: 'input', sheet: w.sheet, path, ref: undefined, cell });
    }
  }
  while (next < entries.length) out.push(entries[next++]!);
  return { entries: out, damaged };
}

/** Where the map says the input cell of `path` is (a row mapped whole included); undefined when it has none. */
export function mappedCell(ws: WorkSheet, path: InputPath): { sheet: string; address: string } | undefined {
  const key = JSON.stringify(path);
  const e = readMap(ws)?.map.entries.find((x) => x.kind === 'input' && JSON.stringify(x.path) === key);
  const at = e?.kind === 'input' ? (e.cell ?? parseRef(e.ref)) : undefined;
  return at && at !== 'deleted' ? at : undefined;
}

/** The sheet and A1 address a map formula points at; 'deleted' when the cell was deleted (#REF!). */
export function parseRef(formula: string | undefined): { sheet: string; address: string } | 'deleted' | undefined {
  if (formula === undefined) return undefined;
  const f = formula.replace(/^=/, '').trim();
  if (f.includes('#REF!')) return 'deleted';
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(f);
  if (!m) return undefined;
  return { sheet: (m[1] ?? m[2] ?? '').replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}
