/**
 * When the list page reminds the user to download a backup. On its own (not in backup.ts), so the
 * backup card's light shell can show the reminder without loading the backup code.
 */
/** Remind the user to back up when the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 7;

/** Whether to remind the user to download a backup. */
export function needsBackupReminder(lastBackupAt: number | undefined, now: number, workbookCount: number): boolean {
  if (!workbookCount) return false;
  return lastBackupAt === undefined || now - lastBackupAt > BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
