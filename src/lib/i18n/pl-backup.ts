/** Polish texts of the backup card's messages and the restore preview (every English key, checked by the type). */
import type { Messages } from './en';
import type { enBackup } from './en-backup';

export const plBackup: Messages<typeof enBackup> = {
  backupMade: 'Pobrano kopię zapasową: {file}.',
  restoreProblem: 'Nie można przywrócić z pliku „{file}”: {reason} Nic nie zostało zmienione.',
  problemTooLarge: 'plik jest większy niż 50 MB, za duży jak na kopię zapasową tej aplikacji.',
  problemNotJson:
    'to nie jest plik kopii zapasowej tej aplikacji (nie jest tekstem JSON; może wybrano inny plik albo jest on ucięty).',
  problemNotOurs: 'to plik JSON, ale nie kopia zapasowa Zeszytu CRM.',
  problemNewerVersion:
    'utworzyła go nowsza wersja aplikacji. Odśwież stronę, aby wczytać najnowszą wersję, i spróbuj ponownie.',
  problemNoData: 'plik nie zawiera listy zeszytów; może być uszkodzony.',
  problemEmpty: 'plik nie zawiera żadnego zeszytu, który da się odczytać.',
  problemUnreadable: 'nie udało się odczytać pliku ({message}).',
  previewTitle: 'Przywracanie z pliku „{file}”',
  previewMadeAt: 'Kopia utworzona {date}.',
  previewMadeAtUnknown: 'Data utworzenia tej kopii nie jest znana.',
  previewSkipped: 'Pozycje pliku, które nie są zeszytami, zostaną pominięte: {list}.',
  previewLargeText: '„{name}” zawiera bardzo długi tekst ({chars} znaków); zostanie przywrócony bez zmian.',
  previewColHere: 'Na tym urządzeniu',
  previewNew: 'Nowy',
  previewExists: 'Już jest jako „{name}”',
  previewExistsTrashed: 'Już jest jako „{name}” (w koszu)',
  previewHereChanged: 'ostatnia zmiana tutaj {date}',
  previewHereNewer:
    'Kopia tutaj była zmieniana po tej kopii zapasowej: zastąpienie jej usunie to, co wpisano od {date}.',
  previewChoice: 'Co zrobić z zeszytem {name}',
  keepBoth: 'Zachowaj oba (przywróć jako kopię)',
  replaceIt: 'Zastąp ten na urządzeniu',
  previewNothingYet: 'Nic nie zostanie zapisane, dopóki nie potwierdzisz.',
  restoredCopyOf: '{name} (przywrócona kopia)',
  restoreFailed: 'Nie udało się przywrócić zeszytów; nic nie zostało zmienione.',
  previewGroupsTitle: 'Grupy warsztatowe w tym pliku',
  colParticipantsCount: 'Uczestnicy',
  previewGroupChoice: 'Co zrobić z grupą {name}',
  restoreWhat: 'Przywróć {what}',
  restoredWhat: 'Przywrócono {what}.',
  // Accusative: "Przywróć 2 zeszyty", "Przywrócono 1 grupę".
  countWorkbooks: { one: '{n} zeszyt', few: '{n} zeszyty', many: '{n} zeszytów', other: '{n} zeszytu' },
  countGroups: {
    one: '{n} grupę warsztatową',
    few: '{n} grupy warsztatowe',
    many: '{n} grup warsztatowych',
    other: '{n} grupy warsztatowej',
  },
};
