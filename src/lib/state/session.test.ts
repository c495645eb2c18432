import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newWorkbook, type WorkbookRecord } from '../storage/record';
import { repo } from './repo';
import { WorkbookSession } from './session.svelte';

/** A stored workbook and a session on it, as a tab that opened it. */
async function openSession(name: string) {
  const record = newWorkbook(name, 'en', 1_000);
  record.sheets['crm-audit'] = { fields: {}, tables: {} };
  await repo.put(structuredClone(record));
  return new WorkbookSession(structuredClone(record));
}

// Node 20 has no navigator; the session asks it to keep the data once the user types.
vi.stubGlobal('navigator', {});
afterEach(() => vi.restoreAllMocks());

describe('WorkbookSession.followExternal: what another tab stored', () => {
  it('takes a rename stored by another tab when nothing is pending here', async () => {
    const s = await openSession('Acme');
    await repo.rename(s.id, 'Acme Ltd', 2_000);
    expect(await s.followExternal()).toBe('adopted');
    expect(s.record.name).toBe('Acme Ltd');
    // The same record again is nothing new.
    expect(await s.followExternal()).toBeUndefined();
  });

  it('marks the workbook as in the trash when another tab deleted it for good', async () => {
    const s = await openSession('Gone');
    await repo.purge(s.id);
    expect(await s.followExternal()).toBe('deleted');
    expect(s.record.deletedAt).toBeGreaterThan(0);
  });

  it('with an edit pending here, keeps it: the next save merges both', async () => {
    const s = await openSession('Both');
    await repo.rename(s.id, 'Both Ltd', 2_000);
    s.setField('crm-audit', 'note', 'typed here');
    expect(await s.followExternal()).toBeUndefined();
    expect(s.record.sheets['crm-audit']?.fields['note']).toBe('typed here');
    await s.flush();
    const stored = await repo.get(s.id);
    expect(stored?.name).toBe('Both Ltd');
    expect(stored?.sheets['crm-audit']?.fields['note']).toBe('typed here');
  });

  it('drops a slow read overtaken by an edit and its save here: that copy is older than the page', async () => {
    const s = await openSession('Slow');
    const older = structuredClone(await repo.get(s.id))!;
    older.updatedAt = 1_500; // as another tab stored it, before this tab's edit
    let answer!: (r: typeof older) => void;
    vi.spyOn(repo, 'get').mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const following = s.followExternal();
    s.setField('crm-audit', 'note', 'typed while the read was slow');
    await s.flush();
    answer(older);
    expect(await following).toBeUndefined();
    expect(s.record.sheets['crm-audit']?.fields['note']).toBe('typed while the read was slow');
  });
});

describe('WorkbookSession rows: what is stored, and what two tabs keep', () => {
  const table = (wb: WorkbookRecord | undefined) =>
    wb?.sheets['crm-audit']?.tables['rows']?.map((r) => `${r.id}:${String(r.cells['note'] ?? '')}`);

  it('a removed row put back by Undo is stored where it was', async () => {
    const s = await openSession('Undo');
    const a = s.addRow('crm-audit', 'rows', { note: 'first' });
    s.addRow('crm-audit', 'rows', { note: 'second' });
    await s.flush();
    s.removeRow('crm-audit', 'rows', a, 'Row 1');
    await s.flush();
    expect(table(await repo.get(s.id))).toHaveLength(1);
    s.undoRemove();
    await s.flush();
    expect(table(await repo.get(s.id))?.[0]).toBe(`${a}:first`);
    expect(table(await repo.get(s.id))).toHaveLength(2);
  });

  it('one tab adds, moves and removes rows while another types into the same table: both kept', async () => {
    const first = await openSession('Two tabs');
    const a = first.addRow('crm-audit', 'rows');
    const b = first.addRow('crm-audit', 'rows');
    await first.flush();
    const second = new WorkbookSession(structuredClone((await repo.get(first.id))!));
    // The second tab types into row b and saves first; the first tab, not yet told, changes rows.
    second.setCell('crm-audit', 'rows', b, 'note', 'typed in the second tab');
    await second.flush();
    const c = first.addRow('crm-audit', 'rows', { note: 'added in the first tab' });
    first.moveRow('crm-audit', 'rows', c, -1);
    first.removeRow('crm-audit', 'rows', a, 'Row 1');
    await first.flush();
    expect(table(await repo.get(first.id))).toEqual([`${c}:added in the first tab`, `${b}:typed in the second tab`]);
    // The first tab shows the merged table too.
    expect(table(first.record)).toEqual([`${c}:added in the first tab`, `${b}:typed in the second tab`]);
  });
});

