import { row } from '../worksheets/helpers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compare, letter, prime, sortParticipants } from './compare';
import { loadAllDefinitions } from '../worksheets/index';
import { exampleRecord } from '../export/import-fixtures';
import { newWorkbook, type WorkbookRecord } from '../storage/record';

const defs = await loadAllDefinitions();
const withScores = (name: string, scores: string[]): WorkbookRecord => {
  const r = exampleRecord(defs, 'en', name);
  r.sheets['nps-survey'] = { fields: {}, tables: { respondents: scores.map((score) => row({ score })) } };
  return r;
};

describe('compare', () => {
  it('letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('participants × summary results, with statistics and the pooled NPS', () => {
    const a = withScores('Anna', ['10', '10', '10', '0']); // NPS 50, 4 respondents
    const b = withScores('Bartek', ['9', '7', '3', '3', '3', '8', '8', '8']); // NPS −25, 8 respondents
    const empty = newWorkbook('Celina', 'en'); // opened nothing: no data, kept out
    const c = compare([a, b, empty], defs, 'en', (i, r) => `${letter(i)} ${r.name}`);
    expect(c.participants.map((p) => p.label)).toEqual(['A Anna', 'B Bartek', 'C Celina']);
    const nps = c.stats.find((s) => s.column.key === 'nps-survey/nps')!;
    expect(nps.numbers).toMatchObject({ count: 2, missing: 1, mean: 12.5, median: 12.5, min: -25, max: 50 });
    expect(c.meanNps.mean).toBe(12.5);
    // Pooled: 4 + 8 respondents; promoters 3 + 1, detractors 1 + 3: (4 − 4)/12 = 0.
    expect(c.pooled).toMatchObject({ responses: 12, participants: 2, nps: 0 });
    // Every worksheet's summary is a column, in catalogue order.
    expect(c.columns[0]!.sheet).toBe('stakeholder-grid');
    expect(new Set(c.columns.map((x) => x.sheet)).size).toBe(defs.length);
    // A text result is counted by category.
    const text = c.stats.find((s) => s.categories && s.categories.counts.length)!;
    expect(text.categories!.counts[0]!.count).toBe(2);
    expect(text.categories!.missing).toBe(1);
  });

  it('sorts by a column, no data last, either way', () => {
    const c = compare(
      [withScores('A', ['0']), newWorkbook('B', 'en'), withScores('C', ['10'])],
      defs,
      'en',
      (_, r) => r.name,
    );
    const key = { by: 'column', key: 'nps-survey/nps' } as const;
    expect(sortParticipants(c.participants, key, 'descending', 'en').map((p) => p.label)).toEqual(['C', 'A', 'B']);
    expect(sortParticipants(c.participants, key, 'ascending', 'en').map((p) => p.label)).toEqual(['A', 'C', 'B']);
    expect(sortParticipants(c.participants, { by: 'participant' }, 'descending', 'en').map((p) => p.label)).toEqual([
      'C',
      'B',
      'A',
    ]);
  });

  it('an empty group', () => {
    const c = compare([], defs, 'pl', () => '');
    expect(c.participants).toEqual([]);
    expect(c.pooled).toBeUndefined();
    expect(c.stats.every((s) => (s.numbers?.count ?? 0) === 0)).toBe(true);
  });
});

describe('results worked out once per read-only copy', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  const npsDef = defs.find((d) => d.id === 'nps-survey')!;
  const plain = (c: ReturnType<typeof compare>) => ({
    cells: c.participants.map((p) => [...p.cells]),
    stats: c.stats,
    pooled: c.pooled,
    meanNps: c.meanNps,
  });

  // The same numbers however the comparison is reached: fresh, after prime, drawn again, in another language.
  it.each([
    ['fresh', false, 1],
    ['primed', true, 1],
    ['drawn twice', false, 2],
    ['primed, drawn twice', true, 2],
  ])('%s', (_, primed, draws) => {
    const records = [withScores('A', ['10', '9', '2']), newWorkbook('B', 'pl'), withScores('C', ['7', '0'])];
    const expected = plain(compare(structuredClone(records), defs, 'en', (_, r) => r.name));
    if (primed) for (const r of records) prime(r, defs);
    let c = compare(records, defs, 'en', (_, r) => r.name);
    for (let i = 1; i < draws; i++) c = compare(records, defs, 'en', (_, r) => r.name);
    expect(plain(c)).toEqual(expected);
    const pl = compare(records, defs, 'pl', (_, r) => r.name);
    expect(plain(pl)).toEqual(plain(compare(structuredClone(records), defs, 'pl', (_, r) => r.name)));
  });

  it('a summary is computed once per sheet and day; a replaced sheet or a new day computes again', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 12, 23, 0));
    const summary = vi.spyOn(npsDef, 'summary');
    const r = withScores('A', ['10', '0']);
    prime(r, defs);
    compare([r], defs, 'en', () => 'A');
    compare([r], defs, 'pl', () => 'A');
    expect(summary).toHaveBeenCalledTimes(1);
    r.sheets['nps-survey'] = { fields: {}, tables: { respondents: [row({ score: '10' }), row({ score: '10' })] } };
    const c = compare([r], defs, 'en', () => 'A');
    expect(summary).toHaveBeenCalledTimes(2);
    expect(c.participants[0]!.npsScore).toBe(100);
    vi.setSystemTime(new Date(2026, 2, 13, 0, 1));
    compare([r], defs, 'en', () => 'A');
    expect(summary).toHaveBeenCalledTimes(3);
  });
});
