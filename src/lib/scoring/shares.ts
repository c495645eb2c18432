/**
 * Shares of Yes answers among the answered ones (satisfaction moments: "repeated factor",
 * "growth"). A question nobody answered has no share (undefined), never a fake 0 %.
 */

/** A stored yes/no value: 'yes' → true, 'no' → false, anything else unanswered. */
export function yesNo(value: unknown): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

export interface YesShare {
  yes: number;
  answered: number;
  /** yes / answered, 0–1; undefined when nothing is answered. */
  share: number | undefined;
}

export function yesShare(answers: readonly (boolean | undefined)[]): YesShare {
  let yes = 0;
  let answered = 0;
  for (const a of answers) {
    if (a === undefined) continue;
    answered++;
    if (a) yes++;
  }
  return { yes, answered, share: answered === 0 ? undefined : yes / answered };
}
