/**
 * Every participant's answer to the same question of one worksheet, side by side: fields, each
 * seed row's inputs, and an editable table's column as the participant's rows (free text too).
 * Answers are words (worksheets/answer-text.ts). Anonymised, inputs that name people or
 * customers (`name`) are hidden.
 */
import type { InputDef, Lang, TableBlock, WorksheetDef } from '../worksheets/types';
import type { WorkbookRecord } from '../storage/record';
import { answerText } from '../worksheets/answer-text';
import { pick, tableRows } from '../worksheets/helpers';

export interface Question {
  id: string;
  label: string;
  /** One per participant, in the group's order; '' when unanswered. */
  answers: string[];
}

/** Inputs that name a customer or a person: hidden when the group is anonymised. */
export const NAMES = new Set(['name']);

const isInput = (c: TableBlock['columns'][number]): c is InputDef => c.kind !== 'computed';

export function sideBySide(
  def: WorksheetDef,
  records: readonly WorkbookRecord[],
  lang: Lang,
  hidden: string | undefined,
): Question[] {
  const sheets = records.map((r) => r.sheets[def.id]);
  const shown = (input: InputDef, text: string) =>
    hidden !== undefined && text && NAMES.has(input.id) ? hidden : text;
  const out: Question[] = [];
  for (const block of def.blocks) {
    if (block.kind === 'fields') {
      for (const f of block.fields)
        out.push({
          id: `${block.id}/${f.id}`,
          label: pick(f.label, lang),
          answers: sheets.map((s) => shown(f, s ? answerText(f, s.fields[f.id], lang) : '')),
        });
    } else if (block.kind === 'table') {
      const inputs = block.columns.filter(isInput);
      if (block.fixedRows) {
        for (const fr of block.fixedRows)
          for (const c of inputs)
            out.push({
              id: `${block.id}/${fr.id}/${c.id}`,
              label: inputs.length > 1 ? `${pick(fr.label, lang)} — ${pick(c.label, lang)}` : pick(fr.label, lang),
              answers: sheets.map((s) => {
                const row = s ? tableRows(block, s).find((r) => r.id === fr.id) : undefined;
                return shown(c, answerText(c, row?.cells[c.id], lang));
              }),
            });
      } else {
        const title = block.title ? `${pick(block.title, lang)} — ` : '';
        for (const c of inputs)
          out.push({
            id: `${block.id}/${c.id}`,
            label: `${title}${pick(c.label, lang)}`,
            answers: sheets.map((s) =>
              s
                ? tableRows(block, s)
                    .map((r) => shown(c, answerText(c, r.cells[c.id], lang)))
                    .filter(Boolean)
                    .join('\n')
                : '',
            ),
          });
      }
    }
  }
  // A question nobody answered says nothing about the room.
  return out.filter((q) => q.answers.some((a) => a !== ''));
}
