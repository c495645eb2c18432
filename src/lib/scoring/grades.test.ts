import { describe, expect, it } from 'vitest';
import { asNeed, gradeCounts, gradeOf, type Need } from './grades';

describe('gradeOf (seed 000: A within a month, B three months, C half a year)', () => {
  it.each<[Need | undefined, number | undefined, string | undefined]>([
    ['none', undefined, 'E'],
    ['none', 0.5, 'E'],
    ['potential', undefined, 'D'],
    ['potential', 0.5, 'D'],
    ['clear', 0, 'A'],
    ['clear', 0.5, 'A'],
    ['clear', 1, 'A'],
    ['clear', 1.0000001, 'B'],
    ['clear', 3, 'B'],
    ['clear', 3.01, 'C'],
    ['clear', 6, 'C'],
    ['clear', 6.5, 'D'],
    ['clear', 24, 'D'],
    [undefined, 2, undefined],
  ])('need %s, %s months → %s', (need, months, grade) => {
    expect(gradeOf(need, months).grade).toBe(grade);
  });

  it('a clear need without months asks for them; no need chosen asks for nothing yet', () => {
    expect(gradeOf('clear', undefined)).toEqual({ grade: undefined, needsMonths: true });
    expect(gradeOf(undefined, undefined)).toEqual({ grade: undefined, needsMonths: false });
  });

  it('float drift: 0.1 × 10 months is still within a month', () => {
    let m = 0;
    for (let i = 0; i < 10; i++) m += 0.1;
    expect(m).not.toBe(1);
    expect(gradeOf('clear', m).grade).toBe('A');
  });

  it('reads only known needs', () => {
    expect(asNeed('clear')).toBe('clear');
    expect(asNeed('Clear')).toBeUndefined();
    expect(asNeed(['clear'])).toBeUndefined();
  });
});

describe('gradeCounts', () => {
  it('counts each grade; nothing graded is no data, not zeros', () => {
    expect(gradeCounts([])).toBeUndefined();
    expect(gradeCounts([undefined, undefined])).toBeUndefined();
    expect(gradeCounts(['A', 'C', 'A', undefined, 'E'])).toEqual({ A: 2, B: 0, C: 1, D: 0, E: 1 });
  });
});
