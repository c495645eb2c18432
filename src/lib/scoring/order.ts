/** Positions in the order "highest score first; ties keep their order; no score last". Pure. */
export function highestFirst(scores: readonly (number | undefined)[]): number[] {
  return scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) =>
      a.s === undefined ? (b.s === undefined ? a.i - b.i : 1) : b.s === undefined ? -1 : b.s - a.s || a.i - b.i,
    )
    .map((k) => k.i);
}
