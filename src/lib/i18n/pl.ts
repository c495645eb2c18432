/** Polish UI strings: every key of English must exist here (checked by the type). */
import type { en, Messages } from './en';

export const pl: Messages<typeof en> = {
  appName: 'Zeszyt CRM',
  appTagline: 'Interaktywne ćwiczenia z budowania relacji z klientem',
  skipToContent: 'Przejdź do treści',
  language: 'Język',
  workbooks: 'Twoje zeszyty',
  newWorkbook: 'Nowy zeszyt',
  workbookName: 'Nazwa zeszytu',
  workbookNameHint: 'Firma klienta albo Twoje imię, jeśli jesteś uczestnikiem szkolenia',
  create: 'Utwórz',
  tryExample: 'Wypróbuj przykład',
  exampleName: 'Przykład — Bałtyckie Rowery sp. z o.o.',
  noWorkbooks:
    'Nie masz jeszcze zeszytów. Utwórz nowy albo otwórz przykład, aby zobaczyć działanie wszystkich wyników.',
  colName: 'Nazwa',
  colChanged: 'Ostatnia zmiana',
  colCompletion: 'Wypełnienie',
  colActions: 'Działania',
  rename: 'Zmień nazwę',
  renameTo: 'Nowa nazwa dla {name}',
  save: 'Zapisz',
  cancel: 'Anuluj',
  duplicate: 'Duplikuj',
  copyOf: '{name} (kopia)',
  delete: 'Usuń',
  deleteConfirm: 'Przenieść „{name}” do kosza? Możesz go przywrócić z kosza.',
  deleted: 'Przeniesiono „{name}” do kosza.',
  undo: 'Cofnij',
  trash: 'Kosz',
  restore: 'Przywróć',
  deleteForever: 'Usuń na zawsze',
  deleteForeverConfirm: 'Usunąć „{name}” na zawsze? Tego nie można cofnąć.',
  nameRequired: 'Nadaj zeszytowi nazwę.',
  untitled: 'Zeszyt bez nazwy',
  // Karty kopii zapasowej i importu z Excela na liście (reszta wczytuje się przy użyciu)
  backupTitle: 'Kopia zapasowa i przywracanie',
  backupIntro:
    'Zachowaj wszystkie zeszyty w jednym pliku: zabierz je do domu z pożyczonego laptopa albo odzyskaj pracę, gdy przeglądarka usunie dane tej strony.',
  downloadBackup: 'Pobierz kopię zapasową',
  restoreFromBackup: 'Przywróć z kopii zapasowej…',
  restoreFileHint:
    'Plik .json utworzony przyciskiem „Pobierz kopię zapasową”. Nic się nie zmieni, dopóki nie potwierdzisz.',
  lastBackup: 'Ostatnia kopia zapasowa na tym urządzeniu: {date}.',
  noBackupYet: 'Na tym urządzeniu nie utworzono jeszcze kopii zapasowej.',
  backupReminder:
    'Przeglądarki mogą usuwać dane stron (Safari po siedmiu dniach bez odwiedzin): pobierz kopię zapasową.',
  backupNothing: 'Nie ma jeszcze zeszytów do zapisania w kopii.',
  importTitle: 'Import z Excela',
  importIntro:
    'Wyślij klientowi zeszyt wyeksportowany przyciskiem „Eksportuj do Excela”; gdy klient go odeśle, zaimportuj go tutaj.',
  importFileLabel: 'Importuj plik .xlsx…',
  importFileHint:
    'Plik .xlsx wyeksportowany z tej aplikacji, także po edycji w Excelu lub LibreOffice. Zanim cokolwiek zostanie zapisane, zobaczysz, co się zmieni.',
  importReading: 'Wczytywanie pliku…',
  loading: 'Wczytywanie…',
  fileChoose: 'Wybierz plik…',
  fileNone: 'Nie wybrano pliku',
  coming: 'wkrótce',
  completion: 'Wypełniono {answered} z {total}',
  // Offline, kod, którego nie udało się wczytać, nowe wersje
  loadFailedOffline:
    'Nie udało się wczytać tej części aplikacji: jesteś offline, a nie została jeszcze zachowana na tym urządzeniu do pracy bez sieci. Połącz się z internetem i spróbuj ponownie.',
  loadFailedUpdated:
    'Nie udało się wczytać tej części aplikacji. Być może opublikowano nową wersję: spróbuj ponownie albo odśwież stronę (Twoje odpowiedzi zostaną zachowane).',
  loadFailedOther:
    'Nie udało się wczytać tej części aplikacji ({message}). Spróbuj ponownie albo odśwież stronę (Twoje odpowiedzi zostaną zachowane).',
  retry: 'Spróbuj ponownie',
  reloadPage: 'Odśwież stronę',
  updateAvailable: 'Nowa wersja Zeszytu CRM jest gotowa.',
  reloadToUpdate: 'Odśwież, aby zaktualizować',
  updating: 'Zapisywanie, potem aktualizacja…',
  offlineReady: 'Zeszyt CRM jest teraz zachowany na tym urządzeniu: działa także bez internetu.',
  pageNotFound: 'Nie ma tu takiej strony (adres może być błędnie wpisany lub ucięty).',
  languageFailed: 'Nie udało się zmienić języka.',
  // Strona podsumowania
  backToList: 'Wróć do listy',
  dismiss: 'Zamknij',
  changedElsewhere: 'Zaktualizowano z innej karty.',
  mergedElsewhere: 'Ten zeszyt zmieniono w innej karcie w trakcie pisania: zachowano zmiany z obu kart.',
};
