/**
 * The open workbook: its state, the verbs that change it, and autosave. Every edit is journalled
 * synchronously (journal.ts) and saved to IndexedDB debounced, flushed on blur, on
 * visibilitychange (hidden) and on pagehide. Save errors land in `status`, visibly.
 */
import type { CellValue, Row, SheetData, WorksheetDef, WorksheetId } from '../worksheets/types';
import { emptyReport, type WorkbookRecord } from '../storage/record';
import { row as makeRow } from '../worksheets/helpers';
import { progressOf } from '../worksheets/progress';
import { applyOp, recordToSave, unchangedSave } from './apply-op';
import { highestFirst } from '../scoring/order';
import { Journal, type JournalOp } from './journal';
import { announce, repo, TAB_ID } from './repo';
import { sheetChanged } from './sheet-revision.svelte';
import { askPersistence, status } from './status.svelte';

const SAVE_DELAY_MS = 300;

export interface RemovedRow {
  sheet: WorksheetId;
  table: string;
  row: Row;
  index: number;
  name: string;
}

export class WorkbookSession {
  record = $state() as WorkbookRecord;
  /** Definitions loaded so far; raw: they are constants, not to be proxied. */
  defs = $state.raw<Partial<Record<WorksheetId, WorksheetDef>>>({});
  lastRemoved = $state<RemovedRow | undefined>(undefined);

  #journal: Journal;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #saving: Promise<void> | undefined;
  /** When the stored record this tab last read or wrote was changed: another value means another tab saved. */
  #known: number;
  /** Edits not yet stored, in order: merged into the stored record when another tab saved meanwhile. */
  #unsaved: JournalOp[] = [];
  /** Counts edits and saves here, so a read of the stored record started before one is known to be stale. */
  #changes = 0;
  /**
   * The record as plain data, kept in step by applying each journalled op: whole-sheet views
   * (results, charts, progress) read it instead of the reactive proxies, which at 10,000 rows
   * cost more than the computation itself (sheet-revision.svelte.ts).
   */
  #plain: WorkbookRecord;

