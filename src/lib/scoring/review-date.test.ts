import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  dayNumber,
  daysInMonth,
  excelSerial,
  fromExcelSerial,
  dateOfDayNumber,
  isLeapYear,
  isoOf,
  parseIsoDate,
  reviewStatus,
  todayIso,
} from './review-date';

describe('calendar helpers', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('isLeapYear(%s) = %s', (y, leap) => expect(isLeapYear(y)).toBe(leap));

  it('daysInMonth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it.each([
    ['2024-02-29', { y: 2024, m: 2, d: 29 }],
    ['2000-02-29', { y: 2000, m: 2, d: 29 }],
    [' 2025-12-31 ', { y: 2025, m: 12, d: 31 }],
    ['2025-02-29', undefined],
    ['1900-02-29', undefined],
    ['2025-04-31', undefined],
    ['2025-13-01', undefined],
    ['2025-00-10', undefined],
    ['2025-1-5', undefined],
    ['05.03.2025', undefined],
    ['2025-03-05T10:00', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('parseIsoDate(%j)', (raw, expected) => expect(parseIsoDate(raw)).toEqual(expected));

  it('isoOf pads', () => expect(isoOf({ y: 987, m: 3, d: 5 })).toBe('0987-03-05'));

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('dayNumber(%s) = %s', (iso, n) => expect(dayNumber(parseIsoDate(iso)!)).toBe(n));

  it('dayNumber agrees with Date.UTC across four centuries', () => {
    for (let y = 1900; y <= 2300; y += 7) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        expect(dayNumber({ y, m, d })).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }
    }
  });

  it.each([
    ['1900-03-01', 61],
    ['2024-01-01', 45292],
    ['2024-02-29', 45351],
  ])('excelSerial(%s) = %s', (iso, n) => expect(excelSerial(parseIsoDate(iso)!)).toBe(n));

  it.each([
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45351, '2024-02-29'],
    [45351.75, '2024-02-29'],
    [45352, '2024-03-01'],
    [2958465, '9999-12-31'],
  ])('fromExcelSerial(%s) = %s', (n, iso) => expect(isoOf(fromExcelSerial(n)!)).toBe(iso));

  it.each([60, 0, -1, 2958466, NaN, Infinity])(
    'fromExcelSerial(%s) is no date (Excel’s fictitious 1900-02-29 and before, or past 9999)',
    (n) => expect(fromExcelSerial(n)).toBeUndefined(),
  );

  it('dateOfDayNumber inverts dayNumber across four centuries', () => {
    for (let z = dayNumber({ y: 1900, m: 1, d: 1 }); z < dayNumber({ y: 2300, m: 1, d: 1 }); z += 13) {
      expect(dayNumber(dateOfDayNumber(z))).toBe(z);
    }
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-03-01', 1, '2024-03-01'],
    ['2024-12-31', 1, '2025-12-31'],
  ])('addYears(%s, %s) = %s', (iso, n, out) => expect(isoOf(addYears(parseIsoDate(iso)!, n))).toBe(out));

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-11-15', 2, '2025-01-15'],
    ['2024-03-15', -3, '2023-12-15'],
  ])('addMonths(%s, %s) = %s', (iso, n, out) => expect(isoOf(addMonths(parseIsoDate(iso)!, n))).toBe(out));

  it('todayIso takes the local calendar date, whatever the time of day', () => {
    expect(todayIso(new Date(2024, 1, 29, 0, 0, 1))).toBe('2024-02-29');
    expect(todayIso(new Date(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29');
    expect(todayIso(new Date(2025, 0, 1, 0, 30))).toBe('2025-01-01');
  });
});

describe('reviewStatus', () => {
  it.each([
    // Around today.
    ['2024-06-15', '2024-06-14', 'overdue'],
    ['2024-06-15', '2020-01-01', 'overdue'],
    ['2024-06-15', '2024-06-15', 'due-soon'],
    ['2024-06-15', '2024-07-15', 'due-soon'], // +30 days
    ['2024-06-15', '2024-07-16', 'ok'], // +31 days
    ['2024-06-15', '2025-06-15', 'ok'], // exactly one year
    ['2024-06-15', '2025-06-16', 'too-far'],
    // Across a year end.
    ['2024-12-31', '2025-01-30', 'due-soon'],
    ['2024-12-31', '2025-01-31', 'ok'],
    ['2024-12-31', '2025-12-31', 'ok'],
    ['2024-12-31', '2026-01-01', 'too-far'],
    // Leap years: one year from 29 Feb is 28 Feb (documented choice).
    ['2024-02-29', '2025-02-28', 'ok'],
    ['2024-02-29', '2025-03-01', 'too-far'],
    ['2024-02-28', '2025-02-28', 'ok'],
    ['2024-02-28', '2025-03-01', 'too-far'],
    ['2023-03-01', '2024-03-01', 'ok'], // 366 days, still one calendar year
    ['2023-03-01', '2024-03-02', 'too-far'],
    ['2023-02-28', '2024-02-28', 'ok'],
    ['2023-02-28', '2024-02-29', 'too-far'],
    ['2024-02-29', '2024-02-28', 'overdue'],
    ['2024-02-29', '2024-03-30', 'due-soon'], // +30 days over the leap day
    ['2024-02-29', '2024-03-31', 'ok'],
    // No date or a bad one.
    ['2024-06-15', undefined, 'missing'],
    ['2024-06-15', '', 'missing'],
    ['2024-06-15', '   ', 'missing'],
    ['2024-06-15', '2025-02-29', 'invalid'],
    ['2024-06-15', 'next spring', 'invalid'],
  ])('today %s, review %j → %s', (today, date, status) => expect(reviewStatus(date, today)).toBe(status));

  it('rejects a bad today (a programming error, not user input)', () => {
    expect(() => reviewStatus('2024-01-01', '2024-02-30')).toThrow(RangeError);
  });
});
