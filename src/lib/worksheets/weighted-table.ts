/**
 * Rating × weight tables as worksheet pieces: columns, results and Excel formulas. The CRM audit
 * and the voicebot cases build their tables with these, so the logic exists once.
 */
import type { ComputedColumn, InputDef, Lang, ResultItem, Row, SheetData, TableBlock, Text, XCell } from './types';
import { byLang, cellNumber, pick, rowName, tableRows, text, tx } from './helpers';
import { fill } from '../i18n/translate';
import { missingRowsText } from './missing-rows';
import { RATING_RANGE, WEIGHT_RANGE, weightedTable, type WeightedResult } from '../scoring/weighted';
import { formatNumber } from '../i18n/format';
import { clean } from '../scoring/decimal';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, ref, inputCell } from './excel';
import { countValid, ifAllValid, rowRefs, sumValid } from './formula';

export const ratingInput: InputDef = {
  id: 'rating',
  kind: 'number',
  label: tx('Rating', 'Ocena', '评分'),
  // The seed heads the columns "Rating [1-5]" and "Weight [0.1-0.9]".
  hint: tx('1–5: 1 = lowest, 5 = highest', '1–5: 1 = najniżej, 5 = najwyżej', '1–5：1 = 最低，5 = 最高'),
  rule: { ...RATING_RANGE, noun: tx('Rating', 'Ocena', '评分') },
};

export const weightInput: InputDef = {
  id: 'weight',
  kind: 'number',
  label: tx('Weight', 'Waga', '权重'),
  hint: tx('0.1–0.9; the weights total 1', '0,1–0,9; wagi sumują się do 1', '0.1–0.9；权重之和为 1'),
  rule: { ...WEIGHT_RANGE, noun: tx('Weight', 'Waga', '权重') },
};

export const productColumn: ComputedColumn = {
  id: 'product',
  kind: 'computed',
  label: tx('Rating × weight', 'Ocena × waga', '评分 × 权重'),
  compute: (row: Row) => {
    const r = cellNumber(row, ratingInput);
    const w = cellNumber(row, weightInput);
    return { kind: 'num', value: r !== undefined && w !== undefined ? clean(r * w) : undefined, format: 'dec2' };
  },
  // Valid pairs only, as above: a weight of 1.5 or a rating of 6 typed in Excel counts for nothing.
  excel: (row) =>
    ifAllValid(
      [
        [row.col('rating'), RATING_RANGE],
        [row.col('weight'), WEIGHT_RANGE],
      ],
      `${row.col('rating')}*${row.col('weight')}`,
    ),
};

export const weightedColumns = [ratingInput, weightInput, productColumn];

export function evaluateTable(table: TableBlock, data: SheetData): WeightedResult {
  return weightedTable(
    tableRows(table, data).map((r) => ({ rating: cellNumber(r, ratingInput), weight: cellNumber(r, weightInput) })),
  );
}

const GAP = {
  complete: tx('complete', 'kompletna', '已完整'),
  add: tx('add', 'dodaj', '还需增加'),
  remove: tx('remove', 'odejmij', '需要减少'),
};

/** "0.90 — add 0.10" / "1.10 — remove 0.10" / "1.00 — complete". */
export function weightGapText(result: WeightedResult): Text | undefined {
  const gap = result.weightGap;
  if (gap === undefined) return undefined;
  return byLang((lang) => {
    const total = formatNumber(result.totalWeight, 'weight', lang);
    if (result.weightsTotalOne) return `${total} — ${pick(GAP.complete, lang)}`;
    const amount = formatNumber(Math.abs(gap), 'weight', lang);
    return `${total} — ${pick(gap > 0 ? GAP.add : GAP.remove, lang)} ${amount}`;
  });
}

/** What is missing before a weighted average can be shown, or undefined when nothing is. */
export function missingText(result: WeightedResult, rowCount: number, noun: Text): Text | undefined {
  if (rowCount === 0) return tx('Add at least one row', 'Dodaj co najmniej jeden wiersz', '请至少添加一行');
  return missingRowsText(result.missingRatings, result.missingWeights, rowCount, noun);
}

/**
 * Every row rated and weighted but the weights do not total 1: what to change, and the average
 * with the weights scaled to 1, marked provisional ("Weights total 0.90 — add 0.10 to reach 1.
 * Provisional, with the weights scaled to 1: 4.00").
 */
export function provisionalText(result: WeightedResult): Text | undefined {
  const gap = result.weightGap;
  if (result.provisionalAverage === undefined || gap === undefined) return undefined;
  const template = tx(
    'Weights total {total} — {change} {amount} to reach 1. Provisional, with the weights scaled to 1: {avg}',
    'Wagi sumują się do {total} — {change} {amount}, aby było 1. Wstępnie, po przeskalowaniu wag do 1: {avg}',
    '权重合计为 {total} — {change} {amount} 才能达到 1。按权重折算为 1 后的暂定值：{avg}',
  );
  const change = gap > 0 ? GAP.add : GAP.remove;
  return byLang((lang) =>
    fill(pick(template, lang), {
      total: formatNumber(result.totalWeight, 'weight', lang),
      change: pick(change, lang),
      amount: formatNumber(Math.abs(gap), 'weight', lang),
      avg: formatNumber(result.provisionalAverage, 'dec2', lang),
    }),
  );
}

