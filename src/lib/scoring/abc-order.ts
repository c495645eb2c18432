/**
 * The rank order of abc.ts (highest revenue first, ties in typed order) kept up to date while
 * revenues are typed: an edited revenue moves one customer, so it is taken out and put back by
 * binary search instead of sorting 10,000 customers again at every keystroke. The order is one
 * strict total order (revenue, then typed index), so the result is always exactly rankOrder's.
 */
import { rankOrder } from './abc';

export class RankOrder {
  /** Each typed customer's revenue; NaN: none (not ranked). */
  #revenue: Float64Array;
  /** The ranked typed indexes, in order, in the first `#n` places. */
  #order: Int32Array;
  #n = 0;

  constructor(revenues: readonly (number | undefined)[]) {
    this.#revenue = new Float64Array(revenues.length);
    revenues.forEach((r, i) => (this.#revenue[i] = r ?? NaN));
    const order = rankOrder(revenues.map((revenue) => ({ revenue })));
    // Room for every customer: one without a revenue may be given one.
    this.#order = new Int32Array(revenues.length);
    this.#order.set(order);
    this.#n = order.length;
  }

  /** The typed indexes ranked, highest revenue first (a view: valid until the next `set`). */
  get order(): Int32Array {
    return this.#order.subarray(0, this.#n);
  }

  /** Customer `index` (< the length given) now has `revenue`. */
  set(index: number, revenue: number | undefined): void {
    const next = revenue ?? NaN;
    const old = this.#revenue[index]!;
    if (Object.is(old, next)) return;
    const order = this.#order;
    if (!Number.isNaN(old)) {
      const at = this.#place(index);
      order.copyWithin(at, at + 1, this.#n);
      this.#n--;
    }
    this.#revenue[index] = next;
    if (Number.isNaN(next)) return;
    const at = this.#place(index);
    order.copyWithin(at + 1, at, this.#n);
    order[at] = index;
    this.#n++;
  }

  /** Where `index` is or belongs: the first place whose customer ranks after it. */
  #place(index: number): number {
    const rev = this.#revenue;
    const r = rev[index]!;
    let lo = 0;
    let hi = this.#n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.#order[mid]!;
      const o = rev[other]!;
      // rankOrder's comparison: a higher revenue first, then the earlier typed.
      if (o > r || (o === r && other < index)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
