/**
 * A worksheet's completion as an Excel formula over its own input cells, so the summary's
 * "Completion" follows a client who fills a cell in Excel. The same inputs as the app counts
 * (progress.ts: every non-optional input of the fields and tables), the same answered test
 * (helpers.ts isAnswered: a valid number under its rule, any other non-blank value), the same
 * rounding (completionShareFormula), and the same exception: a sheet exported untouched (still its
 * defaults) counts as not started while its cells still hold those defaults.
 */
import type { CellValue, InputDef, InputPath, SheetData, WorksheetDef } from '../worksheets/types';
import { isAnswered, tableRows } from '../worksheets/helpers';
import { completionShareFormula, isUntouched } from '../worksheets/progress';
import { colName, countValid, isValid, lit, rangeCountable, type Formula } from '../worksheets/formula';
import type { TaggedInput } from './tagged-inputs';

const pathKey = (p: InputPath): string =>
  'field' in p
    ? `f\u0000${p.field}`
    : 'table' in p
      ? `t\u0000${p.table}\u0000${p.row}\u0000${p.col}`
      : `l\u0000${p.list}`;

/** The inputs progress.ts counts, by path. */
function countedInputs(def: WorksheetDef, data: SheetData): Map<string, { input: InputDef; value?: CellValue }> {
  const out = new Map<string, { input: InputDef; value?: CellValue }>();
  for (const block of def.blocks) {
    if (block.kind === 'fields') {
      for (const f of block.fields)
        if (!f.optional) out.set(pathKey({ field: f.id }), { input: f, value: data.fields[f.id] });
    } else if (block.kind === 'table') {
      const inputs = block.columns.filter((c): c is InputDef => c.kind !== 'computed' && !c.optional);
      for (const r of tableRows(block, data))
        for (const c of inputs)
          out.set(pathKey({ table: block.id, row: r.id, col: c.id }), { input: c, value: r.cells[c.id] });
    }
  }
  return out;
}

interface Placed {
  col: number;
  row: number;
  input: InputDef;
  /** testKey(input), worked out once. */
  test: string;
  cached: string | number | boolean;
  /** A row's own name written where none was typed ("Challenge 2"): not an answer. */
  emptyAs?: string;
}

/** Inputs whose cells are counted by the same test (and so can share a range). */
const testKey = (input: InputDef): string =>
  (input.kind === 'number' || input.kind === 'money') && input.rule
    ? `n${input.rule.min}|${input.rule.max}|${input.rule.integer}`
    : 'text';

/** Whole numbers over a wide rule are tested cell by cell: AND() does not work element-wise. */
const mergeable = (input: InputDef): boolean =>
  !((input.kind === 'number' || input.kind === 'money') && input.rule && !rangeCountable(input.rule));

/** How a run of cells in one column, of inputs with one test, counts its answers. */
function answeredIn(range: string, input: InputDef, single: boolean): Formula {
  if ((input.kind === 'number' || input.kind === 'money') && input.rule) {
    return single ? `IF(${isValid(range, input.rule)},1,0)` : countValid(range, input.rule);
  }
  return single ? `IF(LEN(TRIM(${range}))>0,1,0)` : `SUMPRODUCT(--(LEN(TRIM(${range}))>0))`;
}

/** The cell's exported value as a literal a formula compares with. */
const literal = (v: string | number | boolean): Formula =>
  typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : lit(v);

/**
 * The completion share (0–1) of a worksheet's exported sheet, as a formula on another sheet
 * (`sheetName` quotes the references); undefined when the sheet does not hold every counted input
 * in a cell of its own or uses a rule of its own (the stakeholder grid): the cached value stays.
 */
export function completionFormula(
  def: WorksheetDef,
  data: SheetData,
  /** The sheet's tagged cells (tagged-inputs.ts). */
  inputs: readonly TaggedInput[],
  sheetName: string,
): Formula | undefined {
  if (def.progress) return undefined;
  const counted = countedInputs(def, data);
  if (counted.size === 0) return undefined;
  const placed: Placed[] = [];
  for (const t of inputs) {
    if (!('path' in t)) continue;
    const found = counted.get(pathKey(t.path));
    if (!found) continue;
    placed.push({
      col: t.col,
      row: t.row,
      input: found.input,
      test: testKey(found.input),
      cached: t.value,
      emptyAs: t.emptyAs,
    });
  }
  if (placed.length !== counted.size) return undefined;

  const q = `'${sheetName.replace(/'/g, "''")}'!`;
  const cell = (p: Placed) => `${q}${colName(p.col)}${p.row}`;
  // Runs of inputs with one test in one column on consecutive rows become one range.
  placed.sort((a, b) => a.col - b.col || a.row - b.row);
  const terms: Formula[] = [];
  for (let i = 0; i < placed.length;) {
    const first = placed[i]!;
    let j = i + 1;
    while (
      j < placed.length &&
      placed[j]!.col === first.col &&
      placed[j]!.row === placed[j - 1]!.row + 1 &&
      placed[j]!.test === first.test &&
      !first.emptyAs &&
      !placed[j]!.emptyAs &&
      mergeable(first.input)
    )
      j++;
    if (first.emptyAs) {
      terms.push(`IF(AND(LEN(TRIM(${cell(first)}))>0,${cell(first)}<>${lit(first.emptyAs)}),1,0)`);
      i = j;
      continue;
    }
    const last = placed[j - 1]!;
    const range = j - i === 1 ? cell(first) : `${cell(first)}:${colName(last.col)}${last.row}`;
    terms.push(answeredIn(range, first.input, j - i === 1));
    i = j;
  }
  const answered = terms.join('+');
  let share = completionShareFormula(`(${answered})`, String(counted.size));
  // Untouched at export (defaults that count as answered): not started while the cells hold them.
  const answeredNow = [...counted.values()].some((c) => isAnswered(c.input, c.value));
  if (answeredNow && isUntouched(def, data)) {
    const same = placed.map((p) => (p.cached === '' ? `${cell(p)}=""` : `${cell(p)}=${literal(p.cached)}`));
    share = `IF(AND(${same.join(',')}),0,${share})`;
  }
  return share;
}
