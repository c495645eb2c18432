import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newWorkbook } from '../storage/record';
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
