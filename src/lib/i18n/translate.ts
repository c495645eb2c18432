/**
 * t(): the app's chrome in the current language, with {param} substitution and plurals.
 * Each language's texts are chunks by area (en.ts: Area), loaded before use (loadDictionary), so
 * the first screen carries one language's core texts only. The loaders are keyed by Locale: a new
 * language is its files plus one LOCALES entry (the type lists what is missing).
 */
import type { Area, MessageKey, Plural } from './en';
import type { Locale } from './locales';
import { INTL_LOCALE } from './locales';

type Entries = Partial<Record<MessageKey, string | Plural>>;

const loaders: Record<Locale, Record<Area, () => Promise<Entries>>> = {
  en: {
    core: () => import('./en').then((m) => m.en),
    workbook: () => import('./en-workbook').then((m) => m.enWorkbook),
    backup: () => import('./en-backup').then((m) => m.enBackup),
    workshop: () => import('./en-workshop').then((m) => m.enWorkshop),
    import: () => import('./en-import').then((m) => m.enImport),
    storage: () => import('./en-storage').then((m) => m.enStorage),
    table: () => import('./en-table').then((m) => m.enTable),
  },
  pl: {
    core: () => import('./pl').then((m) => m.pl),
    workbook: () => import('./pl-workbook').then((m) => m.plWorkbook),
    backup: () => import('./pl-backup').then((m) => m.plBackup),
    workshop: () => import('./pl-workshop').then((m) => m.plWorkshop),
    import: () => import('./pl-import').then((m) => m.plImport),
    storage: () => import('./pl-storage').then((m) => m.plStorage),
    table: () => import('./pl-table').then((m) => m.plTable),
  },
  zh: {
    core: () => import('./zh').then((m) => m.zh),
    workbook: () => import('./zh-workbook').then((m) => m.zhWorkbook),
    backup: () => import('./zh-backup').then((m) => m.zhBackup),
    workshop: () => import('./zh-workshop').then((m) => m.zhWorkshop),
    import: () => import('./zh-import').then((m) => m.zhImport),
    storage: () => import('./zh-storage').then((m) => m.zhStorage),
    table: () => import('./zh-table').then((m) => m.zhTable),
  },
};
const dictionaries: Partial<Record<Locale, Entries>> = {};
const loaded = new Map<string, Promise<void>>();
const plurals = new Map<Locale, Intl.PluralRules>();

/** Loads (once) a language's texts of an area; a failed load is tried again next time. */
export function loadDictionary(lang: Locale, area: Area = 'core'): Promise<void> {
  const key = `${lang}:${area}`;
  let p = loaded.get(key);
  if (!p) {
    p = loaders[lang][area]().then((entries) => {
      dictionaries[lang] = { ...dictionaries[lang], ...entries };
    });
    loaded.set(key, p);
    p.catch(() => loaded.delete(key));
  }
  return p;
}

/** The form of `forms` that n takes in the language (Polish: one / few / many / other; Chinese: other). */
export function pluralForm(lang: Locale, n: number, forms: Plural): string {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[lang]);
    plurals.set(lang, rules);
  }
  const cat = rules.select(n) as keyof Plural;
  return forms[cat] ?? forms.other;
}

export type Params = Record<string, string | number>;

/** "{name}" placeholders filled from params; unknown ones stay visible. */
export const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));

/**
 * The text of `key` in the language (English while that language's area is still loading).
 * A plural picks its form by `count`, else by the number in params.n (pass `count` when n is
 * given already formatted, "1 200").
 */
export function translate(lang: Locale, key: MessageKey, params: Params = {}, count?: number): string {
  const entry = dictionaries[lang]?.[key] ?? dictionaries.en?.[key];
  if (entry === undefined) return key; // dictionary not loaded yet: never an exception mid-render
  if (typeof entry === 'string') return fill(entry, params);
  return fill(pluralForm(lang, count ?? Number(params['n'] ?? 0), entry), params);
}
