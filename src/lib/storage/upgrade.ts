/**
 * Data-version upgrades of a workbook's answers, applied as a record is read (storage, backups,
 * links, groups, replayed journals), so every copy of an older workbook reads the same. Each
 * version keeps its upgrade and its own test (upgrade.test.ts); an upgrade only reshapes.
 *
 *  v2: the NPS survey's scores were one list of strings matched by position (`fields.scores`);
 *      they become rows with ids in `tables.respondents` (score, and later segment and reason),
 *      so two tabs merge by id. Ids are made from the position (`s1`, `s2`…): two tabs upgrading
 *      the same record make the same rows, and their edits still meet.
 */
import type { Row, SheetData } from '../worksheets/types';

const NPS_SHEET = 'nps-survey';
const NPS_TABLE = 'respondents';
const LIST = 'scores';
const ROUNDS = 'rounds';
const FIRST_ROUND = 'round-1';

/** The id an upgraded respondent gets: the same in every tab and copy. */
export const upgradedRowId = (index: number) => `s${index + 1}`;

/**
 * The NPS sheet with its score list as rows (in place). A list wins over rows, as the version
 * that wrote it read it first; without a list the sheet is left as it is.
 */
function upgradeNpsSheet(sheet: SheetData): SheetData {
  const list = sheet.fields[LIST];
  if (!Array.isArray(list)) return sheet;
  const rows: Row[] = [];
  for (let i = 0; i < list.length; i++) rows.push({ id: upgradedRowId(i), cells: { score: list[i] ?? '' } });
  sheet.tables[NPS_TABLE] = rows;
  // The survey's first round as a row, so the rounds table shows it (its respondents are these).
  if (!sheet.tables[ROUNDS]?.length) sheet.tables[ROUNDS] = [{ id: FIRST_ROUND, cells: {} }];
  delete sheet.fields[LIST];
  return sheet;
}

/** Sheet `id` upgraded (in place; idempotent: a sheet already upgraded is unchanged). */
export function upgradeSheet(id: string, sheet: SheetData): SheetData {
  return id === NPS_SHEET ? upgradeNpsSheet(sheet) : sheet;
}

/** Every upgrade a record's sheets need, as the record is read (storage, backups, files). */
export function upgradeSheets(sheets: Partial<Record<string, SheetData>>): void {
  for (const [id, sheet] of Object.entries(sheets)) if (sheet) upgradeSheet(id, sheet);
}

/** Where entry `index` of a v1 score list lives now (a file exported before v2, read back). */
export const legacyScorePath = (index: number) => ({ table: NPS_TABLE, row: upgradedRowId(index), col: 'score' });

/** A score typed in an older tab's journal ("respondent i"): the row it now lives in. */
export function legacyScoreRow(id: string, sheet: SheetData, field: string, index: number): Row | undefined {
  if (id !== NPS_SHEET || field !== LIST) return undefined;
  upgradeNpsSheet(sheet);
  const rows = (sheet.tables[NPS_TABLE] ??= []);
  const ids = new Set(rows.map((r) => r.id));
  for (let k = rows.length; rows.length <= index; k++)
    if (!ids.has(upgradedRowId(k))) rows.push({ id: upgradedRowId(k), cells: {} });
  return rows[index];
}
