/**
 * What the backup card does, loaded when it is used (BackupCard.svelte is the light shell shown at
 * once): make and download the backup file, read and check a chosen one, write the restore the
 * user confirmed in the preview. Messages are functions, so they follow a change of language.
 */
import { workbooks } from '../state/workbooks.svelte';
import { lang } from '../state/lang.svelte';
import type { MessageKey } from '../i18n/en';
import {
  backupFileName,
  checkBackupSize,
  groupRestorePlan,
  parseBackup,
  restorePlan,
  type BackupProblem,
  type RestoreChoice,
} from '../storage/backup';
import type { WorkbookRecord } from '../storage/record';
import type { GroupRecord } from '../workshop/group';
import { groups } from './workshop/groups.svelte';
import { restoredItems } from './restore-text';
import { download } from './download';

export { default as RestorePreview } from './RestorePreview.svelte';
/** The workshop groups here (the preview says which of the file's groups are already here). */
export { groups };

export type Message = { kind: 'ok' | 'error'; text: () => string };

export type Preview = {
  fileName: string;
  workbooks: WorkbookRecord[];
  exportedAt: string;
  skipped: number[];
  largeTexts: { workbook: string; chars: number }[];
  groups: GroupRecord[];
};

const PROBLEM_KEY: Record<BackupProblem, MessageKey> = {
  'too-large': 'problemTooLarge',
  'not-json': 'problemNotJson',
  'not-ours': 'problemNotOurs',
  'newer-version': 'problemNewerVersion',
  'no-data': 'problemNoData',
  empty: 'problemEmpty',
};

/** Downloads a backup of every workbook in use; undefined when storage failed (the banner says why). */
export async function downloadBackup(): Promise<Message | undefined> {
  const at = new Date();
  const text = await workbooks.backup(at);
  if (text === undefined) return undefined;
  const file = backupFileName(at);
  download(new Blob([text], { type: 'application/json' }), file);
  return { kind: 'ok', text: () => lang.t('backupMade', { file }) };
}

const refused = (file: string, reason: () => string): Message => ({
  kind: 'error',
  text: () => lang.t('restoreProblem', { file, reason: reason() }),
});

/** A chosen file read and checked: what it would restore, or why it cannot be used. */
export async function readBackup(file: File): Promise<{ preview: Preview } | { message: Message }> {
  const tooLarge = checkBackupSize(file.size);
  if (tooLarge) return { message: refused(file.name, () => lang.t(PROBLEM_KEY[tooLarge])) };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { message: refused(file.name, () => lang.t('problemUnreadable', { message: detail })) };
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    const problem = PROBLEM_KEY[parsed.problem];
    return { message: refused(file.name, () => lang.t(problem)) };
  }
  await Promise.all([workbooks.refresh(), groups.refresh()]);
  return {
    preview: {
      fileName: file.name,
      workbooks: parsed.workbooks,
      exportedAt: parsed.exportedAt,
      skipped: parsed.skipped,
      largeTexts: parsed.largeTexts,
      groups: parsed.groups,
    },
  };
}

/** Writes what the preview showed (workbooks and workshop groups), as the user chose for each one here. */
export async function restore(preview: Preview, choices: Map<string, RestoreChoice>): Promise<Message> {
  const existing = new Set(workbooks.all.map((w) => w.id));
  const now = Date.now();
  const copyName = (name: string) => lang.t('restoredCopyOf', { name: name || lang.t('untitled') });
  const records = restorePlan(preview.workbooks, existing, choices, now, copyName);
  const groupsHere = new Set(groups.all.map((g) => g.id));
  const restoredGroups = groupRestorePlan(preview.groups, groupsHere, choices, now, copyName);
  const ok = await workbooks.importRecords(records, restoredGroups);
  if (ok && restoredGroups.length) await groups.refresh();
  const [n, g] = [records.length, restoredGroups.length];
  return ok
    ? { kind: 'ok', text: () => lang.t('restoredWhat', { what: restoredItems(n, g) }) }
    : { kind: 'error', text: () => lang.t('restoreFailed') };
}
