/**
 * Texts of the "Import from Excel" card's messages and its preview, in both languages. Kept here
 * (not in the first-screen dictionary) because only the import's code, loaded when a file is
 * chosen, uses them; what the card shows at once (title, hint, file label) is in the core texts.
 * Plurals follow Intl.PluralRules, as lang.t does (Polish: one / few / many).
 */
import type { Plural } from '../i18n/en';
import type { CellValue, InputDef, Lang } from '../worksheets/types';
import type { FileProblem } from '../export/read-workbook';
import { formatNumber, quote as q } from '../i18n/format';
import { fill, pluralForm } from '../i18n/translate';
import { catalogEntry } from '../worksheets/index';

export type Bi<T = string> = { en: T; pl: T };

/** What the user chose in the preview. */
export type ImportChoice = { kind: 'new'; name: string } | { kind: 'replace'; id: string };

/** The plural form for n in a language ("{n}" is replaced by n in the language's format). */
export const plural = (lang: Lang, n: number, forms: Bi<Plural>): string =>
  fill(pluralForm(lang, n, forms[lang]), { n: num(n, lang) });

export const num = (n: number, lang: Lang): string => formatNumber(n, 'int', lang);
export { fill, q };

export const APP_NAME: Bi = { en: 'CRM Workbook', pl: 'Zeszyt CRM' };
/** The reader's limits (read-workbook.ts), passed in once it is loaded: naming them here would load SheetJS. */
export interface Limits {
  bytes: number;
  rows: number;
  chars: number;
  /** What a file may inflate to (zip-limit.ts). */
  inflated: number;
}

