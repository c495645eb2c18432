import { describe, expect, it } from 'vitest';
import { lifetimeValue, ratio, retention, scaled } from './loyalty';

describe('ratio', () => {
  it.each([
    [[10, 100], true, { kind: 'ok', value: 0.1 }],
    [[0, 100], true, { kind: 'ok', value: 0 }],
    [[100, 100], true, { kind: 'ok', value: 1 }],
    [[101, 100], true, { kind: 'over-base' }],
    [[101, 100], false, { kind: 'ok', value: 1.01 }],
    [[0, 0], true, { kind: 'zero-base' }],
    [[5, 0], false, { kind: 'zero-base' }],
  ] as const)('%j (capped %s) → %j', ([p, b], capped, want) => {
    expect(ratio(['part', p], ['base', b], capped)).toEqual(want);
  });

  it('names what is missing, part first', () => {
    expect(ratio(['lost', undefined], ['start', undefined], true)).toEqual({
      kind: 'missing',
      missing: ['lost', 'start'],
    });
    expect(ratio(['lost', 3], ['start', undefined], true)).toEqual({ kind: 'missing', missing: ['start'] });
  });

  it('retention is 1 − churn, and carries a refusal along', () => {
    expect(retention(ratio(['l', 12], ['s', 80], true))).toEqual({ kind: 'ok', value: 1 - 12 / 80 });
    expect(retention(ratio(['l', 81], ['s', 80], true))).toEqual({ kind: 'over-base' });
  });

  it('complaints per 100 orders', () => {
    expect(scaled(ratio(['c', 7], ['o', 350], false), 100)).toEqual({ kind: 'ok', value: (7 / 350) * 100 });
    expect(scaled(ratio(['c', 7], ['o', undefined], false), 100)).toEqual({ kind: 'missing', missing: ['o'] });
  });
});

describe('lifetimeValue (our rule: revenue × margin × 1 / churn)', () => {
  const churn = (lost: number | undefined, start: number | undefined) => ratio(['lost', lost], ['start', start], true);

  it('computes value and expected lifetime', () => {
    const v = lifetimeValue(churn(10, 80), ['rev', 2400], ['margin', 35]);
    expect(v).toEqual({ kind: 'ok', value: (2400 * 35) / 100 / (10 / 80), years: 8 });
  });

  it('no value when churn is 0: the lifetime is unlimited', () => {
    expect(lifetimeValue(churn(0, 80), ['rev', 2400], ['margin', 35])).toEqual({ kind: 'no-churn' });
  });

  it('no value when churn is refused or has no base', () => {
    expect(lifetimeValue(churn(90, 80), ['rev', 2400], ['margin', 35])).toEqual({ kind: 'no-rate' });
    expect(lifetimeValue(churn(0, 0), ['rev', 2400], ['margin', 35])).toEqual({ kind: 'no-rate' });
  });

  it('lists every missing input, the churn inputs first', () => {
    expect(lifetimeValue(churn(undefined, 80), ['rev', undefined], ['margin', 35])).toEqual({
      kind: 'missing',
      missing: ['lost', 'rev'],
    });
  });

  it('a margin of 0 is a real 0, and a negative margin is kept out by the input rule, not here', () => {
    expect(lifetimeValue(churn(10, 80), ['rev', 2400], ['margin', 0])).toEqual({ kind: 'ok', value: 0, years: 8 });
  });

  it('float drift: churn 0.1 + 0.2 style values still give a finite, exact-order value', () => {
    const v = lifetimeValue(churn(3, 10), ['rev', 0.1 + 0.2], ['margin', 50]);
    expect(v.kind).toBe('ok');
    if (v.kind === 'ok') expect(v.value).toBe(((0.1 + 0.2) * 50) / 100 / 0.3);
  });
});
