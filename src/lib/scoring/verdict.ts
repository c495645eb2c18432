/**
 * The voicebot verdict: benefits' weighted average minus challenges' weighted average, to the
 * two decimals shown.
 * Shown only when both tables are complete (every row rated and weighted, weights total 1);
 * otherwise undefined, with what each table still lacks.
 */
import { roundHalfUp } from './decimal';
import type { WeightedResult } from './weighted';

/** Positive supports the voicebot, negative argues against it, zero is a tie. */
export type Lean = 'supports' | 'against' | 'tie';

/** What one table lacks before the verdict can be shown. */
export interface TableGap {
  noRows: boolean;
  /** 0-based indexes of rows without a valid rating / weight. */
  missingRatings: number[];
  missingWeights: number[];
  /** The weights do not total 1 (within the shared tolerance). */
  weightsOff: boolean;
}

export interface Verdict {
  /** benefits − challenges (decimal-cleaned), undefined until both tables are complete. */
  value: number | undefined;
  lean: Lean | undefined;
  /** Undefined when that table is complete. */
  challenges: TableGap | undefined;
  benefits: TableGap | undefined;
}

export function tableGap(r: WeightedResult): TableGap | undefined {
  if (r.complete) return undefined;
  return {
    noRows: r.products.length === 0,
    missingRatings: r.missingRatings,
    missingWeights: r.missingWeights,
    weightsOff: !r.weightsTotalOne,
  };
}

export function leanOf(value: number): Lean {
  if (value > 0) return 'supports';
  if (value < 0) return 'against';
  return 'tie';
}

export function voicebotVerdict(challenges: WeightedResult, benefits: WeightedResult): Verdict {
  const gaps = { challenges: tableGap(challenges), benefits: tableGap(benefits) };
  if (
    gaps.challenges ||
    gaps.benefits ||
    challenges.weightedAverage === undefined ||
    benefits.weightedAverage === undefined
  ) {
    return { value: undefined, lean: undefined, ...gaps };
  }
  // Decided on the two decimals shown: 3.00 against 3.00 is a tie, never "-0.00, argues against".
  // roundHalfUp cleans float drift first (4.4 − 4.1 is 0.3, not 0.30000000000000027).
  const value = roundHalfUp(benefits.weightedAverage - challenges.weightedAverage, 2);
  return { value, lean: leanOf(value), ...gaps };
}

/** One case as the challenges-vs-benefits chart draws it. */
export interface CaseComparison {
  /**
   * Weighted averages; undefined until every row of that table is rated and weighted. With weights
   * not totalling 1, the provisional average (weights scaled to 1), so a bar never leaves the 1–5 scale.
   */
  challenges: number | undefined;
  benefits: number | undefined;
  /** Table complete (weights total 1 too): the panel may draw an incomplete bar faded. */
  challengesComplete: boolean;
  benefitsComplete: boolean;
  verdict: Verdict;
}

export function compareCase(challenges: WeightedResult, benefits: WeightedResult): CaseComparison {
  return {
    challenges: challenges.weightedAverage ?? challenges.provisionalAverage,
    benefits: benefits.weightedAverage ?? benefits.provisionalAverage,
    challengesComplete: challenges.complete,
    benefitsComplete: benefits.complete,
    verdict: voicebotVerdict(challenges, benefits),
  };
}
