/**
 * The formula kit: Excel formulas (A1, `,` separators, English names, functions that Excel 2016+
 * and LibreOffice both have) built from names and rules instead of hand-typed strings. Each
 * helper that reads an input leaves out what the app leaves out (parse.ts): a number outside its
 * rule, a fraction where a whole number is asked, text. Only our own texts are quoted into a
 * formula (`lit`); user text stays in cells.
 */
import type { Lang, RowRefs, Text } from './types';
import type { Range } from '../scoring/parse';
import { pick } from './helpers';

/** A formula without the leading "=". */
export type Formula = string;

/** The one quoting rule: a string literal, double quotes doubled. */
export const lit = (s: string): Formula => `"${s.replace(/"/g, '""')}"`;
export const litOf = (t: Text | string, lang: Lang): Formula => lit(pick(t, lang));

/** The empty text a formula shows for "no data" (the app's "—"). */
export const BLANK: Formula = '""';

/** Column letter for a 0-based index: 0 → A, 26 → AA. */
export function colName(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `B7` for column 1 (0-based), row 7 (1-based, as Excel numbers rows). */
export const a1 = (col: number, row: number): string => `${colName(col)}${row}`;
/** `B7:B12`; an empty span (last < first) is the first cell alone, which holds no input. */
export const span = (col: number, first: number, last: number): string =>
  `${a1(col, first)}:${a1(col, Math.max(first, last))}`;

/** References by name: the cells of sheet row `row`, columns placed at `columns` (id → 0-based column). */
export function rowRefs(columns: Readonly<Record<string, number>>, row: number): RowRefs {
  return {
    col: (id) => {
      const c = columns[id];
      if (c === undefined) throw new Error(`no column "${id}" on this sheet`);
      return a1(c, row);
    },
  };
}

// The app's tolerance (parse.ts): 0.1 typed as 0.10000000000000001 is in range.
const SLACK = 1e-9;
const num = (n: number): string => String(Number(n.toPrecision(12)));

/** TRUE when `cell` holds a number the rule accepts; text and blanks are FALSE, never an error. */
export function isValid(cell: string, rule: Range): Formula {
  const checks = [`${cell}>=${num(rule.min - SLACK)}`, `${cell}<=${num(rule.max + SLACK)}`];
  if (rule.integer) checks.push(`${cell}=INT(${cell})`);
  // ISNUMBER first and alone: AND() evaluates all its arguments, and INT of text is #VALUE!.
  return `IF(ISNUMBER(${cell}),AND(${checks.join(',')}),FALSE)`;
}

/** `then` when the cell holds a valid number, else `otherwise` (blank by default). */
export const ifValid = (cell: string, rule: Range, then: Formula, otherwise: Formula = BLANK): Formula =>
  `IF(${isValid(cell, rule)},${then},${otherwise})`;

/** `then` when every cell holds a valid number under its rule. */
export const ifAllValid = (cells: readonly [string, Range][], then: Formula, otherwise: Formula = BLANK): Formula =>
  cells.length === 1
    ? ifValid(cells[0]![0], cells[0]![1], then, otherwise)
    : `IF(AND(${cells.map(([c, r]) => isValid(c, r)).join(',')}),${then},${otherwise})`;

/** `IF(cell="",then,otherwise)`: a cell left empty, or holding a formula's blank. */
export const ifBlank = (cell: string, then: Formula, otherwise: Formula): Formula =>
  `IF(${cell}="",${then},${otherwise})`;

/** The whole numbers a rule accepts, when few enough to list ({1,2,3,4,5}). */
function wholeValues(rule: Range): number[] | undefined {
  if (!rule.integer) return undefined;
  const lo = Math.ceil(rule.min);
  const hi = Math.floor(rule.max);
  return hi - lo <= 20 ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : undefined;
}

/** Whether countValid/sumValid can take a whole range under this rule (else cell by cell). */
export const rangeCountable = (rule: Range): boolean => !rule.integer || wholeValues(rule) !== undefined;

/** COUNTIF; `criterion` is a formula (a literal, a number, a cell). */
export const countIf = (range: string, criterion: Formula): Formula => `COUNTIF(${range},${criterion})`;

/** How many cells of a range hold a valid number (the app's count of answers). */
export function countValid(range: string, rule: Range): Formula {
  const values = wholeValues(rule);
  if (values) return `SUMPRODUCT(COUNTIF(${range},{${values.join(',')}}))`;
  if (rule.integer) throw new Error('countValid: list the whole numbers of a wide rule cell by cell');
  return `COUNTIFS(${range},">=${num(rule.min - SLACK)}",${range},"<=${num(rule.max + SLACK)}")`;
}

/** The sum of a range's valid numbers. */
export function sumValid(range: string, rule: Range): Formula {
  const values = wholeValues(rule);
  if (values) return `SUMPRODUCT(COUNTIF(${range},{${values.join(',')}}),{${values.join(',')}})`;
  if (rule.integer) throw new Error('sumValid: list the whole numbers of a wide rule cell by cell');
  return `SUMIFS(${range},${range},">=${num(rule.min - SLACK)}",${range},"<=${num(rule.max + SLACK)}")`;
}

/** The largest valid number of a range, 0 when there is none (no MAXIFS: Excel 2016 lacks it). */
export function maxValid(range: string, rule: Range): Formula {
  const values = wholeValues(rule);
  if (!values) throw new Error('maxValid: only for rules of a few whole numbers');
  return `SUMPRODUCT(MAX((COUNTIF(${range},{${values.join(',')}})>0)*{${values.join(',')}}))`;
}

export const sumProduct = (...ranges: string[]): Formula => `SUMPRODUCT(${ranges.join(',')})`;
export const round = (x: Formula, digits: number): Formula => `ROUND(${x},${digits})`;

/** A choice of texts by thresholds, highest first: `IF(x>=4,"a",IF(x>=3,"b","c"))`. */
export function bands(x: Formula, steps: readonly [min: number, text: Formula][], otherwise: Formula): Formula {
  return steps.reduceRight<Formula>((rest, [min, t]) => `IF(${x}>=${num(min)},${t},${rest})`, otherwise);
}

/** Texts joined with `sep`, leaving out blanks (no TEXTJOIN: Excel 2016 lacks it). */
export function joinNonBlank(parts: readonly Formula[], sep: string): Formula {
  if (parts.length === 0) return BLANK;
  // Each part gets its separator in front, the first one's is cut off by MID.
  const glued = parts.map((p) => `IF(${p}="","",${lit(sep)}&${p})`).join('&');
  return `MID(${glued},${sep.length + 1},32767)`;
}
