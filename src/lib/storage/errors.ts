/**
 * Storage errors: every storage call either succeeds or throws a StorageError, whose kind says
 * what went wrong (the page words it for the user) and whose message is a short plain reason.
 * On their own (no Dexie here), so the first screen can classify a failure without loading it.
 */
export type StorageErrorKind =
  /** The database was written by a newer version of the app. */
  | 'newer-version'
  /** The browser does not let this site store data (no IndexedDB, private window, blocked site data). */
  | 'unavailable'
  /** No room left for the site's data. */
  | 'quota'
  /** The connection was closed (by this app on a version change, or by the browser). */
  | 'closed'
  /**
   * The storage code itself (Dexie, loaded on first need) could not be fetched: offline before the
   * app was kept on the device, or a new version removed the old file. The data is untouched.
   */
  | 'code'
  | 'other';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * A short reason fit to show inside a sentence: the message, without the web addresses libraries
 * add ("Please visit https://…") and without a final full stop.
 */
export const plainReason = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err))
    .replace(/\s*(Please visit\s*)?\S*https?:\/\/\S*/gi, '')
    .trim()
    .replace(/\.+$/, '');

/**
 * What went wrong, as a kind the page words for the user. `opening`: while opening the database,
 * an InvalidStateError means the browser stores nothing for this site (old Firefox private windows).
 */
export function classify(err: unknown, opening?: boolean): StorageError {
  if (err instanceof StorageError) return err;
  // Dexie keeps the browser's own error in `inner`; an error's text is "Name: message".
  const inner = (err as { inner?: unknown } | null)?.inner ?? err;
  const text = `${err} ${inner}`;
  const kind: StorageErrorKind = /VersionError/.test(text)
    ? 'newer-version'
    : /quota/i.test(text)
      ? 'quota'
      : /MissingAPI|SecurityError|denied permission/i.test(text) || (opening && /InvalidStateError/.test(text))
        ? 'unavailable'
        : /DatabaseClosed/.test(text)
          ? 'closed'
          : 'other';
  return new StorageError(kind, plainReason(inner), err);
}
