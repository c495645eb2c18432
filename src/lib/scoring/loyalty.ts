/**
 * Loyalty metrics (seed 001: churn, the age of the relationship, our share of the customer's
 * spend; seed 000: repurchase, referral, complaints). The formulas are the standard ones. Each
 * result is a value, or says why there is none: inputs missing, a base of 0, or a count larger
 * than its base (refused, never capped at 100%).
 */

export type Ratio<K extends string = string> =
  { kind: 'ok'; value: number } | { kind: 'missing'; missing: K[] } | { kind: 'zero-base' } | { kind: 'over-base' };

/**
 * part / base. `capped`: the part is a subset of the base (lost of the customers at the start), so
 * a part above the base is refused; otherwise (complaints per order) any part ≥ 0 is a rate.
 */
export function ratio<K extends string>(
  part: [K, number | undefined],
  base: [K, number | undefined],
  capped: boolean,
): Ratio<K> {
  const missing = [part, base].filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length) return { kind: 'missing', missing };
  const p = part[1]!;
  const b = base[1]!;
  if (b === 0) return { kind: 'zero-base' };
  if (capped && p > b) return { kind: 'over-base' };
  return { kind: 'ok', value: p / b };
}

/** The same ratio scaled (complaints per 100 orders). */
export function scaled<K extends string>(r: Ratio<K>, factor: number): Ratio<K> {
  return r.kind === 'ok' ? { kind: 'ok', value: r.value * factor } : r;
}

/** Retention = 1 − churn. */
export function retention<K extends string>(churn: Ratio<K>): Ratio<K> {
  return churn.kind === 'ok' ? { kind: 'ok', value: 1 - churn.value } : churn;
}

export type LifetimeValue<K extends string = string> =
  | { kind: 'ok'; value: number; years: number }
  | { kind: 'missing'; missing: K[] }
  /** No customer lost: the expected lifetime 1 / churn is unlimited, so no finite value. */
  | { kind: 'no-churn' }
  /** The churn itself cannot be computed (a base of 0, lost above the start). */
  | { kind: 'no-rate' };

/**
 * Customer lifetime value (our rule): annual revenue × gross margin × expected lifetime, the
 * lifetime being 1 / churn years (the period is a year). Computed as revenue × margin / 100 / churn,
 * in the order the Excel formula computes it, so both give the same bits.
 */
export function lifetimeValue<K extends string>(
  churn: Ratio<K>,
  revenue: [K, number | undefined],
  marginPct: [K, number | undefined],
): LifetimeValue<K> {
  const missing = [
    ...(churn.kind === 'missing' ? churn.missing : []),
    ...[revenue, marginPct].filter(([, v]) => v === undefined).map(([k]) => k),
  ];
  if (missing.length) return { kind: 'missing', missing };
  if (churn.kind !== 'ok') return { kind: 'no-rate' };
  if (churn.value === 0) return { kind: 'no-churn' };
  return { kind: 'ok', value: (revenue[1]! * marginPct[1]!) / 100 / churn.value, years: 1 / churn.value };
}
