/**
 * Counting ticked or answered items of a step or checklist (Module III step worksheets).
 * A share is done / total, undefined only when there is nothing to count; zero ticked items
 * is a real 0 %, not missing data.
 */

export interface Tally {
  done: number;
  total: number;
}

export function tally(flags: readonly boolean[]): Tally {
  return { done: flags.filter(Boolean).length, total: flags.length };
}

export function combine(tallies: readonly Tally[]): Tally {
  return tallies.reduce((a, t) => ({ done: a.done + t.done, total: a.total + t.total }), { done: 0, total: 0 });
}

/**
 * done / total, unrounded and uncleaned on purpose: Excel's COUNTIF(...)/n computes the same
 * IEEE division, so the cached value in the export is bit-identical.
 */
export const share = (t: Tally): number | undefined => (t.total === 0 ? undefined : t.done / t.total);

/** Contiguous runs of ascending row numbers, for compact Excel ranges: [5,6,7,9] → [[5,7],[9,9]]. */
export function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else if (!last || r !== last[1]) out.push([r, r]);
  }
  return out;
}
