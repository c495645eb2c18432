/** Small helpers shared by worksheet definitions. Pure: no Svelte, no storage. */
import type { CellValue, FixedRow, InputDef, Lang, Option, Row, SheetData, TableBlock, Text } from './types';
import { validNumber } from '../scoring/parse';

/** A content text in English, Polish and Simplified Chinese (the order of LOCALES). */
export const tx = (en: string, pl: string, zh?: string): Text => (zh === undefined ? { en, pl } : { en, pl, zh });
export const pick = (text: Text | string, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

let counter = 0;
const COUNTER_SPAN = 36 ** 3;
/**
 * Short, unique row id: time + counter + randomness, unique across tabs and imports. The counter
 * spans 46,656 ids, so a paste of 10,000 customers within one millisecond never repeats one
 * (two digits wrapped at 1,296 and left such a paste to chance).
 */
export function newRowId(): string {
  counter = (counter + 1) % COUNTER_SPAN;
  return (
    Date.now().toString(36).slice(-5) +
    counter.toString(36).padStart(3, '0') +
    Math.floor(Math.random() * 1296)
      .toString(36)
      .padStart(2, '0')
  );
}

/**
 * A multi-select's choices after `changed` was ticked (or the values read from a file): in the
 * options' order, an exclusive option ("None of these") alone, never beside the others. When
 * both are there and nothing was just ticked, the others win: they say more.
 */
export function multiChoices(options: readonly Option[], values: readonly string[], changed?: string): string[] {
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
  const chosen = options.map((o) => o.value).filter((v) => values.includes(v));
  if (changed !== undefined && exclusive.has(changed) && chosen.includes(changed)) return [changed];
  const listed = chosen.filter((v) => !exclusive.has(v));
  return listed.length ? listed : chosen;
}

export const emptySheet = (): SheetData => ({ fields: {}, tables: {} });

export function row(cells: Record<string, CellValue> = {}, id: string = newRowId()): Row {
  return { id, cells };
}

/** Empty data rows for a table of seed rows, ids matching the definition's. */
export const rowsForFixed = (fixed: readonly FixedRow[]): Row[] => fixed.map((f) => row({}, f.id));

/** The rows of a table as stored; fixed tables always yield one row per seed row, in seed order. */
export function tableRows(table: TableBlock, data: SheetData): Row[] {
  const stored = data.tables[table.id] ?? [];
  if (!table.fixedRows) return stored;
  const byId = new Map(stored.map((r) => [r.id, r]));
  return table.fixedRows.map((f) => byId.get(f.id) ?? row({}, f.id));
}

export function text(value: CellValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.join(', ');
}

export function isAnswered(input: InputDef, value: CellValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value.trim() === '') return false;
  if ((input.kind === 'number' || input.kind === 'money') && input.rule) {
    return validNumber(value, input.rule) !== undefined;
  }
  return true;
}

/** A cell's valid number (per the input's rule), or undefined. */
export function cellNumber(row: Row | undefined, input: InputDef): number | undefined {
  const v = row?.cells[input.id];
  if (typeof v !== 'string' || !input.rule) return undefined;
  return validNumber(v, input.rule);
}

export function fieldNumber(data: SheetData, input: InputDef): number | undefined {
  const v = data.fields[input.id];
  if (typeof v !== 'string' || !input.rule) return undefined;
  return validNumber(v, input.rule);
}

/** "Respondent 3", "Question 2": an editable row's name, used in accessible names. */
export function rowName(table: TableBlock, index: number, lang: Lang): string {
  const fixed = table.fixedRows?.[index];
  if (fixed) return pick(fixed.label, lang);
  const noun = table.editable?.rowNoun ?? table.rowHeader;
  return `${pick(noun, lang)} ${index + 1}`;
}

/** Join 1-based numbers for messages: "1, 3 and 4" / "1, 3 i 4". */
export function listNumbers(indexes: readonly number[], lang: Lang): string {
  const nums = indexes.map((i) => String(i + 1));
  if (nums.length <= 1) return nums.join('');
  return `${nums.slice(0, -1).join(', ')} ${lang === 'pl' ? 'i' : 'and'} ${nums[nums.length - 1]}`;
}
