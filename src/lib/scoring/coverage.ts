/**
 * Channel-audit coverage. Rule (ours; the seed gives none): coverage = Yes rows / ALL rows of the
 * dimension, so an unanswered channel counts as not covered; but when no row of the dimension is
 * answered at all there is no coverage to show (undefined), never a fake 0 %.
 */

export interface Coverage {
  yes: number;
  answered: number;
  total: number;
  /** yes / total, 0–1; undefined when nothing is answered. */
  share: number | undefined;
}

export function coverage(answers: readonly (boolean | undefined)[]): Coverage {
  const total = answers.length;
  const answered = answers.filter((a) => a !== undefined).length;
  const yes = answers.filter((a) => a === true).length;
  return { yes, answered, total, share: answered === 0 ? undefined : yes / total };
}
