/** The tagged cells of a sheet by A1 address (see input-map.ts): inputs, and the bounds of editable tables. */
import type { InputPath, XSheet } from '../worksheets/types';
import { a1 } from '../worksheets/formula';

export type TaggedInput =
  | { address: string; col: number; row: number; value: Cached; path: InputPath; emptyAs?: string }
  | { address: string; value: Cached; head: { table: string; col: string } }
  | { address: string; value: Cached; rowsEnd: { table: string; spacer: boolean; open?: boolean } };

/** What the cell holds, cached by the map's reference to it. */
type Cached = string | number | boolean;

export function taggedInputs(sheet: XSheet): TaggedInput[] {
  const found: TaggedInput[] = [];
  // Plain loops, an address only for a tagged cell: a sheet of 10,000 respondents has 50,000 cells.
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const x = row[c];
      if (x === null || typeof x !== 'object' || !(x.input || x.head || x.rowsEnd)) continue;
      const address = a1(c, r + 1);
      const value = x.v ?? '';
      if (x.input)
        found.push({
          address,
          col: c,
          row: r + 1,
          value,
          path: x.input,
          ...(x.emptyAs === undefined ? {} : { emptyAs: x.emptyAs }),
        });
      if (x.head) found.push({ address, value, head: x.head });
      if (x.rowsEnd) found.push({ address, value, rowsEnd: x.rowsEnd });
    }
  }
  return found;
}
