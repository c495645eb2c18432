/** App-wide storage status shown in a banner: errors are visible, never swallowed. */
import { classify, plainReason, StorageError } from '../storage/errors';
import { isCodeLoadFailure } from './load-failure';

/** Notices are kept as keys, so they follow a language switch. */
export type NoticeKey = 'changedElsewhere' | 'mergedElsewhere';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

class StorageStatus {
  save = $state<SaveState>('idle');
  error = $state<StorageError | undefined>(undefined);
  /**
   * No writes: the database is newer than this code, another tab upgraded it, or the browser does
   * not let this site store data at all.
   */
  readOnly = $state<'newer-version' | 'version-change' | 'unavailable' | undefined>(undefined);
  /** Opening the database failed: the page shows why instead of the list or a workbook. */
  openFailed = $state(false);
  persistDenied = $state(false);
  /** localStorage refused the write-ahead journal (full or blocked). */
  journalOff = $state(false);
  notice = $state<NoticeKey | undefined>(undefined);

  /** Any error from storage (a StorageError, or anything else, classified); `opening`: from opening the database. */
  fail(err: unknown, opening?: boolean) {
    // The storage code did not load (storage/repository.ts loads Dexie on first need): said as
    // such; the database is fine, so nothing is refused, and the next action loads it anew.
    if (isCodeLoadFailure(err)) {
      this.error = new StorageError('code', plainReason(err), err);
      this.save = 'error';
      return;
    }
    const e: StorageError = classify(err, opening);
    if (opening) this.openFailed = true;
    this.error = e;
    this.save = 'error';
    if (e.kind === 'newer-version' || e.kind === 'unavailable') this.readOnly ??= e.kind;
  }
  clearError() {
    this.error = undefined;
  }
  /** A storage call went through: a failure to load the storage code is over. */
  succeeded() {
    if (this.error?.kind === 'code') this.error = undefined;
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
