/**
 * t(): the app's chrome in the current language, with {param} substitution and plurals.
 * Each language's dictionary is its own chunk, loaded before use (loadDictionary), so the first
 * screen carries one language only.
 */
import type { en as English, MessageKey, Plural } from './en';
import type { Lang } from '../worksheets/types';
import { localeOf } from './format';

type Dictionary = { [K in MessageKey]: (typeof English)[K] extends Plural ? Plural : string };

const loaders: Record<Lang, () => Promise<Dictionary>> = {
  en: () => import('./en').then((m) => m.en),
  pl: () => import('./pl').then((m) => m.pl),
};
const dictionaries: Partial<Record<Lang, Dictionary>> = {};
const plurals = new Map<Lang, Intl.PluralRules>();

export async function loadDictionary(lang: Lang): Promise<void> {
  dictionaries[lang] ??= await loaders[lang]();
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
