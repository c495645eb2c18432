import { describe, expect, it } from 'vitest';
import { isBlankRow, planBulkAdd } from './bulk-rows';
import { row } from './helpers';

describe('planBulkAdd', () => {
  const filled = row({ score: '9' }, 'a');
  const blanks = [row({}, 'b1'), row({ score: '' }, 'b2'), row({ tags: [] }, 'b3')];

  it('blank rows at the end are replaced first, as many as there are new rows', () => {
    const p = planBulkAdd([filled, ...blanks], [{ score: '1' }, { score: '2' }]);
    expect(p.at).toBe(1);
    expect(p.replaced.map((r) => r.id)).toEqual(['b1', 'b2']);
    expect(p.added.map((r) => r.cells)).toEqual([{ score: '1' }, { score: '2' }]);
  });

  it('more new rows than blanks: all blanks replaced; none: appended at the end', () => {
    expect(planBulkAdd(blanks, [{}, {}, {}, {}]).replaced).toHaveLength(3);
    const p = planBulkAdd([filled], [{ score: '1' }]);
    expect([p.at, p.replaced.length]).toEqual([1, 0]);
  });

  it('a blank row between filled ones is kept; new rows get fresh unique ids', () => {
    const p = planBulkAdd([blanks[0]!, filled], [{ score: '1' }, { score: '2' }]);
    expect([p.at, p.replaced.length]).toEqual([2, 0]);
    expect(new Set(p.added.map((r) => r.id)).size).toBe(2);
  });

  it('isBlankRow', () => {
    expect(blanks.every(isBlankRow)).toBe(true);
    expect(isBlankRow(filled)).toBe(false);
  });
});
