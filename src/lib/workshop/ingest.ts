/**
 * Participants' files read into group entries, one file at a time, with the app's own readers:
 * an .xlsx exported by the app (read-workbook.ts, after the zip checks), a backup .json (one or
 * more workbooks), or text holding links. A file that is not ours, damaged, from a newer version
 * or far larger than the app makes is refused with its reason; nothing is stored here.
 */
import type { WorksheetDef } from '../worksheets/types';
import { readWorkbookFile, MAX_IMPORT_BYTES, type FileProblem } from '../export/read-workbook';
import { checkZip } from '../export/zip-limit';
import { isZip } from '../export/read-table';
import { newRecordFrom } from '../export/import-plan';
import { MAX_BACKUP_BYTES, parseBackup, type BackupProblem } from '../storage/backup';
import { progressOf } from '../worksheets/progress';
import type { WorkbookRecord } from '../storage/record';
import { decodeWorkbook, payloadOf, type LinkProblem } from './link-codec';
import type { Participant, ParticipantSource } from './group';

export type IngestProblem =
  | { kind: 'xlsx'; problem: FileProblem }
  | { kind: 'backup'; problem: BackupProblem }
  | { kind: 'link'; problem: LinkProblem }
  /** Neither a workbook, a backup nor a link (a .docx, a picture). */
  | { kind: 'unknown' }
  /** A backup holding groups only: there is no participant in it. */
  | { kind: 'no-workbooks' };

export type Ingested = { ok: true; participants: Participant[] } | { ok: false; problem: IngestProblem };

/** Every worksheet's completion, as the list shows it (a copy from a link or an old file may lack it). */
function withProgress(record: WorkbookRecord, defs: readonly WorksheetDef[]): WorkbookRecord {
  const progress: WorkbookRecord['progress'] = {};
  for (const def of defs) {
    const sheet = record.sheets[def.id];
    if (sheet) progress[def.id] = progressOf(def, sheet);
  }
  return { ...record, deletedAt: 0, progress };
}

const entry = (
  record: WorkbookRecord,
  key: string,
  stamp: number,
  source: ParticipantSource,
  fileName: string,
  now: number,
): Participant => ({ key, record, source, fileName, stamp, addedAt: now });

export async function ingestLink(text: string, fileName: string, defs: readonly WorksheetDef[], now: number) {
  const payload = payloadOf(text) ?? text.trim();
  const decoded = await decodeWorkbook(payload);
  if (!decoded.ok) return { ok: false, problem: { kind: 'link', problem: decoded.problem } } satisfies Ingested;
  const r = decoded.record;
  return {
    ok: true,
    participants: [entry(withProgress(r, defs), r.id, r.updatedAt, 'link', fileName, now)],
  } satisfies Ingested;
}

export async function ingestFile(
  fileName: string,
  bytes: Uint8Array,
  defs: readonly WorksheetDef[],
  now: number,
): Promise<Ingested> {
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) {
    if (bytes.length > MAX_IMPORT_BYTES)
      return { ok: false, problem: { kind: 'xlsx', problem: { code: 'too-large' } } };
    // What the file would inflate to, natively, before SheetJS inflates anything.
    const bomb = isZip(bytes) ? await checkZip(bytes).catch(() => undefined) : undefined;
    if (bomb)
      return {
        ok: false,
        problem: { kind: 'xlsx', problem: bomb.code === 'zip-damaged' ? { code: 'unreadable' } : bomb },
      };
    let read: ReturnType<typeof readWorkbookFile>;
    try {
      read = readWorkbookFile(bytes, defs);
    } catch {
      read = { ok: false, problem: { code: 'unreadable' } };
    }
    if (!read.ok) return { ok: false, problem: { kind: 'xlsx', problem: read.problem } };
    const w = read.workbook;
    const exported = Date.parse(w.exportedAt);
    const stamp = w.updatedAt ?? (Number.isNaN(exported) ? now : exported);
    // An older file without the workbook's id: known by its name and moment of export.
    const key = w.workbookId ?? `xlsx:${w.name}:${w.exportedAt}`;
    const record = newRecordFrom(w, defs, w.name, stamp);
    return { ok: true, participants: [entry(record, key, stamp, 'xlsx', fileName, now)] };
  }
  if (bytes.length > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'backup', problem: 'too-large' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'unknown' } };
  }
  if (payloadOf(text.trim()) !== undefined && !text.trim().startsWith('{'))
    return ingestLink(text, fileName, defs, now);
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    // Not JSON and not a link: some other file altogether.
    if (parsed.problem === 'not-json' && !/\.json$/i.test(fileName)) return { ok: false, problem: { kind: 'unknown' } };
    return { ok: false, problem: { kind: 'backup', problem: parsed.problem } };
  }
  if (!parsed.workbooks.length) return { ok: false, problem: { kind: 'no-workbooks' } };
  return {
    ok: true,
    participants: parsed.workbooks.map((r) => entry(withProgress(r, defs), r.id, r.updatedAt, 'json', fileName, now)),
  };
}
