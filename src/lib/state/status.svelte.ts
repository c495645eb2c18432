/** App-wide storage status shown in a banner: errors are visible, never swallowed. */
import type { StorageError } from '../storage/repository';

/** Notices are kept as keys, so they follow a language switch. */
export type NoticeKey = 'changedElsewhere' | 'mergedElsewhere';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

class StorageStatus {
  save = $state<SaveState>('idle');
  error = $state<StorageError | undefined>(undefined);
  /** The database is newer than this code, or another tab upgraded it: no writes. */
  readOnly = $state<'newer' | 'version-change' | undefined>(undefined);
  persistDenied = $state(false);
  /** localStorage refused the write-ahead journal (full or blocked). */
  journalOff = $state(false);
  notice = $state<NoticeKey | undefined>(undefined);

  fail(err: StorageError) {
    this.error = err;
    this.save = 'error';
    if (err.kind === 'newer-version') this.readOnly = 'newer';
  }
  clearError() {
    this.error = undefined;
  }
}

export const status = new StorageStatus();

let persistAsked = false;
/** Ask once per visit, on the first edit, for the browser to keep the site's data. */
export function askPersistence(): void {
  if (persistAsked) return;
  persistAsked = true;
  const storage = navigator.storage;
  if (!storage?.persist) return;
  storage
    .persisted()
    .then((already) => (already ? true : storage.persist()))
    .then((granted) => {
      status.persistDenied = !granted;
    })
    .catch(() => {
      status.persistDenied = true;
    });
}
