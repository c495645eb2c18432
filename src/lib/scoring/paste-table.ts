/**
 * Reading rows for a table from pasted text or from the columns of an imported file. Pure; the
 * table's paste panel shows what this reports.
 *
 * A table with one input column keeps the single-column rules of paste.ts (several entries on a
 * line, "7,5" read as 7 and 5, a one-word header skipped). A table with several input columns reads
 * one row per line, cells separated by tabs, else semicolons, else commas (a cell in double quotes
 * may hold the separator). The first line is a header when it names columns (a column's label in
 * any language or its id, letter case ignored): cells go to the named columns, and named columns
 * the table does not have are reported as left out. Without a header, cells go to the input
 * columns in order; a line with more cells than the table has input columns refuses the paste.
 *
 * Nothing typed is lost: a value a column refuses (12 for a 0–10 score) is still added as typed,
 * and listed, so the table flags it where the user can fix it.
 */
import { isHeader, splitLine, unquote, type Entry, type InvalidReason } from './paste';
import { parseInRange } from './parse';
import type { InputDef, Text } from '../worksheets/types';

/** A table's input column as the reader needs it. */
export interface PasteColumn {
  id: string;
  input: InputDef;
  /** Names a header may use for it: its label in each language. */
  names: Text;
}

export interface PastedRow {
  /** 1-based line of the text (or row of the sheet). */
  line: number;
  cells: Record<string, string>;
}

export interface FlaggedCell extends Entry {
  column: string;
  reason: InvalidReason | 'option';
}

export type PasteProblem =
  /** A header whose names match no column of the table. */
  | { kind: 'unknown-header'; line: number; names: string[] }
  /** More cells on a line than the table has columns (no header to say which is which). */
  | { kind: 'too-wide'; line: number; cells: number; columns: number };

export interface TableReading {
  rows: PastedRow[];
  flagged: FlaggedCell[];
  /** The header line, the columns it named (ids), and its names the table does not have. */
  header?: { line: number; columns: string[]; ignored: string[] };
  /** Lines read as a two-number comma list in a one-column table ("7,5" → 7 and 5). */
  pairs: Entry[];
  /** Read with the one-column rules (a header line was then skipped, not used). */
  list?: true;
  /** Set when nothing can be read: the table is unchanged. */
  problem?: PasteProblem;
}

const norm = (s: string) => s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/** The column a header cell names, if any. */
export function columnNamed(columns: readonly PasteColumn[], name: string): PasteColumn | undefined {
  const n = norm(name);
  if (n === '') return undefined;
  return columns.find((c) => norm(c.id) === n || Object.values(c.names).some((x) => norm(x) === n));
}

/** Splits one line of a several-column paste: tab, else semicolon, else comma; quotes honoured. */
export function splitCells(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      // "" inside quotes is one quote (CSV); a quote elsewhere is kept as typed.
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (quoted || cell.trim() === '') quoted = !quoted;
      else cell += ch;
    } else if (ch === sep && !quoted) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out.map((c) => unquote(c));
}

/** Why a column refuses a value (kept and flagged), or undefined when it is fine. */
export function checkCell(input: InputDef, value: string): FlaggedCell['reason'] | undefined {
  if (value.trim() === '') return undefined;
  if ((input.kind === 'number' || input.kind === 'money') && input.rule) {
    const p = parseInRange(value, input.rule);
    return p.status === 'invalid' ? p.reason : undefined;
  }
  if ((input.kind === 'choice' || input.kind === 'scale') && input.options) {
    return optionValue(input, value) === undefined ? 'option' : undefined;
  }
  return undefined;
}

/** A choice typed as its value or as its label in any language; undefined when it is neither. */
export function optionValue(input: InputDef, typed: string): string | undefined {
  const n = norm(typed);
  return input.options?.find((o) => norm(o.value) === n || Object.values(o.label).some((x) => norm(x) === n))?.value;
}

/** The cell as stored: a choice by its value when its label was typed; anything else as typed. */
function stored(input: InputDef, value: string): string {
  if (input.kind === 'choice' || input.kind === 'scale') return optionValue(input, value) ?? value;
  return value;
}

/** Builds the rows from cells by column and flags what a column refuses; empty rows are skipped. */
function finish(
  columns: readonly PasteColumn[],
  lines: readonly { line: number; cells: Record<string, string> }[],
): Pick<TableReading, 'rows' | 'flagged'> {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const rows: PastedRow[] = [];
  const flagged: FlaggedCell[] = [];
  for (const l of lines) {
    const cells: Record<string, string> = {};
    let any = false;
    for (const [id, raw] of Object.entries(l.cells)) {
      const col = byId.get(id);
      const value = raw.trim();
      if (!col || value === '') continue;
      any = true;
      const reason = checkCell(col.input, value);
      if (reason) flagged.push({ line: l.line, value, column: id, reason });
      cells[id] = stored(col.input, value);
    }
    if (any) rows.push({ line: l.line, cells });
  }
  return { rows, flagged };
}

