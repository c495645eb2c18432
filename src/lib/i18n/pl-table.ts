/** Polish texts of a long table's pager, paste and file import (every English key, checked by the type). */
import type { Messages } from './en';
import type { enTable } from './en-table';

export const plTable: Messages<typeof enTable> = {
  tableAddMany: 'Dodaj wiele wierszy',
  tablePasteLabel: 'Wklej wiersze',
  tablePasteHint:
    'Jeden wiersz w linii, kolumny rozdzielone tabulatorami (jak po skopiowaniu z arkusza), średnikami lub przecinkami. Pierwsza linia z nazwami kolumn ({columns}) kieruje każdą wartość do jej kolumny; bez niej wartości wypełniają kolumny w tej kolejności.',
  tablePasteHintOne:
    'Jedna wartość w linii albo kilka w linii, rozdzielonych tabulatorami, średnikami lub przecinkami. Pierwsza linia taka jak „{column}” jest pomijana. W linii z tabulatorami lub średnikami przecinek jest przecinkiem dziesiętnym (7,5); w pozostałych „7,5” to dwie wartości: 7 i 5.',
  tableAddPastedHintList:
    'Bez tabulatorów i bez nagłówka z nazwami kolumn tekst jest listą wartości „{column}”: jedna wartość w linii albo kilka, rozdzielonych średnikami lub przecinkami („7,5” to 7 i 5).',
  tableAddPasted: 'Dodaj wiersze',
  tableFileLabel: 'Importuj kolumny z pliku .csv lub .xlsx',
  tableFileHint: 'Najwyżej {mb} MB. Kolumny wybierasz, zanim cokolwiek zostanie dodane.',
  tableChooseFile: 'Wybierz plik…',
  tableNoFile: 'Nie wybrano pliku',
  tableSheet: 'Arkusz',
  tableColumnsFrom: 'Kolumny pliku {file}',
  tableColumnFor: 'Kolumna pliku dla „{column}”',
  tableColumnNone: '(brak w pliku)',
  tableFileColumn: 'Kolumna {letter}',
  tableFileColumnNamed: 'Kolumna {letter} — {header}',
  tableValues: { one: '{n} wartość', few: '{n} wartości', many: '{n} wartości', other: '{n} wartości' },
  tableAddFromFile: 'Dodaj wiersze z pliku',
  tableReading: 'Wczytywanie pliku…',
  tableFileProblem: '„{file}”: {reason} Niczego nie zmieniono.',
  tableFileTooLarge: 'Plik jest większy niż {mb} MB.',
  tableFileEmpty: 'Plik nie zawiera danych.',
  tableFileUnreadable: 'Nie udało się odczytać pliku jako .csv ani .xlsx (może być uszkodzony lub innego rodzaju).',
  tableFileType: 'Wybierz plik .csv lub .xlsx.',
  tableFileInflates:
    'Plik .xlsx rozpakowałby się do znacznie większej ilości danych niż jakakolwiek tabela (może to być spreparowana „bomba zip”); nie został otwarty.',
  tableFileLoad: 'Nie udało się wczytać modułu odczytu plików; spróbuj ponownie.',
  tableTooMany: 'Za dużo wierszy naraz: {n} (najwyżej {max}). Niczego nie dodano.',
  tableUnknownHeader:
    'Linia {line} wygląda na nagłówek, ale nie nazywa żadnej kolumny tej tabeli ({names}). Jej kolumny to: {columns}. Niczego nie dodano.',
  tableTooWide:
    'Linia {line} ma więcej wartości ({cells}) niż tabela kolumn ({columns}). Dodaj pierwszą linię z nazwami kolumn albo wklej mniej kolumn. Niczego nie dodano.',
  tableNoColumnChosen: 'Wybierz co najmniej jedną kolumnę pliku.',
  tableAdded: {
    one: 'Dodano {n} wiersz.',
    few: 'Dodano {n} wiersze.',
    many: 'Dodano {n} wierszy.',
    other: 'Dodano {n} wiersza.',
  },
  tableNoneAdded: 'Nie dodano żadnego wiersza.',
  tableUndoAdd: 'Cofnij dodanie',
  tableHeaderRead: 'Linię {line} odczytano jako nazwy kolumn.',
  tableHeaderSkipped: 'Linię {line} ({value}) uznano za nagłówek i pominięto.',
  tableIgnored: 'Pominięto kolumny, których ta tabela nie ma: {names}.',
  tablePair: 'Linię {line} ({value}) odczytano jako dwie wartości: {a} i {b}.',
  tablePairsMore: {
    one: '…i {n} podobna linia.',
    few: '…i {n} podobne linie.',
    many: '…i {n} podobnych linii.',
    other: '…i {n} podobnej linii.',
  },
  tableFlaggedTitle: {
    one: 'Dodano tak, jak wpisano — do sprawdzenia w tabeli ({n}):',
    other: 'Dodano tak, jak wpisano — do sprawdzenia w tabeli ({n}):',
  },
  tableFlaggedMore: '…i {n} więcej.',
  tableShowAll: 'Pokaż wszystkie ({n})',
  tableWhereLine: 'Linia {line}',
  tableWhereRow: 'Wiersz {line}',
  tableReasonNan: 'to nie liczba',
  tableReasonInteger: 'to nie liczba całkowita',
  tableReasonRange: 'poza zakresem {min}–{max}',
  tableReasonAmbiguous: 'tysiące czy ułamek: niejednoznaczne',
  tableReasonOption: 'nie jest żadną z opcji',
  tableGoTo: 'Przejdź do wiersza',
  tableGo: 'Przejdź',
  tableGoError: 'Wpisz numer wiersza od 1 do {max}',
  tablePages: 'Strony tabeli {table}',
};
