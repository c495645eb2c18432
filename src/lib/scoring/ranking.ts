/** Averages of complete rows and competition ranking ("1, 2, 2, 4"). Pure. */
import { clean } from './decimal';

/**
 * Mean of the values, only when every one is present (a partly rated row has no average).
 * Not cleaned: the inputs are whole numbers, so the sum is exact and the one division is
 * correctly rounded; the result is bit-for-bit Excel's AVERAGE, as the cached cell needs.
 */
export function completeMean(values: readonly (number | undefined)[]): number | undefined {
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  return (values as readonly number[]).reduce((a, b) => a + b, 0) / values.length;
}

export interface RankEntry {
  /** Position of the value in the input. */
  index: number;
  value: number;
  /** 1 = highest; ties share the best rank and the next rank is skipped (Excel's RANK). */
  rank: number;
}

/**
 * Rank by value, descending; undefined values are left out. Ties keep input order (stable).
 * Values are compared after clean(), so float noise never splits a tie.
 */
export function rankDescending(values: readonly (number | undefined)[]): RankEntry[] {
  const present = values.flatMap((v, index) => (v === undefined ? [] : [{ index, value: v, key: clean(v) }]));
  present.sort((a, b) => b.key - a.key || a.index - b.index);
  const out: RankEntry[] = [];
  present.forEach((p, i) => {
    const prev = out[i - 1];
    const tied = prev !== undefined && clean(prev.value) === p.key;
    out.push({ index: p.index, value: p.value, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}

/** Rank of each input position (undefined where the value is). */
export function ranksByIndex(values: readonly (number | undefined)[]): (number | undefined)[] {
  const ranks: (number | undefined)[] = values.map(() => undefined);
  for (const e of rankDescending(values)) ranks[e.index] = e.rank;
  return ranks;
}

/** Indexes sharing rank 1, in input order; empty when nothing is ranked. */
export function leaders(values: readonly (number | undefined)[]): number[] {
  return rankDescending(values)
    .filter((e) => e.rank === 1)
    .map((e) => e.index);
}
