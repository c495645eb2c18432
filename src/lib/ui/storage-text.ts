/**
 * The words of the storage banners, in both languages: which message fits a problem, the state
 * shown in place of a page the storage cannot serve, and the two warnings (site data may be
 * cleared; no write-ahead journal). Loaded by StatusBanner on demand (rarely needed, so not part of
 * the first screen's dictionary). One message per problem, in plain words: what happened, what it
 * means, what to do; never a library's own text or address. Imports nothing at run time: a chunk
 * sharing code with the first screen would split that code into chunks of its own.
 */
import type { StorageError } from '../storage/errors';
import type { Lang } from '../worksheets/types';

type Bi = { en: string; pl: string };

const T = {
  reload: { en: 'Reload', pl: 'Odśwież' },
  persistDenied: {
    en: 'Your browser may clear this site’s data when space runs low. Download a backup regularly (list page).',
    pl: 'Przeglądarka może usunąć dane tej strony, gdy zabraknie miejsca. Regularnie pobieraj kopię zapasową (strona z listą zeszytów).',
  },
  journalOff: {
    en: 'This browser refuses quick local copies of your typing; changes are still saved a moment after you type. Wait for “All changes saved” before closing the tab.',
    pl: 'Ta przeglądarka nie pozwala na szybkie lokalne kopie wpisywanego tekstu; zmiany są nadal zapisywane chwilę po wpisaniu. Zanim zamkniesz kartę, poczekaj na „Wszystkie zmiany zapisane”.',
  },
  newer: {
    en: 'Your workbooks were saved by a newer version of this app, which this page cannot read. Reload the page to get the newer version.',
    pl: 'Twoje zeszyty zapisała nowsza wersja aplikacji, której ta strona nie potrafi odczytać. Odśwież stronę, aby wczytać nowszą wersję.',
  },
  versionChange: {
    en: 'This app was updated in another tab, so this page can no longer save. Reload the page to continue.',
    pl: 'Aplikację zaktualizowano w innej karcie, więc ta strona nie może już zapisywać. Odśwież stronę, aby kontynuować.',
  },
  unavailable: {
    en: 'This browser does not let this site store data (a private window, or a setting that blocks site data), so nothing can be saved here. Open the page in a normal window, or allow this site to store data in the browser’s settings, then reload.',
    pl: 'Ta przeglądarka nie pozwala tej stronie przechowywać danych (okno prywatne albo ustawienie blokujące dane witryn), więc nic nie może tu zostać zapisane. Otwórz stronę w zwykłym oknie albo zezwól tej stronie na przechowywanie danych w ustawieniach przeglądarki, a potem odśwież stronę.',
  },
  openFailed: {
    en: 'The browser could not open the stored workbooks ({message}). Reload the page; if that does not help, close and reopen the browser. Nothing has been changed.',
    pl: 'Przeglądarka nie mogła otworzyć zapisanych zeszytów ({message}). Odśwież stronę; jeśli to nie pomoże, zamknij i ponownie otwórz przeglądarkę. Nic nie zostało zmienione.',
  },
  full: {
    en: 'Not saved: the browser has no room left for this site’s data (the disk may be nearly full). What you typed is still on this page: keep a copy with “Export to Excel”, free some disk space, then press “Try again”.',
    pl: 'Nie zapisano: w przeglądarce zabrakło miejsca na dane tej strony (dysk może być prawie pełny). Wpisany tekst jest nadal na stronie: zachowaj kopię przyciskiem „Eksportuj do Excela”, zwolnij trochę miejsca na dysku i kliknij „Spróbuj ponownie”.',
  },
  fullList: {
    en: 'Not saved: the browser has no room left for this site’s data (the disk may be nearly full). Free some disk space (or delete old workbooks for good from the trash), then try again.',
    pl: 'Nie zapisano: w przeglądarce zabrakło miejsca na dane tej strony (dysk może być prawie pełny). Zwolnij trochę miejsca na dysku (albo usuń na stałe stare zeszyty z kosza) i spróbuj ponownie.',
  },
  closed: {
    en: 'The connection to the browser’s storage was closed (perhaps this site’s data was cleared), so changes are not saved. Reload the page to continue.',
    pl: 'Połączenie z pamięcią przeglądarki zostało zamknięte (być może usunięto dane tej strony), więc zmiany nie są zapisywane. Odśwież stronę, aby kontynuować.',
  },
  saveFailed: {
    en: 'Could not save ({message}). What you typed is still on this page: do not close it; press “Try again”, or keep a copy with “Export to Excel”.',
    pl: 'Nie udało się zapisać ({message}). Wpisany tekst jest nadal na stronie: nie zamykaj jej; kliknij „Spróbuj ponownie” albo zachowaj kopię przyciskiem „Eksportuj do Excela”.',
  },
  code: {
    en: 'The part of the app that stores your workbooks could not be loaded: you may be offline, and it was not yet kept on this device for offline use. Nothing was changed. Connect to the internet, then try again.',
    pl: 'Nie udało się wczytać części aplikacji, która przechowuje zeszyty: być może jesteś offline, a nie została jeszcze zachowana na tym urządzeniu do pracy bez sieci. Nic nie zostało zmienione. Połącz się z internetem i spróbuj ponownie.',
  },
  failed: {
    en: 'The browser’s storage reported an error ({message}). Try again; if it keeps happening, reload the page.',
    pl: 'Pamięć przeglądarki zgłosiła błąd ({message}). Spróbuj ponownie; jeśli błąd się powtarza, odśwież stronę.',
  },
  // The panel in place of the list or a workbook.
  blockedTitle: { en: 'Workbooks cannot be shown', pl: 'Nie można pokazać zeszytów' },
  blockedNewer: {
    en: 'This version of the app cannot read them. They are safe: nothing has been changed.',
    pl: 'Ta wersja aplikacji nie potrafi ich odczytać. Są bezpieczne: nic nie zostało zmienione.',
  },
  blockedOther: {
    en: 'They stay as they were; see the message above.',
    pl: 'Pozostają bez zmian; zobacz komunikat powyżej.',
  },
  noStorageTitle: { en: 'Nothing can be saved in this window', pl: 'W tym oknie nic nie może zostać zapisane' },
  noStorage: {
    en: 'Workbooks cannot be created or opened until the browser lets this site store data; see the message above.',
    pl: 'Nie można tworzyć ani otwierać zeszytów, dopóki przeglądarka nie pozwoli tej stronie przechowywać danych; zobacz komunikat powyżej.',
  },
} satisfies Record<string, Bi>;

