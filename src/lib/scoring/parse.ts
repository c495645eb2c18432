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

/** A plain decimal number in either notation, or undefined. No thousands separators, no units. */
export function readNumber(raw: string): number | undefined {
  const s = raw.trim().replace(/\u2212/g, '-');
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
