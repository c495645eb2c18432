/**
 * Opening a workbook, for the workbook page: reads it, opens its session (after the one before is
 * stored), loads the open worksheet's definition, exports it, and owns every way that can fail.
 * A failure is a state with Retry, never an endless "Loading…" or a button left disabled: busy
 * flags are reset in `finally`, and a definition that failed to load is fetched again on Retry.
 */
import type { Lang, WorksheetDef, WorksheetId } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { loadAllDefinitions, loadDefinition } from '../worksheets/index';
import { WorkbookSession } from './session.svelte';
import { registerFlush } from './flush-all';
import { repo } from './repo';
import { status } from './status.svelte';

export type OpenPhase = 'opening' | 'missing' | 'failed' | 'ready';

export interface ControllerDeps {
  read: (id: string) => Promise<WorkbookRecord | undefined>;
  load: (id: WorksheetId) => Promise<WorksheetDef> | undefined;
  loadAll: () => Promise<WorksheetDef[]>;
}

const defaultDeps: ControllerDeps = {
  read: (id) => repo.get(id),
  load: loadDefinition,
  loadAll: loadAllDefinitions,
};

/** The session closed last, still storing: the next open waits for it (it may be the same workbook). */
let closing: Promise<void> = Promise.resolve();

export interface ExportDone {
  blob: Blob;
  fileName: string;
}

export class WorkbookController {
  phase = $state<OpenPhase>('opening');
  session = $state<WorkbookSession | undefined>(undefined);
  /** Why opening failed (a storage error is also in `status`, shown by the banner). */
  error = $state.raw<unknown>(undefined);
  /** The worksheet asked for, its definition once loaded, or why it could not be loaded. */
  sheet = $state<WorksheetId | undefined>(undefined);
  def = $state.raw<WorksheetDef | undefined>(undefined);
  sheetError = $state.raw<unknown>(undefined);
  exporting = $state(false);
  /** Every definition, for the Summary page (loaded when it is shown), or why they could not load. */
  allDefs = $state.raw<WorksheetDef[] | undefined>(undefined);
  allError = $state.raw<unknown>(undefined);

  readonly id: string;
  #deps: ControllerDeps;
  #closed = false;
  #unregister: (() => void) | undefined;
  #sheetRequest = 0;

  constructor(id: string, deps: Partial<ControllerDeps> = {}) {
    this.id = id;
    this.#deps = { ...defaultDeps, ...deps };
  }

  /** Reads the workbook and opens its session; safe to call again after a failure (Retry). */
  async open(): Promise<void> {
    this.phase = 'opening';
    this.error = undefined;
    await closing;
    let record: WorkbookRecord | undefined;
    try {
      record = await this.#deps.read(this.id);
    } catch (err) {
      if (this.#closed) return;
      status.fail(err);
      this.error = err;
      this.phase = 'failed';
      return;
    }
    if (this.#closed) return;
    if (!record || record.deletedAt) {
      this.phase = 'missing';
      return;
    }
    const session = new WorkbookSession(record);
    this.session = session;
    this.#unregister = registerFlush(() => session.flush());
    this.phase = 'ready';
    // Only the open worksheet's definition loads: the navigation shows the other worksheets'
    // completion as stored with each save (record.progress), so a phone fetches one sheet's code.
    if (this.sheet) void this.show(this.sheet);
  }

  /** Shows a worksheet: loads its definition (again, after a failure) and creates its data. */
  async show(sheet: WorksheetId): Promise<void> {
    const request = ++this.#sheetRequest;
    this.sheet = sheet;
    if (this.def?.id !== sheet) this.def = undefined;
    this.sheetError = undefined;
    const session = this.session;
    if (!session) return; // shown once the workbook is open
    try {
      const def = await this.#deps.load(sheet);
      if (!def || request !== this.#sheetRequest || this.#closed || this.session !== session) return;
      session.ensureSheet(def);
      this.def = def;
    } catch (err) {
      if (request === this.#sheetRequest && !this.#closed) this.sheetError = err;
    }
  }

  /** For the Summary page: every definition (each added to the session, for the navigation). */
  async loadAll(): Promise<void> {
    this.allError = undefined;
    try {
      const defs = await this.#deps.loadAll();
      if (this.#closed) return;
      this.allDefs = defs;
      for (const d of defs) this.session?.addDefinition(d);
    } catch (err) {
      if (!this.#closed) this.allError = err;
    }
  }

  /** Retry whatever failed: opening the workbook, or loading the worksheet. */
  retry(): Promise<void> {
    if (this.phase === 'failed') return this.open();
    if (this.sheet && this.sheetError !== undefined) return this.show(this.sheet);
    if (this.allError !== undefined) return this.loadAll();
    return Promise.resolve();
  }

  /**
   * The export's code and the definitions start loading when the pointer or focus reaches the
   * button (the click follows within moments); a failure is met again, and shown, by the export.
   */
  prepareExport(): void {
    void Promise.all([import('../export/write-workbook'), this.#deps.loadAll()]).catch(() => undefined);
  }

  /** Stores pending edits, then builds the .xlsx (SheetJS and every definition load on demand). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the moment of the export, not state
  async exportXlsx(lang: Lang, now = new Date()): Promise<ExportDone | undefined> {
    const session = this.session;
    if (!session || this.exporting) return undefined;
    this.exporting = true;
    try {
      await session.flush();
      const [{ exportWorkbook }, defs] = await Promise.all([import('../export/write-workbook'), this.#deps.loadAll()]);
      return exportWorkbook(session.plainRecord(), defs, lang, now);
    } finally {
      this.exporting = false;
    }
  }

  /** Leaving the workbook: store what is pending; the next open waits for it. */
  close(): void {
    this.#closed = true;
    this.#unregister?.();
    const session = this.session;
    if (session) closing = session.flush().catch(() => {});
  }
}