describe('WorkbookSession: the plain copy whole-sheet views read stays equal to the page’s data', () => {
  const same = (s: WorkbookSession) => {
    expect(s.plainSheet('crm-audit')).toEqual(JSON.parse(JSON.stringify(s.record.sheets['crm-audit'])));
    // What the export reads: the whole record, as the page has it.
    expect(s.plainRecord()).toEqual(JSON.parse(JSON.stringify(s.record)));
  };

  it('after every kind of edit, a merge with another tab, and the record taken from another tab', async () => {
    const s = await openSession('Plain');
    s.setField('crm-audit', 'note', 'a');
    same(s);
    const a = s.addRow('crm-audit', 'rows', { note: 'first' });
    const b = s.addRow('crm-audit', 'rows');
    s.setCell('crm-audit', 'rows', b, 'note', 'second');
    s.setCell('crm-audit', 'rows', 'fixed-1', 'note', 'a row never stored');
    same(s);
    s.moveRow('crm-audit', 'rows', b, -1);
    s.sortRows('crm-audit', 'rows', (r) => String(r.cells['note']).length);
    same(s);
    s.removeRow('crm-audit', 'rows', a, 'Row 1');
    same(s);
    s.undoRemove();
    same(s);
    s.setRows('crm-audit', 'rows', [{ id: 'p1', cells: { note: 'pasted' } }]);
    s.followSeedLanguage('crm-audit', 'rows', 'p1', { note: 'wklejony' });
    s.addRows('crm-audit', 'rows', [{ id: 'p2', cells: { note: 'added' } }], 0);
    s.removeRows('crm-audit', 'rows', ['p1']);
    same(s);
    await s.flush();
    // Another tab saves an edit; this tab's next save merges it in.
    const other = new WorkbookSession(structuredClone((await repo.get(s.id))!));
    other.setField('crm-audit', 'elsewhere', 'from the other tab');
    await other.flush();
    s.setField('crm-audit', 'here', 'typed here');
    await s.flush();
    expect(s.record.sheets['crm-audit']?.fields['elsewhere']).toBe('from the other tab');
    same(s);
    other.setField('crm-audit', 'elsewhere', 'again');
    await other.flush();
    expect(await s.followExternal()).toBe('adopted');
    same(s);
  });
});

describe('WorkbookSession: two tabs saving in turn never overwrite each other', () => {
  it('a merge dated by an edit older than the other tab’s save is still news to that tab', async () => {
    const a = await openSession('Turns');
    const b = new WorkbookSession(structuredClone((await repo.get(a.id))!));
    const clock = vi.spyOn(Date, 'now');
    // B types first and stays in the field; A types later and saves first.
    clock.mockReturnValue(5_000);
    b.setField('crm-audit', 'from-b', 'typed in B');
    clock.mockReturnValue(6_000);
    a.setField('crm-audit', 'from-a', 'typed in A');
    await a.flush();
    await b.flush(); // merges A's save; its own edit is older
    clock.mockRestore();
    // A follows B's save, then keeps typing: B's text survives A's next save.
    expect(await a.followExternal()).toBe('adopted');
    a.setField('crm-audit', 'again-a', 'more from A');
    await a.flush();
    const stored = (await repo.get(a.id))!.sheets['crm-audit']!.fields;
    expect(stored).toMatchObject({ 'from-a': 'typed in A', 'from-b': 'typed in B', 'again-a': 'more from A' });
  });
});

describe('WorkbookSession.followSeedLanguage: seed rows in the page language', () => {
  it('stores the translated cells without moving the workbook’s time of change', async () => {
    const record = newWorkbook('Seeds', 'en', 1_000);
    record.sheets['loyalty-exchange'] = {
      fields: {},
      tables: { pairs: [{ id: 'p1', cells: { action: 'Spend €20', reaction: '2% off' } }] },
    };
    await repo.put(structuredClone(record));
    const s = new WorkbookSession(structuredClone(record));
    s.followSeedLanguage('loyalty-exchange', 'pairs', 'p1', { action: 'Wydaj 20 €', reaction: '2% rabatu' });
    expect(s.record.updatedAt).toBe(1_000);
    await s.flush();
    const stored = await repo.get(s.id);
    expect(stored?.sheets['loyalty-exchange']?.tables['pairs']?.[0]?.cells).toEqual({
      action: 'Wydaj 20 €',
      reaction: '2% rabatu',
    });
    // Only one millisecond after the stored record (every write is newer than the one it replaces).
    expect(stored?.updatedAt).toBe(1_001);
  });
});
