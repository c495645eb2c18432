/**
 * ABC / Pareto classes (seed 000: A/B/C/D by contribution; seed 001: the 2:8 rule). Shared by the
 * ABC analysis and the value tiers of the value × loyalty table.
 *
 * Customers are ranked by revenue, highest first; ties keep the typed order. A customer is A while
 * the cumulative share of revenue BEFORE it is below the A limit (80% by our rule), B while below
 * the B limit (95%), C after; D instead of A–C when a profit is given and is 0 or less. A customer
 * exactly at the limit is not below it. Customers without a valid revenue are left out.
 */

export type AbcClass = 'A' | 'B' | 'C' | 'D';
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C', 'D'];

/** Limits as fractions (0.8 = 80%); A < B. */
export interface AbcLimits {
  a: number;
  b: number;
}
/** Our rule: the seeds state no limits. */
export const DEFAULT_LIMITS: AbcLimits = { a: 0.8, b: 0.95 };
/** Share of customers in "the top 20% bring X%", and of revenue for the key accounts (seed 000: 20–30%). */
export const TOP_SHARE = 0.2;
export const KEY_ACCOUNT_SHARE = 0.2;
/** The same tolerance in Excel: a share computed as 0.79999999999 is at the limit, not below it. */
export const SHARE_SLACK = 1e-9;

export interface AbcInput {
  revenue: number | undefined;
  profit?: number | undefined;
}

export interface AbcRanked {
  /** The customer's position in the typed list. */
  index: number;
  /** 1 = highest revenue. */
  rank: number;
  revenue: number;
  share: number;
  /** Cumulative share including this customer. */
  cumulative: number;
  /** Cumulative share of the customers ranked above it. */
  before: number;
  /** rank / number of ranked customers. */
  rankShare: number;
  cls: AbcClass;
  /** Among the smallest top set reaching KEY_ACCOUNT_SHARE of revenue. */
  key: boolean;
}

export interface ClassTotals {
  count: number;
  revenue: number;
  countShare: number;
  revenueShare: number;
}

export interface AbcResult {
  total: number;
  /** How many customers are ranked (have a valid revenue). */
  count: number;
  /** The k-th ranked customer (0: the highest revenue), made when asked: a keystroke shows a page. */
  at(k: number): AbcRanked;
  /** Ranked customers, highest revenue first (all of them made on first use: Excel, copies). */
  ranked: readonly AbcRanked[];
  /** Per typed index: its ranking, or undefined (no valid revenue). */
  byIndex: readonly (AbcRanked | undefined)[];
  perClass: Record<AbcClass, ClassTotals>;
  /** How many customers "the top 20%" are: ⌈20% × n⌉ (our rule). */
  topCount: number;
  /** Share of revenue the top 20% bring. */
  topShare: number;
  /** How many key accounts: they are the first ranked (the share before only grows down the list). */
  keyCount: number;
}

export const validLimits = (l: AbcLimits): boolean => l.a > 0 && l.b < 1 + SHARE_SLACK && l.a < l.b;

export const classOf = (before: number, profit: number | undefined, limits: AbcLimits): AbcClass =>
  ABC_CLASSES[classCode(before, profit, limits)]!;

/** classOf as its index in ABC_CLASSES (A 0, B 1, C 2, D 3). */
function classCode(before: number, profit: number | undefined, limits: AbcLimits): number {
  if (profit !== undefined && profit <= 0) return 3;
  if (before < limits.a - SHARE_SLACK) return 0;
  if (before < limits.b - SHARE_SLACK) return 1;
  return 2;
}

/** Indexes of the inputs with a revenue, highest revenue first, ties in typed order. */
export function rankOrder(inputs: readonly AbcInput[]): number[] {
  const idx: number[] = [];
  // The revenues in a flat array: the comparator runs ~130,000 times at 10,000 customers.
  const revenue = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const r = inputs[i]!.revenue;
    if (r === undefined) continue;
    idx.push(i);
    revenue[i] = r;
  }
  // Equal revenues keep the typed order (stated, not left to the sort's stability).
  return idx.sort((x, y) => revenue[y]! - revenue[x]! || x - y);
}

/**
 * The classes, or undefined when there is nothing to share out: no customer with a revenue, a
 * total revenue of 0, or limits that are not 0 < A < B ≤ 100%.
 */
export function abcClasses(inputs: readonly AbcInput[], limits: AbcLimits = DEFAULT_LIMITS): AbcResult | undefined {
  return validLimits(limits) ? classesInOrder(inputs, rankOrder(inputs), limits) : undefined;
}

/**
 * abcClasses with the rank order given: `order` must be rankOrder(inputs) (abc-order.ts keeps it
 * while revenues are typed, instead of sorting again).
 */
