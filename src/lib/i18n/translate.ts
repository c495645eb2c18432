/**
 * t(): the app's chrome in the current language, with {param} substitution and plurals.
 * Each language's texts are chunks by area (en.ts: Area), loaded before use (loadDictionary), so
 * the first screen carries one language's core texts only.
 */
import type { Area, MessageKey, Plural } from './en';
import type { Lang } from '../worksheets/types';
import { localeOf } from './format';

type Entries = Partial<Record<MessageKey, string | Plural>>;

const loaders: Record<Lang, Record<Area, () => Promise<Entries>>> = {
  en: {
    core: () => import('./en').then((m) => m.en),
    workbook: () => import('./en-workbook').then((m) => m.enWorkbook),
    backup: () => import('./en-backup').then((m) => m.enBackup),
    workshop: () => import('./en-workshop').then((m) => m.enWorkshop),
  },
  pl: {
    core: () => import('./pl').then((m) => m.pl),
    workbook: () => import('./pl-workbook').then((m) => m.plWorkbook),
    backup: () => import('./pl-backup').then((m) => m.plBackup),
    workshop: () => import('./pl-workshop').then((m) => m.plWorkshop),
  },
};
const dictionaries: Partial<Record<Lang, Entries>> = {};
const loaded = new Map<string, Promise<void>>();
const plurals = new Map<Lang, Intl.PluralRules>();

/** Loads (once) a language's texts of an area; a failed load is tried again next time. */
export function loadDictionary(lang: Lang, area: Area = 'core'): Promise<void> {
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

/** The form of `forms` that n takes in the language (Polish: one / few / many / other). */
export function pluralForm(lang: Lang, n: number, forms: Plural): string {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(lang));
    plurals.set(lang, rules);
  }
  const cat = rules.select(n) as keyof Plural;
  return forms[cat] ?? forms.other;
}

export type Params = Record<string, string | number>;

/** "{name}" placeholders filled from params; unknown ones stay visible. */
export const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry = dictionaries[lang]?.[key] ?? dictionaries.en?.[key];
  if (entry === undefined) return key; // dictionary not loaded yet: never an exception mid-render
  return fill(typeof entry === 'string' ? entry : pluralForm(lang, Number(params['n'] ?? 0), entry), params);
}