export const T = {
  loadFailed: {
    en: 'the Excel reader could not be loaded; reload the page and try again',
    pl: 'nie udało się wczytać modułu odczytu Excela; odśwież stronę i spróbuj ponownie',
  },
  refused: {
    en: '{file} cannot be imported: {reason}. Nothing was changed.',
    pl: 'Nie można zaimportować pliku {file}: {reason}. Niczego nie zmieniono.',
  },
  failed: {
    en: 'The import could not be saved; nothing was changed.',
    pl: 'Nie udało się zapisać importu; niczego nie zmieniono.',
  },
  targetGone: {
    en: 'The workbook to replace is no longer here (deleted in another tab?); nothing was changed.',
    pl: 'Zeszytu do zastąpienia już tu nie ma (usunięty w innej karcie?); niczego nie zmieniono.',
  },
  created: { en: 'Workbook {name} was created from {file}.', pl: 'Utworzono zeszyt {name} z pliku {file}.' },
  replaced: {
    en: 'Workbook {name} now holds the answers from {file}.',
    pl: 'Zeszyt {name} zawiera teraz odpowiedzi z pliku {file}.',
  },
  openIt: { en: 'Open {name}', pl: 'Otwórz {name}' },

  // The preview
  previewTitle: { en: 'Import {file}', pl: 'Import pliku {file}' },
  fromWorkbook: { en: 'Workbook {name}, exported on {date}.', pl: 'Zeszyt {name}, wyeksportowany {date}.' },
  fromWorkbookNoDate: {
    en: 'Workbook {name}; the export date is not known.',
    pl: 'Zeszyt {name}; data eksportu nie jest znana.',
  },
  unnamed: { en: '(no name)', pl: '(bez nazwy)' },
  extraSheets: {
    en: 'Sheets added in the spreadsheet are ignored: {list}.',
    pl: 'Arkusze dodane w arkuszu kalkulacyjnym są pomijane: {list}.',
  },
  addedRowsTitle: {
    en: 'Rows added in the spreadsheet (imported as new rows):',
    pl: 'Wiersze dodane w arkuszu kalkulacyjnym (zaimportowane jako nowe):',
  },
  removedRowsTitle: {
    en: 'Rows deleted in the spreadsheet (left out of the import):',
    pl: 'Wiersze usunięte w arkuszu kalkulacyjnym (pominięte w imporcie):',
  },
  problemsTitle: { en: 'Answers to check', pl: 'Odpowiedzi do sprawdzenia' },
  problemsIntro: {
    en: 'These cells do not hold what the worksheet expects. They are imported as described; you can correct them in the app afterwards.',
    pl: 'Te komórki nie zawierają tego, czego oczekuje ćwiczenie. Zostaną zaimportowane tak, jak opisano; możesz je potem poprawić w aplikacji.',
  },
  noProblems: { en: 'Every answer fits its worksheet.', pl: 'Każda odpowiedź pasuje do swojego ćwiczenia.' },
  colWorksheet: { en: 'Worksheet', pl: 'Ćwiczenie' },
  colCell: { en: 'Cell', pl: 'Komórka' },
  colAnswer: { en: 'Answer', pl: 'Odpowiedź' },
  colProblem: { en: 'Problem', pl: 'Problem' },
  colBefore: { en: 'Before', pl: 'Przed' },
  colAfter: { en: 'After', pl: 'Po' },
  more: { en: 'and {n} more', pl: 'i jeszcze {n}' },
  showAll: { en: 'Show all {n}', pl: 'Pokaż wszystkie ({n})' },
  empty: { en: '(empty)', pl: '(puste)' },
  deletedCell: { en: 'deleted', pl: 'usunięta' },
  keptAsTyped: { en: '{msg}: {typed} is kept as typed', pl: '{msg}: {typed} zostaje tak, jak wpisano' },
  notOption: {
    en: '{typed} is not one of the options: left empty',
    pl: '{typed} nie jest żadną z opcji: pole zostaje puste',
  },
  notOptions: {
    en: '{typed} names something that is not one of the options: only the known options are kept',
    pl: '{typed} zawiera coś, co nie jest żadną z opcji: zostają tylko znane opcje',
  },
  notDate: {
    en: '{typed} is not a date (yyyy-mm-dd): kept as typed',
    pl: '{typed} to nie data (rrrr-mm-dd): zostaje tak, jak wpisano',
  },
  formula: {
    en: '{typed} is a formula: its text is kept, not its result',
    pl: '{typed} to formuła: zostaje jej tekst, nie wynik',
  },
  deleted: { en: 'the cell was deleted', pl: 'komórka została usunięta' },
  cutEdited: {
    en: 'this answer was longer than a spreadsheet cell holds, so the file showed only its start; the cell was edited, so its edited text is imported and the rest of the answer is not',
    pl: 'ta odpowiedź była dłuższa, niż mieści komórka arkusza, więc plik pokazywał tylko jej początek; komórkę zmieniono, więc importowany jest zmieniony tekst, a reszta odpowiedzi nie',
  },

  choicesAdded: { en: 'Added: {list}.', pl: 'Dodano: {list}.' },
  choicesRemoved: { en: 'Removed: {list}.', pl: 'Usunięto: {list}.' },
  choicesSame: { en: 'The same choices.', pl: 'Te same wybory.' },
  choice: { en: 'What to do with the file', pl: 'Co zrobić z plikiem' },
  asNew: { en: 'Create a new workbook', pl: 'Utwórz nowy zeszyt' },
  newName: { en: 'Name of the new workbook', pl: 'Nazwa nowego zeszytu' },
  nameRequired: { en: 'Give the new workbook a name.', pl: 'Nadaj nowemu zeszytowi nazwę.' },
  importedSuffix: { en: '{name} (imported)', pl: '{name} (zaimportowany)' },
  asReplace: { en: 'Replace an existing workbook', pl: 'Zastąp istniejący zeszyt' },
  replaceNone: { en: 'There is no workbook here to replace.', pl: 'Nie ma tu zeszytu, który można zastąpić.' },
  target: { en: 'Workbook to replace', pl: 'Zeszyt do zastąpienia' },
  changesTitle: { en: 'Changes to {name}', pl: 'Zmiany w zeszycie {name}' },
  noChanges: {
    en: 'No answer changes: the file holds the same answers as {name}.',
    pl: 'Brak zmian odpowiedzi: plik zawiera te same odpowiedzi co {name}.',
  },
  rowsChange: { en: '{table}: {before} → {after}', pl: '{table}: {before} → {after}' },
  rowsDropped: { en: 'not in the file, so removed: {list}', pl: 'brak w pliku, więc do usunięcia: {list}' },
  andMore: { en: '{list} and {n} more', pl: '{list} i {n} innych' },
  replaceNote: {
    en: 'Worksheets the file does not hold keep their answers; the name stays.',
    pl: 'Ćwiczenia, których nie ma w pliku, zachowują swoje odpowiedzi; nazwa się nie zmienia.',
  },
  nothingYet: { en: 'Nothing is saved until you confirm.', pl: 'Nic nie zostanie zapisane, dopóki nie potwierdzisz.' },
  importNew: { en: 'Import', pl: 'Importuj' },
  replaceIt: { en: 'Replace {name}', pl: 'Zastąp {name}' },
  cancel: { en: 'Cancel', pl: 'Anuluj' },
} satisfies Record<string, Bi>;

