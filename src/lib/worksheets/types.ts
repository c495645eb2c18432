/**
 * The worksheet contract. A worksheet is data: blocks of fields and tables, results computed by
 * pure functions, an Excel sheet built from the same data. One generic view renders any
 * definition; a worksheet needing a picture (chart, heat map) names a custom panel by key.
 *
 * Stored values are the user's text exactly as typed (`CellValue`): parsing happens when scoring,
 * so a bad entry is kept and flagged, never lost or clamped.
 */

import type { Locale } from '../i18n/locales';
/** The interface and content language (an alias of Locale, kept for the definitions). */
export type Lang = Locale;
/**
 * Content from the seed in every language. User text is never a Text: it is stored as typed.
 * Every language is required: the type checker refuses a content text missing one.
 */
export interface Text {
  en: string;
  pl: string;
  zh: string;
}

/** Text or yes/no/choice value: a string; multi-select: the chosen option values. */
export type CellValue = string | string[];

export interface Row {
  /** Stable id, unique in its table (reorder and undo keep it). */
  id: string;
  cells: Record<string, CellValue>;
}

export interface SheetData {
  fields: Record<string, CellValue>;
  tables: Record<string, Row[]>;
}

export type { WorksheetId } from './ids';
import type { WorksheetId } from './ids';

/** A number input's rule; the message names it: "Rating must be a whole number from 1 to 5". */
export interface NumberRule {
  integer: boolean;
  min: number;
  max: number;
  /** The noun used in messages ("Rating", "Weight", "Score"). */
  noun: Text;
}

export interface Option {
  value: string;
  label: Text;
  /** In a multi-select, an answer on its own ("None of these"): choosing it clears the others, and back. */
  exclusive?: boolean;
}

export type InputKind =
  | 'text' // one line
  | 'longtext' // grows as typed
  | 'number' // needs `rule`
  | 'money' // a number ≥ 0, formatted with the sheet's currency field
  | 'yesno' // 'yes' | 'no' | ''
  | 'check' // 'yes' | ''
  | 'choice' // one of `options` (radio group)
  | 'multi' // several of `options` (checkbox group)
  | 'scale' // one of `options`, shown as a horizontal scale of positions
  | 'date'; // ISO yyyy-mm-dd

export interface InputDef {
  id: string;
  kind: InputKind;
  label: Text;
  /** Help shown under the label (the seed's description). */
  hint?: Text;
  rule?: NumberRule;
  options?: Option[];
  /** Not counted in completion (notes, optional scores). */
  optional?: boolean;
}

/** What a computed cell or result shows. `undefined` value = no data, shown as "—". */
/** `weight`: two decimals, up to four when needed (a refused 0.998 must not read 1.00). */
export type NumFormat = 'int' | 'signedInt' | 'dec1' | 'dec2' | 'weight' | 'pct1' | 'pct0';
export type Shown =
  { kind: 'num'; value: number | undefined; format: NumFormat } | { kind: 'text'; value: Text | string | undefined };

/** The cells of one table row by column id (A1 references), for a column's Excel formula. */
export interface RowRefs {
  col: (id: string) => string;
}

export interface ComputedColumn {
  id: string;
  kind: 'computed';
  label: Text;
  compute: (row: Row, data: SheetData) => Shown;
  /** The same rule as an Excel formula over the row's cells (worksheets/formula.ts), beside its TypeScript. */
  excel?: (row: RowRefs) => string;
}

export type Column = InputDef | ComputedColumn;

export interface FixedRow {
  id: string;
  label: Text;
  /** The seed's description of the row, shown beside its label. */
  description?: Text;
  /** Optional group heading shown before this row (e.g. the channel audit's dimensions). */
  group?: Text;
  /** What the two ends of this row's scale mean (website trait ↔ blog trait), shown at each end. */
  ends?: [Text, Text];
}

export interface TableBlock {
  kind: 'table';
  id: string;
  title?: Text;
  intro?: Text;
  columns: Column[];
  /** Header of the row-label column ("Question", "Respondent"). */
  rowHeader: Text;
  /** Rows given by the seed, not removable. Data rows use the same ids. */
  fixedRows?: FixedRow[];
  /**
   * Editable list (add, remove, reorder). Rows are named "{noun} {n}" for accessible names,
   * e.g. "Respondent 3 — Score".
   */
  editable?: {
    rowNoun: Text;
    addLabel: Text;
    /** Minimum rows kept (remove is disabled below it). */
    minRows?: number;
    /** A button that orders the rows by this number, highest first (rows without one last, ties kept). */
    sortBy?: { label: Text; score: (row: Row) => number | undefined };
  };
  /**
   * A table kept once per round (the NPS survey): `all` lists the stored tables holding its rows
   * (`id` itself and `id@key` ones), `shown` the one the page edits. Export and import walk all.
   */
  instances?: { all: (data: SheetData) => string[]; shown: (data: SheetData) => string };
  /**
   * A long table (a survey: thousands of rows). Shown a page at a time by the shared pager (with
   * "go to row"), and filled by pasting several columns or importing a .csv/.xlsx column set
   * (ui/worksheet/TableBulk.svelte; read by scoring/paste-table.ts). Rows keep their ids, so two
   * tabs editing the same table merge by id.
   */
  bulk?: {
    /** Rows per page (default 100). */
    pageSize?: number;
    /** Most rows one paste or file may add (default 50,000). */
    maxAtOnce?: number;
    /**
     * A paste with no header naming columns and no tab is a bare list for this column, read with
     * the one-column rules (several values a line; a survey's list of scores).
     */
    oneColumn?: string;
    /** false: the printed report leaves the rows out (a survey is shown by its results). */
    inReport?: false;
  };
}

