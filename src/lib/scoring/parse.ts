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
  | { status: 'invalid'; reason: 'nan' | 'integer' | 'range' | 'ambiguous' };

const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;
/** Thousands grouped by spaces, as Polish writes them and the app shows amounts: "21 600,50". */
const SPACE_GROUPED = /^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d*)?$/;
/**
 * Commas group thousands, a point is the decimal mark ("12,000.50", "1,234,567"); the single group
 * without decimals ("12,000") is AMBIGUOUS, tested first. The paste rule uses it too: such a line
 * is a number, never a list of scores.
 */
export const COMMA_GROUPED = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** Points group, a comma is the decimal mark ("12.000,50", "1.234.567"). */
const POINT_GROUPED = /^[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
/**
 * "12,000" or "1.500": thousands in one notation, a fraction in the other. The app accepts both
 * decimal marks, so it cannot tell, and a guess would be a wrong number: refused, with both readings.
 */
const AMBIGUOUS = /^[-+]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * What a Chinese (or Japanese) input method types, as ASCII: full-width digits ０-９ and the
 * full-width ，．－＋％ (U+FF0C, U+FF0E, U+FF0D, U+FF0B, U+FF05). Nothing else changes, so the
 * parsing below reads "１２，５" exactly as "12,5" (12.5) and refuses what it refuses today; the
 * ideographic full stop 。 is a sentence's end, not a decimal mark, and stays (refused, never misread).
 */
export const toAsciiInput = (raw: string): string =>
  raw.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d\uff0b\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const clean = (raw: string): string =>
  toAsciiInput(raw)
    .trim()
    .replace(/\u2212/g, '-');

/** The two readings of an ambiguous number ("12,000": 12 and 12000), or undefined when it has one. */
export function readingsOf(raw: string): [fraction: number, thousands: number] | undefined {
  const s = clean(raw);
  if (!AMBIGUOUS.test(s)) return undefined;
  return [Number(s.replace(',', '.')), Number(s.replace(/[.,]/, ''))];
}

/**
 * A decimal number in either notation ("3,5", "3.5"), digits optionally grouped by spaces
 * ("21 600"), or by commas or points when the other mark or a second group makes it plain
 * ("12,000.50", "1.234.567"); otherwise undefined. "12,000" alone is undefined: see AMBIGUOUS.
 */
export function readNumber(raw: string): number | undefined {
  let s = clean(raw);
  if (AMBIGUOUS.test(s)) return undefined;
  if (SPACE_GROUPED.test(s)) s = s.replace(/[ \u00a0\u202f]/g, '');
  else if (COMMA_GROUPED.test(s)) s = s.replace(/,/g, '');
  else if (POINT_GROUPED.test(s)) s = s.replace(/\./g, '');
  if (!NUMBER.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function parseInRange(raw: string | undefined, range: Range): Parsed {
  if (raw === undefined || raw.trim() === '') return { status: 'empty' };
  const n = readNumber(raw);
  if (n === undefined) return { status: 'invalid', reason: readingsOf(raw) ? 'ambiguous' : 'nan' };
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
