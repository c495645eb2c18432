import { describe, expect, it } from 'vitest';
import { newWorkbook } from '../storage/record';
import { CATALOG, loadAllDefinitions } from './index';
import { progressOf } from './progress';
import { workbookSummary } from './summary-list';
import { showText } from '../ui/worksheet/shown';

const defs = await loadAllDefinitions();

function exampleRecord() {
  const record = newWorkbook('Example', 'en', 1_000);
  for (const def of defs) record.sheets[def.id] = def.example('en');
  return record;
}

describe('workbookSummary', () => {
  it('lists every worksheet once, in catalogue order, grouped by module', () => {
    const modules = workbookSummary(exampleRecord(), defs);
    expect(modules.flatMap((m) => m.sheets.map((s) => s.id))).toEqual(CATALOG.map((e) => e.id));
    expect(modules.map((m) => m.module.number)).toEqual([1, 2, 3, 4, 5]);
    for (const m of modules) for (const s of m.sheets) expect(s.entry.module).toBe(m.module.number);
  });

  it('gives each worksheet the results and completion its own page and the Excel summary use', () => {
    const record = exampleRecord();
    for (const s of workbookSummary(record, defs).flatMap((m) => m.sheets)) {
      const def = defs.find((d) => d.id === s.id)!;
      expect(s.started).toBe(true);
      expect(s.items).toEqual(def.summary(record.sheets[s.id]!));
      expect(s.progress).toEqual(progressOf(def, record.sheets[s.id]!));
      expect(s.items.length).toBeGreaterThan(0);
    }
    const nps = workbookSummary(record, defs)[1]!.sheets.find((s) => s.id === 'nps-survey')!;
    expect(showText(nps.items.find((i) => i.label.en === 'Net Promoter Score')!.shown, 'en')).toBe('+42');
  });

  it('a new workbook: every worksheet "not started", its results "—" with what is missing, never a fake 0', () => {
    const modules = workbookSummary(newWorkbook('Empty', 'pl', 1_000), defs);
    const sheets = modules.flatMap((m) => m.sheets);
    expect(sheets).toHaveLength(CATALOG.length);
    for (const s of sheets) {
      expect(s.started).toBe(false);
      expect(s.progress.answered).toBe(0);
      for (const item of s.items) {
        if (item.shown.value !== undefined) continue;
        expect(showText(item.shown, 'en')).toBe('—');
      }
    }
    const nps = sheets.find((s) => s.id === 'nps-survey')!.items.find((i) => i.label.en === 'Net Promoter Score')!;
    expect(nps.shown.value).toBeUndefined();
    expect(nps.missing).toBeDefined();
  });

  it('leaves out a worksheet whose definition is not given (and an empty module)', () => {
    const only = defs.filter((d) => d.id === 'crm-audit');
    const modules = workbookSummary(exampleRecord(), only);
    expect(modules).toHaveLength(1);
    expect(modules[0]!.sheets.map((s) => s.id)).toEqual(['crm-audit']);
  });
});
