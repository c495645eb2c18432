/**
 * Reading what the user typed. Inputs accept "3,5" and "3.5"; anything else is kept as typed by
 * the caller and reported here, never clamped or rounded.
 */

export interface Range {
  integer: boolean;
  min: number;
  max: number;
}

export type Parsed =
  | { status: 'empty' }
  | { status: 'ok'; value: number }
  | { status: 'invalid'; reason: 'nan' | 'integer' | 'range' };

const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;
/** Thousands grouped by spaces, as Polish writes them and the app shows amounts: "21 600,50". */
const GROUPED = /^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d*)?$/;

/**
 * A decimal number in either notation ("3,5", "3.5"), digits optionally grouped by spaces
 * ("21 600"), or undefined. No other thousands separators (1,000 is one point zero), no units.
 */
export function readNumber(raw: string): number | undefined {
  let s = raw.trim().replace(/\u2212/g, '-');
  if (GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f]/g, '');
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function parseInRange(raw: string | undefined, range: Range): Parsed {
  if (raw === undefined || raw.trim() === '') return { status: 'empty' };
  const n = readNumber(raw);
  if (n === undefined) return { status: 'invalid', reason: 'nan' };
  if (range.integer && !Number.isInteger(n)) return { status: 'invalid', reason: 'integer' };
  // A tiny tolerance so 0.1 typed as "0.10000000000000001" is not out of range.
  if (n < range.min - 1e-9 || n > range.max + 1e-9) return { status: 'invalid', reason: 'range' };
  return { status: 'ok', value: n };
}

/** The value when valid, otherwise undefined (left out of every computation). */
export function validNumber(raw: string | undefined, range: Range): number | undefined {
  const p = parseInRange(raw, range);
  return p.status === 'ok' ? p.value : undefined;
}
