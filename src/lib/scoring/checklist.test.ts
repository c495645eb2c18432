import { describe, expect, it } from 'vitest';
import { combine, runs, share, tally } from './checklist';

describe('tally and share', () => {
  it.each([
    { name: 'empty list', flags: [], done: 0, total: 0, pct: undefined },
    { name: 'nothing ticked', flags: [false, false, false], done: 0, total: 3, pct: 0 },
    { name: 'partial', flags: [true, false, true, false], done: 2, total: 4, pct: 0.5 },
    { name: 'one of three', flags: [true, false, false], done: 1, total: 3, pct: 1 / 3 },
    { name: 'all', flags: [true, true, true, true, true, true, true], done: 7, total: 7, pct: 1 },
  ])('$name', ({ flags, done, total, pct }) => {
    const t = tally(flags);
    expect(t).toEqual({ done, total });
    expect(share(t)).toBe(pct);
  });

  it('combines tallies', () => {
    expect(combine([])).toEqual({ done: 0, total: 0 });
    expect(
      combine([
        { done: 1, total: 4 },
        { done: 0, total: 1 },
        { done: 3, total: 3 },
      ]),
    ).toEqual({ done: 4, total: 8 });
  });
});

describe('runs (compact Excel ranges)', () => {
  it.each([
    { rows: [], out: [] },
    { rows: [5], out: [[5, 5]] },
    {
      rows: [5, 6, 7, 9],
      out: [
        [5, 7],
        [9, 9],
      ],
    },
    {
      rows: [9, 5, 6, 6, 12, 11],
      out: [
        [5, 6],
        [9, 9],
        [11, 12],
      ],
    },
  ])('$rows', ({ rows, out }) => {
    expect(runs(rows)).toEqual(out);
  });
});
