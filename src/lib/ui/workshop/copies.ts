/**
 * Writing a copy into "Your workbooks" from workshop pages, without the list's own module (which
 * belongs to the first screen's chunk): the same repository, and the same message to other tabs.
 */
import { announce, repo } from '../../state/repo';
import { status } from '../../state/status.svelte';
import type { WorkbookRecord } from '../../storage/record';

export async function saveCopy(record: WorkbookRecord): Promise<boolean> {
  try {
    await repo.put(record);
    announce({ type: 'list-changed' });
    return true;
  } catch (err) {
    status.fail(err);
    return false;
  }
}

export async function existingWorkbook(id: string): Promise<WorkbookRecord | undefined> {
  try {
    const w = await repo.get(id);
    return w && !w.deletedAt ? w : undefined;
  } catch {
    return undefined;
  }
}