export interface FieldsBlock {
  kind: 'fields';
  id: string;
  /** Show "3 of 5 answered" by the title (the steps of Module III). */
  stepProgress?: boolean;
  title?: Text;
  intro?: Text;
  fields: InputDef[];
}

export interface ResultItem {
  id: string;
  /** The output's accessible name: "Net Promoter Score". */
  label: Text;
  shown: Shown;
  /** When the value is undefined: what is missing ("Rate question 3"). */
  missing?: Text | string;
  /** A short line under the value ("0.90 — add 0.10", "indicative: fewer than 30"). */
  detail?: Text | string;
  tone?: 'good' | 'warn' | 'bad' | 'neutral';
  /** The same rule as an Excel formula over the sheet's cells, beside its TypeScript (generic-sheet.ts). */
  excel?: (refs: SheetRefs) => string;
}

/** The cells of a sheet laid out by generic-sheet.ts, by name, for a result's Excel formula. */
export interface SheetRefs {
  /** A field's input cell (`B7`). */
  field: (id: string) => string;
  /** A table column's cells over the table's rows (`C12:C20`). */
  range: (table: string, col: string) => string;
}

export interface ResultsBlock {
  kind: 'results';
  id: string;
  title?: Text;
  items: (data: SheetData) => ResultItem[];
}

/**
 * The custom panels (charts, heat map, actions) by name. ui/panels/registry.ts must load every one
 * (its type says so), so a misspelt or missing panel fails the type check.
 */
export type PanelName =
  | 'normalise-weights'
  | 'nps-chart'
  | 'nps-round'
  | 'nps-trend'
  | 'nps-segments'
  | 'content-forms-chart'
  | 'money-preview'
  | 'stakeholder-grid'
  | 'risk-heatmap'
  | 'voicebot-chart'
  | 'abc-paste'
  | 'abc-pareto-chart'
  | 'abc-ranking'
  | 'tiers-copy'
  | 'tiers-grid'
  | 'vip-copy'
  | 'vip-chart'
  | 'grades-funnel'
  | 'standards-chart';

/** Named panel drawn by ui/worksheet/custom (charts, heat map, actions). */
export interface CustomBlock {
  kind: 'custom';
  id: string;
  panel: PanelName;
  /** The table or field the panel works on, when it needs one. */
  target?: string;
  title?: Text;
}

/** Static guidance text (the seed's explanations). */
export interface NoteBlock {
  kind: 'note';
  id: string;
  title?: Text;
  text: Text;
}

export type Block = TableBlock | FieldsBlock | ResultsBlock | CustomBlock | NoteBlock;

/**
 * Where an input cell's value lives in SheetData, so an edited .xlsx can be read back: a field,
 * a table cell (by stable row id), or entry `index` of a list field (NPS scores; the column from
 * the first entry down is the list, so scores added in Excel are read too).
 */
export type InputPath =
  { field: string } | { table: string; row: string; col: string } | { list: string; index: number };

/** One Excel cell description: plain data, so definitions need not import SheetJS. */
export type XCell =
  | null
  | string
  | number
  | boolean
  | {
      /** Cached value: must equal what the formula computes (SheetJS computes nothing). */
      v?: string | number | boolean;
      /** A1-style formula without "=". */
      f?: string;
      /** Number format, e.g. "0.00", "0.0%". */
      z?: string;
      bold?: boolean;
      /** How the cell looks beyond bold: the sheet's title, a section heading, a table's column header. */
      style?: 'title' | 'section' | 'head';
      /** An input cell: its place in the data (read back on import). */
      input?: InputPath;
      /** An input shown with a stand-in when empty ("Challenge 2"); that text reads back as empty. */
      emptyAs?: string;
      /** The header of an editable table's input column: rows a client inserts below it are read back. */
      head?: { table: string; col: string };
      /** Holds the result of this id (a ResultItem's id): the summary sheet refers to it, so it stays live. */
      result?: string;
      /** First cell of the row right after an editable table's rows; `spacer` when that row is blank. */
      /** `open`: the sheet's last table, whose rows a client may also type anywhere below it (a survey). */
      rowsEnd?: { table: string; spacer: boolean; open?: boolean };
    };

export interface XSheet {
  rows: XCell[][];
  /** Column widths in characters: the most a column may take (the writer fits narrower content). */
  widths?: number[];
  /** Rows kept in view when scrolling and repeated on every printed page: the long table's header (1-based, inclusive). */
  header?: number;
}

export interface Progress {
  answered: number;
  total: number;
}

export interface WorksheetDef {
  id: WorksheetId;
  title: Text;
  intro: Text;
  blocks: Block[];
  /** Data of a worksheet never opened before: the seed's default rows in the given language. */
  initial: (lang: Lang) => SheetData;
  /** A realistic filled example for "Try an example". */
  example: (lang: Lang) => SheetData;
  /**
   * The Excel sheet: inputs and results (formulas with cached values). A sheet with no special
   * layout is laid out from the blocks: `(data, lang) => genericExcel(def, data, lang)` (generic-sheet.ts).
   */
  excel: (data: SheetData, lang: Lang) => XSheet;
  /** Inputs stored as a list field rather than in a block (NPS scores), for reading files back. */
  lists?: Record<string, { input: InputDef; rowNoun: Text }>;
  /** Key results for the workbook's summary sheet and list. */
  summary: (data: SheetData) => ResultItem[];
  /** Completion; defaults to counting non-optional inputs (see progress.ts). */
  progress?: (data: SheetData) => Progress;
}
