/**
 * The change of NPS between two survey rounds and its 95% interval: the two rounds are
 * independent samples, so the variances of their NPS add:
 * ±1.96·√(V₁/n₁ + V₂/n₂)·100 with V = p + d − (p − d)², the terms of each round's margin of error.
 */
import type { NpsSummary } from './nps';

export interface NpsChange {
  /** After − before, in NPS points, unrounded. */
  change: number;
  /** Half-width of the 95% interval of the change, in points. */
  margin: number;
  /** The change is larger than its uncertainty (|change| > margin; equal is not clear). */
  clear: boolean;
  /** Either round has fewer than 30 responses: the interval is indicative only. */
  indicative: boolean;
}

/** V = p + d − (p − d)² of a round (never below 0 from float drift). */
export function npsVariance(s: NpsSummary): number {
  const p = s.promoterShare;
  const d = s.detractorShare;
  return Math.max(0, p + d - (p - d) ** 2);
}

/** Undefined when either round has no valid score: no data is not a change of zero. */
export function npsChange(before: NpsSummary | undefined, after: NpsSummary | undefined): NpsChange | undefined {
  if (!before || !after) return undefined;
  // From counts, as each NPS is: 12.5 − 0 stays 12.5.
  const change = after.nps - before.nps;
  const margin = 1.96 * Math.sqrt(npsVariance(before) / before.responses + npsVariance(after) / after.responses) * 100;
  return { change, margin, clear: Math.abs(change) > margin, indicative: before.indicative || after.indicative };
}
