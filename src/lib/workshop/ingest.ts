/**
 * Participants' files read into group entries, one file at a time, with the app's own readers:
 * an .xlsx exported by the app (read-workbook.ts, after the zip checks), a backup .json (one or
 * more workbooks), or text holding links. A file that is not ours, damaged, from a newer version
 * or far larger than the app makes is refused with its reason; nothing is stored here.
 */
import type { WorksheetDef } from '../worksheets/types';
import {
  readWorkbookFile,
  MAX_IMPORT_BYTES,
  MAX_SHEET_ROWS,
  MAX_CELL_CHARS,
  type FileProblem,
} from '../export/read-workbook';
import type { Limits } from '../ui/excel-import-text';
import { inflateZip, MAX_INFLATED_BYTES } from '../export/zip-limit';
import { isZip } from '../export/read-table';
import { newRecordFrom } from '../export/import-plan';
import { MAX_BACKUP_BYTES, parseBackup, type BackupProblem } from '../storage/backup';
import type { WorkbookRecord } from '../storage/record';
import { decodeWorkbook, payloadOf, type LinkProblem } from './link-codec';
import type { Participant, ParticipantSource } from './group';

export type IngestProblem =
  /** With the reader's limits, which the words of some problems name. */
  | { kind: 'xlsx'; problem: FileProblem; limits: Limits }
  | { kind: 'backup'; problem: BackupProblem }
  | { kind: 'link'; problem: LinkProblem }
  /** Neither a workbook, a backup nor a link (a .docx, a picture). */
  | { kind: 'unknown' }
  /** A backup holding groups only: there is no participant in it. */
  | { kind: 'no-workbooks' };

const limits: Limits = {
  bytes: MAX_IMPORT_BYTES,
  rows: MAX_SHEET_ROWS,
  chars: MAX_CELL_CHARS,
  inflated: MAX_INFLATED_BYTES,
};

export type Ingested = { ok: true; participants: Participant[] } | { ok: false; problem: IngestProblem };

/** A copy in use (stored progress is kept as it came: the group reads results, not progress). */
const inUse = (record: WorkbookRecord): WorkbookRecord => ({ ...record, deletedAt: 0 });

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
    participants: [entry(inUse(r), r.id, r.updatedAt, 'link', fileName, now)],
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
      return { ok: false, problem: { kind: 'xlsx', problem: { code: 'too-large' }, limits } };
    // What the file would inflate to, natively, before anything else inflates it; the parts are
    // kept for the reader.
    const checked = isZip(bytes) ? await inflateZip(bytes).catch(() => undefined) : undefined;
    const bomb = checked && 'code' in checked ? checked : undefined;
    if (bomb)
      return {
        ok: false,
        problem: { kind: 'xlsx', problem: bomb.code === 'zip-damaged' ? { code: 'unreadable' } : bomb, limits },
      };
    let read: ReturnType<typeof readWorkbookFile>;
    try {
      read = readWorkbookFile(bytes, defs, checked && 'parts' in checked ? checked.parts : undefined);
    } catch {
      read = { ok: false, problem: { code: 'unreadable' } };
    }
    if (!read.ok) return { ok: false, problem: { kind: 'xlsx', problem: read.problem, limits } };
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
    participants: parsed.workbooks.map((r) => entry(inUse(r), r.id, r.updatedAt, 'json', fileName, now)),
  };
}
