/**
 * Finds the input definition behind an Excel input cell's path, and names it the way the app's
 * accessible names do ("Customer 2 — Name"), for reading an edited file back.
 */
import type { InputDef, InputPath, TableBlock, Text, WorksheetDef } from './types';
import { byLang, holdsRowsOf, pick, rowName } from './helpers';

export interface FoundInput {
  input: InputDef;
  /** The table, for cells of a table. */
  table?: TableBlock;
  /** What an entry of a list is called ("Respondent"), for lists. */
  rowNoun?: Text;
}

export function findInput(def: WorksheetDef, path: InputPath): FoundInput | undefined {
  if ('list' in path) {
    const list = def.lists?.[path.list];
    return list ? { input: list.input, rowNoun: list.rowNoun } : undefined;
  }
  for (const block of def.blocks) {
    if ('field' in path && block.kind === 'fields') {
      const input = block.fields.find((f) => f.id === path.field);
      if (input) return { input };
    }
    if ('table' in path && block.kind === 'table' && holdsRowsOf(block, path.table)) {
      const input = block.columns.find((c): c is InputDef => c.kind !== 'computed' && c.id === path.col);
      return input ? { input, table: block } : undefined;
    }
  }
  return undefined;
}

/** "Customer 2 — Name" for the cell at `index` of a table or list ("Respondent 14 — Score"); the label for a field. */
export function inputName(found: FoundInput, index?: number): Text {
  const { input, table, rowNoun } = found;
  if (table && index !== undefined) {
    return byLang((lang) => `${rowName(table, index, lang)} — ${pick(input.label, lang)}`);
  }
  if (index !== undefined && rowNoun)
    return byLang((lang) => `${pick(rowNoun, lang)} ${index + 1} — ${pick(input.label, lang)}`);
  return input.label;
}