/** Total weight and weighted average of one table as result items. */
export function weightedResults(
  table: TableBlock,
  data: SheetData,
  labels: { total: Text; average: Text; rowNoun: Text },
): { result: WeightedResult; items: ResultItem[] } {
  const result = evaluateTable(table, data);
  const rows = tableRows(table, data).length;
  const gap = weightGapText(result);
  const items: ResultItem[] = [
    {
      id: `${table.id}-total-weight`,
      label: labels.total,
      shown: { kind: 'num', value: result.totalWeight, format: 'weight' },
      missing: tx('No weight entered yet', 'Nie wpisano jeszcze wag', '尚未填写权重'),
      detail: gap,
      tone: result.totalWeight === undefined ? 'neutral' : result.weightsTotalOne ? 'good' : 'warn',
    },
    {
      id: `${table.id}-weighted-average`,
      label: labels.average,
      shown: { kind: 'num', value: result.weightedAverage, format: 'dec2' },
      missing: missingText(result, rows, labels.rowNoun) ?? provisionalText(result),
    },
  ];
  return { result, items };
}

/** Excel's test that a total weight is 1 within the app's tolerance (rounded, so 0.999 counts as in the app). */
export const weightsTotalOneFormula = (totalRef: string): string => `ROUND(ABS(N(${totalRef})-1),9)<=0.001`;

/**
 * Writes a weighted table to Excel: rating and weight as inputs, the product, total weight and
 * weighted average as formulas with the app's values cached. Returns the result cells' refs.
 */
export function weightedTableExcel(
  b: SheetBuilder,
  table: TableBlock,
  data: SheetData,
  lang: Lang,
  labels: { header: Text; total: Text; average: Text },
): { totalRef: string; averageRef: string; result: WeightedResult } {
  const result = evaluateTable(table, data);
  const rows = tableRows(table, data);
  // An editable table (the user's own case) maps its headers, so rows inserted in Excel are read back.
  const head = (text: Text, col: string): XCell =>
    table.editable ? headCell(pick(text, lang), table.id, col) : { v: pick(text, lang), bold: true };
  b.add([
    head(labels.header, 'label'),
    head(ratingInput.label, ratingInput.id),
    head(weightInput.label, weightInput.id),
    { v: pick(productColumn.label, lang), bold: true },
  ]);
  const first = b.next;
  rows.forEach((r, i) => {
    // Seed rows by their label; the user's own rows by what they wrote, or "Challenge 2" when unnamed.
    const fixed = table.fixedRows?.[i];
    const named = text(r.cells['label']);
    const label: XCell = fixed
      ? pick(fixed.label, lang)
      : {
          v: named || rowName(table, i, lang),
          input: cellAt(table.id, r.id, 'label'),
          ...(named ? {} : { emptyAs: rowName(table, i, lang) }),
        };
    const n = b.next;
    const product = result.products[i];
    b.add([
      label,
      inputCell(ratingInput, r.cells[ratingInput.id], lang, cellAt(table.id, r.id, ratingInput.id)),
      inputCell(weightInput, r.cells[weightInput.id], lang, cellAt(table.id, r.id, weightInput.id)),
      {
        f: productColumn.excel!(rowRefs({ rating: 1, weight: 2 }, n)),
        v: product ?? '',
        z: EXCEL_FORMAT.dec2,
      },
    ]);
  });
  const last = b.next - 1;
  const totalRow = b.next;
  const weights = `${ref(2, first)}:${ref(2, last)}`;
  const products = `${ref(3, first)}:${ref(3, last)}`;
  const totalLabel: XCell = {
    v: pick(labels.total, lang),
    bold: true,
    ...(table.editable ? { rowsEnd: { table: table.id, spacer: false } } : {}),
  };
  // Empty without any valid weight, as in the app (no data is not zero).
  b.add([
    totalLabel,
    null,
    {
      f: `IF(${countValid(weights, WEIGHT_RANGE)}=0,"",${sumValid(weights, WEIGHT_RANGE)})`,
      v: result.totalWeight ?? '',
      z: EXCEL_FORMAT.weight,
      result: `${table.id}-total-weight`,
    },
  ]);
  const avgRow = b.next;
  // Empty until every row has a product and the weights total 1 (13.2: a bare Σ rating × weight
  // of 22.5 on a 1–5 scale is no average); divided by a total accepted as 1.
  const total = ref(2, totalRow);
  const average = result.weightsTotalOne ? result.weightedAverage : undefined;
  b.add([
    { v: pick(labels.average, lang), bold: true },
    null,
    null,
    {
      f: `IF(AND(COUNT(${products})=${rows.length},${weightsTotalOneFormula(total)}),ROUND(SUM(${products})/${total},10),"")`,
      v: average ?? '',
      z: EXCEL_FORMAT.dec2,
      result: `${table.id}-weighted-average`,
    },
  ]);
  return { totalRef: total, averageRef: ref(3, avgRow), result };
}
