/**
 * Reading many NPS scores at once: text pasted from a spreadsheet, an e-mail or a survey tool,
 * or one column of an imported file. Pure; the panel shows what this reports.
 *
 * How a line is split (the comma is both a decimal mark and a list separator, so a rule decides):
 *  1. A line with a tab or a semicolon is split on tabs and semicolons only; a comma inside an
 *     entry is then a decimal comma ("7,5" is 7.5, which is not a whole score and is listed).
 *  2. Otherwise a line of numbers and commas is a list when its numbers are whole ("9,10,8",
 *     "9, 10"), or when a space follows every comma or every number is in quotes, so a number may
 *     have a decimal point ("9, 10, 7.5": 7.5 is then listed as not whole). "7,5" on its own is
 *     therefore two scores, 7 and 5; such two-number lines (whole, unquoted) are reported in `pairs`
 *     so the user sees how they were read. "7.5,8" is not a list (rule 3), nor is a number whose
 *     commas group thousands ("1,000", "12,000,000": one entry, listed as not a score).
 *  3. Otherwise the whole line is one entry ("7.5", "ten", "11").
 * An entry in double or single quotes ("9", '10', “9”, as some tools export) is read without them.
 * Blank lines and empty entries (a trailing tab) are ignored.
 *
 * The first non-blank line is a header when it holds a letter and none of its entries begins like
 * a number ("Score", "NPS (0–10)"; but not "1e1", "90%", "10 pts", which are data and listed as
 * invalid). A one-entry header is skipped and reported. A header with several entries
 * ("Respondent<tab>Score") means a table was pasted (`columns`), and so do two or more lines (after
 * any header) that all have the same number, two or more, of tab- or semicolon-separated cells
 * ("1<tab>9", "2<tab>10": `table`). An empty cell counts, so a row with a blank score still
 * matches; an empty cell at the start or end of every line does not ("9;" on each line is one
 * column). For a table nothing is read: the user is told to paste one column, or import the file
 * and choose the column.
 * Invalid entries are never added and never dropped silently: each is listed with its line.
 */
import { COMMA_GROUPED, parseInRange, type Parsed, type Range } from './parse';
import { NPS_RANGE } from './nps';

export interface Entry {
  /** 1-based line of the pasted text (or row of the imported sheet). */
  line: number;
  value: string;
}

export type InvalidReason = Extract<Parsed, { status: 'invalid' }>['reason'];

export interface InvalidEntry extends Entry {
  reason: InvalidReason;
}

