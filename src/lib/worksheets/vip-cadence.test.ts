import { describe, expect, it } from 'vitest';
import type { ResultItem, SheetData } from './types';
import { addAbcA, vipCadence, vipLines } from './vip-cadence';
import { abcPareto } from './abc-pareto';
import { row } from './helpers';
import { dateOfDayNumber, dayNumber, isoOf, parseIsoDate, todayIso } from '../scoring/review-date';

const ago = (n: number) => isoOf(dateOfDayNumber(dayNumber(parseIsoDate(todayIso())!) - n));
const items = (data: SheetData) =>
  Object.fromEntries(vipCadence.summary(data).map((i) => [i.id, i])) as Record<string, ResultItem>;

describe('vip-cadence', () => {
  it('no data is not zero', () => {
    const r = items(vipCadence.initial());
    expect(r['manager-on-schedule']!.shown.value).toBeUndefined();
    expect(r['most-overdue']!.shown.value).toBeUndefined();
  });
  it('shares on schedule, the closed loop and the most overdue', () => {
    const data: SheetData = {
      fields: {},
      tables: {
        vips: [
          row({ name: 'P', managerVisit: ago(5), departmentVisit: ago(400), record: 'yes', reported: 'yes' }),
          row({ name: 'Q', managerVisit: ago(70), departmentVisit: ago(10), record: 'yes', reported: 'no' }),
          row({ name: 'R', managerVisit: 'soon', departmentVisit: '' }),
        ],
      },
    };
    const r = items(data);
    expect(r['manager-on-schedule']!.shown.value).toBe(0.5);
    expect(r['department-on-schedule']!.shown.value).toBe(0.5);
    expect(r['loop-closed']!.shown.value).toBe(0.5);
    expect(r['most-overdue']!.shown.value).toMatchObject({ en: 'P' });
    expect(vipLines(data).lines[2]!.manager.status).toBe('invalid');
  });
  it('adds the A customers of the ABC analysis once', () => {
    const abc = abcPareto.example('en');
    const first = addAbcA([row()], abc, 'en')!;
    expect(first.added).toBe(5);
    expect(addAbcA(first.rows, abc, 'en')!.added).toBe(0);
    expect(addAbcA([], abcPareto.initial(), 'en')).toBeUndefined();
  });
  it('the example has the A customers with visits', () => {
    const r = items(vipCadence.example('en'));
    expect(r['manager-on-schedule']!.shown.value).toBeCloseTo(4 / 5, 12);
    expect(r['most-overdue']!.shown.value).toMatchObject({ en: 'Green Bean café chain (cargo bikes)' });
  });
});
