/**
 * Code that fails to load: a lazy chunk (a page, a panel, chart.js, SheetJS, a dictionary) that
 * could not be fetched, because the device is offline before the app was kept for offline use, or
 * because a new version was published and the old files are gone. Such a failure is shown with
 * Retry (never an endless "Loading…"); `kind` picks the words.
 */
export type LoadFailureKind = 'offline' | 'updated' | 'other';

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite's preload helper
// adds its own for CSS and dependencies.
const LOAD_MESSAGES = [
  /failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /importing a module script failed/i,
  /unable to preload css/i,
  /failed to load module script/i,
];

export function isCodeLoadFailure(err: unknown): boolean {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return LOAD_MESSAGES.some((re) => re.test(message));
}

/** Why code failed to load, as far as the page can tell. */
export function loadFailureKind(err: unknown, online = navigator.onLine): LoadFailureKind {
  if (!isCodeLoadFailure(err)) return 'other';
  return online ? 'updated' : 'offline';
}
