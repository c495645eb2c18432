/**
 * One journalled edit applied to a workbook record. Used to replay the journal when a workbook
 * opens, and to merge this tab's unsaved edits into a record another tab saved meanwhile, so
 * two tabs editing different answers both keep theirs.
 */
import { emptyReport, type WorkbookRecord } from '../storage/record';
import type { Row, WorksheetId } from '../worksheets/types';
import { row as makeRow } from '../worksheets/helpers';
import type { JournalOp } from './journal';
import { legacyScoreRow, upgradeSheet } from '../storage/upgrade';

export function applyOp(r: WorkbookRecord, op: JournalOp): void {
  switch (op.t) {
    case 'name':
      r.name = op.v;
      break;
    case 'report': {
      const report = (r.report ??= emptyReport());
      if (op.k === 'exclude') report.exclude = [...op.v];
      else report[op.k] = op.v;
      break;
    }
    case 'sheet':
      // A sheet first opened here (its defaults) never replaces one another tab already has.
      if (!op.init || !r.sheets[op.s]) r.sheets[op.s] = upgradeSheet(op.s, structuredClone(op.v));
      break;
    case 'field': {
      const s = (r.sheets[op.s] ??= { fields: {}, tables: {} });
      s.fields[op.f] = op.v;
      upgradeSheet(op.s, s); // an older tab's whole score list (a paste) becomes rows
      break;
    }
    case 'item': {
      // Only in journals of versions before data v2 (the NPS score list): now a row's score.
      const s = (r.sheets[op.s] ??= { fields: {}, tables: {} });
      const row = legacyScoreRow(op.s, s, op.f, op.i);
      if (row) row.cells['score'] = op.v;
      break;
    }
    case 'add': {
      const rows = tableOf(r, op.s, op.tb);
      if (!rows) break;
      // A Set, not a scan per row: a paste of 10,000 rows into a table of 10,000.
      const known = new Set(rows.map((x) => x.id));
      const fresh = op.rows.filter((row) => !known.has(row.id)).map((row) => structuredClone(row));
      rows.splice(op.at === undefined ? rows.length : Math.min(op.at, rows.length), 0, ...fresh);
      break;
    }
    case 'remove': {
      const rows = tableOf(r, op.s, op.tb);
      const i = rows?.findIndex((x) => x.id === op.r) ?? -1;
      if (i >= 0) rows!.splice(i, 1);
      break;
    }
    case 'drop': {
      const rows = tableOf(r, op.s, op.tb);
      if (!rows) break;
      const gone = new Set(op.ids);
      rows.splice(0, rows.length, ...rows.filter((x) => !gone.has(x.id)));
      break;
    }
    case 'order': {
      const rows = tableOf(r, op.s, op.tb);
      if (!rows) break;
      const rank = new Map(op.ids.map((id, i) => [id, i]));
      const listed = rows.filter((x) => rank.has(x.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
      rows.splice(0, rows.length, ...listed, ...rows.filter((x) => !rank.has(x.id)));
      break;
    }
    case 'cell': {
      const s = r.sheets[op.s];
      if (!s) break;
      const target = s.tables[op.tb]?.find((x) => x.id === op.r);
      // A row removed elsewhere while text was typed into it here comes back: text is never dropped.
      if (target) target.cells[op.c] = op.v;
      else (s.tables[op.tb] ??= []).push(makeRow({ [op.c]: op.v }, op.r));
      break;
    }
  }
}

/** The rows of a table, created empty in a stored sheet; undefined when the sheet is not stored. */
function tableOf(r: WorkbookRecord, sheet: WorksheetId, table: string): Row[] | undefined {
  const s = r.sheets[sheet];
  return s ? (s.tables[table] ??= []) : undefined;
}

/**
 * What to store when this tab saves: its own snapshot when the stored record is the one it last
 * knew; otherwise the stored record (another tab's edits, a rename, the trash) with this tab's
 * unsaved edits applied on top. A workbook deleted for good elsewhere is kept, in the trash, when
 * edits were typed into it here: typed text is never lost.
 */
export function recordToSave(
  stored: WorkbookRecord | undefined,
  mine: WorkbookRecord,
  knownUpdatedAt: number,
  ops: readonly JournalOp[],
  now: number,
): { record: WorkbookRecord; merged: boolean } {
  if (!stored) return { record: { ...mine, deletedAt: mine.deletedAt || now }, merged: true };
  // Every write is newer than the one it replaces, so every other tab sees it as news: a save of
  // edits replayed after a reload, or a merge dated by an older edit, would otherwise carry a
  // time another tab already knows, be ignored there, and be overwritten by that tab's next save.
  const unchanged = unchangedSave(stored, mine, knownUpdatedAt);
  if (unchanged) return { record: unchanged, merged: false };
  const record = structuredClone(stored);
  for (const op of ops) applyOp(record, op);
  record.updatedAt = Math.max(mine.updatedAt, stored.updatedAt + 1);
  return { record, merged: true };
}

/**
 * This tab's record to store as it is, when the stored one is still the one it knew (told by
 * its time of change and trash mark alone, so a save need not read the whole record back);
 * undefined when another tab saved meanwhile.
 */
export function unchangedSave(
  stored: Pick<WorkbookRecord, 'updatedAt' | 'deletedAt'>,
  mine: WorkbookRecord,
  knownUpdatedAt: number,
): WorkbookRecord | undefined {
  if (stored.updatedAt !== knownUpdatedAt || stored.deletedAt !== mine.deletedAt) return undefined;
  return { ...mine, updatedAt: Math.max(mine.updatedAt, stored.updatedAt + 1) };
}
