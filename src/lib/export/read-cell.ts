/**
 * One input cell of an imported .xlsx back to the value the app stores (text as typed, 'yes'/'no',
 * option values), checked against the input's rules. Pure: the cell is SheetJS's plain object.
 *
 * What the export wrote reads back to the same value; what a client typed in Excel is read the
 * way the app would read it typed: numbers become text in the workbook's language, Yes/No and
 * option labels are recognised in every language. A value that breaks a rule is kept as typed
 * and reported (as the app does), except choices, which cannot hold an unknown value: those are
 * reported and left unset.
 */
import type { CellValue, InputDef, Lang, Text } from '../worksheets/types';
import { LOCALES } from '../i18n/locales';
import { NO, YES } from '../worksheets/excel';
import { parseInRange } from '../scoring/parse';
import { fromExcelSerial, isoOf, parseIsoDate } from '../scoring/review-date';
import { multiChoices } from '../worksheets/helpers';

/** Why a cell's value is not what the input accepts. */
export type CellReason = 'number' | 'option' | 'date' | 'formula';

export interface ReadCell {
  /** undefined: nothing to store (an unknown choice). */
  value: CellValue | undefined;
  /** The cell as the client sees it, for messages. */
  typed: string;
  problem?: CellReason;
}

/** The parts of a SheetJS cell the reader uses. */
export interface SheetCell {
  t?: string;
  v?: unknown;
  f?: string;
}

/** A number as plain text, with the language's decimal mark (as a user of it types it: 3,5 / 3.5). */
export function plainNumber(n: number, lang: Lang): string {
  let s = String(n);
  if (/e/i.test(s)) s = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return s.replace('.', DECIMAL_MARK[lang]);
}
const DECIMAL_MARK: Record<Lang, string> = { en: '.', pl: ',', zh: '.' };

const norm = (s: string) => s.trim().toLocaleLowerCase();

function cellText(cell: SheetCell | undefined, lang: Lang): string {
  const v = cell?.v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? plainNumber(v, lang) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

/** A label in any language ("Yes", "Tak", "是"): a file edited by anyone reads back. */
const isLabel = (typed: string, label: Text) =>
  LOCALES.some((l) => label[l] !== undefined && norm(typed) === norm(label[l]));

function yesNo(cell: SheetCell | undefined, typed: string): 'yes' | 'no' | '' | undefined {
  if (cell?.v === true) return 'yes';
  if (cell?.v === false) return 'no';
  if (typed.trim() === '') return '';
  if (isLabel(typed, YES) || norm(typed) === 'yes' || norm(typed) === 'true') return 'yes';
  if (isLabel(typed, NO) || norm(typed) === 'no' || norm(typed) === 'false') return 'no';
  return undefined;
}

function option(input: InputDef, typed: string): string | undefined {
  const t = norm(typed);
  return input.options?.find((o) => norm(o.value) === t || isLabel(typed, o.label))?.value;
}

/**
 * Options of a multi-select, written joined by ", ". Labels may hold commas themselves, so the
 * pieces are joined back until they name an option.
 */
function options(input: InputDef, typed: string): { values: string[]; unknown: boolean } {
  const pieces = typed.split(',');
  const values: string[] = [];
  let unknown = false;
  let i = 0;
  while (i < pieces.length) {
    let found: string | undefined;
    let end = i;
    for (let j = i; j < pieces.length && !found; j++) {
      found = option(input, pieces.slice(i, j + 1).join(','));
      end = j;
    }
    if (found) {
      if (!values.includes(found)) values.push(found);
      i = end + 1;
    } else {
      if (pieces[i]!.trim() !== '') unknown = true;
      i++;
    }
  }
  return { values, unknown };
}

export function readInputCell(input: InputDef, cell: SheetCell | undefined, lang: Lang, emptyAs?: string): ReadCell {
  // A formula typed into an input: its text is kept, never its result nor the formula itself.
  if (cell?.f) {
    const typed = `=${cell.f}`;
    return { value: input.kind === 'multi' ? [] : typed, typed, problem: 'formula' };
  }
  let typed = cellText(cell, lang);
  if (emptyAs !== undefined && typed === emptyAs) typed = '';
  switch (input.kind) {
    case 'text':
    case 'longtext':
      return { value: typed, typed };
    case 'number':
    case 'money': {
      const bad = input.rule && parseInRange(typed, input.rule).status === 'invalid';
      return { value: typed, typed, ...(bad ? { problem: 'number' as const } : {}) };
    }
    case 'yesno': {
      const v = yesNo(cell, typed);
      return v === undefined ? { value: undefined, typed, problem: 'option' } : { value: v, typed };
    }
    case 'check': {
      const v = yesNo(cell, typed);
      return v === undefined
        ? { value: undefined, typed, problem: 'option' }
        : { value: v === 'yes' ? 'yes' : '', typed };
    }
    case 'choice':
    case 'scale': {
      if (typed.trim() === '') return { value: '', typed };
      const v = option(input, typed);
      return v === undefined ? { value: undefined, typed, problem: 'option' } : { value: v, typed };
    }
    case 'multi': {
      const { values, unknown } = options(input, typed);
      return {
        value: multiChoices(input.options ?? [], values),
        typed,
        ...(unknown ? { problem: 'option' as const } : {}),
      };
    }
    case 'date': {
      if (typeof cell?.v === 'number') {
        const d = fromExcelSerial(cell.v);
        return d ? { value: isoOf(d), typed: isoOf(d) } : { value: typed, typed, problem: 'date' };
      }
      if (typed.trim() === '' || parseIsoDate(typed)) return { value: typed, typed };
      return { value: typed, typed, problem: 'date' };
    }
  }
}
