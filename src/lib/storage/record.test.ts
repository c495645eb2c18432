import { describe, expect, it } from 'vitest';
import { newWorkbook, repairWorkbook } from './record';

describe('repairWorkbook keeps what a newer version wrote', () => {
  it('unknown properties of the record, its sheets and rows, and unknown worksheets survive a read and a save', () => {
    const newer = {
      ...newWorkbook('Client', 'pl', 1000),
      owner: { name: 'Anna' },
      sheets: {
        'crm-audit': {
          fields: {},
          tables: { questions: [{ id: 'q1', cells: { rating: '4' }, comment: 'checked' }] },
          reviewedAt: 5,
        },
        'module-v-sheet': { fields: { goal: 'More renewals' }, tables: {} },
      },
      progress: { 'module-v-sheet': { answered: 1, total: 4 } },
    };
    // What an older tab saves is what it read: a JSON round trip, as IndexedDB stores it.
    const saved = JSON.parse(JSON.stringify(repairWorkbook(structuredClone(newer)))) as unknown;
    expect(saved).toEqual(newer);
  });

  it('still mends what it knows: a number becomes text, a missing row id is given', () => {
    const r = repairWorkbook({
      id: 'x',
      sheets: { 'crm-audit': { tables: { questions: [{ cells: { rating: 4 } }] } } },
      extra: [1],
    })!;
    const row = r.sheets['crm-audit']!.tables['questions']![0]!;
    expect(row.cells['rating']).toBe('4');
    expect(row.id).toMatch(/.+/);
    expect((r as unknown as { extra: number[] }).extra).toEqual([1]);
  });
});
