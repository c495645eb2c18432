/**
 * Dates in the page's language. Stored values stay ISO "yyyy-mm-dd" (data and Excel unchanged);
 * Polish shows "dd.mm.yyyy" and accepts it (also "d.m.yyyy", with "-" or "/" between the parts)
 * as well as ISO; English shows and accepts ISO; Chinese shows ISO and accepts it also as
 * "yyyy/m/d", "yyyy.m.d" or "yyyy年m月d日", in full-width digits too. The browser's date field
 * follows the browser's locale, not the page's, which is why the field is a text input.
 */
import { isoOf, parseIsoDate, daysInMonth } from './review-date';
import { toAsciiInput } from './parse';
import type { Locale } from '../i18n/locales';

export type DateLang = Locale;

/** The pattern shown as a placeholder and named in messages. */
export const DATE_PATTERN: Record<DateLang, string> = { en: 'yyyy-mm-dd', pl: 'dd.mm.rrrr', zh: 'yyyy-mm-dd' };

/** ISO date as shown in `lang`; anything not a valid ISO date is returned as it is. */
export function showDate(iso: string, lang: DateLang): string {
  const c = parseIsoDate(iso);
  if (!c || lang !== 'pl') return iso;
  return `${String(c.d).padStart(2, '0')}.${String(c.m).padStart(2, '0')}.${c.y}`;
}

/** Typed text → ISO, or undefined when it is not a real date in an accepted form. */
export function parseLocalDate(raw: string, lang: DateLang): string | undefined {
  const t = lang === 'zh' ? toAsciiInput(raw).trim() : raw.trim();
  const iso = parseIsoDate(t);
  if (iso) return isoOf(iso);
  if (lang === 'zh') {
    const z = /^(\d{4})(?:[./-]|年)(\d{1,2})(?:[./-]|月)(\d{1,2})日?$/.exec(t);
    return z ? realDate({ y: Number(z[1]), m: Number(z[2]), d: Number(z[3]) }) : undefined;
  }
  if (lang !== 'pl') return undefined;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (!m) return undefined;
  return realDate({ y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) });
}

function realDate(c: { y: number; m: number; d: number }): string | undefined {
  if (c.m < 1 || c.m > 12 || c.d < 1 || c.d > daysInMonth(c.y, c.m)) return undefined;
  return isoOf(c);
}
