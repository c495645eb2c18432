/** t(): the app's chrome in the current language, with {param} substitution and plurals. */
import { en, type MessageKey, type Plural } from './en';
import { pl } from './pl';
import type { Lang } from '../worksheets/types';
import { localeOf } from './format';

const DICTS = { en, pl } as const;
const plurals = new Map<Lang, Intl.PluralRules>();

function plural(lang: Lang, n: number, forms: Plural): string {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(lang));
    plurals.set(lang, rules);
  }
  const cat = rules.select(n) as keyof Plural;
  return forms[cat] ?? forms.other;
}

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry = DICTS[lang][key] as string | Plural;
  const template = typeof entry === 'string' ? entry : plural(lang, Number(params['n'] ?? 0), entry);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
