import { describe, expect, it } from 'vitest';
import { currentRound, roundName, roundRows, roundTable, roundTables } from './nps-rounds';
import { analyse, npsSurvey, respondentRows } from './nps-survey';
import { progressOf } from './progress';
import type { SheetData } from './types';

const sheet = (rounds: { id: string; label?: string; date?: string }[], current?: string): SheetData => ({
  fields: current ? { round: current } : {},
  tables: {
    rounds: rounds.map((r) => ({ id: r.id, cells: { label: r.label ?? '', date: r.date ?? '' } })),
    respondents: [{ id: 'a', cells: { score: '10' } }],
    'respondents@r2': [
      { id: 'b', cells: { score: '0' } },
      { id: 'c', cells: { score: '' } },
    ],
  },
});

describe('survey rounds', () => {
  it.each([
    ['the first round keeps the table of data v1', 'round-1', 'respondents'],
    ['any other round has one of its own', 'r2', 'respondents@r2'],
  ])('%s', (_, id, table) => expect(roundTable(id)).toBe(table));

  it.each([
    ['unset: the last', undefined, 'r2'],
    ['chosen', 'round-1', 'round-1'],
    ['chosen but removed: the last', 'gone', 'r2'],
  ])('the round being edited — %s', (_, chosen, expected) => {
    expect(currentRound(sheet([{ id: 'round-1' }, { id: 'r2' }], chosen))).toBe(expected);
  });

  it('a sheet stored without rounds has the first one', () => {
    const data: SheetData = { fields: {}, tables: {} };
    expect(roundRows(data).map((r) => r.id)).toEqual(['round-1']);
    expect(roundTables(data)).toEqual(['respondents']);
  });

  it.each([
    ['a label and a date', { id: 'r2', label: ' Q3 — after ', date: '2027-09-30' }, 'Q3 — after (2027-09-30)'],
    ['no label: its place', { id: 'r2' }, 'Round 2'],
    ['a date only', { id: 'r2', date: '2027-01-01' }, 'Round 2 (2027-01-01)'],
  ])('a round is named by %s', (_, r, name) => {
    expect(roundName(sheet([{ id: 'round-1' }, r]), 'r2', 'en')).toBe(name);
  });

  it('results are the edited round’s; completion counts every round', () => {
    const data = sheet([{ id: 'round-1' }, { id: 'r2' }], 'r2');
    expect(respondentRows(data).map((r) => r.id)).toEqual(['b', 'c']);
    expect(analyse(data).summary?.nps).toBe(-100);
    expect(analyse({ ...data, fields: { round: 'round-1' } }).summary?.nps).toBe(100);
    expect(progressOf(npsSurvey, data)).toEqual({ answered: 2, total: 3 });
  });

  it('the example has two rounds, the later one edited (none chosen)', () => {
    const ex = npsSurvey.example('en');
    expect(roundRows(ex).map((r) => r.cells['label'])).toEqual([
      'Q1 2027 — before the loyalty programme',
      'Q3 2027 — after the programme',
    ]);
    expect(currentRound(ex)).toBe('round-2');
    expect(analyse(ex).summary?.responses).toBe(12);
  });
});