export function classesInOrder(
  inputs: readonly AbcInput[],
  order: ArrayLike<number>,
  limits: AbcLimits,
): AbcResult | undefined {
  if (!validLimits(limits)) return undefined;
  const n = order.length;
  let total = 0;
  for (let k = 0; k < n; k++) total += inputs[order[k]!]!.revenue!;
  if (n === 0 || !(total > 0)) return undefined;
  return new Classes(inputs, order, limits, total);
}

/**
 * The classes as flat arrays in rank order; a customer's AbcRanked is made when asked. Every
 * figure is computed by the same operations in the same order as one object per customer would
 * be (abc-order.test.ts compares them with a plain implementation).
 */
class Classes implements AbcResult {
  readonly count: number;
  readonly perClass: Record<AbcClass, ClassTotals>;
  readonly topCount: number;
  readonly topShare: number;
  readonly keyCount: number;
  /** Typed index per rank (a copy: the order given may change later). */
  readonly #index: Int32Array;
  readonly #revenue: Float64Array;
  /** Revenue of the customers ranked above each rank, and the total at the end. */
  readonly #sumBefore: Float64Array;
  /** Index into ABC_CLASSES per rank. */
  readonly #cls: Uint8Array;
  readonly #typed: number;
  #ranked: AbcRanked[] | undefined;
  #byIndex: (AbcRanked | undefined)[] | undefined;

  constructor(
    inputs: readonly AbcInput[],
    order: ArrayLike<number>,
    limits: AbcLimits,
    readonly total: number,
  ) {
    const n = (this.count = order.length);
    this.#typed = inputs.length;
    this.#index = Int32Array.from(order);
    this.#revenue = new Float64Array(n);
    this.#sumBefore = new Float64Array(n + 1);
    this.#cls = new Uint8Array(n);
    // Per class (its index in ABC_CLASSES): how many, and their revenue added in rank order.
    const counts = [0, 0, 0, 0];
    const revenues = new Float64Array(4);
    const index = this.#index;
    const revenueAt = this.#revenue;
    const sumAt = this.#sumBefore;
    const clsAt = this.#cls;
    // Revenues are summed, then divided once: no drift from adding shares.
    let sumBefore = 0;
    let keys = 0;
    for (let k = 0; k < n; k++) {
      const { revenue, profit } = inputs[index[k]!]!;
      const before = sumBefore / total;
      sumAt[k] = sumBefore;
      revenueAt[k] = revenue!;
      sumBefore += revenue!;
      const c = classCode(before, profit, limits);
      clsAt[k] = c;
      counts[c]!++;
      revenues[c] = revenues[c]! + revenue!;
      if (before < KEY_ACCOUNT_SHARE - SHARE_SLACK) keys++;
    }
    sumAt[n] = sumBefore;
    const perClass = {} as Record<AbcClass, ClassTotals>;
    ABC_CLASSES.forEach((c, i) => {
      const count = counts[i]!;
      const revenue = revenues[i]!;
      perClass[c] = { count, revenue, countShare: count / n, revenueShare: revenue / total };
    });
    this.perClass = perClass;
    this.keyCount = keys;
    this.topCount = Math.ceil(clean(TOP_SHARE * n));
    let topRevenue = 0;
    for (let k = 0; k < this.topCount; k++) topRevenue += this.#revenue[k]!;
    this.topShare = topRevenue / total;
  }

  at(k: number): AbcRanked {
    const made = this.#ranked?.[k];
    if (made) return made;
    if (!(k >= 0 && k < this.count)) throw new RangeError(`no rank ${k}`);
    const { total } = this;
    const revenue = this.#revenue[k]!;
    const before = this.#sumBefore[k]! / total;
    return {
      index: this.#index[k]!,
      rank: k + 1,
      revenue,
      share: revenue / total,
      cumulative: this.#sumBefore[k + 1]! / total,
      before,
      rankShare: (k + 1) / this.count,
      cls: ABC_CLASSES[this.#cls[k]!]!,
      key: before < KEY_ACCOUNT_SHARE - SHARE_SLACK,
    };
  }

  get ranked(): readonly AbcRanked[] {
    if (!this.#ranked) this.#ranked = Array.from({ length: this.count }, (_, k) => this.at(k));
    return this.#ranked;
  }

  get byIndex(): readonly (AbcRanked | undefined)[] {
    if (!this.#byIndex) {
      const byIndex = new Array<AbcRanked | undefined>(this.#typed).fill(undefined);
      for (const r of this.ranked) byIndex[r.index] = r;
      this.#byIndex = byIndex;
    }
    return this.#byIndex;
  }
}

/** The first rank (0-based) whose cumulative share reaches `share`, else the last: a binary search, as the cumulative share only grows down the list. */
export function firstReaching(r: AbcResult, share: number): number {
  let lo = 0;
  let hi = r.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r.at(mid).cumulative >= share) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const clean = (x: number) => Number(x.toPrecision(12));
