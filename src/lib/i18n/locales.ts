/**
 * The interface languages. Adding one = a LOCALES entry, its Intl locale and own name here, and
 * its catalogue files per area (the loaders in translate.ts are keyed by Locale, so the type
 * checker lists what is missing).
 */
export const LOCALES = ['en', 'pl', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Intl locale of each language (numbers, dates, plural rules). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', pl: 'pl-PL', zh: 'zh-CN' };

/** Each language's name in itself, for the picker. */
export const OWN_NAME: Record<Locale, string> = { en: 'English', pl: 'Polski', zh: '中文' };

/** The value of <html lang> (and of `lang` on text in that language). */
export const HTML_LANG: Record<Locale, string> = { en: 'en', pl: 'pl', zh: 'zh-CN' };

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** The browser's preferred language when it is one of ours ("zh-TW", "zh-Hans-CN" → zh; "pl-PL" → pl). */
export function fromNavigator(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
