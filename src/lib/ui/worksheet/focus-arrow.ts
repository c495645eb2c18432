/**
 * After a row moved, focus its arrow in the direction it went, so Enter moves it further; at the
 * top or bottom that arrow is disabled, so the other one. `row` is the moved row's <tr>.
 */
export function focusArrow(row: Element | null | undefined, delta: -1 | 1): void {
  const [up, down] = [...(row?.querySelectorAll<HTMLButtonElement>('.row-actions button') ?? [])];
  const wanted = delta < 0 ? up : down;
  (wanted && !wanted.disabled ? wanted : delta < 0 ? down : up)?.focus();
}
