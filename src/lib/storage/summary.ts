/**
 * What the list shows of a workbook: its name, dates, language and completion, not its answers.
 * Kept in a table of its own beside the workbooks (db.ts v4) and written in the same transaction
 * as every change of a workbook (repository.ts), so the list reads a few hundred bytes per
 * workbook however large its surveys grow.
 */
import { repairWorkbook, type WorkbookRecord } from './record';

export type WorkbookSummary = Pick<
  WorkbookRecord,
  'id' | 'name' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lang' | 'progress'
>;

export const summaryOf = (r: WorkbookRecord): WorkbookSummary => ({
  id: r.id,
  name: r.name,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  deletedAt: r.deletedAt,
  lang: r.lang,
  progress: r.progress,
});

/** A stored summary (or a whole record) as the list reads it, mended as a record is. */
export function repairSummary(raw: unknown): WorkbookSummary | undefined {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  // Without its answers: they are not needed, and mending them would cost what the summary saves.
  const record = repairWorkbook(isObject ? { ...raw, sheets: {} } : raw);
  return record && summaryOf(record);
}
