/** How many respondents gave each score 0–10: the data of the NPS distribution chart. */
import { npsCategory, type NpsCategory } from './nps';

export const NPS_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Counts per score, index = score. Expects valid whole scores (npsScores gives only those). */
export function npsDistribution(scores: readonly number[]): number[] {
  const counts = NPS_SCORES.map(() => 0);
  for (const s of scores) if (Number.isInteger(s) && s >= 0 && s <= 10) counts[s]!++;
  return counts;
}

/** The category of each bar, so it is coloured like its group. */
export const NPS_SCORE_CATEGORY: readonly NpsCategory[] = NPS_SCORES.map(npsCategory);
