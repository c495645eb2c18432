import { describe, expect, it } from 'vitest';
import type { SheetData, WorksheetDef, XCell } from './types';
import { analyse, npsScores, npsSurvey, respondentRows } from './nps-survey';
import { row } from './helpers';
import { progressOf } from './progress';
import { cellValue, obj } from './test-support';
import { EXCEL_FORMAT } from './excel';
import { formatNumber } from '../i18n/format';
import { SSF } from 'xlsx';

const def: WorksheetDef = npsSurvey;
/** Data as stored (data v2): one row per respondent, the score as typed. */
const survey = (scores: string[], more: Record<string, string>[] = []): SheetData => ({
  fields: {},
  tables: { respondents: scores.map((s, i) => row({ score: s, ...more[i] }, `r${i + 1}`)) },
});
const texts = (data: SheetData) => respondentRows(data).map((r) => r.cells['score']);
const results = (data: SheetData) => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i.shown.value]));
};
const value = (x: XCell | undefined) => (x !== null && typeof x === 'object' ? x.v : x);

describe('nps-survey', () => {
  it('starts with ten empty respondents and no results', () => {
    const data = def.initial('en');
    expect(texts(data)).toEqual(Array(10).fill(''));
    expect(results(data)['nps']).toBeUndefined();
    expect(progressOf(def, data)).toEqual({ answered: 0, total: 10 });
  });

  it('leaves invalid entries out and counts them', () => {
    const data = survey(['10', '11', '7,5', 'x', '', '0']);
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

  it('writes COUNTIF formulas over the whole score column, the respondents an open table', () => {
    const sheet = def.excel(survey(['10', '9', '8', '9', '6', '10', '7', '9', '4', '8']), 'en');
    const b = (r: number) => sheet.rows[r - 1]?.[1];
    // Each whole score 0–10 counted exactly: 11 or 7.5 typed in Excel are left out, as in the app.
    expect(b(5)).toMatchObject({ f: expect.stringContaining('$B$18:$B$1048576'), v: 10 });
    expect(b(6)).toMatchObject({ f: expect.any(String), v: 0.5 });
    expect(b(8)).toMatchObject({ f: expect.any(String), v: 0.2 });
    expect(b(9)).toMatchObject({ f: expect.any(String), v: 30, z: '[>=0.5]+0;[<=-0.5]-0;0' });
    expect(sheet.rows[16]?.map(value)).toEqual(['Respondent', 'Score', 'Category', 'Segment', 'Reason']);
    expect(obj(sheet.rows[16]?.[1])?.head).toEqual({ table: 'respondents', col: 'score' });
    expect(sheet.rows[17]?.[0]).toBe('Respondent 1');
    expect(cellValue(sheet.rows[17]?.[1])).toBe(10);
    expect(obj(sheet.rows[17]?.[1])?.input).toEqual({ table: 'respondents', row: 'r1', col: 'score' });
    expect(sheet.rows[17]?.[2]).toMatchObject({ v: 'Promoter' });
    expect(sheet.rows[21]?.[2]).toMatchObject({ v: 'Detractor' });
    expect(obj(sheet.rows[27]?.[0])?.rowsEnd).toEqual({ table: 'respondents', spacer: true, open: true });
  });

  it('two rounds: the rounds as inputs, each round its section, the summary over the edited round', () => {
    const ex = def.example('en');
    const sheet = def.excel(ex, 'en');
    const at = (r: number, c = 0) => sheet.rows[r - 1]?.[c];
    expect(value(at(4))).toBe('Summary — Q3 2027 — after the programme (2027-09-30)');
    expect(obj(at(5, 1))?.f).toContain('$B$47:$B$1048576');
    expect(value(at(5, 1))).toBe(12);
    expect(obj(at(14, 1))).toMatchObject({ v: 'Q1 2027 — before the loyalty programme', input: { table: 'rounds' } });
    expect(obj(at(15, 2))?.input).toEqual({ table: 'rounds', row: 'round-2', col: 'date' });
    // Each round's results beside it, over its own score column: responses, NPS, margin, shares.
    expect(sheet.rows[12]?.map(value)).toEqual([
      'Round',
      'Label',
      'Date',
      'Responses',
      'NPS',
      '± margin (95%)',
      '% Promoters',
      '% Detractors',
    ]);
    expect(obj(at(14, 3))).toMatchObject({ f: expect.stringContaining('$B$32:$B$44'), v: 12 });
    // Round 1 of the example: 4 promoters, 3 passives, 5 detractors of 12 → −8.3.
    expect(value(at(14, 4))).toBeCloseTo(-100 / 12, 10);
    expect(obj(at(15, 3))?.f).toContain('$B$47:$B$1048576');
    expect(obj(at(16))?.rowsEnd).toEqual({ table: 'rounds', spacer: true });
    // The change between the two rounds, from their rows, said in words.
    expect(value(at(17))).toBe('Change between two rounds');
    expect(at(18, 1)).toBe('Q1 2027 — before the loyalty programme (2027-03-31)');
    expect(at(19, 1)).toBe('Q3 2027 — after the programme (2027-09-30)');
    expect(obj(at(20, 1))).toMatchObject({ f: 'IF(AND(D14>0,D15>0),E15-E14,"")' });
    expect(obj(at(21, 1))?.f).toContain('SQRT(MAX(0,G14+H14-(G14-H14)^2)/D14+MAX(0,G15+H15-(G15-H15)^2)/D15)');
    expect(value(at(22, 1))).toBe('within the uncertainty: not a clear change');
    // The edited round by segment: COUNTIFS over its score and segment columns.
    expect(value(at(24))).toBe('By segment — Q3 2027 — after the programme (2027-09-30)');
    expect(at(26)).toBe('Dealer');
    expect(obj(at(26, 1))).toMatchObject({ f: expect.stringContaining('COUNTIFS($B$47:$B$1048576'), v: 4 });
    expect(obj(at(26, 1))?.f).toContain('$D$47:$D$1048576,"=Dealer"');
    expect(value(at(30))).toBe('Responses — Q1 2027 — before the loyalty programme (2027-03-31)');
    expect(obj(at(32, 1))?.input).toMatchObject({ table: 'respondents', col: 'score' });
    expect(obj(at(44))?.rowsEnd).toEqual({ table: 'respondents', spacer: true, open: false });
    expect(obj(at(47, 1))?.input).toMatchObject({ table: 'respondents@round-2', col: 'score' });
    expect(obj(at(59))?.rowsEnd).toEqual({ table: 'respondents@round-2', spacer: true, open: true });
  });

  it('exports segment and reason as typed input cells, and the NPS of each segment', () => {
    const sheet = def.excel(survey(['3', '10'], [{ segment: 'B2B', reason: 'late delivery' }, {}]), 'en');
    // By segment (rows 16–20): B2B, then those without one.
    expect(sheet.rows[17]?.[0]).toBe('B2B');
    expect(obj(sheet.rows[17]?.[2])).toMatchObject({ v: -100 });
    expect(sheet.rows[18]?.[0]).toBe('(no segment)');
    expect(obj(sheet.rows[18]?.[1])?.f).toContain(',"")');
    expect(obj(sheet.rows[18]?.[2])).toMatchObject({ v: 100 });
    expect(cellValue(sheet.rows[22]?.[3])).toBe('B2B');
    expect(obj(sheet.rows[22]?.[4])).toMatchObject({
      v: 'late delivery',
      input: { table: 'respondents', row: 'r1', col: 'reason' },
    });
    expect(sheet.rows[23]?.[3]).toEqual({ input: { table: 'respondents', row: 'r2', col: 'segment' } });
  });

  it('escapes a segment name for COUNTIFS: "=" first, wildcards as literals', () => {
    const sheet = def.excel(survey(['3'], [{ segment: '>5 *VIP?~' }]), 'en');
    expect(obj(sheet.rows[17]?.[1])?.f).toContain('"=>5 ~*VIP~?~~"');
  });

  it('exports invalid and blank entries as typed text, left out of the formulas', () => {
    const sheet = def.excel(survey(['10', '11', '', '7,5', '=1+1']), 'pl');
    expect(cellValue(sheet.rows[18]?.[1])).toBe('11');
    expect(value(sheet.rows[18]?.[2])).toBe('');
    // The blank respondent keeps its row, so a score typed there in Excel reads back.
    expect(sheet.rows[19]?.[1]).toEqual({ input: { table: 'respondents', row: 'r3', col: 'score' } });
    expect(cellValue(sheet.rows[20]?.[1])).toBe('7,5');
    expect(cellValue(sheet.rows[21]?.[1])).toBe('=1+1');
    expect(obj(sheet.rows[21]?.[1])?.f).toBeUndefined();
    expect(value(sheet.rows[4]?.[1])).toBe(1);
    expect(sheet.rows[17]?.[0]).toBe('Respondent 1');
    expect(value(sheet.rows[17]?.[2])).toBe('Promotor');
  });

  // Its speed is measured by `npm run bench:xlsx`, not here: a timed test only measures the machine's load.
  it('exports 10,000 respondents, every row with its category formula', () => {
    const scores = Array.from({ length: 10_000 }, (_, i) => String((i * 7) % 11));
    const sheet = def.excel(survey(scores), 'en');
    expect(sheet.rows).toHaveLength(17 + 10_000 + 1);
    const last = sheet.rows[17 + 9_999];
    expect(last?.[0]).toBe('Respondent 10000');
    expect(cellValue(last?.[1])).toBe(Number(scores[9_999]));
    expect(last?.[2]).toMatchObject({ f: expect.stringContaining('B10017') });
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
