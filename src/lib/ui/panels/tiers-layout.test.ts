import { describe, expect, it } from 'vitest';
import { drawTiers } from './tiers-layout';
import { roughMeasure } from './grid-layout';

const empty = () => [0, 1, 2].map(() => [0, 1, 2].map(() => ({ names: [] as string[] })));

describe('drawTiers', () => {
  it('keeps every name inside its cell and says how many more', () => {
    const cells = empty();
    cells[0]![0]!.names = Array.from({ length: 9 }, (_, i) => `A very long customer name number ${i}`);
    const d = drawTiers(
      cells,
      360,
      { rows: ['High', 'Medium', 'Low'], cols: ['Loyal', 'Ordinary', 'Lost'], more: (n) => `+${n} more` },
      roughMeasure,
    );
    const cell = d.cells[0]![0]!;
    expect(cell.lines).toHaveLength(5);
    expect(cell.lines.at(-1)).toBe('+5 more');
    for (const line of cell.lines) expect(roughMeasure(line, 13)).toBeLessThanOrEqual(cell.box.w - 16);
    expect(d.cells.flat()).toHaveLength(9);
  });
});
