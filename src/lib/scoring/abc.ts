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
  /** Ranked customers, highest revenue first. */
  ranked: AbcRanked[];
  /** Per typed index: its ranking, or undefined (no valid revenue). */
  byIndex: (AbcRanked | undefined)[];
  perClass: Record<AbcClass, ClassTotals>;
  /** How many customers "the top 20%" are: ⌈20% × n⌉ (our rule). */
  topCount: number;
  /** Share of revenue the top 20% bring. */
  topShare: number;
}

export const validLimits = (l: AbcLimits): boolean => l.a > 0 && l.b < 1 + SHARE_SLACK && l.a < l.b;

export function classOf(before: number, profit: number | undefined, limits: AbcLimits): AbcClass {
  if (profit !== undefined && profit <= 0) return 'D';
  if (before < limits.a - SHARE_SLACK) return 'A';
  if (before < limits.b - SHARE_SLACK) return 'B';
  return 'C';
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
  order: ArrayLike<number> & Iterable<number>,
  limits: AbcLimits,
): AbcResult | undefined {
  if (!validLimits(limits)) return undefined;
  let total = 0;
  for (const i of order) total += inputs[i]!.revenue!;
  if (order.length === 0 || !(total > 0)) return undefined;
  const n = order.length;
  const ranked: AbcRanked[] = [];
  const byIndex: (AbcRanked | undefined)[] = new Array<AbcRanked | undefined>(inputs.length).fill(undefined);
  // Revenues are summed, then divided once: no drift from adding shares.
  let sumBefore = 0;
  for (let k = 0; k < n; k++) {
    const index = order[k]!;
    const { revenue, profit } = inputs[index]!;
    const before = sumBefore / total;
    sumBefore += revenue!;
    const r: AbcRanked = {
      index,
      rank: k + 1,
      revenue: revenue!,
      share: revenue! / total,
      cumulative: sumBefore / total,
      before,
      rankShare: (k + 1) / n,
      cls: classOf(before, profit, limits),
      key: before < KEY_ACCOUNT_SHARE - SHARE_SLACK,
    };
    ranked.push(r);
    byIndex[index] = r;
  }
  const perClass = {} as Record<AbcClass, ClassTotals>;
  for (const c of ABC_CLASSES) perClass[c] = { count: 0, revenue: 0, countShare: 0, revenueShare: 0 };
  for (const r of ranked) {
    perClass[r.cls].count++;
    perClass[r.cls].revenue += r.revenue;
  }
  for (const c of ABC_CLASSES) {
    perClass[c].countShare = perClass[c].count / n;
    perClass[c].revenueShare = perClass[c].revenue / total;
  }
  const topCount = Math.ceil(clean(TOP_SHARE * n));
  let topRevenue = 0;
  for (let k = 0; k < topCount; k++) topRevenue += ranked[k]!.revenue;
  return { total, ranked, byIndex, perClass, topCount, topShare: topRevenue / total };
}

const clean = (x: number) => Number(x.toPrecision(12));
