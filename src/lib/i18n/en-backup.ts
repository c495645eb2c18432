/**
 * English texts of the backup card's messages and the restore preview: loaded with the card's code
 * when it is used (what the card shows at once is in the core texts, en.ts).
 */
import type { Plural } from './en';

export const enBackup = {
  backupMade: 'Backup downloaded: {file}.',
  restoreProblem: 'Cannot restore from “{file}”: {reason} Nothing was changed.',
  problemTooLarge: 'the file is larger than 50 MB, too large to be a backup of this app.',
  problemNotJson:
    'it is not a backup file of this app (it is not JSON text; perhaps another file was chosen, or it was cut short).',
  problemNotOurs: 'it is a JSON file, but not a backup of CRM Workbook.',
  problemNewerVersion:
    'it was made by a newer version of the app. Reload the page to get the newest version, then try again.',
  problemNoData: 'the file holds no list of workbooks; it may be damaged.',
  problemEmpty: 'the file holds no workbooks that can be read.',
  problemUnreadable: 'the file could not be read ({message}).',
  previewTitle: 'Restore from “{file}”',
  previewMadeAt: 'Backup made {date}.',
  previewMadeAtUnknown: 'The date of this backup is not known.',
  previewSkipped: 'Entries in the file that are not workbooks are skipped: {list}.',
  previewLargeText: '“{name}” holds a very long text ({chars} characters); it is restored as it is.',
  previewColHere: 'On this device',
  previewNew: 'New here',
  previewExists: 'Already here as “{name}”',
  previewExistsTrashed: 'Already here as “{name}” (in the trash)',
  previewHereChanged: 'last changed here {date}',
  previewHereNewer: 'The copy here was changed after this backup: replacing it loses what was typed since {date}.',
  previewChoice: 'What to do with {name}',
  keepBoth: 'Keep both (restore as a copy)',
  replaceIt: 'Replace the one here',
  previewNothingYet: 'Nothing is written until you confirm.',
  restoredCopyOf: '{name} (restored copy)',
  restoreFailed: 'The workbooks could not be restored; nothing was changed.',
  previewGroupsTitle: 'Workshop groups in this file',
  colParticipantsCount: 'Participants',
  previewGroupChoice: 'What to do with the group {name}',
  restoreWhat: 'Restore {what}',
  restoredWhat: '{what} restored.',
  countWorkbooks: { one: '{n} workbook', other: '{n} workbooks' } as Plural,
  countGroups: { one: '{n} workshop group', other: '{n} workshop groups' } as Plural,
};
