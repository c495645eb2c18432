/** Locale formatting over Intl (Polish: decimal comma, "45,6%"; Chinese: zh-CN). Pure; cached formatters. */
import type { Lang, NumFormat } from '../worksheets/types';
import { INTL_LOCALE, type Locale } from './locales';

/** Polish groups thousands only from five digits (4800,50 but 12 800,50); the others always. */
const GROUPING: Record<Locale, Intl.NumberFormatOptions['useGrouping']> = { en: 'always', pl: 'min2', zh: 'always' };
/** How each language quotes a name or a typed value. */
const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], pl: ['„', '”'], zh: ['“', '”'] };
export const DASH = '—';

const OPTIONS: Record<NumFormat, Intl.NumberFormatOptions> = {
  int: { maximumFractionDigits: 0 },
  signedInt: { maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  dec1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  dec2: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  weight: { minimumFractionDigits: 2, maximumFractionDigits: 4 },
  pct1: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  pct0: { style: 'percent', maximumFractionDigits: 0 },
};

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { useGrouping: GROUPING[lang], ...options });
    cache.set(k, f);
  }
  return f;
}

/** Percent formats take a share 0–1. Undefined → "—". */
export function formatNumber(value: number | undefined, format: NumFormat, lang: Lang): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  // A true minus sign (U+2212), as in the headings ("benefits − challenges"): Intl gives a hyphen.
  return formatter(lang, format, OPTIONS[format]).format(value).replace('-', '\u2212');
}

/** An amount with an ISO currency code; an unknown code is shown after the number. */
export function formatMoney(value: number | undefined, currency: string, lang: Lang): string {
  if (value === undefined) return DASH;
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return formatter(lang, `money-${code}`, { style: 'currency', currency: code }).format(value);
    } catch {
      /* not an ISO code Intl knows: fall through */
    }
  }
  const n = formatter(lang, 'money', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return code ? `${n} ${currency.trim()}` : n;
}

/** Any number as typed or read (up to 6 decimals), in the language's format: 0,25 / 12 800. */
export const formatPlain = (value: number, lang: Lang): string =>
  formatter(lang, 'plain', { maximumFractionDigits: 6 }).format(value);
/** As typed into a field: the locale's decimal mark, no thousands separator ("12000", "1,5"). */
export const formatTypable = (value: number, lang: Lang): string =>
  formatter(lang, 'typable', { maximumFractionDigits: 6, useGrouping: false }).format(value);

/** A name or typed value quoted as each language quotes it: “x” / „x” / “x”. */
export const quote = (s: string, lang: Lang): string => `${QUOTES[lang][0]}${s}${QUOTES[lang][1]}`;

export const localeOf = (lang: Lang): string => INTL_LOCALE[lang];
