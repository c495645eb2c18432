/**
 * The pieces shared by the Module III step worksheets (crm-strategy, implementation-plan,
 * development-steps): counting a step's answered or ticked inputs as a result, and the readable
 * Excel sheet (step, item, answer, status) with COUNTIF formulas over the status cells.
 */
import type {
  Block,
  CellValue,
  FieldsBlock,
  InputDef,
  Lang,
  ResultItem,
  SheetData,
  Text,
  WorksheetDef,
  XCell,
  XSheet,
} from './types';
import { fillText, isAnswered, pick, tx } from './helpers';
import { YES, NO } from './excel';
import { EXCEL_FORMAT, SheetBuilder, fieldAt, inputCell, ref } from './excel';
import { runs, tally, type Tally } from '../scoring/checklist';
import { completionShare, completionShareFormula } from './progress';

/** A step's progress by the app's one completion rule (progress.ts), undefined with nothing to count. */
const share = (c: Tally): number | undefined => (c.total === 0 ? undefined : completionShare(c.done, c.total));
import { isValid, lit, litOf, type Formula } from './formula';

/** Whether an input counts as done: answered (default) or, for a decision, decided. */
export type DoneRule = (input: InputDef, value: CellValue | undefined) => boolean;
export const answeredRule: DoneRule = (input, value) => isAnswered(input, value);

/** The same rule as an Excel condition on the input's cell, so the Done column follows a client's edits. */
export type DoneFormula = (input: InputDef, cell: string, lang: Lang) => Formula;
export const answeredFormula: DoneFormula = (input, cell, lang) => {
  if (input.kind === 'check') return `${cell}=${litOf(YES, lang)}`;
  if ((input.kind === 'number' || input.kind === 'money') && input.rule) return isValid(cell, input.rule);
  return `LEN(TRIM(${cell}))>0`;
};
/** A condition true when the cell holds one of these texts. */
export const isOneOf = (cell: string, texts: readonly string[]): Formula =>
  `OR(${texts.map((t) => `${cell}=${lit(t)}`).join(',')})`;

/** A counted group of inputs shown as a share ("Progress — Step 3", "Checklist progress — Step 1"). */
export interface StepTally {
  id: string;
  label: Text;
  inputs: readonly InputDef[];
  verb: 'answered' | 'ticked';
}

const VERB: Record<StepTally['verb'], Text> = {
  answered: tx('{done} of {total} answered', 'uzupełniono {done} z {total}', '共 {total} 项，已作答 {done} 项'),
  ticked: tx('{done} of {total} ticked', 'zaznaczono {done} z {total}', '共 {total} 项，已勾选 {done} 项'),
};

/** Optional inputs (notes, "how") are never counted. */
const counted = (inputs: readonly InputDef[]): InputDef[] => inputs.filter((i) => !i.optional);

export const fieldBlocks = (blocks: readonly Block[]): FieldsBlock[] =>
  blocks.filter((b): b is FieldsBlock => b.kind === 'fields');

export function countTally(t: StepTally, data: SheetData, done: DoneRule = answeredRule): Tally {
  return tally(counted(t.inputs).map((i) => done(i, data.fields[i.id])));
}

/** "3 of 7 answered" / "uzupełniono 3 z 7". */
export const tallyText = (c: Tally, verb: StepTally['verb']): Text =>
  fillText(VERB[verb], { done: c.done, total: c.total });

export function tallyItem(t: StepTally, data: SheetData, done: DoneRule = answeredRule): ResultItem {
  const c = countTally(t, data, done);
  return {
    id: t.id,
    label: t.label,
    shown: { kind: 'num', value: share(c), format: 'pct0' },
    detail: tallyText(c, t.verb),
    tone: c.total > 0 && c.done === c.total ? 'good' : 'neutral',
  };
}

/** A tally over several groups (overall progress). */
export const mergeTallies = (
  id: string,
  label: Text,
  parts: readonly StepTally[],
  verb: StepTally['verb'],
): StepTally => ({
  id,
  label,
  inputs: parts.flatMap((p) => p.inputs),
  verb,
});