/** What StatusBanner knows (status.svelte.ts). */
export interface StorageState {
  readOnly: 'newer-version' | 'version-change' | 'unavailable' | undefined;
  error: StorageError | undefined;
  openFailed: boolean;
}

export const { persistDenied, journalOff } = T;

/** The message for the state of storage, and whether reloading is the way out. */
function message(s: StorageState, inWorkbook: boolean): [Bi, boolean] | undefined {
  if (s.readOnly === 'newer-version') return [T.newer, true];
  if (s.readOnly === 'version-change') return [T.versionChange, true];
  if (s.readOnly === 'unavailable') return [T.unavailable, true];
  const kind = s.error?.kind;
  if (!kind) return undefined;
  if (s.openFailed) return [T.openFailed, true];
  if (kind === 'quota') return [inWorkbook ? T.full : T.fullList, false];
  if (kind === 'closed') return [T.closed, true];
  if (kind === 'code') return [T.code, false];
  return [inWorkbook ? T.saveFailed : T.failed, false];
}

/**
 * The banner's message in the language ({message}: the error's short reason), and the label of a
 * Reload button when reloading is the way out.
 */
export function problemText(
  s: StorageState,
  inWorkbook: boolean,
  lang: Lang,
): { text: string; reload?: string } | undefined {
  const found = message(s, inWorkbook);
  if (!found) return undefined;
  return {
    text: found[0][lang].replace('{message}', s.error?.message ?? ''),
    reload: found[1] ? T.reload[lang] : undefined,
  };
}

/** In place of the list or a workbook when the database did not open: a title and a sentence. */
export function blockedText(s: StorageState, lang: Lang): { title: string; text: string } {
  const [title, text] =
    s.readOnly === 'unavailable'
      ? [T.noStorageTitle, T.noStorage]
      : [T.blockedTitle, s.readOnly === 'newer-version' ? T.blockedNewer : T.blockedOther];
  return { title: title[lang], text: text[lang] };
}
