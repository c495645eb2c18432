import { describe, expect, it } from 'vitest';
import { loadAllDefinitions } from './index';
import { seedInLanguage, seedRowsToTranslate } from './seed-language';
import { isUntouched } from './progress';

const defs = await loadAllDefinitions();
const byId = (id: string) => defs.find((d) => d.id === id)!;

describe('seed rows follow the page language until the user edits them', () => {
  it('loyalty pairs created in English read in Polish, ids kept', () => {
    const loyalty = byId('loyalty-exchange');
    const en = loyalty.initial('en');
    const pl = loyalty.initial('pl');
    const shown = seedInLanguage(loyalty, en, 'pl');
    const table = Object.keys(en.tables)[0]!;
    expect(shown.tables[table]!.map((r) => r.cells)).toEqual(pl.tables[table]!.map((r) => r.cells));
    expect(shown.tables[table]!.map((r) => r.id)).toEqual(en.tables[table]!.map((r) => r.id));
    expect(isUntouched(loyalty, shown)).toBe(true);
    // And back.
    expect(seedInLanguage(loyalty, shown, 'en').tables[table]!.map((r) => r.cells)).toEqual(
      en.tables[table]!.map((r) => r.cells),
    );
  });

  it('an edited pair stays as typed; the untouched one is translated', () => {
    const loyalty = byId('loyalty-exchange');
    const data = loyalty.initial('en');
    const table = Object.keys(data.tables)[0]!;
    const [first, second] = data.tables[table]!;
    first!.cells['reaction'] = 'A 3% discount on purchases';
    const shown = seedInLanguage(loyalty, data, 'pl');
    expect(shown.tables[table]![0]!.cells).toEqual(first!.cells);
    expect(shown.tables[table]![1]!.cells).toEqual(loyalty.initial('pl').tables[table]![1]!.cells);
    expect(shown.tables[table]![1]!.cells).not.toEqual(second!.cells);
  });

  it('the crisis plan example risk is translated; nothing to do in the same language', () => {
    const plan = byId('crisis-plan');
    const en = plan.initial('en');
    expect(seedRowsToTranslate(plan, en, 'en').size).toBe(0);
    const shown = seedInLanguage(plan, en, 'pl');
    expect(shown.tables['risks']![0]!.cells['risk']).toBe('Cyberatak');
  });

  for (const def of defs) {
    it(`${def.id}: an example (typed answers) is never rewritten`, () => {
      for (const lang of ['en', 'pl'] as const) {
        const data = def.example(lang);
        expect(seedInLanguage(def, data, lang === 'en' ? 'pl' : 'en')).toBe(data);
      }
    });
  }
});
