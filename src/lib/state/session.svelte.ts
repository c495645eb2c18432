/**
 * The open workbook: its state, the verbs that change it, and autosave. Every edit is journalled
 * synchronously (journal.ts) and saved to IndexedDB debounced, flushed on blur, on
 * visibilitychange (hidden) and on pagehide. Save errors land in `status`, visibly.
 */
import type { CellValue, Row, SheetData, WorksheetDef, WorksheetId } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { StorageError } from '../storage/repository';
import { newRowId, row as makeRow } from '../worksheets/helpers';
import { progressOf } from '../worksheets/progress';
import { Journal, type JournalOp } from './journal';
import { announce, repo, TAB_ID } from './repo';
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

  constructor(record: WorkbookRecord) {
    this.record = record;
    this.#journal = new Journal(record.id, TAB_ID);
    const replayed = this.#journal.pending();
    if (replayed.length) {
      for (const op of replayed) this.#apply(op);
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
      this.#changed({ t: 'sheet', s: def.id, v: $state.snapshot(sheet) }, false);
    }
    return sheet;
  }

  rename(name: string) {
    this.record.name = name;
    this.#changed({ t: 'name', v: name });
  }

  setField(sheet: WorksheetId, field: string, value: CellValue) {
    const s = this.record.sheets[sheet];
    if (!s) return;
    s.fields[field] = value;
    this.#changed({ t: 'field', s: sheet, f: field, v: value });
  }

  setCell(sheet: WorksheetId, table: string, rowId: string, col: string, value: CellValue) {
    const s = this.record.sheets[sheet];
    if (!s) return;
    const rows = (s.tables[table] ??= []);
    let r = rows.find((x) => x.id === rowId);
    if (!r) {
      // A fixed row never stored before (repaired data): create it with its seed id.
      rows.push(makeRow({}, rowId));
      r = rows[rows.length - 1]!;
    }
    r.cells[col] = value;
    this.#changed({ t: 'cell', s: sheet, tb: table, r: rowId, c: col, v: value });
  }

  addRow(sheet: WorksheetId, table: string, cells: Record<string, CellValue> = {}): string {
    const id = newRowId();
    this.#rows(sheet, table).push(makeRow(cells, id));
    this.#sheetChanged(sheet);
    return id;
  }

  /** Appends many rows at once (paste, import): one change, one save. */
  appendRows(sheet: WorksheetId, table: string, cells: Record<string, CellValue>[]) {
    const rows = this.#rows(sheet, table);
    rows.push(...cells.map((c) => makeRow(c)));
    this.#sheetChanged(sheet);
  }

  removeRow(sheet: WorksheetId, table: string, rowId: string, name: string) {
    const rows = this.#rows(sheet, table);
    const index = rows.findIndex((r) => r.id === rowId);
    if (index < 0) return;
    const [removed] = rows.splice(index, 1);
    if (removed) this.lastRemoved = { sheet, table, row: $state.snapshot(removed), index, name };
    this.#sheetChanged(sheet);
  }

  undoRemove() {
    const r = this.lastRemoved;
    if (!r) return;
    const rows = this.#rows(r.sheet, r.table);
    rows.splice(Math.min(r.index, rows.length), 0, r.row);
    this.lastRemoved = undefined;
    this.#sheetChanged(r.sheet);
  }

  moveRow(sheet: WorksheetId, table: string, rowId: string, delta: -1 | 1) {
    const rows = this.#rows(sheet, table);
    const i = rows.findIndex((r) => r.id === rowId);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= rows.length) return;
    const [moved] = rows.splice(i, 1);
    if (moved) rows.splice(j, 0, moved);
    this.#sheetChanged(sheet);
  }

  /** Replaces the whole record with a newer one saved by another tab (only when nothing is pending here). */
  adoptExternal(record: WorkbookRecord): boolean {
    if (this.#dirty || this.#saving) return false;
    if (record.updatedAt <= this.record.updatedAt) return false;
    this.record = record;
    return true;
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
    return (s.tables[table] ??= []);
  }

  #sheetChanged(sheet: WorksheetId) {
    const s = this.record.sheets[sheet];
    if (s) this.#changed({ t: 'sheet', s: sheet, v: $state.snapshot(s) });
  }

  #changed(op: JournalOp, byUser = true) {
    this.#journal.record(op);
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
    const seq = this.#journal.lastSeq;
    this.#dirty = false;
    for (const [id, def] of Object.entries(this.defs) as [WorksheetId, WorksheetDef][]) {
      const sheet = this.record.sheets[id];
      if (sheet) this.record.progress[id] = progressOf(def, sheet);
    }
    const snapshot = $state.snapshot(this.record) as WorkbookRecord;
    status.save = 'saving';
    this.#saving = repo
      .put(snapshot)
      .then(() => {
        this.#journal.committed(seq);
        if (!this.#dirty) status.save = 'saved';
        status.clearError();
        announce({ type: 'saved', id: snapshot.id, updatedAt: snapshot.updatedAt });
      })
      .catch((err: unknown) => {
        this.#dirty = true;
        status.fail(err instanceof StorageError ? err : new StorageError('other', String(err)));
      })
      .finally(() => {
        this.#saving = undefined;
      });
    return this.#saving;
  }

  #apply(op: JournalOp) {
    const r = this.record;
    switch (op.t) {
      case 'name':
        r.name = op.v;
        break;
      case 'sheet':
        r.sheets[op.s] = op.v;
        break;
      case 'field': {
        const s = (r.sheets[op.s] ??= { fields: {}, tables: {} });
        s.fields[op.f] = op.v;
        break;
      }
      case 'cell': {
        const s = r.sheets[op.s];
        const rows = s?.tables[op.tb];
        if (!s) break;
        const target = rows?.find((x) => x.id === op.r);
        if (target) target.cells[op.c] = op.v;
        else (s.tables[op.tb] ??= []).push(makeRow({ [op.c]: op.v }, op.r));
        break;
      }
    }
  }
}
