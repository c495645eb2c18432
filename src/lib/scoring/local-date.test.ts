import { describe, expect, it } from 'vitest';
import { parseLocalDate, showDate } from './local-date';

describe('dates in the page language, stored as ISO', () => {
  it.each([
    ['2025-03-09', 'pl', '09.03.2025'],
    ['2025-03-09', 'en', '2025-03-09'],
    ['2025-02-29', 'pl', '2025-02-29'], // not a date: shown as it is
    ['', 'pl', ''],
  ] as const)('show %s in %s → %s', (iso, lang, shown) => expect(showDate(iso, lang)).toBe(shown));

  it.each([
    ['09.03.2025', 'pl', '2025-03-09'],
    ['9.3.2025', 'pl', '2025-03-09'],
    ['9-3-2025', 'pl', '2025-03-09'],
    ['09/03/2025', 'pl', '2025-03-09'],
    [' 2025-03-09 ', 'pl', '2025-03-09'],
    ['29.02.2024', 'pl', '2024-02-29'],
    ['29.02.2025', 'pl', undefined],
    ['31.04.2025', 'pl', undefined],
    ['00.01.2025', 'pl', undefined],
    ['01.13.2025', 'pl', undefined],
    ['09.03.25', 'pl', undefined],
    ['2025-03-09', 'en', '2025-03-09'],
    ['09.03.2025', 'en', undefined], // English is ISO only: 03/09 is ambiguous
    ['03/09/2025', 'en', undefined],
    ['', 'en', undefined],
  ] as const)('parse %s in %s → %s', (raw, lang, iso) => expect(parseLocalDate(raw, lang)).toBe(iso));

  it('round-trips every day of a leap year in Polish', () => {
    for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      expect(parseLocalDate(showDate(iso, 'pl'), 'pl')).toBe(iso);
    }
  });
});
