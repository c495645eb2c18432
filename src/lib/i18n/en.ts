/** English UI strings. Worksheet content lives in the definitions; this is the app's chrome. */
import type { enWorkbook } from './en-workbook';
import type { enBackup } from './en-backup';
import type { enWorkshop } from './en-workshop';
import type { enImport } from './en-import';
import type { enStorage } from './en-storage';
import type { enTable } from './en-table';

/**
 * A text by count, resolved by Intl.PluralRules of the language: English one/other, Polish
 * one/few/many/other, Chinese other only (no grammatical number).
 */
export type Plural = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

export const en = {
  appName: 'CRM Workbook',
  appTagline: 'Live worksheets for building customer relationships',
  skipToContent: 'Skip to content',
  language: 'Language',
  // Home
  workbooks: 'Your workbooks',
  newWorkbook: 'New workbook',
  workbookName: 'Workbook name',
  workbookNameHint: 'A client company, or your own name as a trainee',
  create: 'Create',
  tryExample: 'Try an example',
  exampleName: 'Example — Baltic Bikes Ltd.',
  noWorkbooks: 'No workbooks yet. Create one, or try the example to see every score at work.',
  colName: 'Name',
  colChanged: 'Last change',
  colCompletion: 'Completion',
  colActions: 'Actions',
  rename: 'Rename',
  renameTo: 'New name for {name}',
  save: 'Save',
  cancel: 'Cancel',
  duplicate: 'Duplicate',
  copyOf: '{name} (copy)',
  delete: 'Delete',
  deleteConfirm: 'Move “{name}” to the trash? You can restore it from the trash.',
  deleted: '“{name}” moved to the trash.',
  undo: 'Undo',
  trash: 'Trash',
  restore: 'Restore',
  deleteForever: 'Delete forever',
  deleteForeverConfirm: 'Delete “{name}” forever? This cannot be undone.',
  nameRequired: 'Give the workbook a name.',
  untitled: 'Untitled workbook',
  // The list page's backup and Excel-import cards (their light shells; the rest loads on use)
  backupTitle: 'Backup & restore',
  backupIntro:
    'Keep every workbook in one file: take it home from a borrowed laptop, or bring your work back if the browser clears this site’s data.',
  downloadBackup: 'Download backup',
  restoreFromBackup: 'Restore from a backup…',
  restoreFileHint: 'A .json file made with “Download backup”. Nothing changes until you confirm.',
  lastBackup: 'Last backup on this device: {date}.',
  noBackupYet: 'No backup has been made on this device yet.',
  backupReminder: 'Browsers may delete site data (Safari after seven days without a visit): download a backup.',
  backupNothing: 'There are no workbooks to back up yet.',
  importTitle: 'Import from Excel',
  importIntro:
    'Send a client the workbook exported with “Export to Excel”; when the client sends it back, import it here.',
  importFileLabel: 'Import an .xlsx file…',
  importFileHint:
    'An .xlsx exported by this app, also after it was edited in Excel or LibreOffice. You see what will change before anything is saved.',
  importReading: 'Reading the file…',
  loading: 'Loading…',
  // FileButton (the cards' file inputs, and the ABC import)
  fileChoose: 'Choose a file…',
  fileNone: 'No file chosen',
  // Workbook
  coming: 'coming soon',
  completion: '{answered} of {total} answered',
  // Offline, code that failed to load, new versions (state/load-failure.ts, app-update.svelte.ts)
  loadFailedOffline:
    'This part of the app could not be loaded: you are offline, and it was not yet kept on this device for offline use. Connect to the internet, then try again.',
  loadFailedUpdated:
    'This part of the app could not be loaded. A new version may have been published: try again, or reload the page (your answers are kept).',
  loadFailedOther:
    'This part of the app could not be loaded ({message}). Try again, or reload the page (your answers are kept).',
  retry: 'Try again',
  reloadPage: 'Reload the page',
  updateAvailable: 'A new version of CRM Workbook is ready.',
  reloadToUpdate: 'Reload to update',
  updating: 'Saving, then updating…',
  offlineReady: 'CRM Workbook is now kept on this device: it works offline too.',
  pageNotFound: 'There is no such page here (the address may be mistyped or cut short).',
  languageFailed: 'The language could not be switched.',
  // The Summary page (ui/summary)
  backToList: 'Back to the list',
  // Status
  dismiss: 'Dismiss',
  changedElsewhere: 'Updated from another tab.',
  mergedElsewhere: 'This workbook was changed in another tab while you were typing: the changes of both tabs are kept.',
};

/**
 * Texts come in areas, each its own chunk per language, loaded with what shows them: `core` (this
 * file: the first screen, the list, messages any page may show), `workbook` (en-workbook.ts: the
 * workbook pages, worksheets, panels, summary, report), `backup` (en-backup.ts: the backup card,
 * restore preview, file button), `import` (en-import.ts: the Excel import card and preview),
 * `storage` (en-storage.ts: the storage banners) and `table` (en-table.ts: a long table's pager,
 * paste and file import). Every key exists in every language (the
 * Messages type checks it).
 */
export type Area = 'core' | 'workbook' | 'backup' | 'workshop' | 'import' | 'storage' | 'table';
export type MessageKey =
  | keyof typeof en
  | keyof typeof enWorkbook
  | keyof typeof enBackup
  | keyof typeof enWorkshop
  | keyof typeof enImport
  | keyof typeof enStorage
  | keyof typeof enTable;
/** A language's texts for one area: the English keys, plurals where English has them. */
export type Messages<T> = { [K in keyof T]: T[K] extends Plural ? Plural : string };
