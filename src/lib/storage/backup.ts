/**
 * Backup and restore of every workbook in one JSON file, so a trainee on a borrowed laptop can
 * take everything home and nobody loses work when the browser evicts the site's data.
 *
 * The file is an envelope `{ app, schemaVersion, exportedAt, data: { workbooks } }` (the habit of
 * Excalidraw and tldraw). A file is validated completely before anything is written: the caller
 * shows the preview of `parseBackup` and writes only after the user confirms (`restorePlan`).
 *
 * Only workbooks in use are backed up, not the trash: the trash is a short-lived "undo", and a
 * backup restored on another computer should not bring back what the user chose to delete.
 * Workshop groups (with their participants' copies) travel in `data.groups`; older files have none.
 */
import { DATA_VERSION, newWorkbookId, repairWorkbook, type WorkbookRecord } from './record';
import { newGroupId, repairGroup, type GroupRecord } from '../workshop/group';

export const BACKUP_APP = 'crm-workbook';
/** Checked by the caller against File.size before the file is read. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** A cell this long is kept (it is the user's text) but mentioned in the preview. */
export const LARGE_TEXT_CHARS = 100_000;

export interface BackupEnvelope {
  app: typeof BACKUP_APP;
  schemaVersion: number;
  exportedAt: string;
  data: { workbooks: WorkbookRecord[]; groups?: GroupRecord[] };
}

export type BackupProblem =
  /** Larger than MAX_BACKUP_BYTES. */
  | 'too-large'
  /** Not JSON at all (random bytes, a renamed .docx, a truncated file). */
  | 'not-json'
  /** JSON, but not a backup of this app. */
  | 'not-ours'
  /** Made by a newer version of the app: its data may not be understood here. */
  | 'newer-version'
  /** Our envelope, but without a list of workbooks. */
  | 'no-data'
  /** A list with no workbook in it (or none that can be read). */
  | 'empty';

export interface LargeText {
  workbook: string;
  chars: number;
}

export type ParsedBackup =
  | {
      ok: true;
      workbooks: WorkbookRecord[];
      /** As written in the file ('' when missing or not a date). */
      exportedAt: string;
      /** 1-based positions of entries in the file that are not workbooks and will be skipped. */
      skipped: number[];
      /** Workbooks holding a very long text (kept as is). */
      largeTexts: LargeText[];
      /** Workshop groups in the file (restored as they are, by id). */
      groups: GroupRecord[];
    }
  | { ok: false; problem: BackupProblem };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function makeBackup(records: readonly WorkbookRecord[], now: Date, groups: readonly GroupRecord[] = []): string {
  const kept = groups.filter((g) => !g.deletedAt);
  const envelope: BackupEnvelope = {
    app: BACKUP_APP,
    schemaVersion: DATA_VERSION,
    exportedAt: now.toISOString(),
    data: { workbooks: records.filter((r) => !r.deletedAt), ...(kept.length ? { groups: kept } : {}) },
  };
  return JSON.stringify(envelope);
}

/** crm-workbook-backup-YYYY-MM-DD.json, in the user's local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crm-workbook-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function checkBackupSize(bytes: number): BackupProblem | undefined {
  return bytes > MAX_BACKUP_BYTES ? 'too-large' : undefined;
}

function longestText(record: WorkbookRecord): number {
  let longest = record.name.length;
  const visit = (cells: Record<string, string | string[]>) => {
    for (const v of Object.values(cells)) {
      for (const s of Array.isArray(v) ? v : [v]) longest = Math.max(longest, s.length);
    }
  };
  for (const sheet of Object.values(record.sheets)) {
    if (!sheet) continue;
    visit(sheet.fields);
    for (const rows of Object.values(sheet.tables)) for (const r of rows) visit(r.cells);
  }
  return longest;
}

export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isObject(raw) || raw['app'] !== BACKUP_APP) return { ok: false, problem: 'not-ours' };
  const version = raw['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'not-ours' };
  if (version > DATA_VERSION) return { ok: false, problem: 'newer-version' };
  const data = raw['data'];
  if (!isObject(data) || !Array.isArray(data['workbooks'])) return { ok: false, problem: 'no-data' };

  const workbooks: WorkbookRecord[] = [];
  const skipped: number[] = [];
  const largeTexts: LargeText[] = [];
  const ids = new Set<string>();
  data['workbooks'].forEach((entry: unknown, i) => {
    const record = repairWorkbook(entry);
    // An entry without an id, a second copy of an id, or one from a newer version is skipped.
    if (!record || !record.id || ids.has(record.id) || record.dataVersion > DATA_VERSION) {
      skipped.push(i + 1);
      return;
    }
    ids.add(record.id);
    workbooks.push({ ...record, deletedAt: 0 });
    const chars = longestText(record);
    if (chars >= LARGE_TEXT_CHARS) largeTexts.push({ workbook: record.name, chars });
  });
  const groups = (Array.isArray(data['groups']) ? data['groups'] : []).flatMap((g: unknown) => {
    const group = repairGroup(g);
    return group ? [{ ...group, deletedAt: 0 }] : [];
  });
  if (!workbooks.length && !groups.length) return { ok: false, problem: 'empty' };

  const at = raw['exportedAt'];
  const exportedAt = typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : '';
  return { ok: true, workbooks, exportedAt, skipped, largeTexts, groups };
}

export type RestoreChoice = 'replace' | 'copy';

/** What a restore writes: a workbook or a workshop group, both kept by id with a name and dates. */
interface Restorable {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number;
}

/**
 * The items to write for the user's choices, one rule for workbooks and groups. An item whose id
 * is not here is restored as it is; one whose id exists is either written over it ('replace') or
 * restored beside it under a new id ('copy', the default). Restored items are dated `now`, so tabs
 * that have a replaced workbook open take the restored one.
 */
function restoreItems<T extends Restorable>(
  fromFile: readonly T[],
  existingIds: ReadonlySet<string>,
  choices: ReadonlyMap<string, RestoreChoice>,
  now: number,
  copyName: (name: string) => string,
  newId: () => string,
): T[] {
  return fromFile.map((item) => {
    const restored: T = { ...structuredClone(item), deletedAt: 0, updatedAt: now };
    if (!existingIds.has(item.id) || (choices.get(item.id) ?? 'copy') === 'replace') return restored;
    return { ...restored, id: newId(), name: copyName(item.name), createdAt: now };
  });
}

export const restorePlan = (
  fromFile: readonly WorkbookRecord[],
  existingIds: ReadonlySet<string>,
  choices: ReadonlyMap<string, RestoreChoice>,
  now: number,
  copyName: (name: string) => string,
): WorkbookRecord[] => restoreItems(fromFile, existingIds, choices, now, copyName, newWorkbookId);

/** The same for workshop groups: a group here already is kept beside its copy unless replaced. */
export const groupRestorePlan = (
  fromFile: readonly GroupRecord[],
  existingIds: ReadonlySet<string>,
  choices: ReadonlyMap<string, RestoreChoice>,
  now: number,
  copyName: (name: string) => string,
): GroupRecord[] => restoreItems(fromFile, existingIds, choices, now, copyName, newGroupId);
