import { describe, expect, it } from 'vitest';
import { sideBySide } from './answers';
import { loadAllDefinitions } from '../worksheets/index';
import { exampleRecord } from '../export/import-fixtures';
import { newWorkbook } from '../storage/record';

const defs = await loadAllDefinitions();
const def = (id: string) => defs.find((d) => d.id === id)!;

describe('sideBySide', () => {
  const a = exampleRecord(defs, 'en', 'A');
  const empty = newWorkbook('B', 'en');
  it('one answer per participant, free text included; unanswered questions left out', () => {
    const qs = sideBySide(def('crm-strategy'), [a, empty], 'en', undefined);
    expect(qs.length).toBeGreaterThan(3);
    for (const q of qs) {
      expect(q.answers).toHaveLength(2);
      expect(q.answers[1]).toBe('');
    }
    expect(qs.some((q) => q.answers[0]!.length > 20)).toBe(true);
  });
  it('anonymised: names are hidden', () => {
    const open = sideBySide(def('stakeholder-grid'), [a], 'en', undefined);
    const hidden = sideBySide(def('stakeholder-grid'), [a], 'en', '(hidden)');
    const names = open.find((q) => q.id.endsWith('/name'))!;
    expect(names.answers[0]).not.toBe('');
    const n = names.answers[0]!.split('\n').length;
    expect(hidden.find((q) => q.id === names.id)!.answers[0]).toBe(Array(n).fill('(hidden)').join('\n'));
  });
});