const HEAD = {
  step: tx('Step', 'Krok', '步骤'),
  item: tx('Item', 'Pozycja', '项目'),
  answer: tx('Answer', 'Odpowiedź', '回答'),
  status: tx('Done', 'Wykonano', '已完成'),
  results: tx('Results', 'Wyniki', '结果'),
  share: tx('Share', 'Udział', '占比'),
  count: tx('Done', 'Wykonano', '已完成'),
  total: tx('Total', 'Razem', '合计'),
};
const STATUS_COL = 3;
const ANSWER_COL = 2;

/**
 * Ranges covering `rows`, bridging optional rows (their status is empty, so COUNTIF skips them):
 * rows 21, 23, 25 with 22, 24 optional → one range 21–25 instead of three COUNTIFs.
 */
function spans(rows: readonly number[], optional: readonly number[]): [number, number][] {
  const wanted = new Set(rows);
  return runs([...rows, ...optional]).flatMap(([a, z]) => {
    const inside = [...wanted].filter((r) => r >= a && r <= z);
    return inside.length ? [[Math.min(...inside), Math.max(...inside)] as [number, number]] : [];
  });
}

export interface StepsSheet {
  b: SheetBuilder;
  /** Excel row of each field. */
  rowOf: Map<string, number>;
  /** A1 ref of a field's answer cell ("C12"). */
  answerRef: (fieldId: string) => string;
}

/**
 * The readable sheet of a step worksheet: one row per input (step, item, answer, Yes/No status;
 * optional inputs have no status), then each tally as COUNTIF formulas over the status cells with
 * the app's values cached. `extra` appends worksheet-specific results.
 */
export function stepsExcel(
  def: Pick<WorksheetDef, 'title' | 'intro' | 'blocks'>,
  data: SheetData,
  lang: Lang,
  tallies: readonly StepTally[],
  done: DoneRule = answeredRule,
  extra?: (sheet: StepsSheet) => void,
  doneFormula: DoneFormula = answeredFormula,
): XSheet {
  const b = new SheetBuilder([40, 60, 50, 10]);
  b.add([{ v: pick(def.title, lang), bold: true }]);
  b.add([pick(def.intro, lang)]);
  b.blank();
  b.add([HEAD.step, HEAD.item, HEAD.answer, HEAD.status].map((h) => ({ v: pick(h, lang), bold: true })));
  b.markHeader();
  const rowOf = new Map<string, number>();
  const optionalRows: number[] = [];
  for (const block of fieldBlocks(def.blocks)) {
    for (const f of block.fields) {
      const value = data.fields[f.id];
      const answer = ref(ANSWER_COL, b.next);
      // Follows the answer cell: a client ticking an item (or writing an answer) in Excel moves the progress.
      const status: XCell = f.optional
        ? null
        : {
            f: `IF(${doneFormula(f, answer, lang)},${litOf(YES, lang)},${litOf(NO, lang)})`,
            v: pick(done(f, value) ? YES : NO, lang),
          };
      if (f.optional) optionalRows.push(b.next);
      rowOf.set(
        f.id,
        b.add([
          block.title ? pick(block.title, lang) : '',
          pick(f.label, lang),
          inputCell(f, value, lang, fieldAt(f.id)),
          status,
        ]),
      );
    }
  }
  b.blank();
  b.heading(pick(HEAD.results, lang));
  b.add([HEAD.item, HEAD.share, HEAD.count, HEAD.total].map((h) => ({ v: pick(h, lang), bold: true })));
  const yes = litOf(YES, lang);
  for (const t of tallies) {
    const rows = counted(t.inputs)
      .map((i) => rowOf.get(i.id))
      .filter((r): r is number => r !== undefined);
    const c = countTally(t, data, done);
    const count =
      spans(rows, optionalRows)
        .map(
          ([a, z]) => `COUNTIF(${a === z ? ref(STATUS_COL, a) : `${ref(STATUS_COL, a)}:${ref(STATUS_COL, z)}`},${yes})`,
        )
        .join('+') || '0';
    const n = b.next;
    b.add([
      { v: pick(t.label, lang), bold: true },
      // The app's completion rule (progress.ts), so the sheet, the Summary and the page show one figure.
      { f: completionShareFormula(ref(2, n), ref(3, n)), v: share(c) ?? '', z: EXCEL_FORMAT.pct0, result: t.id },
      { f: count, v: c.done, z: EXCEL_FORMAT.int },
      c.total,
    ]);
  }
  extra?.({ b, rowOf, answerRef: (id) => ref(ANSWER_COL, rowOf.get(id) ?? 0) });
  return b.build();
}
