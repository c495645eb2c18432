/**
 * The stored shape of a workbook, and its repair: old or damaged records are mended as they are
 * read (missing maps become empty, rows without ids get one), never thrown away. What this version
 * does not know (a field, a worksheet or a row property a newer version added) is kept as it is,
 * so a newer tab's data survives being read and saved by an older one.
 */
import type { CellValue, Lang, Progress, Row, SheetData, WorksheetId } from '../worksheets/types';
import { newRowId } from '../worksheets/helpers';
import { isLocale } from '../i18n/locales';
import { isWorksheetId } from '../worksheets/ids';
import { upgradeSheets } from './upgrade';

/** Version of the data inside a record (not Dexie's schema version); upgrade.ts lifts older ones. */
export const DATA_VERSION = 2;

export interface WorkbookRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** 0 while in use; the time it went to the trash otherwise (0 so it can be indexed). */
  deletedAt: number;
  dataVersion: number;
  /** Language of the default rows when the workbook was created. */
  lang: Lang;
  sheets: Partial<Record<WorksheetId, SheetData>>;
  /** Completion per worksheet, kept up to date at each save (the list shows it without loading definitions). */
  progress: Partial<Record<WorksheetId, Progress>>;
  /** The report's cover and choices (absent until first set). */
  report?: ReportSettings;
}

/** What the printed report says on its cover, and which worksheets it leaves out. */
export interface ReportSettings {
  company: string;
  author: string;
  /** Worksheets left out of the report by the user (ticked off). */
  exclude: WorksheetId[];
}

export const emptyReport = (): ReportSettings => ({ company: '', author: '', exclude: [] });

function repairReport(raw: unknown): ReportSettings | undefined {
  if (!isObject(raw)) return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const exclude = Array.isArray(raw['exclude'])
    ? raw['exclude'].filter((x): x is WorksheetId => typeof x === 'string' && isWorksheetId(x))
    : [];
  return { company: text(raw['company']), author: text(raw['author']), exclude };
}

export function newWorkbookId(): string {
  return `wb-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function newWorkbook(name: string, lang: Lang, now = Date.now()): WorkbookRecord {
  return {
    id: newWorkbookId(),
    name,
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
    dataVersion: DATA_VERSION,
    lang,
    sheets: {},
    progress: {},
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function repairValue(v: unknown): CellValue | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return undefined;
}

function repairCells(raw: unknown): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  if (!isObject(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    const value = repairValue(v);
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** The properties of `raw` other than `known`, as they are. */
function unknownOf(raw: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !known.includes(k)));
}

export function repairSheet(raw: unknown): SheetData {
  if (!isObject(raw)) return { fields: {}, tables: {} };
  const sheet: SheetData = { ...unknownOf(raw, ['fields', 'tables']), fields: {}, tables: {} };
  sheet.fields = repairCells(raw['fields']);
  if (isObject(raw['tables'])) {
    for (const [tableId, rows] of Object.entries(raw['tables'])) {
      if (!Array.isArray(rows)) continue;
      const seen = new Set<string>();
      sheet.tables[tableId] = rows.filter(isObject).map((r): Row => {
        let id = typeof r['id'] === 'string' && r['id'] ? r['id'] : newRowId();
        if (seen.has(id)) id = newRowId();
        seen.add(id);
        return { ...unknownOf(r, ['id', 'cells']), id, cells: repairCells(r['cells']) };
      });
    }
  }
  return sheet;
}

const RECORD_KEYS = [
  'id',
  'name',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'dataVersion',
  'lang',
  'sheets',
  'progress',
  'report',
];

/** A record as read from storage or a backup, mended; undefined when it is not a workbook at all. */
export function repairWorkbook(raw: unknown): WorkbookRecord | undefined {
  if (!isObject(raw) || typeof raw['id'] !== 'string') return undefined;
  const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
  const sheets: WorkbookRecord['sheets'] = {};
  if (isObject(raw['sheets'])) {
    // A worksheet this version does not have is kept too (mended the same way): a newer version's.
    for (const [id, s] of Object.entries(raw['sheets'])) sheets[id as WorksheetId] = repairSheet(s);
  }
  upgradeSheets(sheets);
  const progress: WorkbookRecord['progress'] = {};
  if (isObject(raw['progress'])) {
    for (const [id, p] of Object.entries(raw['progress'])) {
      if (isObject(p)) progress[id as WorksheetId] = { answered: num(p['answered'], 0), total: num(p['total'], 0) };
    }
  }
  const created = num(raw['createdAt'], Date.now());
  return {
    ...unknownOf(raw, RECORD_KEYS),
    id: raw['id'],
    name: typeof raw['name'] === 'string' ? raw['name'] : '',
    createdAt: created,
    updatedAt: num(raw['updatedAt'], created),
    deletedAt: num(raw['deletedAt'], 0),
    // Upgraded above: an older record now has this version's shape (a newer one keeps its number).
    dataVersion: Math.max(num(raw['dataVersion'], DATA_VERSION), DATA_VERSION),
    lang: isLocale(raw['lang']) ? raw['lang'] : 'en',
    sheets,
    progress,
    ...(raw['report'] !== undefined && repairReport(raw['report']) ? { report: repairReport(raw['report'])! } : {}),
  };
}
