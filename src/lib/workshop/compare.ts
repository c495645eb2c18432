/**
 * The comparison of a group: participants × key results. The results are each worksheet's own
 * summary (worksheets/summary-list.ts, the ones the Summary page and the Excel summary sheet
 * show), so a worksheet's change of shape reaches this page through its definition, never
 * through its stored fields. Pure: the page and the Excel export both draw from it.
 */
import type { Lang, NumFormat, ResultItem, SheetData, Text, WorksheetDef, WorksheetId } from '../worksheets/types';
import { CATALOG } from '../worksheets/index';
import { pick } from '../worksheets/helpers';
import type { WorkbookRecord } from '../storage/record';
import { todayIso } from '../scoring/review-date';
import { categoryCounts, numberStats, pooledNps, type CategoryCount, type NpsCounts, type NumberStats } from './stats';

export interface Column {
  key: string;
  sheet: WorksheetId;
  sheetTitle: Text;
  item: string;
  label: Text;
  kind: 'num' | 'text';
  format: NumFormat;
}

export type Cell = { kind: 'num'; value: number | undefined } | { kind: 'text'; value: string | undefined };

export interface ComparedParticipant {
  /** The copy's id in the group. */
  id: string;
  /** As shown: the workbook's name, or "Participant A" when anonymised. */
  label: string;
  cells: Map<string, Cell>;
  nps: NpsCounts | undefined;
  npsScore: number | undefined;
}

export interface ColumnStats {
  column: Column;
  numbers?: NumberStats;
  categories?: { counts: CategoryCount[]; missing: number };
}

export interface Comparison {
  columns: Column[];
  participants: ComparedParticipant[];
  stats: ColumnStats[];
  pooled: ReturnType<typeof pooledNps>;
  /** The mean of the participants' own NPS (each company counts once), beside the pooled one. */
  meanNps: NumberStats;
}

export const NPS_SHEET: WorksheetId = 'nps-survey';

/** "A", "B", … "Z", "AA", "AB": a participant's letter by position. */
export function letter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * What a participant's worksheet gives, kept while its data is the same object: a group's copies
 * are read-only (a change replaces the copy), so a comparison drawn again (another language,
 * the anonymise switch, a participant more) does not compute every summary again, and the page
 * can work them out as each file arrives (`prime`). Some results depend on today's date
 * (a review or a visit overdue): they are kept for the day they were computed on.
 */
interface Worked {
  day: string;
  summary?: ResultItem[];
  nps?: NpsCounts | undefined;
}
const worked = new WeakMap<SheetData, Worked>();

function workedOf(data: SheetData, day: string): Worked {
  let w = worked.get(data);
  if (!w || w.day !== day) worked.set(data, (w = { day }));
  return w;
}

function summaryOf(def: WorksheetDef, data: SheetData, day: string): ResultItem[] {
  const w = workedOf(data, day);
  return (w.summary ??= def.summary(data));
}

/** The results of a worksheet never opened (its columns; every value is shown as "no data"). */
const blank = new WeakMap<WorksheetDef, Partial<Record<Lang, ResultItem[]>>>();
function unstarted(def: WorksheetDef, lang: Lang): ResultItem[] {
  let byLang = blank.get(def);
  if (!byLang) blank.set(def, (byLang = {}));
  return (byLang[lang] ??= def.summary(def.initial(lang)));
}

/** A survey's counts read from its definition's results (responses and the shares), not its fields. */
export function npsCounts(def: WorksheetDef, record: WorkbookRecord, day = todayIso()): NpsCounts | undefined {
  const data = record.sheets[def.id];
  if (!data) return undefined;
  const w = workedOf(data, day);
  if (!('nps' in w)) w.nps = countsOf(def, data);
  return w.nps;
}

function countsOf(def: WorksheetDef, data: SheetData): NpsCounts | undefined {
  const items = def.blocks.flatMap((b) => (b.kind === 'results' ? b.items(data) : []));
  const value = (id: string) => {
    const s = items.find((i) => i.id === id)?.shown;
    return s?.kind === 'num' ? s.value : undefined;
  };
  const n = value('responses');
  const p = value('promoters');
  const d = value('detractors');
  if (n === undefined || p === undefined || d === undefined || n <= 0) return undefined;
  return { responses: n, promoters: Math.round(p * n), detractors: Math.round(d * n) };
}

