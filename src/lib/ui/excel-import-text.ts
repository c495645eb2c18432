/**
 * Wording helpers of the "Import from Excel" card and its preview. The words are the `import` area
 * of the catalogues (i18n/en-import.ts …), loaded with the card (not part of the first screen).
 * Plurals follow Intl.PluralRules, as every catalogue text does (Polish: one / few / many).
 */
import type { MessageKey } from '../i18n/en';
import type { CellValue, InputDef, Lang } from '../worksheets/types';
import type { FileProblem } from '../export/read-workbook';
import { formatNumber, quote as q } from '../i18n/format';
import { translate, type Params } from '../i18n/translate';
import { pick } from '../worksheets/helpers';
import { catalogEntry } from '../worksheets/index';

/** What the user chose in the preview. */
export type ImportChoice = { kind: 'new'; name: string } | { kind: 'replace'; id: string };

export const num = (n: number, lang: Lang): string => formatNumber(n, 'int', lang);

/** A plural text for n in a language ("{n}" is n in the language's format). */
export const plural = (lang: Lang, key: MessageKey, n: number, params: Params = {}): string =>
  translate(lang, key, { ...params, n: num(n, lang) }, n);

export { q };

/** The reader's limits (read-workbook.ts), passed in once it is loaded: naming them here would load SheetJS. */
export interface Limits {
  bytes: number;
  rows: number;
  chars: number;
  /** What a file may inflate to (zip-limit.ts). */
  inflated: number;
}

/**
 * A multi-select's change in words: "Added: Email, Phone. Removed: Letter." (option labels, in
 * the order of the options), so a change is not "3 rows → 2 rows" nor a list of internal values.
 */
export function choicesChange(
  input: InputDef,
  before: CellValue | undefined,
  after: CellValue | undefined,
  lang: Lang,
): string {
  const set = (v: CellValue | undefined) => new Set(Array.isArray(v) ? v : v ? [v] : []);
  const was = set(before);
  const now = set(after);
  const options = input.options ?? [];
  const known = new Set(options.map((o) => o.value));
  const label = (v: string) => {
    const o = options.find((x) => x.value === v);
    return o ? pick(o.label, lang) : v;
  };
  // Options in their own order, then anything unknown as stored.
  const order = [...options.map((o) => o.value), ...[...was, ...now].filter((v) => !known.has(v))];
  const added = order.filter((v) => now.has(v) && !was.has(v)).map(label);
  const removed = order.filter((v) => was.has(v) && !now.has(v)).map(label);
  const parts: string[] = [];
  if (added.length) parts.push(translate(lang, 'importChoicesAdded', { list: added.join(', ') }));
  if (removed.length) parts.push(translate(lang, 'importChoicesRemoved', { list: removed.join(', ') }));
  return parts.length ? parts.join(' ') : translate(lang, 'importChoicesSame');
}

/** "120 answers read from 13 worksheets." */
export const countsText = (lang: Lang, answers: number, sheets: number): string =>
  translate(lang, 'importCounts', {
    answers: plural(lang, 'importAnswers', answers),
    sheets: plural(lang, 'importFromWorksheets', sheets),
  });

/** Why a whole file is refused, as the end of "“x.xlsx” cannot be imported: …". */
export function problemText(p: FileProblem, lang: Lang, limits: Limits): string {
  const n = (x: number) => num(x, lang);
  const t = (key: MessageKey, params: Params = {}) => translate(lang, key, params);
  const app = t('appName');
  const bomb = t('importBomb', { app });
  const mb = (bytes: number) => n(Math.round(bytes / (1024 * 1024)));
  switch (p.code) {
    case 'empty':
      return t('importWhyEmpty');
    case 'too-large':
      return t('importWhyTooLarge', { mb: mb(limits.bytes), app });
    case 'not-xlsx':
      return t('importWhyNotXlsx');
    case 'unreadable':
    case 'zip-damaged':
      return t('importWhyDamaged');
    case 'not-ours':
      return t('importWhyNotOurs', { app, sheet: q('_inputs', lang) });
    case 'damaged-map':
      return t('importWhyDamagedMap', { sheet: q('_inputs', lang) });
    case 'no-inputs':
      return t('importWhyNoInputs');
    case 'newer-version':
      return t('importWhyNewer', { app, version: n(p.version) });
    case 'missing-sheet': {
      const entry = catalogEntry(p.sheet);
      const named = entry ? `${q(p.sheet, lang)} (${pick(entry.title, lang)})` : q(p.sheet, lang);
      return t('importWhyMissingSheet', { sheet: named });
    }
    case 'too-many-rows':
      return t('importWhyTooManyRows', {
        rows: plural(lang, 'importRows', p.rows),
        sheet: q(p.sheet, lang),
        max: n(limits.rows),
      });
    case 'zip-entries':
      return t('importWhyZipEntries', { entries: n(p.entries), bomb });
    case 'zip-inflated':
      return t('importWhyZipInflated', { mb: mb(limits.inflated), bomb });
    case 'zip-ratio':
      return t('importWhyZipRatio', { entry: q(p.entry, lang), ratio: n(p.ratio), bomb });
    case 'zip-mismatch':
      return t('importWhyZipMismatch', { entry: q(p.entry, lang), bomb });
    case 'cell-too-long':
      return t('importWhyCellTooLong', {
        cell: p.cell,
        sheet: q(p.sheet, lang),
        chars: plural(lang, 'importChars', p.chars),
        max: n(limits.chars),
      });
  }
}
