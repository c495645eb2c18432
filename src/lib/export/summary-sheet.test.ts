import { pick } from '../worksheets/helpers';
import { describe, expect, it } from 'vitest';
import { loadAllDefinitions } from '../worksheets/index';
import { resultCells } from './summary-sheet';
import type { Lang, Shown } from '../worksheets/types';

// The summary refers to the cell holding each result on its worksheet's sheet, so a consultant's
// edit in Excel updates it: every summary item must be held by a tagged cell with its value cached.

const defs = await loadAllDefinitions();

function expected(shown: Shown, lang: Lang): string | number {
  if (shown.value === undefined) return '';
  if (shown.kind === 'num') return shown.value;
  return pick(shown.value, lang);
}

describe('summary items are live references', () => {
  for (const lang of ['en', 'pl'] as const) {
    for (const def of defs) {
      for (const [which, data] of [
        ['example', def.example(lang)],
        ['empty', def.initial(lang)],
      ] as const) {
        it(`${def.id} (${which}, ${lang})`, () => {
          const cells = resultCells(def.excel(data, lang));
          for (const item of def.summary(data)) {
            const held = cells.get(item.id);
            expect(held, `${item.id} has no tagged cell`).toBeDefined();
            if (item.id === 'estimated-cost') {
              // Held as the number, its currency in the number format; the app shows it formatted.
              expect(held?.cell.z).toMatch(/^#,##0\.00/);
              expect(typeof held?.cell.v).toBe(item.shown.value === undefined ? 'string' : 'number');
              continue;
            }
            if (item.shown.value === undefined) {
              // No data: empty, or a count of nothing (Excel's COUNT gives 0).
              expect(['', 0], item.id).toContain(held?.cell.v ?? '');
              continue;
            }
            expect(held?.cell.v ?? '', item.id).toEqual(expected(item.shown, lang));
          }
        });
      }
    }
  }
});
