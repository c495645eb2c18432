/**
 * A write-ahead journal in localStorage. Every edit is written here synchronously before the
 * debounced IndexedDB save, so text typed just before a reload, a crash or a closed tab is
 * replayed when the workbook opens again. Entries are removed once a save has stored them.
 */
import type { CellValue, Row, SheetData, WorksheetId } from '../worksheets/types';
import { journalKeys, PREFIX, safeRemove } from './journal-keys';

export { discardJournal } from './journal-keys';

export type JournalOp =
  | { t: 'name'; v: string }
  /** The report's cover text (company, author) or the worksheets it leaves out. */
  | { t: 'report'; k: 'company' | 'author'; v: string }
  | { t: 'report'; k: 'exclude'; v: WorksheetId[] }
  | { t: 'field'; s: WorksheetId; f: string; v: CellValue }
  | { t: 'cell'; s: WorksheetId; tb: string; r: string; c: string; v: CellValue }
  /** An NPS score by position (data v1): no longer written, replayed from older journals as a row's score (apply-op.ts). */
  | { t: 'item'; s: WorksheetId; f: string; i: number; v: string }
  /** Rows added (at `at`, else at the end); already there (a replay), they are not added twice. */
  | { t: 'add'; s: WorksheetId; tb: string; rows: Row[]; at?: number }
  | { t: 'remove'; s: WorksheetId; tb: string; r: string }
  /** Several rows removed at once (an undone paste, blank rows a paste filled). */
  | { t: 'drop'; s: WorksheetId; tb: string; ids: string[] }
  /** The table's order as this tab sees it (a move, a sort); rows added elsewhere keep theirs, after. */
  | { t: 'order'; s: WorksheetId; tb: string; ids: string[] }
  /** A sheet's defaults, first opened (`init`); whole sheets from older versions' journals are still replayed. */
  | { t: 'sheet'; s: WorksheetId; v: SheetData; init?: true };

interface Entry {
  seq: number;
  at: number;
  op: JournalOp;
}

function opKey(op: JournalOp): string {
  switch (op.t) {
    case 'name':
      return 'name';
    case 'report':
      return `r|${op.k}`;
    case 'field':
      return `f|${op.s}|${op.f}`;
    case 'cell':
      return `c|${op.s}|${op.tb}|${op.r}|${op.c}`;
    case 'item':
      return `i|${op.s}|${op.f}|${op.i}`;
    case 'add':
      return `a|${op.s}|${op.tb}|${op.rows[0]?.id}`;
    case 'remove':
      return `x|${op.s}|${op.tb}|${op.r}`;
    case 'drop':
      return `d|${op.s}|${op.tb}|${op.ids[0]}|${op.ids.length}`;
    case 'order':
      return `o|${op.s}|${op.tb}`;
    case 'sheet':
      return `s|${op.s}`;
  }
}

export class Journal {
  private entries = new Map<string, Entry>();
  private seq = 0;
  private readonly key: string;
  /** Keys of other tabs' journals replayed here, removed after our next save. */
  private adopted: string[] = [];
  failed = false;

  constructor(
    private readonly workbookId: string,
    tabId: string,
  ) {
    this.key = `${PREFIX}${workbookId}:${tabId}`;
  }

  get lastSeq(): number {
    return this.seq;
  }

  record(op: JournalOp): void {
    const k = opKey(op);
    if (op.t === 'sheet') {
      // A whole-sheet snapshot supersedes the edits of that sheet before it.
      for (const [key, e] of this.entries) if ('s' in e.op && e.op.s === op.s) this.entries.delete(key);
    }
    if (op.t === 'field') {
      // A whole list supersedes the single entries of it journalled before.
      for (const [key, e] of this.entries)
        if (e.op.t === 'item' && e.op.s === op.s && e.op.f === op.f) this.entries.delete(key);
    }
    this.entries.delete(k);
    this.entries.set(k, { seq: ++this.seq, at: Date.now(), op });
    this.write();
  }

  /** Forget what a save has stored (entries up to `seq`), keeping later edits. */
  committed(seq: number): void {
    for (const [k, e] of this.entries) if (e.seq <= seq) this.entries.delete(k);
    this.write();
    for (const key of this.adopted) safeRemove(key);
    this.adopted = [];
  }

  /** Every journalled op for this workbook (any tab), oldest first. */
  pending(): JournalOp[] {
    const all: Entry[] = [];
    for (const key of journalKeys(this.workbookId)) {
      const entries = read(key);
      all.push(...entries);
      if (key !== this.key) this.adopted.push(key);
    }
    return all.sort((a, b) => a.at - b.at || a.seq - b.seq).map((e) => e.op);
  }

  private write(): void {
    try {
      if (this.entries.size === 0) localStorage.removeItem(this.key);
      else localStorage.setItem(this.key, JSON.stringify([...this.entries.values()]));
      this.failed = false;
    } catch {
      // Quota or privacy mode: IndexedDB still saves; the status shows the journal is off.
      this.failed = true;
    }
  }
}

function read(key: string): Entry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Entry[]).filter((e) => e && typeof e === 'object' && 'op' in e) : [];
  } catch {
    return [];
  }
}
