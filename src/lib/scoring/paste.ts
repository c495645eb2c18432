/**
 * Reading many NPS scores at once: text pasted from a spreadsheet, an e-mail or a survey tool,
 * or one column of an imported file. Pure; the panel shows what this reports.
 *
 * How a line is split (the comma is both a decimal mark and a list separator, so a rule decides):
 *  1. A line with a tab or a semicolon is split on tabs and semicolons only; a comma inside an
 *     entry is then a decimal comma ("7,5" is 7.5, which is not a whole score and is listed).
 *  2. Otherwise a line made only of whole numbers and commas ("9,10,8", "9, 10") is a list.
 *     "7,5" on its own is therefore two scores, 7 and 5; such two-item lines are reported in
 *     `pairs` so the user sees how they were read.
 *  3. Otherwise the whole line is one entry ("7.5", "ten", "11").
 * Blank lines and empty entries (a trailing tab) are ignored. The first non-blank line is a header
 * when none of its entries is a number ("Score"): it is skipped and reported. A header with several
 * columns ("Respondent<tab>Score") means a table was pasted: nothing is read, the user is told to
 * paste one column or import the file and choose the column.
 * Invalid entries are never added and never dropped silently: each is listed with its line.
 */
import { parseInRange, readNumber, type Range } from './parse';
import { NPS_RANGE } from './nps';

export interface Entry {
  /** 1-based line of the pasted text (or row of the imported sheet). */
  line: number;
  value: string;
}

export type InvalidReason = 'nan' | 'integer' | 'range';

export interface InvalidEntry extends Entry {
  reason: InvalidReason;
}

export interface ScoreReading {
  /** Valid scores, as written (trimmed), in order. */
  scores: string[];
  invalid: InvalidEntry[];
  /** The skipped header line, if any. */
  header?: Entry;
  /** Lines read as a two-item comma list ("7,5" → 7 and 5). */
  pairs: Entry[];
  /** Set when a table with several columns was pasted: nothing was read. */
  columns?: string[];
}

const LIST = /^\d+(?:\s*,\s*\d+)+$/;
const HARD_SEPARATOR = /[\t;]/;

/** The entries of one line, per the rule above. */
export function splitLine(line: string): string[] {
  const t = line.trim();
  if (t === '') return [];
  if (HARD_SEPARATOR.test(t)) return t.split(/[\t;]/).map((s) => s.trim()).filter((s) => s !== '');
  if (LIST.test(t)) return t.split(',').map((s) => s.trim());
  return [t];
}

/** Checks entries against the 0–10 scale; the first-line header rule is the caller's (see readPasted). */
export function checkEntries(entries: readonly Entry[], range: Range = NPS_RANGE): Pick<ScoreReading, 'scores' | 'invalid'> {
  const scores: string[] = [];
  const invalid: InvalidEntry[] = [];
  for (const e of entries) {
    const value = e.value.trim();
    if (value === '') continue;
    const p = parseInRange(value, range);
    if (p.status === 'ok') scores.push(value);
    else if (p.status === 'invalid') invalid.push({ line: e.line, value, reason: p.reason });
  }
  return { scores, invalid };
}

const isNumeric = (s: string) => readNumber(s) !== undefined;

export function readPasted(text: string, range: Range = NPS_RANGE): ScoreReading {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries: Entry[] = [];
  const pairs: Entry[] = [];
  let header: Entry | undefined;
  let first = true;
  for (const [i, raw] of lines.entries()) {
    const parts = splitLine(raw);
    if (parts.length === 0) continue;
    const line = i + 1;
    if (first) {
      first = false;
      if (!parts.some(isNumeric)) {
        if (parts.length > 1) return { scores: [], invalid: [], pairs: [], columns: parts };
        header = { line, value: raw.trim() };
        continue;
      }
    }
    if (parts.length === 2 && !HARD_SEPARATOR.test(raw)) pairs.push({ line, value: raw.trim() });
    for (const value of parts) entries.push({ line, value });
  }
  return { ...checkEntries(entries, range), header, pairs };
}