  constructor(record: WorkbookRecord) {
    // The plain copy cloned natively before the record becomes reactive (a snapshot of 10,000
    // proxied rows would cost the opening far more), replayed edits applied to both.
    this.#plain = structuredClone(record);
    this.record = record;
    this.#known = record.updatedAt;
    this.#journal = new Journal(record.id, TAB_ID);
    const replayed = this.#journal.pending();
    if (replayed.length) {
      for (const op of replayed) {
        applyOp(this.record, op);
        applyOp(this.#plain, op);
      }
      this.#unsaved.push(...replayed);
      this.#dirty = true;
      this.#schedule();
    }
  }

  get id(): string {
    return this.record.id;
  }
  get dirty(): boolean {
    return this.#dirty;
  }
  /**
   * The record as plain data, to read at once (the export): the answers are the plain copy itself,
   * not a snapshot walking 30,000 reactive rows. Not to be kept or changed.
   */
  plainRecord(): WorkbookRecord {
    return { ...($state.snapshot({ ...this.record, sheets: {} }) as WorkbookRecord), sheets: this.#plain.sheets };
  }
  /** The plain copy of a sheet (tests check it stays equal to the reactive one). */
  plainSheet(id: WorksheetId): SheetData | undefined {
    return this.#plain.sheets[id];
  }

  addDefinition(def: WorksheetDef) {
    if (this.defs[def.id] !== def) this.defs = { ...this.defs, [def.id]: def };
  }

  /** The sheet's data, created from the definition's defaults the first time it is opened. */
  ensureSheet(def: WorksheetDef): SheetData {
    this.addDefinition(def);
    let sheet = this.record.sheets[def.id];
    if (!sheet) {
      this.record.sheets[def.id] = def.initial(this.record.lang);
      sheet = this.record.sheets[def.id]!;
      // Journalled so edits to the new sheet can be replayed; not a user change.
      this.#changed({ t: 'sheet', s: def.id, v: $state.snapshot(sheet), init: true }, false);
    }
    return sheet;
  }

  rename(name: string) {
    this.record.name = name;
    this.#changed({ t: 'name', v: name });
  }

  /** The report's cover text, journalled and saved like any answer. */
  setReportText(key: 'company' | 'author', value: string) {
    (this.record.report ??= emptyReport())[key] = value;
    this.#changed({ t: 'report', k: key, v: value });
  }

  /** Leaves a worksheet out of the report, or puts it back. */
  setReportIncluded(sheet: WorksheetId, included: boolean) {
    const report = (this.record.report ??= emptyReport());
    const exclude = report.exclude.filter((id) => id !== sheet);
    if (!included) exclude.push(sheet);
    report.exclude = exclude;
    this.#changed({ t: 'report', k: 'exclude', v: [...exclude] });
  }

  setField(sheet: WorksheetId, field: string, value: CellValue) {
    const s = this.record.sheets[sheet];
    if (!s) return;
    s.fields[field] = value;
    this.#changed({ t: 'field', s: sheet, f: field, v: value });
  }

  /**
   * A seed row nobody edited, put into the page's language (seed-language.ts): stored and merged
   * like an edit, but not one by the user, so the workbook's time of change does not move.
   */
  followSeedLanguage(sheet: WorksheetId, table: string, rowId: string, cells: Row['cells']) {
    const r = this.record.sheets[sheet]?.tables[table]?.find((x) => x.id === rowId);
    if (!r) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local list of keys, not state
    for (const col of new Set([...Object.keys(r.cells), ...Object.keys(cells)])) {
      const value = cells[col] ?? '';
      r.cells[col] = value;
      this.#changed({ t: 'cell', s: sheet, tb: table, r: rowId, c: col, v: value }, false);
    }
  }

  setCell(sheet: WorksheetId, table: string, rowId: string, col: string, value: CellValue) {
    const s = this.record.sheets[sheet];
    if (!s) return;
    if (!s.tables[table]) s.tables[table] = [];
    const rows = s.tables[table]; // through the proxy (a new round's table)
    // Found in the plain copy (same order): a scan of 10,000 reactive rows per keystroke is not free.
    const at = this.#plain.sheets[sheet]?.tables[table]?.findIndex((x) => x.id === rowId) ?? -1;
    let r = at >= 0 && rows[at]?.id === rowId ? rows[at] : rows.find((x) => x.id === rowId);
    if (!r) {
      // A fixed row never stored before (repaired data): create it with its seed id.
      rows.push(makeRow({}, rowId));
      r = rows[rows.length - 1]!;
    }
    r.cells[col] = value;
    this.#changed({ t: 'cell', s: sheet, tb: table, r: rowId, c: col, v: value });
  }

  addRow(sheet: WorksheetId, table: string, cells: Record<string, CellValue> = {}): string {
    const row = makeRow(cells);
    this.#rows(sheet, table).push(row);
    this.#changed({ t: 'add', s: sheet, tb: table, rows: [$state.snapshot(row) as Row] });
    return row.id;
  }

  /**
   * A table's rows replaced whole (a paste or a copy of thousands of customers, and its undo): one
   * journalled change, the sheet's snapshot, instead of one per row.
   */
  setRows(sheet: WorksheetId, table: string, rows: readonly Row[]) {
    const s = this.record.sheets[sheet];
    if (!s) return;
    s.tables[table] = rows.map((r) => ({ id: r.id, cells: { ...r.cells } }));
    this.#changed({ t: 'sheet', s: sheet, v: $state.snapshot(s) as SheetData });
  }

  /**
   * Many rows at once (a paste, an imported file): one change, one journal entry. Placed at `at`
   * (else at the end). The table is replaced whole: one splice of thousands of proxied rows is slow.
   */
  addRows(sheet: WorksheetId, table: string, rows: readonly Row[], at?: number) {
    if (!rows.length) return;
    const current = this.#rows(sheet, table);
    const i = at === undefined ? current.length : Math.min(at, current.length);
    this.record.sheets[sheet]!.tables[table] = [...current.slice(0, i), ...rows, ...current.slice(i)];
    this.#changed({ t: 'add', s: sheet, tb: table, rows: rows.map((r) => $state.snapshot(r) as Row), at: i });
  }

  /** Many rows removed at once (undoing a paste, filling blank rows): one change. */
  removeRows(sheet: WorksheetId, table: string, ids: readonly string[]) {
    if (!ids.length) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
    const gone = new Set(ids);
    const current = this.#rows(sheet, table);
    this.record.sheets[sheet]!.tables[table] = current.filter((r) => !gone.has(r.id));
    this.#changed({ t: 'drop', s: sheet, tb: table, ids: [...ids] });
  }

  removeRow(sheet: WorksheetId, table: string, rowId: string, name: string) {
    const rows = this.#rows(sheet, table);
    const index = rows.findIndex((r) => r.id === rowId);
    if (index < 0) return;
    const [removed] = rows.splice(index, 1);
    if (removed) this.lastRemoved = { sheet, table, row: $state.snapshot(removed), index, name };
    this.#changed({ t: 'remove', s: sheet, tb: table, r: rowId });
  }

  undoRemove() {
    const r = this.lastRemoved;
    if (!r) return;
    const rows = this.#rows(r.sheet, r.table);
    const at = Math.min(r.index, rows.length);
    rows.splice(at, 0, r.row);
    this.lastRemoved = undefined;
    this.#changed({ t: 'add', s: r.sheet, tb: r.table, rows: [$state.snapshot(r.row) as Row], at });
  }

  moveRow(sheet: WorksheetId, table: string, rowId: string, delta: -1 | 1) {
    const rows = this.#rows(sheet, table);
    const i = rows.findIndex((r) => r.id === rowId);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= rows.length) return;
    const [moved] = rows.splice(i, 1);
    if (moved) rows.splice(j, 0, moved);
    this.#orderChanged(sheet, table);
  }

  /** Orders the rows by a number, highest first; rows without one go last; ties keep their order. */
  sortRows(sheet: WorksheetId, table: string, score: (row: Row) => number | undefined) {
    const rows = this.#rows(sheet, table);
    const order = highestFirst(rows.map(score));
    if (order.every((i, j) => i === j)) return;
    const sorted = order.map((i) => $state.snapshot(rows[i]!) as Row);
    rows.splice(0, rows.length, ...sorted);
    this.#orderChanged(sheet, table);
  }

  /**
   * Follows a save or a change made in another tab: reads the stored record and takes it (an
   * edit, a rename, the trash). With edits pending here it waits: the next save merges both
   * (recordToSave). A read overtaken by an edit or a save here is dropped: it is older than
   * what this tab shows. Says what happened.
   */
  async followExternal(): Promise<'adopted' | 'deleted' | undefined> {
    const seen = this.#changes;
    let record: WorkbookRecord | undefined;
    try {
      record = await repo.get(this.id);
    } catch {
      return undefined; // not readable now: this tab's next save still merges
    }
    if (seen !== this.#changes) return undefined;
    if (!record) {
      this.#markDeletedElsewhere();
      return 'deleted';
    }
    return this.#adopt(record) ? 'adopted' : undefined;
  }

  /** Takes `record`, stored by another tab, unless edits are pending here or it is the one known. */
  #adopt(record: WorkbookRecord): boolean {
    if (this.#dirty || this.#saving) return false;
    if (record.updatedAt === this.#known && record.deletedAt === this.record.deletedAt) return false;
    this.#known = record.updatedAt;
    this.#plain = structuredClone(record);
    this.record = record;
    return true;
  }

  /** The workbook was deleted for good in another tab: shown as in the trash, restorable from here. */
  #markDeletedElsewhere(now = Date.now()) {
    if (!this.record.deletedAt) this.record.deletedAt = now;
  }

  /** Takes the workbook out of the trash (also when another tab deleted it for good). */
  async restore(): Promise<void> {
    const mine = $state.snapshot(this.record) as WorkbookRecord;
    const written = await repo.update(mine.id, (stored) => ({ ...(stored ?? mine), deletedAt: 0 }));
    this.#known = written.updatedAt;
    this.record.deletedAt = 0;
    announce({ type: 'list-changed' });
  }

  /** Save now (blur, hidden page, pagehide, before export). */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#saving) await this.#saving;
    if (!this.#dirty) return;
    await this.#save();
  }

  #rows(sheet: WorksheetId, table: string): Row[] {
    const s = this.record.sheets[sheet];
    if (!s) throw new Error(`sheet ${sheet} not open`);
    // Read back through the proxy: `??=` would hand back the plain array, whose pushes nobody sees.
    if (!s.tables[table]) s.tables[table] = [];
    return s.tables[table];
  }

  #orderChanged(sheet: WorksheetId, table: string) {
    this.#changed({ t: 'order', s: sheet, tb: table, ids: this.#rows(sheet, table).map((r) => r.id) });
  }