function cellOf(item: ResultItem, lang: Lang): Cell {
  const s = item.shown;
  if (s.kind === 'num') return { kind: 'num', value: s.value };
  return { kind: 'text', value: s.value === undefined ? undefined : pick(s.value, lang) };
}

/** Works out a participant's results ahead of `compare` (the page does it as each file comes in). */
export function prime(record: WorkbookRecord, defs: readonly WorksheetDef[]): void {
  const day = todayIso();
  for (const def of defs) {
    const data = record.sheets[def.id];
    if (data) summaryOf(def, data, day);
    if (def.id === NPS_SHEET) npsCounts(def, record, day);
  }
}

export function compare(
  records: readonly WorkbookRecord[],
  defs: readonly WorksheetDef[],
  lang: Lang,
  participantLabel: (index: number, record: WorkbookRecord) => string,
): Comparison {
  const day = todayIso();
  const byId = new Map(defs.map((d) => [d.id, d]));
  const ordered = CATALOG.flatMap((e) => {
    const def = byId.get(e.id);
    return def ? [{ def }] : [];
  });
  const columns: Column[] = [];
  const seen = new Set<string>();
  const participants = records.map((record, i): ComparedParticipant => {
    const cells = new Map<string, Cell>();
    for (const { def } of ordered) {
      // A worksheet the participant never opened has no results: every one is "no data".
      const stored = record.sheets[def.id];
      const started = stored !== undefined;
      // The definition's own summary (what summary-list.ts and the Excel summary sheet list).
      for (const item of stored ? summaryOf(def, stored, day) : unstarted(def, record.lang)) {
        const key = `${def.id}/${item.id}`;
        if (!seen.has(key)) {
          seen.add(key);
          columns.push({
            key,
            sheet: def.id,
            sheetTitle: def.title,
            item: item.id,
            label: item.label,
            kind: item.shown.kind,
            format: item.shown.kind === 'num' ? item.shown.format : 'int',
          });
        }
        const cell = cellOf(item, lang);
        cells.set(key, started ? cell : ({ kind: cell.kind, value: undefined } as Cell));
      }
    }
    const npsDef = byId.get(NPS_SHEET);
    const nps = npsDef ? npsCounts(npsDef, record, day) : undefined;
    const npsCell = cells.get(`${NPS_SHEET}/nps`);
    return {
      id: record.id,
      label: participantLabel(i, record),
      cells,
      nps,
      npsScore: npsCell?.kind === 'num' ? npsCell.value : undefined,
    };
  });
  // Columns in catalogue order (a later participant may bring a result the first had not).
  const order = new Map(ordered.map((o, i) => [o.def.id, i]));
  columns.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
  const stats = columns.map((column): ColumnStats => {
    const cells = participants.map((p) => p.cells.get(column.key));
    return column.kind === 'num'
      ? { column, numbers: numberStats(cells.map((c) => (c?.kind === 'num' ? c.value : undefined))) }
      : { column, categories: categoryCounts(cells.map((c) => (c?.kind === 'text' ? c.value : undefined))) };
  });
  return {
    columns,
    participants,
    stats,
    pooled: pooledNps(participants.map((p) => p.nps)),
    meanNps: numberStats(participants.map((p) => p.npsScore)),
  };
}

export type SortKey = { by: 'participant' } | { by: 'column'; key: string };

/** Participants sorted by a column; "no data" always last, ties in the group's order. */
export function sortParticipants(
  list: readonly ComparedParticipant[],
  sort: SortKey,
  direction: 'ascending' | 'descending',
  lang: Lang,
): ComparedParticipant[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(lang, { numeric: true });
  const valueOf = (p: ComparedParticipant): number | string | undefined =>
    sort.by === 'participant' ? p.label : p.cells.get(sort.key)?.value;
  return [...list].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(String(x), String(y));
  });
}
