/**
 * Value × loyalty (seed 000): value from the ABC class of the spend within the table (our rule:
 * A high, B medium, C low), loyalty from three yes/no answers (our rule: lost = not repurchased or
 * an unresolved complaint; loyal = repurchased and recommends; otherwise ordinary).
 */
import { abcClasses, DEFAULT_LIMITS, type AbcClass } from './abc';

export type ValueTier = 'high' | 'medium' | 'low';
export type Loyalty = 'loyal' | 'ordinary' | 'lost';
export const VALUE_TIERS: readonly ValueTier[] = ['high', 'medium', 'low'];
export const LOYALTIES: readonly Loyalty[] = ['loyal', 'ordinary', 'lost'];

export type YesNo = 'yes' | 'no' | undefined;

const TIER_OF: Record<Exclude<AbcClass, 'D'>, ValueTier> = { A: 'high', B: 'medium', C: 'low' };

/** Each spend's value tier (undefined without a valid spend, or when all spend is 0). */
export function valueTiers(spends: readonly (number | undefined)[]): (ValueTier | undefined)[] {
  const abc = abcClasses(
    spends.map((revenue) => ({ revenue })),
    DEFAULT_LIMITS,
  );
  // No profit is given here, so no customer is D.
  return spends.map((_, i) => {
    const c = abc?.byIndex[i]?.cls;
    return c && c !== 'D' ? TIER_OF[c] : undefined;
  });
}

/** Loyalty from the answers; undefined while an answer that decides is missing. */
export function loyaltyOf(repurchased: YesNo, recommends: YesNo, complaint: YesNo): Loyalty | undefined {
  if (repurchased === 'no' || complaint === 'yes') return 'lost';
  if (repurchased !== 'yes' || complaint !== 'no') return undefined;
  if (recommends === 'yes') return 'loyal';
  if (recommends === 'no') return 'ordinary';
  return undefined;
}

export interface TierCell {
  value: ValueTier;
  loyalty: Loyalty;
  /** Typed indexes of the customers in the cell. */
  indexes: number[];
}

/** The 3×3 grid: grid[value][loyalty], in VALUE_TIERS × LOYALTIES order. */
export function tierGrid(tiers: readonly (ValueTier | undefined)[], loyalties: readonly (Loyalty | undefined)[]) {
  const grid = VALUE_TIERS.map((value) => LOYALTIES.map((loyalty): TierCell => ({ value, loyalty, indexes: [] })));
  tiers.forEach((t, i) => {
    const l = loyalties[i];
    if (t && l) grid[VALUE_TIERS.indexOf(t)]![LOYALTIES.indexOf(l)]!.indexes.push(i);
  });
  return grid;
}
