import { describe, expect, it } from 'vitest';
import type { SheetData, WorksheetDef, XCell } from './types';
import {
  analyse,
  npsScores,
  npsSurvey,
  respondentTexts,
  scoreList,
  ScoreList,
  withAdded,
  withInserted,
  withMoved,
  withRemoved,
  withScore,
} from './nps-survey';
import { row } from './helpers';
import { progressOf } from './progress';
import { cellValue, obj } from './test-support';
import { EXCEL_FORMAT } from './excel';
import { formatNumber } from '../i18n/format';
import { SSF } from 'xlsx';

const def: WorksheetDef = npsSurvey;
/** Data as stored now: one list of scores as typed. */
const survey = (scores: string[]): SheetData => ({ fields: { scores }, tables: {} });
/** Data saved before the list: table rows. */
const legacy = (scores: string[]): SheetData => ({
  fields: {},
  tables: { respondents: scores.map((s) => row({ score: s })) },
});
const results = (data: SheetData) => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i.shown.value]));
};
const value = (x: XCell | undefined) => (x !== null && typeof x === 'object' ? x.v : x);

describe('nps-survey', () => {
  it('starts with ten empty respondents and no results', () => {
    const data = def.initial('en');
    expect(respondentTexts(data)).toEqual(Array(10).fill(''));
    expect(results(data)['nps']).toBeUndefined();
    expect(progressOf(def, data)).toEqual({ answered: 0, total: 10 });
  });

  it.each([
    ['list', survey],
    ['legacy rows', legacy],
  ])('leaves invalid entries out and counts them (%s)', (_, make) => {
    const data = make(['10', '11', '7,5', 'x', '', '0']);
    expect(npsScores(data)).toEqual({ scores: [10, 0], invalid: 3 });
    expect(results(data)['nps']).toBe(0);
    expect(results(data)['responses']).toBe(2);
    expect(progressOf(def, data)).toEqual({ answered: 2, total: 6 });
  });

  it.each([
    // Promoters − detractors over all valid answers: 5 P, 3 Pa, 2 D → +30; 1 of 8 → 12.5.
    [['10', '9', '8', '9', '6', '10', '7', '9', '4', '8'], 30, 0.5],
    [['9', '7', '7', '7', '7', '7', '7', '7'], 12.5, 0.125],
    [['0', '0', '0'], -100, 0],
    [[' 10 ', '9.0', '+9', '10,0'], 100, 1],
  ])('NPS of %j is %d', (scores, nps, promoters) => {
    expect(results(survey(scores))['nps']).toBe(nps);
    expect(results(survey(scores))['promoters']).toBe(promoters);
  });

  it('gives the distribution 0–10 with the summary', () => {
    const a = analyse(survey(['10', '9', '9', '0', '6', '7', '', 'x']));
    expect(a.distribution).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 2, 1]);
    expect(a.summary).toMatchObject({ promoters: 3, passives: 1, detractors: 2 });
    expect(a.rows).toBe(8);
  });

  it('analyses a list once (cached by the list, which is never changed in place)', () => {
    const data = survey(scoreList(['9', '10']) as string[]);
    expect(analyse(data)).toBe(analyse(data));
    const next = survey(scoreList(['9', '10', '0']) as string[]);
    expect(analyse(next).summary?.responses).toBe(3);
  });

  it('a ScoreList is an array of the texts, stored as a plain array', () => {
    const list = scoreList(['9', '']);
    expect(list).toBeInstanceOf(ScoreList);
    expect(Array.isArray(list)).toBe(true);
    expect(JSON.stringify(list)).toBe('["9",""]');
    expect(structuredClone(list)).toEqual(['9', '']);
    expect(Object.getPrototypeOf(structuredClone(list))).toBe(Array.prototype);
  });

  it('edits build new lists and leave the old one unchanged', () => {
    const base = scoreList(['1', '2', '3']);
    const cases: [readonly string[], string[]][] = [
      [withScore(base, 1, '9'), ['1', '9', '3']],
      [withRemoved(base, 0), ['2', '3']],
      [withInserted(base, 1, ''), ['1', '', '2', '3']],
      [withInserted(base, 99, '5'), ['1', '2', '3', '5']],
      [withMoved(base, 0, 1), ['2', '1', '3']],
      [withMoved(base, 2, -1), ['1', '3', '2']],
    ];
    for (const [next, expected] of cases) {
      expect(next).toBeInstanceOf(ScoreList);
      expect([...next]).toEqual(expected);
    }
    expect([...base]).toEqual(['1', '2', '3']);
    // At either end nothing moves.
    expect(withMoved(base, 0, -1)).toBe(base);
    expect(withMoved(base, 2, 1)).toBe(base);
  });

  // Copying a 10,000-score list stays fast (no slow subclass path): `npm run bench` times typing a
  // score at that size; a timed unit test would only measure the machine's load.

  it.each([
    ['blank rows at the end are filled first', ['', '', ''], ['9', '10'], ['9', '10', '']],
    ['more scores than blank rows', ['', ''], ['9', '10', '8'], ['9', '10', '8']],
    ['typed rows kept, trailing blanks filled', ['7', '', '3', '', ''], ['9'], ['7', '', '3', '9', '']],
    ['no blank rows: appended', ['7'], ['9', '10'], ['7', '9', '10']],
    ['empty list', [], ['9'], ['9']],
    ['blanks with spaces count as blank', ['5', '  '], ['9'], ['5', '9']],
  ])('withAdded: %s', (_, texts, added, expected) => {
    expect([...withAdded(texts, added)]).toEqual(expected);
  });

  it('reads legacy rows and prefers the list when both exist', () => {
    const data = legacy(['9', '3']);
    expect(respondentTexts(data)).toEqual(['9', '3']);
    data.fields['scores'] = ['10'];
    expect(respondentTexts(data)).toEqual(['10']);
  });

  it('writes COUNTIF formulas over the whole score column with cached values', () => {
    const sheet = def.excel(survey(['10', '9', '8', '9', '6', '10', '7', '9', '4', '8']), 'en');
    const b = (r: number) => sheet.rows[r - 1]?.[1];
    // Each whole score 0–10 counted exactly: 11 or 7.5 typed in Excel are left out, as in the app.
    expect(b(5)).toMatchObject({ f: expect.any(String), v: 10 });
    expect(b(6)).toMatchObject({ f: expect.any(String), v: 0.5 });
    expect(b(8)).toMatchObject({ f: expect.any(String), v: 0.2 });
    expect(b(9)).toMatchObject({ f: expect.any(String), v: 30, z: '[>=0.5]+0;[<=-0.5]-0;0' });
    expect(sheet.rows[12]?.[0]).toBe('Respondent 1');
    expect(cellValue(sheet.rows[12]?.[1])).toBe(10);
    expect(obj(sheet.rows[12]?.[1])?.input).toEqual({ list: 'scores', index: 0 });
    expect(sheet.rows[12]?.[2]).toMatchObject({ v: 'Promoter' });
    expect(sheet.rows[16]?.[2]).toMatchObject({ v: 'Detractor' });
  });

  it('exports invalid and blank entries as typed text, left out of the formulas', () => {
    const sheet = def.excel(survey(['10', '11', '', '7,5', '=1+1']), 'pl');
    expect(cellValue(sheet.rows[13]?.[1])).toBe('11');
    expect(value(sheet.rows[13]?.[2])).toBe('');
    // The blank entry keeps its place in the list, so a score typed there in Excel reads back.
    expect(sheet.rows[14]?.[1]).toEqual({ input: { list: 'scores', index: 2 } });
    expect(cellValue(sheet.rows[15]?.[1])).toBe('7,5');
    expect(cellValue(sheet.rows[16]?.[1])).toBe('=1+1');
    expect(obj(sheet.rows[16]?.[1])?.f).toBeUndefined();
    expect(value(sheet.rows[4]?.[1])).toBe(1);
    expect(sheet.rows[12]?.[0]).toBe('Respondent 1');
    expect(value(sheet.rows[12]?.[2])).toBe('Promotor');
  });

  // Its speed is measured by `npm run bench:xlsx`, not here: a timed test only measures the machine's load.
  it('exports 10,000 respondents, every row with its category formula', () => {
    const scores = Array.from({ length: 10_000 }, (_, i) => String((i * 7) % 11));
    const sheet = def.excel(survey(scores), 'en');
    expect(sheet.rows).toHaveLength(12 + 10_000);
    const last = sheet.rows[12 + 9_999];
    expect(last?.[0]).toBe('Respondent 10000');
    expect(cellValue(last?.[1])).toBe(Number(scores[9_999]));
    expect(last?.[2]).toMatchObject({ f: expect.stringContaining('B10012') });
    expect(value(sheet.rows[4]?.[1])).toBe(10_000);
  });

  it('summary gives responses, NPS and margin', () => {
    expect(def.summary(survey(['10', '9', '0'])).map((r) => [r.id, r.shown.value])).toEqual([
      ['responses', 3],
      ['nps', (100 * (2 - 1)) / 3],
      ['margin', expect.any(Number)],
    ]);
  });

  it('example has a score in every row', () => {
    const p = progressOf(def, def.example('pl'));
    expect(p.answered).toBe(p.total);
    expect(p.total).toBeGreaterThan(10);
  });
});

describe('the NPS number format in Excel', () => {
  // SheetJS's formatter follows Excel's rules; LibreOffice renders the same (checked by hand).
  it.each([
    [42, '+42'],
    [-12.5, '-13'],
    [0.5, '+1'],
    [0.4, '0'],
    [-0.4, '0'],
    [0, '0'],
  ])('%f reads %s, as in the app', (value, text) => {
    expect(SSF.format(EXCEL_FORMAT.signedInt, value)).toBe(text);
    // The app writes a true minus sign (U+2212) where Excel's number format has a hyphen.
    expect(formatNumber(value, 'signedInt', 'en').replace('\u2212', '-')).toBe(text);
  });
});