export interface ScoreReading {
  /** Valid scores, as written (trimmed, without quotes), in order. */
  scores: string[];
  invalid: InvalidEntry[];
  /** The skipped header line, if any. */
  header?: Entry;
  /** Lines read as a two-item comma list of whole numbers ("7,5" → 7 and 5). */
  pairs: Entry[];
  /** Set when a table with a header of several columns was pasted: its column names. Nothing was read. */
  columns?: string[];
  /** Set when a table was pasted whose first line is not such a header: how many columns, and the
   *  cells of its first line (after any one-entry header). Nothing was read. */
  table?: { columns: number; line: number; cells: string[] };
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const HARD_SEPARATOR = /[\t;]/;
/** In matching double or single quotes, with no such quote inside. */
const QUOTED = /^["“”„]([^"“”„]*)["“”„]$|^['‘’‚]([^'‘’‚]*)['‘’‚]$/;
const QUOTES = '"“”„\'‘’‚';

/** The text inside matching quotes ("9", '10', „9”), trimmed; anything else as given. */
export function unquote(s: string): string {
  if (s.length < 2 || !QUOTES.includes(s[0]!)) return s;
  const m = QUOTED.exec(s);
  return m ? (m[1] ?? m[2]!).trim() : s;
}

interface Split {
  parts: string[];
  /** For a line with tabs or semicolons: all its cells, empty ones kept. */
  cells?: string[];
  /** A two-item comma list of whole numbers without quotes: reported in `pairs`. */
  pair: boolean;
}

function split(line: string): Split {
  const t = line.trim();
  if (t === '') return { parts: [], pair: false };
  if (HARD_SEPARATOR.test(line)) {
    // The untrimmed line: an empty cell at either end ("2<tab>") is still a cell (for tables).
    const cells = line.split(/[\t;]/).map((s) => unquote(s.trim()));
    return { parts: cells.filter((s) => s !== ''), cells, pair: false };
  }
  if (t.includes(',') && !COMMA_GROUPED.test(t)) {
    const raw = t.split(',');
    const items = raw.map((s) => s.trim());
    const values = items.map(unquote);
    const quoted = items.every((s, i) => s !== values[i]);
    if (values.every((v) => WHOLE.test(v))) return { parts: values, pair: values.length === 2 && !quoted };
    const spaced = raw.slice(1).every((s) => /^\s/.test(s));
    if ((spaced || quoted) && values.every((v) => DECIMAL.test(v))) return { parts: values, pair: false };
  }
  const one = unquote(t);
  return { parts: one === '' ? [] : [one], pair: false };
}

/** The entries of one line, per the rules above. */
export function splitLine(line: string): string[] {
  return split(line).parts;
}

/** Checks entries against the 0–10 scale; the first-line header rule is the caller's (see readPasted). */
export function checkEntries(
  entries: readonly Entry[],
  range: Range = NPS_RANGE,
): Pick<ScoreReading, 'scores' | 'invalid'> {
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

/** Begins like a number, even one the scale rejects ("7.5", "-1", "1e1", "90%", ".5"). */
const NUMBER_LIKE = /^[-+\u2212]?[.,]?\d/;
const LETTER = /\p{L}/u;

/** A first line that names the column rather than holding data. */
export function isHeader(parts: readonly string[]): boolean {
  return parts.some((p) => LETTER.test(p)) && !parts.some((p) => NUMBER_LIKE.test(p));
}

interface Line extends Split {
  line: number;
  raw: string;
}

/**
 * Two or more lines that all have the same number (two or more) of tab/semicolon cells. Empty cells
 * count (a spreadsheet row with a blank score), except empty cells at the start or end of every
 * line ("9;" on each line is one column).
 */
function tableOf(lines: readonly Line[]): ScoreReading['table'] {
  const width = lines[0]?.cells?.length ?? 0;
  if (lines.length < 2 || !lines.every((l) => l.cells?.length === width)) return undefined;
  const cells = lines.map((l) => l.cells!);
  let lead = width;
  let trail = width;
  for (const c of cells) {
    lead = Math.min(
      lead,
      c.findIndex((s) => s !== ''),
    );
    trail = Math.min(trail, width - 1 - c.findLastIndex((s) => s !== ''));
  }
  const count = width - lead - trail;
  return count < 2 ? undefined : { columns: count, line: lines[0]!.line, cells: cells[0]!.slice(lead, lead + count) };
}

export function readPasted(text: string, range: Range = NPS_RANGE): ScoreReading {
  const lines: Line[] = [];
  for (const [i, raw] of text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .entries()) {
    const { parts, cells, pair } = split(raw);
    if (parts.length) lines.push({ line: i + 1, raw, parts, cells, pair });
  }
  let header: Entry | undefined;
  let data: readonly Line[] = lines;
  const first = lines[0];
  if (first && isHeader(first.parts)) {
    if (first.parts.length > 1) return { scores: [], invalid: [], pairs: [], columns: first.parts };
    header = { line: first.line, value: first.parts[0]! };
    data = lines.slice(1);
  }
  const table = tableOf(data);
  if (table) return { scores: [], invalid: [], pairs: [], header, table };
  const entries: Entry[] = [];
  const pairs: Entry[] = [];
  for (const l of data) {
    if (l.pair) pairs.push({ line: l.line, value: l.raw.trim() });
    for (const value of l.parts) entries.push({ line: l.line, value });
  }
  return { ...checkEntries(entries, range), header, pairs };
}
