/**
 * Decimal-safe helpers. Binary floats drift (0.1 + 0.2 = 0.30000000000000004); results shown to
 * users and bands chosen from them are computed on values cleaned to 12 significant digits,
 * far beyond any precision the worksheets display.
 */

export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

export function sum(values: readonly number[]): number {
  return clean(values.reduce((a, b) => a + b, 0));
}

/** Round half away from zero to `digits` decimals, without drift: 4.05 → 4.1, 2.675 → 2.68. */
export function roundHalfUp(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = clean(Math.abs(x) * f);
  return (Math.sign(x) * Math.round(scaled)) / f || 0;
}
