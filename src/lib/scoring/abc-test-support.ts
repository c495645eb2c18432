/**
 * For tests: the ABC classes as first written (one object per customer, sorted afresh), to check
 * the flat, kept and lazily made results of abc.ts and abc-order.ts against; and any result as
 * plain data, every customer made, for toEqual.
 */
import {
  ABC_CLASSES,
  classOf,
  KEY_ACCOUNT_SHARE,
  SHARE_SLACK,
  TOP_SHARE,
  validLimits,
  type AbcClass,
  type AbcInput,
  type AbcLimits,
  type AbcRanked,
  type AbcResult,
  type ClassTotals,
} from './abc';

/** The plain form of a result, for toEqual. */
export function plainResult(r: AbcResult | undefined) {
  if (!r) return undefined;
  const { total, count, perClass, topCount, topShare, keyCount } = r;
  const at = Array.from({ length: count }, (_, k) => r.at(k));
  return { total, count, perClass, topCount, topShare, keyCount, at, ranked: [...r.ranked], byIndex: [...r.byIndex] };
}

/** The classes computed the plain way: a sort with a comparator and an object per customer. */
export function referenceClasses(inputs: readonly AbcInput[], limits: AbcLimits): ReturnType<typeof plainResult> {
  if (!validLimits(limits)) return undefined;
  const order = inputs.flatMap((x, i) => (x.revenue === undefined ? [] : [i]));
  order.sort((x, y) => inputs[y]!.revenue! - inputs[x]!.revenue! || x - y);
  let total = 0;
  for (const i of order) total += inputs[i]!.revenue!;
  if (order.length === 0 || !(total > 0)) return undefined;
  const n = order.length;
  const ranked: AbcRanked[] = [];
  const byIndex: (AbcRanked | undefined)[] = inputs.map(() => undefined);
  let sumBefore = 0;
  order.forEach((index, k) => {
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
  });
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
  const topCount = Math.ceil(Number((TOP_SHARE * n).toPrecision(12)));
  let topRevenue = 0;
  for (let k = 0; k < topCount; k++) topRevenue += ranked[k]!.revenue;
  const keyCount = ranked.filter((r) => r.key).length;
  return { total, count: n, perClass, topCount, topShare: topRevenue / total, keyCount, at: ranked, ranked, byIndex };
}
