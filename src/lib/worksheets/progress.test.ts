import { describe, expect, it } from 'vitest';
import { loadAllDefinitions } from './index';
import { blockedResult, completionShare, completionShareFormula, isUntouched, progressOf, ratio } from './progress';

// A sheet just opened counts nothing as answered, even where its defaults fill rows in (the
// seed's loyalty pairs, the crisis plan's prefilled parts): "100%" on opening would be a lie.

const defs = await loadAllDefinitions();
const byId = (id: string) => defs.find((d) => d.id === id)!;

describe('completion of a sheet nobody has touched', () => {
  for (const def of defs) {
    for (const lang of ['en', 'pl'] as const) {
      it(`${def.id} (${lang}): opened is 0 answered; the example is not untouched`, () => {
        const opened = def.initial(lang);
        expect(isUntouched(def, opened)).toBe(true);
        expect(progressOf(def, opened).answered).toBe(0);
        const example = def.example(lang);
        expect(isUntouched(def, example)).toBe(false);
        expect(progressOf(def, example).answered).toBeGreaterThan(0);
      });
    }
  }

  it('counts the seed pairs as soon as the trainee works on the sheet', () => {
    const loyalty = byId('loyalty-exchange');
    const data = loyalty.initial('en');
    const total = progressOf(loyalty, data).total;
    expect(progressOf(loyalty, data)).toEqual({ answered: 0, total });
    const first = Object.values(data.tables)[0]![0]!;
    first.cells['reaction'] = 'A 3% discount on purchases';
    expect(progressOf(loyalty, data)).toEqual({ answered: total, total });
  });

  it('an edited answer taken back to the default is the default again', () => {
    const loyalty = byId('loyalty-exchange');
    const data = loyalty.initial('pl');
    const first = Object.values(data.tables)[0]![0]!;
    const kept = first.cells['reaction'];
    first.cells['reaction'] = 'x';
    expect(isUntouched(loyalty, data)).toBe(false);
    first.cells['reaction'] = kept!;
    expect(isUntouched(loyalty, data)).toBe(true);
  });
});

describe('completionShare: the share shown in whole percent', () => {
  it.each([
    [0, 200, 0],
    [1, 201, 0.01], // not a rounded 0% once something is answered
    [1, 3, 0.33],
    [2, 3, 0.67],
    [1, 2, 0.5],
    [199, 200, 0.99], // not a rounded 100% while one is left
    [999, 1000, 0.99],
    [200, 200, 1],
    [29, 200, 0.15], // 14.5% rounds up, as Excel's ROUND (29 / 200 × 100 is 14.4999… in floating point)
    [1, 200, 0.01],
    [0, 0, 0],
  ])('%i of %i → %f', (answered, total, share) => expect(completionShare(answered, total)).toBe(share));
});

describe('completionShareFormula: the same rule in Excel', () => {
  // Excel's functions, as Excel computes them (ROUND on the decimal value, half away from zero).
  const excelEval = (formula: string): number => {
    const ROUND = (x: number, d: number) => Math.round(Number((x * 10 ** d).toPrecision(15))) / 10 ** d;
    const js = formula.replace(/IF\(/g, 'IF(').replace(/<=/g, '<=').replace(/>=/g, '>=');
    const IF = (c: boolean, a: number, b: number) => (c ? a : b);
    return new Function('IF', 'MIN', 'MAX', 'ROUND', `return ${js};`)(IF, Math.min, Math.max, ROUND) as number;
  };
  it("gives the app's figure for every count up to 120 of 120", () => {
    for (let total = 1; total <= 120; total++) {
      for (let done = 0; done <= total; done++) {
        expect(excelEval(completionShareFormula(String(done), String(total))), `${done} of ${total}`).toBe(
          completionShare(done, total),
        );
      }
    }
  });
});

describe('one completion figure per sheet', () => {
  // The step sheets' "Overall progress" result is the page's completion, by the same rule.
  for (const [id, overall] of [
    ['crm-strategy', 'progress-overall'],
    ['development-steps', 'overall'],
  ] as const) {
    it(`${id}: "Overall progress" equals the header's share`, () => {
      const def = byId(id);
      const data = def.example('en');
      const item = def.blocks
        .flatMap((b) => (b.kind === 'results' ? b.items(data) : []))
        .find((r) => r.id === overall)!;
      expect(item.shown).toEqual({ kind: 'num', value: ratio(progressOf(def, data)), format: 'pct0' });
    });
  }
});

describe('blockedResult: 100% answered but a result cannot be computed', () => {
  for (const def of defs) {
    it(`${def.id}: a complete example is not blocked`, () => {
      const data = def.example('en');
      const p = progressOf(def, data);
      if (p.answered === p.total) expect(blockedResult(def, data)).toBeUndefined();
    });
  }
  it('crm-audit: every question answered, weights totalling 0.90 → names the weighted average and the fix', () => {
    const audit = byId('crm-audit');
    const data = audit.example('en');
    data.tables['questions']![4]!.cells['weight'] = '0.1';
    const p = progressOf(audit, data);
    expect(p.answered).toBe(p.total);
    const b = blockedResult(audit, data)!;
    expect(b.label).toMatchObject({ en: 'Weighted average', pl: 'Średnia ważona' });
    expect(b.missing).toMatchObject({ en: expect.stringMatching(/^Weights total 0\.90 — add 0\.10 to reach 1\./) });
  });
});
