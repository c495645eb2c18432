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
  sheet.rows.forEach((row, r) =>
    row.forEach((x, c) => {
      if (x === null || typeof x !== 'object') return;
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
    }),
  );
  return found;
}
