/**
 * Building Excel sheets as plain data (XSheet). Definitions describe cells and formulas here;
 * only export/ turns them into a file, so SheetJS stays out of the initial bundle.
 */
import type { CellValue, InputDef, InputPath, Lang, NumFormat, Shown, Text, XCell, XSheet } from './types';
import { pick, text, tx } from './helpers';
import { validNumber } from '../scoring/parse';
import { a1 } from './formula';

export const EXCEL_FORMAT: Record<NumFormat, string> = {
  int: '0',
  // Conditions, so a value that rounds to 0 (an NPS of −0.4) reads 0 as in the app, not "-0".
  signedInt: '[>=0.5]+0;[<=-0.5]-0;0',
  dec1: '0.0',
  dec2: '0.00',
  weight: '0.00##',
  pct1: '0.0%',
  pct0: '0%',
};

export const YES = tx('Yes', 'Tak', '是');
export const NO = tx('No', 'Nie', '否');

// A1 references: one rule, the formula kit's.
export const ref = a1;

/** Rows are appended in order; `add` returns the 1-based Excel row number for formulas. */
export class SheetBuilder {
  readonly rows: XCell[][] = [];
  constructor(private readonly widths: number[] = []) {}

  add(cells: XCell[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }
  blank(): number {
    return this.add([]);
  }
  heading(label: string): number {
    return this.add([{ v: label, bold: true }]);
  }
  /** The row just added heads a long table: kept in view when scrolling and printed on every page. */
  markHeader(): void {
    this.header = this.rows.length;
  }
  private header: number | undefined;
  /** The row number the next `add` will get. */
  get next(): number {
    return this.rows.length + 1;
  }
  build(): XSheet {
    return { rows: this.rows, widths: this.widths, ...(this.header ? { header: this.header } : {}) };
  }
}

/** An input as a cell: valid numbers as numbers, choices as their labels, anything else as typed. */
export function inputValue(input: InputDef, value: CellValue | undefined, lang: Lang): string | number | undefined {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  if ((input.kind === 'number' || input.kind === 'money') && input.rule && typeof value === 'string') {
    return validNumber(value, input.rule) ?? value;
  }
  if (input.kind === 'yesno' || input.kind === 'check') {
    if (value === 'yes') return pick(YES, lang);
    if (value === 'no') return pick(NO, lang);
  }
  if (input.options) {
    const labels = (Array.isArray(value) ? value : [value]).map((v) => {
      const o = input.options?.find((opt) => opt.value === v);
      return o ? pick(o.label, lang) : v;
    });
    return labels.join(', ');
  }
  return text(value);
}

/**
 * An input cell, tagged with where its value lives so an edited file can be read back. Empty
 * inputs are tagged too: a client may fill them in Excel.
 */
export function inputCell(input: InputDef, value: CellValue | undefined, lang: Lang, at: InputPath): XCell {
  const v = inputValue(input, value, lang);
  return v === undefined ? { input: at } : { v, input: at };
}

export const fieldAt = (field: string): InputPath => ({ field });

/** The header of an editable table's input column: rows a client inserts under it are read back. */
export const headCell = (label: string, table: string, col: string): XCell => ({
  v: label,
  bold: true,
  head: { table, col },
});

/** The (blank) row right after an editable table's rows, marked so the import knows where the table ends. */
export const rowsEndRow = (table: string): XCell[] => [{ rowsEnd: { table, spacer: true } }];
export const cellAt = (table: string, row: string, col: string): InputPath => ({ table, row, col });

/** A computed value as a cached cell (no formula); undefined → empty. */
export function shownCell(shown: Shown, lang: Lang): XCell {
  if (shown.kind === 'num') {
    return shown.value === undefined ? null : { v: shown.value, z: EXCEL_FORMAT[shown.format] };
  }
  return shown.value === undefined ? null : pick(shown.value, lang);
}

export const label = (t: Text, lang: Lang): XCell => ({ v: t[lang], bold: true });
