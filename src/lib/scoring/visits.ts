/**
 * VIP contact plan (seed 001): the account manager visits every month, a department manager at
 * least every half year. A visit is overdue when its next due date (the last visit plus one or six
 * calendar months, clamped like the crisis plan's review date: 31 Jan + 1 month = 28/29 Feb) is
 * before today. Dates are local calendar dates (review-date.ts), never Dates in UTC.
 */
import { addMonths, dayNumber, isoOf, parseIsoDate } from './review-date';

export const MANAGER_MONTHS = 1;
export const DEPARTMENT_MONTHS = 6;
/** The chart's reference lines: one month and half a year in days. */
export const MANAGER_DAYS = 30;
export const DEPARTMENT_DAYS = 182;

export type VisitStatus = 'missing' | 'invalid' | 'future' | 'overdue' | 'ok';

export interface Visit {
  status: VisitStatus;
  /** Next due date (ISO) and the days since the visit, for a valid past or today's date. */
  due?: string;
  days?: number;
  /** Days past the due date (0 when on schedule). */
  overdueDays?: number;
}

export function visitStatus(last: string | undefined, months: number, today: string): Visit {
  if (last === undefined || last.trim() === '') return { status: 'missing' };
  const d = parseIsoDate(last);
  if (!d) return { status: 'invalid' };
  const t = parseIsoDate(today);
  if (!t) throw new RangeError(`today is not a yyyy-mm-dd date: ${today}`);
  const now = dayNumber(t);
  const day = dayNumber(d);
  if (day > now) return { status: 'future' };
  const due = addMonths(d, months);
  const late = now - dayNumber(due);
  return { status: late > 0 ? 'overdue' : 'ok', due: isoOf(due), days: now - day, overdueDays: Math.max(0, late) };
}

/** The loop is closed when the record was kept and the results reported back (undefined: not answered). */
export function loopClosed(record: 'yes' | 'no' | undefined, reported: 'yes' | 'no' | undefined): boolean | undefined {
  if (record === 'no' || reported === 'no') return false;
  if (record === 'yes' && reported === 'yes') return true;
  return undefined;
}

/** Share of the given statuses on schedule; undefined when none is dated. */
export function onScheduleShare(visits: readonly Visit[]): number | undefined {
  const dated = visits.filter((v) => v.status === 'ok' || v.status === 'overdue');
  return dated.length ? dated.filter((v) => v.status === 'ok').length / dated.length : undefined;
}
