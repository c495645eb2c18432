import { describe, expect, it } from 'vitest';
import type { SheetData, WorksheetDef } from './types';
import { npsSurvey, npsScores } from './nps-survey';
import { row } from './helpers';
import { defaultProgress } from './progress';

const def: WorksheetDef = npsSurvey;
const survey = (scores: string[]): SheetData => ({ fields: {}, tables: { respondents: scores.map((s) => row({ score: s })) } });
const results = (data: SheetData) => {
  const block = def.blocks.find((b) => b.kind === 'results');
  if (block?.kind !== 'results') throw new Error('no results');
  return Object.fromEntries(block.items(data).map((i) => [i.id, i.shown.value]));
};

describe('nps-survey', () => {
  it('starts with ten empty respondents and no results', () => {
    const data = def.initial('en');
    expect(data.tables['respondents']).toHaveLength(10);
    expect(results(data)['nps']).toBeUndefined();
    expect(defaultProgress(def, data)).toEqual({ answered: 0, total: 10 });
  });

  it('leaves invalid entries out and counts them', () => {
    const data = survey(['10', '11', '7,5', 'x', '', '0']);
    expect(npsScores(data)).toEqual({ scores: [10, 0], invalid: 3 });
    expect(results(data)['nps']).toBe(0);
    expect(results(data)['responses']).toBe(2);
  });

  it('writes COUNTIF formulas over the whole score column with cached values', () => {
    const sheet = def.excel(survey(['10', '9', '8', '9', '6', '10', '7', '9', '4', '8']), 'en');
    const b = (r: number) => sheet.rows[r - 1]?.[1];
    expect(b(5)).toMatchObject({ f: 'COUNT(B13:B1048576)', v: 10 });
    expect(b(6)).toMatchObject({ v: 0.5 });
    expect(b(9)).toMatchObject({ f: 'IF(B5>0,(B6-B8)*100,"")', v: 30 });
    expect(sheet.rows[12]?.[1]).toBe(10);
    expect(sheet.rows[12]?.[2]).toMatchObject({ v: 'Promoter' });
  });

  it('example has a score in every row', () => {
    const p = defaultProgress(def, def.example('pl'));
    expect(p.answered).toBe(p.total);
  });
});
