/**
 * The workbook's key results, worksheet by worksheet, in module order: the one list the Summary
 * page shows (and the report prints). Each worksheet's results come from its definition's
 * `summary`, the same tagged results the Excel summary sheet lists.
 */
import type { WorkbookRecord } from '../storage/record';
import type { Progress, ResultItem, WorksheetDef, WorksheetId } from './types';
import { CATALOG, MODULES, type CatalogEntry, type ModuleInfo } from './index';
import { progressOf } from './progress';

export interface SheetSummary {
  id: WorksheetId;
  def: WorksheetDef;
  entry: CatalogEntry;
  /** Opened at least once (a worksheet never opened has no data, and shows "not started"). */
  started: boolean;
  progress: Progress;
  /** Its key results; each is "—" with what is missing when it has no data. */
  items: ResultItem[];
}

export interface ModuleSummary {
  module: ModuleInfo;
  sheets: SheetSummary[];
}

export function sheetSummary(record: WorkbookRecord, def: WorksheetDef, entry: CatalogEntry): SheetSummary {
  const stored = record.sheets[def.id];
  const data = stored ?? def.initial(record.lang);
  return {
    id: def.id,
    def,
    entry,
    started: stored !== undefined,
    progress: progressOf(def, data),
    items: def.summary(data),
  };
}

/** Every worksheet whose definition is given, grouped by module, in catalogue order. */
export function workbookSummary(record: WorkbookRecord, defs: readonly WorksheetDef[]): ModuleSummary[] {
  const byId = new Map(defs.map((d) => [d.id, d]));
  return MODULES.map((module) => ({
    module,
    sheets: CATALOG.filter((e) => e.module === module.number).flatMap((entry) => {
      const def = byId.get(entry.id);
      return def ? [sheetSummary(record, def, entry)] : [];
    }),
  })).filter((m) => m.sheets.length > 0);
}