export const P = {
  answers: {
    en: { one: '{n} answer', other: '{n} answers' },
    pl: { one: '{n} odpowiedź', few: '{n} odpowiedzi', many: '{n} odpowiedzi', other: '{n} odpowiedzi' },
  },
  /** "… from 3 worksheets" (Polish: genitive after "z"). */
  fromWorksheets: {
    en: { one: 'from {n} worksheet', other: 'from {n} worksheets' },
    pl: { one: 'z {n} ćwiczenia', few: 'z {n} ćwiczeń', many: 'z {n} ćwiczeń', other: 'z {n} ćwiczenia' },
  },
  chars: {
    en: { one: '{n} character', other: '{n} characters' },
    pl: { one: '{n} znak', few: '{n} znaki', many: '{n} znaków', other: '{n} znaku' },
  },
  rows: {
    en: { one: '{n} row', other: '{n} rows' },
    pl: { one: '{n} wiersz', few: '{n} wiersze', many: '{n} wierszy', other: '{n} wiersza' },
  },
  entries: {
    en: { one: '{n} entry', other: '{n} entries' },
    pl: { one: '{n} wpis', few: '{n} wpisy', many: '{n} wpisów', other: '{n} wpisu' },
  },
  problems: {
    en: { one: '{n} answer to check', other: '{n} answers to check' },
    pl: {
      one: '{n} odpowiedź do sprawdzenia',
      few: '{n} odpowiedzi do sprawdzenia',
      many: '{n} odpowiedzi do sprawdzenia',
      other: '{n} odpowiedzi do sprawdzenia',
    },
  },
  changes: {
    en: { one: '{n} answer changes', other: '{n} answers change' },
    pl: {
      one: 'Zmienia się {n} odpowiedź',
      few: 'Zmieniają się {n} odpowiedzi',
      many: 'Zmienia się {n} odpowiedzi',
      other: 'Zmienia się {n} odpowiedzi',
    },
  },
} satisfies Record<string, Bi<Plural>>;

/**
 * A multi-select's change in words: "Added: Email, Phone. Removed: Letter." (option labels, in
 * the order of the options), so a change is not "3 rows → 2 rows" nor a list of internal values.
 */
export function choicesChange(
  input: InputDef,
  before: CellValue | undefined,
  after: CellValue | undefined,
  lang: Lang,
): string {
  const set = (v: CellValue | undefined) => new Set(Array.isArray(v) ? v : v ? [v] : []);
  const was = set(before);
  const now = set(after);
  const options = input.options ?? [];
  const known = new Set(options.map((o) => o.value));
  const label = (v: string) => options.find((o) => o.value === v)?.label[lang] ?? v;
  // Options in their own order, then anything unknown as stored.
  const order = [...options.map((o) => o.value), ...[...was, ...now].filter((v) => !known.has(v))];
  const added = order.filter((v) => now.has(v) && !was.has(v)).map(label);
  const removed = order.filter((v) => was.has(v) && !now.has(v)).map(label);
  const parts: string[] = [];
  if (added.length) parts.push(fill(T.choicesAdded[lang], { list: added.join(', ') }));
  if (removed.length) parts.push(fill(T.choicesRemoved[lang], { list: removed.join(', ') }));
  return parts.length ? parts.join(' ') : T.choicesSame[lang];
}

/** "120 answers read from 13 worksheets." */
export function countsText(lang: Lang, answers: number, sheets: number): string {
  const a = plural(lang, answers, P.answers);
  const s = plural(lang, sheets, P.fromWorksheets);
  return lang === 'pl' ? `Odczytano ${a} ${s}.` : `${a} read ${s}.`;
}

