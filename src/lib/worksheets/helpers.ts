/** Small helpers shared by worksheet definitions. Pure: no Svelte, no storage. */
import type { CellValue, FixedRow, InputDef, Lang, Option, Row, SheetData, TableBlock, Text } from './types';
import { validNumber } from '../scoring/parse';
import { fill, pluralForm, type Params } from '../i18n/translate';
import type { Plural } from '../i18n/en';
import { LOCALES } from '../i18n/locales';

/** A content text in English, Polish and Simplified Chinese (the order of LOCALES). */
export const tx = (en: string, pl: string, zh: string): Text => ({ en, pl, zh });
export const pick = (text: Text | string, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

/** Every content language, in the order of LOCALES. */
export const LANGS: readonly Lang[] = LOCALES;

/** One value per content language (a language's own example, currency, list words). */
export type PerLang<T> = Record<keyof Text, T>;

/** A Text composed once per language ("Step 3 — …", "0.90 — add 0.10"): no language branches. */
export function byLang(f: (lang: Lang) => string): Text {
  const out: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) out[l] = f(l);
  return out as Text;
}

/** What the user typed, shown as it is in every language (never translated). */
export const asTyped = (v: string): Text => byLang(() => v);

/** A template Text with its "{name}" placeholders filled in every language. */
export const fillText = (template: Text, params: Params | ((lang: Lang) => Params) = {}): Text =>
  byLang((lang) => fill(pick(template, lang), typeof params === 'function' ? params(lang) : params));

/** "Step 3 — …" / "Krok 3 — …" / "第 3 步 — …": a step's label in every language. */
export const stepText = (n: number, t: Text): Text =>
  fillText(tx('Step {n} — {text}', 'Krok {n} — {text}', '第 {n} 步 — {text}'), (lang) => ({ n, text: pick(t, lang) }));

/** A text with a suffix in every language: "Sales — covered" / "销售 — 已涵盖". */
export const suffixed = (t: Text, suffix: Text): Text => byLang((lang) => `${pick(t, lang)} — ${pick(suffix, lang)}`);

/** A count in every language by Intl.PluralRules: "{n}" and any other params filled in. */
export const counted = (n: number, forms: PerLang<Plural>, params: Params | ((lang: Lang) => Params) = {}): Text =>
  byLang((lang) =>
    fill(pluralForm(lang, n, forms[lang]), { n, ...(typeof params === 'function' ? params(lang) : params) }),
  );

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

/** The stored tables holding a block's rows: itself, or one per round (`instances`). */
export const instanceIds = (table: TableBlock, data: SheetData): string[] => table.instances?.all(data) ?? [table.id];

/** The block as it stands for one of its stored tables (the same block for its own id). */
export const asInstance = (table: TableBlock, id: string): TableBlock => (id === table.id ? table : { ...table, id });

/** Whether stored table `id` holds rows of `table` (its own id, or `table.id@key` for a block with instances). */
export const holdsRowsOf = (table: TableBlock, id: string): boolean =>
  id === table.id || (table.instances !== undefined && id.startsWith(`${table.id}@`));

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

/** How a language lists items: "a, b and c" / "a, b i c" / "a、b 和 c". */
const LIST: PerLang<{ sep: string; and: string; semi: string; stop: string; colon: string }> = {
  en: { sep: ', ', and: ' and ', semi: '; ', stop: '. ', colon: ': ' },
  pl: { sep: ', ', and: ' i ', semi: '; ', stop: '. ', colon: ': ' },
  zh: { sep: '、', and: ' 和 ', semi: '；', stop: '。', colon: '：' },
};

/** Sentences joined in the language's way: "A. B" / "A。B". */
export const joinSentences = (items: readonly string[], lang: keyof Text): string => items.join(LIST[lang].stop);

/** "Title: text" / "标题：文字". */
export const colon = (lang: keyof Text): string => LIST[lang].colon;

const DECIMAL: PerLang<string> = { en: '.', pl: ',', zh: '.' };

/** A number as typed-looking text with the language's decimal sign, no rounding: "7.5" / "7,5". */
export const plainNumber = (n: number, lang: keyof Text): string => String(n).replace('.', DECIMAL[lang]);

/** A decimal written with a point ("0.3"), as a user of the language types it: "0,3" in Polish. */
export const typedDecimal = (v: string, lang: keyof Text): string => v.replace('.', DECIMAL[lang]);

/** Join short items with the language's comma: "a, b" / "a、b". */
export const joinComma = (items: readonly string[], lang: keyof Text): string => items.join(LIST[lang].sep);

/** The language's semicolon between items: "; " / "；" (also inside Excel formulas). */
export const semicolon = (lang: keyof Text): string => LIST[lang].semi;

/** Join longer items (names, notes) with the language's semicolon: "a; b" / "a；b". */
export const joinSemi = (items: readonly string[], lang: keyof Text): string => items.join(LIST[lang].semi);

/** Join items for messages in the language's way; `and` overrides the last joint (Polish "oraz"). */
export function listItems(items: readonly string[], lang: keyof Text, and: string = LIST[lang].and): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(LIST[lang].sep)}${and}${items[items.length - 1]}`;
}

/** Join 1-based numbers for messages: "1, 3 and 4" / "1, 3 i 4" / "1、3 和 4". */
export const listNumbers = (indexes: readonly number[], lang: keyof Text): string =>
  listItems(
    indexes.map((i) => String(i + 1)),
    lang,
  );
