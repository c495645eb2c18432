import { describe, expect, it } from 'vitest';
import { plainNumber, readInputCell, type SheetCell } from './read-cell';
import type { InputDef } from '../worksheets/types';
import { tx } from '../worksheets/helpers';

const rating: InputDef = {
  id: 'rating',
  kind: 'number',
  label: tx('Rating', 'Ocena', 'Rating'),
  rule: { integer: true, min: 1, max: 5, noun: tx('Rating', 'Ocena', 'Rating') },
};
const weight: InputDef = {
  id: 'weight',
  kind: 'number',
  label: tx('Weight', 'Waga', 'Weight'),
  rule: { integer: false, min: 0, max: 1, noun: tx('Weight', 'Waga', 'Weight') },
};
const text: InputDef = { id: 'name', kind: 'text', label: tx('Name', 'Nazwa', 'Name') };
const yesno: InputDef = { id: 'answer', kind: 'yesno', label: tx('Yes/No', 'Tak/Nie', 'Yes/No') };
const check: InputDef = { id: 'done', kind: 'check', label: tx('Done', 'Zrobione', 'Done') };
const level: InputDef = {
  id: 'level',
  kind: 'choice',
  label: tx('Level', 'Poziom', 'Level'),
  options: [
    { value: 'low', label: tx('Low', 'Niski', 'Low') },
    { value: 'high', label: tx('High', 'Wysoki', 'High') },
  ],
};
const scale: InputDef = {
  id: 'pref',
  kind: 'scale',
  label: tx('Preference', 'Preferencja', 'Preference'),
  options: [-2, -1, 0, 1, 2].map((n) => ({ value: String(n), label: tx(`p${n}`, `p${n}`, `p${n}`) })),
};
const multi: InputDef = {
  id: 'platforms',
  kind: 'multi',
  label: tx('Platforms', 'Platformy', 'Platforms'),
  options: [
    { value: 'fb', label: tx('Facebook', 'Facebook', 'Facebook') },
    { value: 'sites', label: tx('Forums, groups', 'Fora, grupy', 'Forums, groups') },
    { value: 'mail', label: tx('E-mail', 'E-mail', 'E-mail') },
    { value: 'none', label: tx('None of these', 'Żadne z tych', 'None of these'), exclusive: true },
  ],
};
const date: InputDef = { id: 'next', kind: 'date', label: tx('Next review', 'Następny przegląd', 'Next review') };

const s = (v: string): SheetCell => ({ t: 's', v });
const n = (v: number): SheetCell => ({ t: 'n', v });
const b = (v: boolean): SheetCell => ({ t: 'b', v });

describe('readInputCell', () => {
  it.each([
    // input, cell, workbook language, stored value, problem
    [rating, n(4), 'en', '4', undefined],
    [rating, n(4), 'pl', '4', undefined],
    [rating, n(6), 'en', '6', 'number'],
    [rating, n(2.5), 'en', '2.5', 'number'],
    [rating, s('abc'), 'en', 'abc', 'number'],
    [rating, s(' 3 '), 'en', ' 3 ', undefined],
    [rating, undefined, 'en', '', undefined],
    [weight, n(0.1 + 0.2), 'en', '0.30000000000000004', undefined],
    [weight, n(0.3), 'pl', '0,3', undefined],
    [weight, s('0,25'), 'en', '0,25', undefined],
    [weight, n(1.5), 'en', '1.5', 'number'],
    [text, s('=1+1'), 'en', '=1+1', undefined],
    [text, s('  kept  \n as typed 🚀'), 'pl', '  kept  \n as typed 🚀', undefined],
    [text, n(42), 'en', '42', undefined],
    [text, { t: 'n', v: 2, f: 'SUM(1,1)' }, 'en', '=SUM(1,1)', 'formula'],
    [yesno, s('Yes'), 'en', 'yes', undefined],
    [yesno, s('tak'), 'en', 'yes', undefined],
    [yesno, s(' NIE '), 'pl', 'no', undefined],
    [yesno, b(true), 'en', 'yes', undefined],
    [yesno, b(false), 'en', 'no', undefined],
    [yesno, s(''), 'en', '', undefined],
    [yesno, s('maybe'), 'en', undefined, 'option'],
    [check, s('Yes'), 'en', 'yes', undefined],
    [check, s('No'), 'en', '', undefined],
    [check, s('x'), 'en', undefined, 'option'],
    [level, s('High'), 'en', 'high', undefined],
    [level, s('niski'), 'en', 'low', undefined],
    [level, s('high'), 'en', 'high', undefined],
    [level, s('Medium'), 'en', undefined, 'option'],
    [scale, n(-2), 'en', '-2', undefined],
    [scale, n(3), 'en', undefined, 'option'],
    [date, n(45351), 'en', '2024-02-29', undefined],
    [date, s('2027-01-15'), 'en', '2027-01-15', undefined],
    [date, s('2025-02-29'), 'en', '2025-02-29', 'date'],
    [date, s('15.01.2027'), 'pl', '15.01.2027', 'date'],
    [date, n(12), 'en', '12', 'date'],
  ] as const)('%# %o → %o', (input, cell, lang, value, problem) => {
    const r = readInputCell(input, cell, lang);
    expect(r.value).toEqual(value);
    expect(r.problem).toBe(problem);
  });

  it.each([
    ['Facebook, E-mail', ['fb', 'mail'], undefined],
    // In the options' order, as the app stores them.
    ['Forums, groups, Facebook', ['fb', 'sites'], undefined],
    ['None of these', ['none'], undefined],
    // "None" beside a choice: the choice says more.
    ['None of these, E-mail', ['mail'], undefined],
    ['fora, grupy', ['sites'], undefined],
    ['Facebook, TikTok', ['fb'], 'option'],
    ['', [], undefined],
  ] as const)('a multi-select reads %o', (typed, value, problem) => {
    const r = readInputCell(multi, s(typed), 'en');
    expect(r.value).toEqual(value);
    expect(r.problem).toBe(problem);
  });

  it('a stand-in name for an empty row reads back as empty', () => {
    expect(readInputCell(text, s('Challenge 2'), 'en', 'Challenge 2').value).toBe('');
    expect(readInputCell(text, s('Own challenge'), 'en', 'Challenge 2').value).toBe('Own challenge');
  });

  it.each([
    [3, 'en', '3'],
    [0.1, 'pl', '0,1'],
    [-2.5, 'pl', '-2,5'],
    [1e-7, 'en', '0.0000001'],
    [1e21, 'en', '1000000000000000000000'],
  ] as const)('plainNumber(%s, %s) = %s', (x, lang, out) => expect(plainNumber(x, lang)).toBe(out));
});