/** Why a whole file is refused, as the end of "“x.xlsx” cannot be imported: …". */
export function problemText(p: FileProblem, lang: Lang, limits: Limits): string {
  const n = (x: number) => num(x, lang);
  const mb = n(Math.round(limits.bytes / (1024 * 1024)));
  const app = APP_NAME[lang];
  const pl = lang === 'pl';
  const inflatedMb = n(Math.round(limits.inflated / (1024 * 1024)));
  const bomb = pl
    ? `, więc nie został otwarty (może to być spreparowana „bomba zip”); zeszyt wyeksportowany z aplikacji ${app} rozpakowuje się do kilku MB`
    : `, so it was not opened (it may be a crafted “zip bomb”); a workbook exported by ${app} unpacks to a few MB`;
  switch (p.code) {
    case 'empty':
      return pl ? 'plik jest pusty' : 'the file is empty';
    case 'too-large':
      return pl
        ? `plik jest większy niż ${mb} MB, o wiele większy niż zeszyt wyeksportowany z aplikacji ${app}`
        : `it is larger than ${mb} MB, far larger than a workbook exported by ${app}`;
    case 'not-xlsx':
      return pl ? 'to nie jest skoroszyt Excela (.xlsx)' : 'it is not an Excel workbook (.xlsx)';
    case 'unreadable':
    case 'zip-damaged':
      return pl ? 'plik jest uszkodzony lub niekompletny' : 'the file is damaged or incomplete';
    case 'not-ours':
      return pl
        ? `to nie jest zeszyt wyeksportowany z aplikacji ${app} (brakuje jego ukrytego arkusza ${q('_inputs', lang)})`
        : `it is not a workbook exported by ${app} (its hidden ${q('_inputs', lang)} sheet is missing)`;
    case 'damaged-map':
      return pl
        ? `jego ukryty arkusz ${q('_inputs', lang)} został zmieniony, więc odpowiedzi nie da się bezpiecznie umieścić`
        : `its hidden ${q('_inputs', lang)} sheet was changed, so the answers cannot be placed safely`;
    case 'no-inputs':
      return pl ? 'nie zawiera żadnych odpowiedzi do zaimportowania' : 'it holds no answers to import';
    case 'newer-version':
      return pl
        ? `został utworzony w nowszej wersji aplikacji ${app} (wersja danych ${n(p.version)}); najpierw zaktualizuj aplikację (odśwież stronę)`
        : `it was made by a newer version of ${app} (data version ${n(p.version)}); update the app first (reload the page)`;
    case 'missing-sheet': {
      const title = catalogEntry(p.sheet)?.title[lang];
      const named = title ? `${q(p.sheet, lang)} (${title})` : q(p.sheet, lang);
      return pl ? `brakuje arkusza ${named}` : `the sheet ${named} is missing`;
    }
    case 'too-many-rows':
      return pl
        ? `arkusz ${q(p.sheet, lang)} ma ${plural(lang, p.rows, P.rows)}; odczytywanych jest najwyżej ${n(limits.rows)}`
        : `it holds ${plural(lang, p.rows, P.rows)} in sheet ${q(p.sheet, lang)}; at most ${n(limits.rows)} are read`;
    case 'zip-entries':
      return pl
        ? `zawiera ${n(p.entries)} części, a skoroszyt ma ich kilkadziesiąt${bomb}`
        : `it holds ${n(p.entries)} parts where a workbook has a few dozen${bomb}`;
    case 'zip-inflated':
      return pl
        ? `rozpakowałby się do ponad ${inflatedMb} MB${bomb}`
        : `it would unpack to more than ${inflatedMb} MB${bomb}`;
    case 'zip-ratio':
      return pl
        ? `jego część ${q(p.entry, lang)} rozpakowałaby się do ${n(p.ratio)} razy większego rozmiaru${bomb}`
        : `its part ${q(p.entry, lang)} would unpack to ${n(p.ratio)} times its size${bomb}`;
    case 'zip-mismatch':
      return pl
        ? `jego część ${q(p.entry, lang)} zawiera więcej danych, niż podaje spis zawartości pliku${bomb}`
        : `its part ${q(p.entry, lang)} holds more data than the file’s table of contents says${bomb}`;
    case 'cell-too-long':
      return pl
        ? `komórka ${p.cell} arkusza ${q(p.sheet, lang)} zawiera ${plural(lang, p.chars, P.chars)}; komórka mieści najwyżej ${n(limits.chars)}`
        : `cell ${p.cell} of sheet ${q(p.sheet, lang)} holds ${plural(lang, p.chars, P.chars)}; a cell holds at most ${n(limits.chars)}`;
  }
}
