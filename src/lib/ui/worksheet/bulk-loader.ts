/**
 * A long table's paste and file import (TableBulk) with its `table` texts: loaded with the
 * worksheet that shows one (registry.ts: withPanels), so the table's pager and paste box are drawn
 * in the same frame as the sheet instead of pushing what is below them down when they arrive.
 */
import { lang } from '../../state/lang.svelte';
import type { WorksheetDef } from '../../worksheets/types';

type Bulk = typeof import('./TableBulk.svelte');
let ready: Bulk | undefined;

export function loadBulk(): Promise<Bulk> {
  return Promise.all([import('./TableBulk.svelte'), lang.need('table')]).then(([m]) => {
    ready = m;
    return ready;
  });
}

/** TableBulk once loaded (and its texts), drawn at once; undefined before. */
export const loadedBulk = (): Bulk | undefined => ready;

/** Whether a worksheet shows a long table (and so wants TableBulk with it). */
export const hasBulk = (def: WorksheetDef): boolean => def.blocks.some((b) => b.kind === 'table' && b.bulk);
