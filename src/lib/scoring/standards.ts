/**
 * Service standards (seed 002): each standard has a target and a direction — at most (answer
 * time) or at least (resolution rate). Met when the actual is on the target's side, the target
 * itself included. A standard without a target, an actual or a direction has no verdict ("—"),
 * and is left out of the share met.
 */

export const DIRECTIONS = ['at-most', 'at-least'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const asDirection = (v: unknown): Direction | undefined =>
  typeof v === 'string' && (DIRECTIONS as readonly string[]).includes(v) ? (v as Direction) : undefined;

/** Targets and actuals: any real number (a change in % may be negative). */
export const STANDARD_RANGE = { integer: false, min: -1e12, max: 1e12 } as const;

export function isMet(
  direction: Direction | undefined,
  target: number | undefined,
  actual: number | undefined,
): boolean | undefined {
  if (direction === undefined || target === undefined || actual === undefined) return undefined;
  // Plain comparison, as Excel's: both read the same typed digits, so the same doubles.
  return direction === 'at-most' ? actual <= target : actual >= target;
}

export interface MetShare {
  met: number;
  judged: number;
  /** met / judged; undefined when no standard has a verdict. */
  share: number | undefined;
}

export function metShare(verdicts: readonly (boolean | undefined)[]): MetShare {
  const judged = verdicts.filter((v) => v !== undefined).length;
  const met = verdicts.filter((v) => v === true).length;
  return { met, judged, share: judged === 0 ? undefined : met / judged };
}
