/**
 * Prospect grades A–E, seed 000's rule: no need → E; a potential need → D; a clear need closes
 * within a month → A, within three months → B, within half a year → C, later → D. The edges
 * belong to the shorter grade ("within a month": exactly 1 is A; exactly 6 is C). A clear need
 * without the expected months has no grade yet.
 */

export const NEEDS = ['clear', 'potential', 'none'] as const;
export type Need = (typeof NEEDS)[number];
export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];

/** Expected months to close: a number ≥ 0 (fractions allowed: "two weeks" is 0.5). */
export const MONTHS_RANGE = { integer: false, min: 0, max: 1200 } as const;

/** Upper month limits of A, B and C (inclusive). */
export const MONTH_LIMITS = { A: 1, B: 3, C: 6 } as const;

export const asNeed = (v: unknown): Need | undefined =>
  typeof v === 'string' && (NEEDS as readonly string[]).includes(v) ? (v as Need) : undefined;

export type GradeResult = { grade: Grade } | { grade: undefined; needsMonths: boolean };

/** The grade of one prospect; `months` is the valid number typed, or undefined. */
export function gradeOf(need: Need | undefined, months: number | undefined): GradeResult {
  if (need === undefined) return { grade: undefined, needsMonths: false };
  if (need === 'none') return { grade: 'E' };
  if (need === 'potential') return { grade: 'D' };
  if (months === undefined) return { grade: undefined, needsMonths: true };
  if (months <= MONTH_LIMITS.A) return { grade: 'A' };
  if (months <= MONTH_LIMITS.B) return { grade: 'B' };
  if (months <= MONTH_LIMITS.C) return { grade: 'C' };
  return { grade: 'D' };
}

export type GradeCounts = Record<Grade, number>;

/** How many prospects have each grade; undefined when none has a grade (no data is not zero). */
export function gradeCounts(grades: readonly (Grade | undefined)[]): GradeCounts | undefined {
  const counts: GradeCounts = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let any = false;
  for (const g of grades) {
    if (g === undefined) continue;
    counts[g]++;
    any = true;
  }
  return any ? counts : undefined;
}
