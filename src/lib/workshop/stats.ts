/**
 * The group's statistics over participants' results: pure functions, "no data" (undefined) kept
 * out of every figure and counted apart, never read as 0. Values are cleaned of float drift.
 */
import { clean } from '../scoring/decimal';

export interface NumberStats {
  /** Participants with a value. */
  count: number;
  /** Participants without one ("—"): not part of any figure. */
  missing: number;
  mean: number | undefined;
  median: number | undefined;
  min: number | undefined;
  max: number | undefined;
}

export function numberStats(values: readonly (number | undefined)[]): NumberStats {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const missing = values.length - known.length;
  if (!known.length) return { count: 0, missing, mean: undefined, median: undefined, min: undefined, max: undefined };
  const sorted = [...known].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    count: known.length,
    missing,
    mean: clean(known.reduce((a, b) => a + b, 0) / known.length),
    median: clean(median),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

export interface CategoryCount {
  value: string;
  count: number;
}

/** How often each answer comes up, most often first (ties in first-seen order); blanks left out. */
export function categoryCounts(values: readonly (string | undefined)[]): { counts: CategoryCount[]; missing: number } {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of values) {
    const t = v?.trim();
    if (!t) missing++;
    else counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const list = [...counts].map(([value, count]) => ({ value, count }));
  // Array.prototype.sort is stable: ties keep the order they were first seen in.
  return { counts: list.sort((a, b) => b.count - a.count), missing };
}

export interface NpsCounts {
  responses: number;
  promoters: number;
  detractors: number;
}

export interface PooledNps {
  /** Every respondent of every participant, as one sample. */
  responses: number;
  participants: number;
  nps: number;
  /** 95 % margin of error in NPS points (the worksheet's formula, over the pooled sample). */
  marginOfError: number;
}

/** The NPS of all respondents together; undefined when nobody has a respondent. */
export function pooledNps(all: readonly (NpsCounts | undefined)[]): PooledNps | undefined {
  let n = 0;
  let p = 0;
  let d = 0;
  let participants = 0;
  for (const c of all) {
    if (!c || c.responses <= 0) continue;
    participants++;
    n += c.responses;
    p += c.promoters;
    d += c.detractors;
  }
  if (!n) return undefined;
  const ps = p / n;
  const ds = d / n;
  const variance = Math.max(0, ps + ds - (ps - ds) ** 2);
  return {
    responses: n,
    participants,
    nps: clean(((p - d) * 100) / n),
    marginOfError: clean(1.96 * Math.sqrt(variance / n) * 100),
  };
}
