/** Net Promoter Score on the standard 0–10 scale. */

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/** Below this many responses the margin of error is indicative only. */
export const INDICATIVE_BELOW = 30;
export const NPS_RANGE = { integer: true, min: 0, max: 10 } as const;

export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsSummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares 0–1, unrounded. */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** −100…+100, unrounded. */
  nps: number;
  /** 95% margin of error in NPS points, unrounded. */
  marginOfError: number;
  /** Fewer than 30 responses: the margin is indicative only. */
  indicative: boolean;
}

/** Undefined when there is no valid score: no data is not zero. */
export function npsSummary(scores: readonly number[]): NpsSummary | undefined {
  const n = scores.length;
  if (n === 0) return undefined;
  let promoters = 0;
  let passives = 0;
  for (const s of scores) {
    const c = npsCategory(s);
    if (c === 'promoter') promoters++;
    else if (c === 'passive') passives++;
  }
  const detractors = n - promoters - passives;
  const p = promoters / n;
  const d = detractors / n;
  // From counts, so 1 of 8 is exactly 12.5 and not 12.499999….
  const nps = ((promoters - detractors) * 100) / n;
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return {
    responses: n,
    promoters,
    passives,
    detractors,
    promoterShare: p,
    passiveShare: passives / n,
    detractorShare: d,
    nps,
    marginOfError: 1.96 * Math.sqrt(variance / n) * 100,
    indicative: n < INDICATIVE_BELOW,
  };
}
