import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import type { WorksheetDef, WorksheetId } from '../worksheets/types';
import { WorkbookController, type ControllerDeps } from './workbook-controller.svelte';
import { flushAll } from './flush-all';
import { status } from './status.svelte';

vi.stubGlobal('navigator', {});

const record = (over: Partial<WorkbookRecord> = {}): WorkbookRecord => ({
  ...newWorkbook('Acme', 'en', 1_000),
  ...over,
});
const def = (id: WorksheetId) =>
  ({ id, initial: () => ({ fields: {}, tables: {} }), blocks: [] }) as unknown as WorksheetDef;
const loadFailure = () =>
  new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/crm-audit.js');

function deps(over: Partial<ControllerDeps> = {}): Partial<ControllerDeps> {
  return {
    read: async () => record(),
    load: (id) => Promise.resolve(def(id)),
    loadAll: async () => [],
    ...over,
  };
}

describe('WorkbookController', () => {
  it('opens the workbook and shows the worksheet asked for before it was open', async () => {
    const c = new WorkbookController('x', deps());
    const shown = c.show('crm-audit');
    await c.open();
    await shown;
    await vi.waitFor(() => expect(c.def?.id).toBe('crm-audit'));
    expect(c.phase).toBe('ready');
    expect(c.session?.record.sheets['crm-audit']).toEqual({ fields: {}, tables: {} });
  });

  it('says "missing" for a workbook that is not there or is in the trash', async () => {
    const none = new WorkbookController('x', deps({ read: async () => undefined }));
    await none.open();
    expect(none.phase).toBe('missing');
    const trashed = new WorkbookController('x', deps({ read: async () => record({ deletedAt: 5 }) }));
    await trashed.open();
    expect(trashed.phase).toBe('missing');
  });

  it('a failed read is a state with Retry, and Retry opens it', async () => {
    let fail = true;
    const c = new WorkbookController(
      'x',
      deps({
        read: async () => {
          if (fail) throw new Error('disk on fire');
          return record();
        },
      }),
    );
    await c.open();
    expect(c.phase).toBe('failed');
    expect(status.error).toBeDefined();
    fail = false;
    await c.retry();
    expect(c.phase).toBe('ready');
    status.clearError();
  });

  it('a worksheet whose code fails to load says why, and Retry loads it again', async () => {
    let attempts = 0;
    const c = new WorkbookController(
      'x',
      deps({
        load: (id) => (++attempts === 1 ? Promise.reject(loadFailure()) : Promise.resolve(def(id))),
      }),
    );
    await c.open();
    await c.show('crm-audit');
    expect(c.def).toBeUndefined();
    expect(c.sheetError).toBeInstanceOf(TypeError);
    await c.retry();
    expect(c.sheetError).toBeUndefined();
    expect(c.def?.id).toBe('crm-audit');
    expect(attempts).toBe(2);
  });

  it('a slow worksheet overtaken by another is not shown', async () => {
    let release: (d: WorksheetDef) => void = () => {};
    const c = new WorkbookController(
      'x',
      deps({
        load: (id) => (id === 'crm-audit' ? new Promise((r) => (release = r)) : Promise.resolve(def(id))),
      }),
    );
    await c.open();
    const slow = c.show('crm-audit');
    await c.show('cloud-fit');
    release(def('crm-audit'));
    await slow;
    expect(c.def?.id).toBe('cloud-fit');
  });

  it('an export whose code cannot load rejects, and is not left busy', async () => {
    const c = new WorkbookController('x', deps({ loadAll: () => Promise.reject(loadFailure()) }));
    await c.open();
    await expect(c.exportXlsx('en')).rejects.toThrow(/dynamically imported/);
    expect(c.exporting).toBe(false);
  });

  it('registers its session so "Reload to update" stores pending edits first; not after close', async () => {
    const c = new WorkbookController('x', deps());
    await c.open();
    const flush = vi.spyOn(c.session!, 'flush');
    await flushAll();
    expect(flush).toHaveBeenCalledTimes(1);
    c.close();
    await flushAll();
    expect(flush).toHaveBeenCalledTimes(2); // once by close itself, never again by flushAll
  });

  it('the Summary page: every definition, or why they could not load, and Retry', async () => {
    let fail = true;
    const c = new WorkbookController(
      'x',
      deps({
        loadAll: () => (fail ? Promise.reject(loadFailure()) : Promise.resolve([def('crm-audit'), def('cloud-fit')])),
      }),
    );
    await c.open();
    await c.loadAll();
    expect(c.allDefs).toBeUndefined();
    expect(c.allError).toBeInstanceOf(TypeError);
    fail = false;
    await c.retry();
    expect(c.allError).toBeUndefined();
    expect(c.allDefs?.map((d) => d.id)).toEqual(['crm-audit', 'cloud-fit']);
    expect(Object.keys(c.session!.defs)).toEqual(['crm-audit', 'cloud-fit']);
  });
});