interface Line {
  line: number;
  raw: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const [i, raw] of text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .entries())
    if (raw.trim() !== '') out.push({ line: i + 1, raw });
  return out;
}

/** A first line that names columns: its ids in order ('' for a name the table lacks). */
function headerOf(columns: readonly PasteColumn[], cells: readonly string[]): TableReading['header'] | 'unknown' {
  if (!isHeader(cells.filter((c) => c !== ''))) return undefined;
  const ids = cells.map((c) => columnNamed(columns, c)?.id ?? '');
  if (!ids.some((id) => id !== '')) return 'unknown';
  return { line: 0, columns: ids, ignored: cells.filter((c, i) => c !== '' && ids[i] === '') };
}

/**
 * `oneColumn`: a paste with no header naming columns and no tab is a bare list for that column,
 * read with the one-column rules (a survey's scores, "9, 10" on a line) even in a wider table.
 */
export function readTableText(text: string, columns: readonly PasteColumn[], oneColumn?: string): TableReading {
  const lines = linesOf(text);
  const first = lines[0];
  if (!first) return { rows: [], flagged: [], pairs: [] };
  const firstCells = splitCells(first.raw);
  const header = headerOf(columns, firstCells);
  if (header === 'unknown' && firstCells.length > 1) {
    return {
      rows: [],
      flagged: [],
      pairs: [],
      problem: { kind: 'unknown-header', line: first.line, names: firstCells },
    };
  }
  // No header naming several columns, and no tab: a bare list (one-column rules) where allowed.
  const bare = header === undefined || header === 'unknown' || firstCells.length === 1;
  const list = bare && !lines.some((l) => l.raw.includes('\t'));
  const only = columns.length === 1 ? columns[0] : list ? columns.find((c) => c.id === oneColumn) : undefined;
  // One column: its own rules, unless a header of several names says which cell is the column's.
  if (only && (header === undefined || header === 'unknown' || firstCells.length === 1))
    return readOneColumn(lines, only);
  const named = header && header !== 'unknown' ? { ...header, line: first.line } : undefined;
  const order = named ? named.columns : columns.map((c) => c.id);
  const data = named ? lines.slice(1) : lines;
  const cellsOf: { line: number; cells: Record<string, string> }[] = [];
  for (const l of data) {
    const parts = splitCells(l.raw);
    // Trailing empty cells (a trailing tab) are no data.
    while (parts.length > order.length && parts[parts.length - 1] === '') parts.pop();
    if (parts.length > order.length) {
      return {
        rows: [],
        flagged: [],
        pairs: [],
        problem: { kind: 'too-wide', line: l.line, cells: parts.length, columns: order.length },
      };
    }
    const cells: Record<string, string> = {};
    parts.forEach((p, i) => {
      const id = order[i];
      if (id) cells[id] = p;
    });
    cellsOf.push({ line: l.line, cells });
  }
  return { ...finish(columns, cellsOf), header: named, pairs: [] };
}

/** The single-column rules of paste.ts: several entries a line, a one-word header skipped. */
function readOneColumn(lines: readonly Line[], col: PasteColumn): TableReading {
  let data = lines;
  let header: TableReading['header'];
  const first = lines[0];
  if (first) {
    const parts = splitLine(first.raw);
    if (parts.length === 1 && isHeader(parts)) {
      header = { line: first.line, columns: columnNamed([col], parts[0]!) ? [col.id] : [], ignored: [] };
      data = lines.slice(1);
    }
  }
  const pairs: Entry[] = [];
  const cellsOf: { line: number; cells: Record<string, string> }[] = [];
  for (const l of data) {
    const parts = splitLine(l.raw);
    if (parts.length === 2 && /^\s*\d+\s*,\s*\d+\s*$/.test(l.raw) && !/[\t;]/.test(l.raw))
      pairs.push({ line: l.line, value: l.raw.trim() });
    for (const p of parts) cellsOf.push({ line: l.line, cells: { [col.id]: p } });
  }
  return { ...finish([col], cellsOf), header, pairs, list: true };
}

/** A file's columns (as read-table.ts gives them) chosen for the table's columns: one row per sheet row. */
export function readFileColumns(
  columns: readonly PasteColumn[],
  chosen: Readonly<Record<string, readonly Entry[] | undefined>>,
): Pick<TableReading, 'rows' | 'flagged'> {
  const byLine = new Map<number, Record<string, string>>();
  for (const c of columns) {
    for (const e of chosen[c.id] ?? []) {
      let cells = byLine.get(e.line);
      if (!cells) byLine.set(e.line, (cells = {}));
      cells[c.id] = e.value;
    }
  }
  const lines = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([line, cells]) => ({ line, cells }));
  return finish(columns, lines);
}
