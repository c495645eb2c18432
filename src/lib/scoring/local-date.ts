/**
 * Dates in the page's language. Stored values stay ISO "yyyy-mm-dd" (data and Excel unchanged);
 * Polish shows "dd.mm.yyyy" and accepts it (also "d.m.yyyy", with "-" or "/" between the parts)
 * as well as ISO; English shows and accepts ISO. The browser's date field follows the browser's
 * locale, not the page's, which is why the field is a text input.
 */
import { isoOf, parseIsoDate, daysInMonth } from './review-date';

export type DateLang = 'en' | 'pl';

/** The pattern shown as a placeholder and named in messages. */
export const DATE_PATTERN: Record<DateLang, string> = { en: 'yyyy-mm-dd', pl: 'dd.mm.rrrr' };

/** ISO date as shown in `lang`; anything not a valid ISO date is returned as it is. */
export function showDate(iso: string, lang: DateLang): string {
  const c = parseIsoDate(iso);
  if (!c || lang === 'en') return iso;
  return `${String(c.d).padStart(2, '0')}.${String(c.m).padStart(2, '0')}.${c.y}`;
}

/** Typed text → ISO, or undefined when it is not a real date in an accepted form. */
export function parseLocalDate(raw: string, lang: DateLang): string | undefined {
  const t = raw.trim();
  const iso = parseIsoDate(t);
  if (iso) return isoOf(iso);
  if (lang !== 'pl') return undefined;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  if (!m) return undefined;
  const c = { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
  if (c.m < 1 || c.m > 12 || c.d < 1 || c.d > daysInMonth(c.y, c.m)) return undefined;
  return isoOf(c);
}