  #changed(op: JournalOp, byUser = true) {
    this.#changes++;
    applyOp(this.#plain, op);
    if ('s' in op) sheetChanged(this.record.sheets[op.s], this.#plain.sheets[op.s]);
    this.#journal.record(op);
    this.#unsaved.push(op);
    // Without the journal, only the debounced save protects typing: say so.
    status.journalOff = this.#journal.failed;
    this.#dirty = true;
    if (byUser) {
      this.record.updatedAt = Date.now();
      status.save = 'pending';
      askPersistence();
    }
    this.#schedule();
  }

  #schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#save();
    }, SAVE_DELAY_MS);
  }

  #save(): Promise<void> {
    if (status.readOnly) return Promise.resolve();
    // One save at a time: a second one started before the first is stored would not know the
    // first's time of change, and would take this tab's own save for another tab's.
    if (this.#saving) return this.#saving.then(() => (this.#dirty && !this.#saving ? this.#save() : this.#saving));
    const seq = this.#journal.lastSeq;
    this.#dirty = false;
    const ops = this.#unsaved;
    this.#unsaved = [];
    this.#updateProgress(this.record, this.#plain.sheets);
    // The answers from the plain copy (a native clone), the rest from the page's record: walking
    // 10,000 reactive rows for a snapshot cost more than the save itself.
    const snapshot: WorkbookRecord = {
      ...($state.snapshot({ ...this.record, sheets: {} }) as WorkbookRecord),
      sheets: structuredClone(this.#plain.sheets),
    };
    const known = this.#known;
    let merged = false;
    status.save = 'saving';
    this.#saving = repo
      .update(
        snapshot.id,
        (stored) => {
          const next = recordToSave(stored, snapshot, known, ops, Date.now());
          merged = next.merged;
          if (merged) this.#updateProgress(next.record);
          return next.record;
        },
        (stored) => unchangedSave(stored, snapshot, known),
      )
      .then((written) => {
        this.#changes++;
        this.#known = written.updatedAt;
        this.#journal.committed(seq);
        if (merged) {
          // Another tab saved meanwhile: show the merged record, with edits typed during this save on top.
          const fresh = structuredClone(written);
          for (const op of this.#unsaved) applyOp(fresh, op);
          this.#plain = structuredClone(fresh);
          this.record = fresh;
          status.notice = 'mergedElsewhere';
        }
        if (!this.#dirty) status.save = 'saved';
        status.clearError();
        announce({ type: 'saved', id: snapshot.id, updatedAt: written.updatedAt });
      })
      .catch((err: unknown) => {
        this.#dirty = true;
        this.#unsaved = [...ops, ...this.#unsaved];
        status.fail(err);
      })
      .finally(() => {
        this.#saving = undefined;
      });
    return this.#saving;
  }

  /** Each open sheet's completion into `record`, computed from `sheets` (the same data, maybe plain). */
  #updateProgress(record: WorkbookRecord, sheets = record.sheets) {
    for (const [id, def] of Object.entries(this.defs) as [WorksheetId, WorksheetDef][]) {
      const sheet = sheets[id];
      if (sheet) record.progress[id] = progressOf(def, sheet);
    }
  }
}
