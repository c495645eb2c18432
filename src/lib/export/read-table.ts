/**
 * Reads a .csv or .xlsx file into columns of text, for importing one column (NPS scores).
 * Loaded only when the user picks a file (SheetJS is large); imports only `read` and `utils`.
 * Throws ReadTableError with a reason the panel can explain; never changes any data itself.
 */
import { read, utils, type WorkBook } from 'xlsx';
import { readNumber } from '../scoring/parse';
import type { Entry } from '../scoring/paste';
import { checkZip } from './zip-limit';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** 'inflates': a zip (an .xlsx) that would inflate far beyond any real table (a zip bomb). */
export type ReadTableReason = 'too-large' | 'empty' | 'unreadable' | 'type' | 'inflates';

export class ReadTableError extends Error {
  constructor(readonly reason: ReadTableReason) {
    super(reason);
    this.name = 'ReadTableError';
  }
}

export interface TableColumn {
  /** Spreadsheet letter: A, B, … */
  letter: string;
  /** The header cell's text; '' when the sheet has no header row. */
  header: string;
  /** Non-empty cells below the header; `line` is the spreadsheet row number. */
  values: Entry[];
}

export interface TableSheet {
  name: string;
  columns: TableColumn[];
}

/** An .xlsx is a zip: it starts with the local-file signature PK\x03\x04. */
export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** CSV text: UTF-8 when valid, else Windows-1250 (Excel's Polish "CSV" export). */
function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1250').decode(bytes);
  }
  // A binary file renamed .csv: control characters other than tab and line ends.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new ReadTableError('unreadable');
  return text.replace(/^\uFEFF/, '');
}

function cellText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function sheetColumns(book: WorkBook, name: string, skippedLines: number): TableColumn[] {
  const ws = book.Sheets[name];
  if (!ws) return [];
  // Rows as arrays; raw values (numbers stay numbers, CSV cells stay text as written).
  const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true });
  const range = ws['!ref'] ? utils.decode_range(ws['!ref']) : undefined;
  const firstRow = (range?.s.r ?? 0) + 1 + skippedLines;
  const firstCol = range?.s.c ?? 0;
  const headerIndex = rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (headerIndex < 0) return [];
  const top = rows[headerIndex]!.map(cellText);
  // A first row holding only numbers is data: the sheet has no header row.
  const hasHeader = top.some((c) => c !== '' && readNumber(c) === undefined);
  const start = hasHeader ? headerIndex + 1 : headerIndex;
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const values: Entry[] = [];
    for (let r = start; r < rows.length; r++) {
      const value = cellText(rows[r]?.[c]);
      if (value !== '') values.push({ line: firstRow + r, value });
    }
    const header = hasHeader ? (top[c] ?? '') : '';
    if (values.length || header) columns.push({ letter: utils.encode_col(firstCol + c), header, values });
  }
  return columns;
}

/**
 * The sheets of a file with their columns (sheets without data left out). Async: an .xlsx is
 * first checked for what it inflates to (zip-limit.ts), natively, without freezing the page.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<TableSheet[]> {
  if (bytes.length > MAX_FILE_BYTES) throw new ReadTableError('too-large');
  if (bytes.length === 0) throw new ReadTableError('empty');
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const zip = isZip(bytes);
  if (!zip && ext === 'xlsx') throw new ReadTableError('unreadable');
  if (!zip && !['csv', 'txt', 'tsv'].includes(ext)) throw new ReadTableError('type');
  if (zip) {
    const bomb = await checkZip(bytes);
    if (bomb) throw new ReadTableError(bomb.code === 'zip-damaged' ? 'unreadable' : 'inflates');
  }
  let book: WorkBook;
  // SheetJS drops Excel's "sep=;" first line; row numbers shown to the user count it.
  let skippedLines = 0;
  try {
    if (zip) book = read(bytes, { type: 'array' });
    else {
      const text = decodeText(bytes);
      if (/^sep=.\r?\n/i.test(text)) skippedLines = 1;
      book = read(text, { type: 'string', raw: true });
    }
  } catch (err) {
    if (err instanceof ReadTableError) throw err;
    throw new ReadTableError('unreadable');
  }
  const sheets = book.SheetNames.map((name) => ({ name, columns: sheetColumns(book, name, skippedLines) })).filter(
    (s) => s.columns.length,
  );
  if (!sheets.length) throw new ReadTableError('empty');
  return sheets;
}
