/**
 * The crisis plan's next review date. The seed asks for a review at least once a year.
 * Dates are local calendar dates "yyyy-mm-dd" compared as (year, month, day): never through a
 * Date in UTC, which would shift a day in time zones west or east of Greenwich.
 *
 * Status, given today:
 * - missing: no date; invalid: not a real yyyy-mm-dd date;
 * - overdue: before today;
 * - due-soon: today up to DUE_SOON_DAYS days ahead;
 * - ok: later, up to one year from today;
 * - too-far: more than one year from today (the plan would go unreviewed for over a year).
 *
 * Leap years: one year from 29 February is 28 February of the next year (as Excel's EDATE and
 * date-fns' addYears do). We choose the stricter date: the interval then never exceeds a year.
 */

export type ReviewStatus = 'missing' | 'invalid' | 'overdue' | 'due-soon' | 'ok' | 'too-far';

export const DUE_SOON_DAYS = 30;

export interface CalendarDate {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A strict "yyyy-mm-dd" of a real calendar date, or undefined ("2025-02-29" is not one). */
export function parseIsoDate(raw: string | undefined): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((raw ?? '').trim());
  if (!m) return undefined;
  const c = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (c.m < 1 || c.m > 12 || c.d < 1 || c.d > daysInMonth(c.y, c.m)) return undefined;
  return c;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const isoOf = (c: CalendarDate): string => `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;

/** Today's local calendar date (what the user's wall calendar says). */
export function todayIso(now: Date = new Date()): string {
  return isoOf({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil): pure integers. */
export function dayNumber(c: CalendarDate): number {
  const y = c.m <= 2 ? c.y - 1 : c.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (c.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + c.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Same month and day n years later; 29 February becomes 28 February in a common year. */
export function addYears(c: CalendarDate, n: number): CalendarDate {
  const y = c.y + n;
  return { y, m: c.m, d: Math.min(c.d, daysInMonth(y, c.m)) };
}

/** Same day n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(c: CalendarDate, n: number): CalendarDate {
  const total = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

/** Excel's serial date (days since 1899-12-30), valid from 1900-03-01 on. */
export const excelSerial = (c: CalendarDate): number => dayNumber(c) + 25569;

/** The calendar date of a day number (inverse of dayNumber; days since 1970-01-01). */
export function dateOfDayNumber(z: number): CalendarDate {
  const days = z + 719468;
  const era = Math.floor(days / 146097);
  const doe = days - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** The date of an Excel serial (its whole days; a time of day is dropped); from 1900-03-01 to 9999-12-31. */
export function fromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return undefined;
  return dateOfDayNumber(Math.floor(serial) - 25569);
}

export function reviewStatus(date: string | undefined, today: string): ReviewStatus {
  if (date === undefined || date.trim() === '') return 'missing';
  const d = parseIsoDate(date);
  if (!d) return 'invalid';
  const t = parseIsoDate(today);
  if (!t) throw new RangeError(`today is not a yyyy-mm-dd date: ${today}`);
  const day = dayNumber(d);
  const now = dayNumber(t);
  if (day < now) return 'overdue';
  if (day - now <= DUE_SOON_DAYS) return 'due-soon';
  if (day > dayNumber(addYears(t, 1))) return 'too-far';
  return 'ok';
}
