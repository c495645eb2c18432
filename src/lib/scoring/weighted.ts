/**
 * Rating × weight tables: the CRM audit and each voicebot case table share this code.
 * Ratings are whole numbers 1–5, weights 0.1–0.9, and weights must total 1 (within 0.001).
 */
import { clean, sum } from './decimal';

export const RATING_RANGE = { integer: true, min: 1, max: 5 } as const;
export const WEIGHT_RANGE = { integer: false, min: 0.1, max: 0.9 } as const;
export const WEIGHT_TOLERANCE = 0.001;

export interface WeightedRow {
  rating: number | undefined;
  weight: number | undefined;
}

export interface WeightedResult {
  /** rating × weight per row, undefined where either is missing. */
  products: (number | undefined)[];
  /** Σ valid weights; undefined when no weight is valid. */
  totalWeight: number | undefined;
  /** 1 − total (positive: add, negative: remove); undefined without weights. */
  weightGap: number | undefined;
  weightsTotalOne: boolean;
  /** 0-based indexes of rows lacking a valid rating / weight. */
  missingRatings: number[];
  missingWeights: number[];
  /**
   * Σ rating × weight / Σ weight, only when every row has both AND the weights total 1 (within
   * 0.001; dividing means the slack never moves a result: 5 × 1.001 is 5, not 5.005). Weights
   * totalling 1.5 would give Σ rating × weight up to 7.5 on a 1–5 scale: no average then.
   */
  weightedAverage: number | undefined;
  /**
   * When every row has both but the weights do not total 1: the average with the weights scaled
   * to total 1 (Σ rating × weight / Σ weight), on the 1–5 scale, to show as provisional only.
   */
  provisionalAverage: number | undefined;
  /** Σ rating × weight when every row has both (what Excel's current formula caches). */
  productSum: number | undefined;
  /** Every row rated and weighted, and weights total 1. */
  complete: boolean;
}

export function weightedTable(rows: readonly WeightedRow[]): WeightedResult {
  const products = rows.map((r) =>
    r.rating !== undefined && r.weight !== undefined ? clean(r.rating * r.weight) : undefined,
  );
  const weights = rows.flatMap((r) => (r.weight === undefined ? [] : [r.weight]));
  const totalWeight = weights.length ? sum(weights) : undefined;
  const weightGap = totalWeight === undefined ? undefined : clean(1 - totalWeight);
  const weightsTotalOne = weightGap !== undefined && Math.abs(weightGap) <= WEIGHT_TOLERANCE + 1e-12;
  const missingRatings = rows.flatMap((r, i) => (r.rating === undefined ? [i] : []));
  const missingWeights = rows.flatMap((r, i) => (r.weight === undefined ? [i] : []));
  const allFilled = rows.length > 0 && missingRatings.length === 0 && missingWeights.length === 0;
  const productSum = sum(products.map((p) => p ?? 0));
  const scaled = allFilled && totalWeight! > 0 ? clean(productSum / totalWeight!) : undefined;
  return {
    products,
    totalWeight,
    weightGap,
    weightsTotalOne,
    missingRatings,
    missingWeights,
    weightedAverage: weightsTotalOne ? scaled : undefined,
    provisionalAverage: weightsTotalOne ? undefined : scaled,
    productSum: allFilled ? productSum : undefined,
    complete: allFilled && weightsTotalOne,
  };
}

/**
 * Scale weights to total exactly 1 with two decimals (largest remainder), or undefined when that
 * is impossible within 0.1–0.9 (then nothing is changed and the user is told why).
 */
export function normaliseWeights(weights: readonly number[]): number[] | undefined {
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || total <= 0) return undefined;
  const exact = weights.map((w) => (w / total) * 100);
  const floors = exact.map((x) => Math.floor(clean(x)));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: clean(x - Math.floor(clean(x))) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  const cents = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    cents[i] = (cents[i] ?? 0) + 1;
    left--;
  }
  const result = cents.map((c) => c / 100);
  return result.every((w) => w >= WEIGHT_RANGE.min && w <= WEIGHT_RANGE.max) ? result : undefined;
}
