/** Polish texts of the storage banners: every key of English must exist here (checked by the type). */
import type { Messages } from './en';
import type { enStorage } from './en-storage';

export const plStorage: Messages<typeof enStorage> = {
  storageReload: 'Odśwież',
  storagePersistDenied:
    'Przeglądarka może usunąć dane tej strony, gdy zabraknie miejsca. Regularnie pobieraj kopię zapasową (strona z listą zeszytów).',
  storageJournalOff:
    'Ta przeglądarka nie pozwala na szybkie lokalne kopie wpisywanego tekstu; zmiany są nadal zapisywane chwilę po wpisaniu. Zanim zamkniesz kartę, poczekaj na „Wszystkie zmiany zapisane”.',
  storageNewer:
    'Twoje zeszyty zapisała nowsza wersja aplikacji, której ta strona nie potrafi odczytać. Odśwież stronę, aby wczytać nowszą wersję.',
  storageVersionChange:
    'Aplikację zaktualizowano w innej karcie, więc ta strona nie może już zapisywać. Odśwież stronę, aby kontynuować.',
  storageUnavailable:
    'Ta przeglądarka nie pozwala tej stronie przechowywać danych (okno prywatne albo ustawienie blokujące dane witryn), więc nic nie może tu zostać zapisane. Otwórz stronę w zwykłym oknie albo zezwól tej stronie na przechowywanie danych w ustawieniach przeglądarki, a potem odśwież stronę.',
  storageOpenFailed:
    'Przeglądarka nie mogła otworzyć zapisanych zeszytów ({message}). Odśwież stronę; jeśli to nie pomoże, zamknij i ponownie otwórz przeglądarkę. Nic nie zostało zmienione.',
  storageFull:
    'Nie zapisano: w przeglądarce zabrakło miejsca na dane tej strony (dysk może być prawie pełny). Wpisany tekst jest nadal na stronie: zachowaj kopię przyciskiem „Eksportuj do Excela”, zwolnij trochę miejsca na dysku i kliknij „Spróbuj ponownie”.',
  storageFullList:
    'Nie zapisano: w przeglądarce zabrakło miejsca na dane tej strony (dysk może być prawie pełny). Zwolnij trochę miejsca na dysku (albo usuń na stałe stare zeszyty z kosza) i spróbuj ponownie.',
  storageClosed:
    'Połączenie z pamięcią przeglądarki zostało zamknięte (być może usunięto dane tej strony), więc zmiany nie są zapisywane. Odśwież stronę, aby kontynuować.',
  storageSaveFailed:
    'Nie udało się zapisać ({message}). Wpisany tekst jest nadal na stronie: nie zamykaj jej; kliknij „Spróbuj ponownie” albo zachowaj kopię przyciskiem „Eksportuj do Excela”.',
  storageCode:
    'Nie udało się wczytać części aplikacji, która przechowuje zeszyty: być może jesteś offline, a nie została jeszcze zachowana na tym urządzeniu do pracy bez sieci. Nic nie zostało zmienione. Połącz się z internetem i spróbuj ponownie.',
  storageFailed:
    'Pamięć przeglądarki zgłosiła błąd ({message}). Spróbuj ponownie; jeśli błąd się powtarza, odśwież stronę.',
  storageBlockedTitle: 'Nie można pokazać zeszytów',
  storageBlockedNewer: 'Ta wersja aplikacji nie potrafi ich odczytać. Są bezpieczne: nic nie zostało zmienione.',
  storageBlockedOther: 'Pozostają bez zmian; zobacz komunikat powyżej.',
  storageNoStorageTitle: 'W tym oknie nic nie może zostać zapisane',
  storageNoStorage:
    'Nie można tworzyć ani otwierać zeszytów, dopóki przeglądarka nie pozwoli tej stronie przechowywać danych; zobacz komunikat powyżej.',
};
