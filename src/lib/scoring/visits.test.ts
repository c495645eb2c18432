import { describe, expect, it } from 'vitest';
import { DEPARTMENT_MONTHS, MANAGER_MONTHS, loopClosed, onScheduleShare, visitStatus } from './visits';

const TODAY = '2026-03-31';

describe('visitStatus', () => {
  it.each([
    ['', MANAGER_MONTHS, 'missing'],
    ['2026-02-30', MANAGER_MONTHS, 'invalid'],
    ['31.03.2026', MANAGER_MONTHS, 'invalid'],
    ['2026-04-01', MANAGER_MONTHS, 'future'],
    ['2026-03-31', MANAGER_MONTHS, 'ok'],
    ['2026-02-28', MANAGER_MONTHS, 'overdue'], // 28 Feb + 1 month = 28 Mar, before 31 Mar
    ['2026-03-01', MANAGER_MONTHS, 'ok'], // exactly one month: due today, not yet overdue
    ['2026-02-27', MANAGER_MONTHS, 'overdue'],
    ['2025-10-01', DEPARTMENT_MONTHS, 'ok'],
    ['2025-09-30', DEPARTMENT_MONTHS, 'overdue'], // 30 Sep + 6 months = 30 Mar
  ])('%s + %s month(s), today %s', (last, months, want) => {
    expect(visitStatus(last, months, TODAY).status).toBe(want);
  });

  it('exactly six months ago is due today, not overdue', () => {
    expect(visitStatus('2025-09-30', DEPARTMENT_MONTHS, '2026-03-30')).toMatchObject({ status: 'ok', overdueDays: 0 });
  });

  it('31 January + 1 month is the end of February (clamped like the review date)', () => {
    expect(visitStatus('2026-01-31', 1, '2026-02-28')).toMatchObject({ status: 'ok', due: '2026-02-28', days: 28 });
    expect(visitStatus('2026-01-31', 1, '2026-03-01')).toMatchObject({ status: 'overdue', overdueDays: 1 });
    expect(visitStatus('2024-01-31', 1, '2024-02-29').due).toBe('2024-02-29');
  });

  it('counts days since the visit and days overdue', () => {
    expect(visitStatus('2026-01-01', 1, TODAY)).toEqual({
      status: 'overdue',
      due: '2026-02-01',
      days: 89,
      overdueDays: 58,
    });
  });
});

describe('loopClosed', () => {
  it.each([
    ['yes', 'yes', true],
    ['yes', 'no', false],
    ['no', undefined, false],
    ['yes', undefined, undefined],
    [undefined, undefined, undefined],
  ] as const)('%s/%s → %s', (a, b, want) => expect(loopClosed(a, b)).toBe(want));
});

describe('onScheduleShare', () => {
  it('leaves out undated visits; none dated is no data', () => {
    expect(onScheduleShare([{ status: 'ok' }, { status: 'overdue' }, { status: 'missing' }])).toBe(0.5);
    expect(onScheduleShare([{ status: 'missing' }, { status: 'future' }])).toBeUndefined();
  });
});
