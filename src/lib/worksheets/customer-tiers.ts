/**
 * Module V — Value × loyalty (seed 000): value from the ABC class of the spend within this table
 * (scoring/abc.ts, as the ABC analysis), loyalty from three yes/no answers (scoring/tiers.ts), a
 * 3×3 grid of who is where and the seed's strategy per loyalty level. The customers of the ABC
 * analysis can be copied in ('tiers-copy' panel).
 */
import type {
  ComputedColumn,
  InputDef,
  Lang,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
} from './types';
import { cellNumber, emptySheet, pick, row, rowName, tableRows, text, tx } from './helpers';
import { EXCEL_FORMAT, NO, SheetBuilder, YES, cellAt, headCell, inputCell, label, ref, rowsEndRow } from './excel';
import { BLANK, countIf, isValid, lit, sumValid } from './formula';
import { SHARE_SLACK, DEFAULT_LIMITS } from '../scoring/abc';
import {
  LOYALTIES,
  VALUE_TIERS,
  loyaltyOf,
  tierGrid,
  valueTiers,
  type Loyalty,
  type TierCell,
  type ValueTier,
  type YesNo,
} from '../scoring/tiers';
import { abcView, customerName, exampleCustomers, REVENUE_RULE } from './abc-pareto';
import { TITLES } from './titles';

const yesNo = (v: unknown): YesNo => (v === 'yes' || v === 'no' ? v : undefined);

export const VALUE_LABEL: Record<ValueTier, Text> = {
  high: tx('High value', 'Wysoka wartość', '高价值客户'),
  medium: tx('Medium value', 'Średnia wartość', '中价值客户'),
  low: tx('Low value', 'Niska wartość', '低价值客户'),
};
export const LOYALTY_LABEL: Record<Loyalty, Text> = {
  loyal: tx('Loyal', 'Lojalni', '忠诚客户'),
  ordinary: tx('Ordinary', 'Zwykli', '一般客户'),
  lost: tx('Lost', 'Utraceni', '流失客户'),
};
export const LOYALTY_STRATEGY: Record<Loyalty, Text> = {
  loyal: tx(
    'Reward activities for the loyal customers',
    'Działania nagradzające lojalnych klientów',
    '忠诚客户的回馈活动',
  ),
  ordinary: tx('Promotions for the ordinary customers', 'Promocje dla zwykłych klientów', '一般客户的促销活动'),
  lost: tx(
    'Development activities, as for prospects: win them back',
    'Działania rozwojowe, jak wobec potencjalnych klientów: odzyskaj ich',
    '潜在客户的开发活动：重新赢回他们',
  ),
};

const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('Customer', 'Klient', '客户') };
export const spendInput: InputDef = {
  id: 'spend',
  kind: 'number',
  label: tx('Annual spend', 'Roczne wydatki', '年消费金额'),
  rule: { ...REVENUE_RULE, noun: tx('Annual spend', 'Roczne wydatki', '年消费金额') },
};
const purchasesInput: InputDef = {
  id: 'purchases',
  kind: 'number',
  label: tx('Purchases per year', 'Zakupy w roku', '年购买次数'),
  rule: { integer: true, min: 0, max: 1e9, noun: tx('Purchases per year', 'Zakupy w roku', '年购买次数') },
  optional: true,
};
const yn = (id: string, l: Text): InputDef => ({
  id,
  kind: 'yesno',
  label: l,
  options: [
    { value: 'yes', label: YES },
    { value: 'no', label: NO },
  ],
});
const repurchasedInput = yn('repurchased', tx('Repurchased?', 'Kupił ponownie?', '是否回购？'));
const recommendsInput = yn('recommends', tx('Recommends us?', 'Poleca nas?', '是否推荐他人？'));
const complaintInput = yn('complaint', tx('Unresolved complaint?', 'Nierozwiązana reklamacja?', '有未解决的投诉？'));

export function loyaltyOfRow(r: Row): Loyalty | undefined {
  return loyaltyOf(yesNo(r.cells['repurchased']), yesNo(r.cells['recommends']), yesNo(r.cells['complaint']));
}

/** Value tiers of all rows (the ABC class of each spend within the table). */
let memo: { key: string[]; tiers: (ValueTier | undefined)[] } | undefined;
function tiersOf(rows: readonly Row[]): (ValueTier | undefined)[] {
  // Memoised on the typed spends: every row's value column asks for the same list.
  const key = rows.map((r) => text(r.cells['spend']));
  if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo.tiers;
  const result = valueTiers(rows.map((r) => cellNumber(r, spendInput)));
  memo = { key, tiers: result };
  return result;
}

const valueColumn: ComputedColumn = {
  id: 'value',
  kind: 'computed',
  label: tx('Value', 'Wartość', '价值'),
  compute: (r, data) => {
    const rows = tableRows(tiers, data);
    const t = tiersOf(rows)[rows.findIndex((x) => x.id === r.id)];
    return { kind: 'text', value: t && VALUE_LABEL[t] };
  },
};
const loyaltyColumn: ComputedColumn = {
  id: 'loyalty',
  kind: 'computed',
  label: tx('Loyalty', 'Lojalność', '忠诚度'),
  compute: (r) => {
    const l = loyaltyOfRow(r);
    return { kind: 'text', value: l && LOYALTY_LABEL[l] };
  },
};

export const tiers: TableBlock = {
  kind: 'table',
  id: 'customers',
  title: tx('Customers', 'Klienci', '客户'),
  intro: tx(
    'Value by spend (our rule: the ABC class of the spend within this table — A high, B medium, C low). Loyalty by repurchase, referral and complaints (our rule: lost = not repurchased or an unresolved complaint; loyal = repurchased and recommends us; otherwise ordinary).',
    'Wartość według wydatków (nasza reguła: klasa ABC wydatków w tej tabeli — A wysoka, B średnia, C niska). Lojalność według ponownych zakupów, poleceń i reklamacji (nasza reguła: utracony = nie kupił ponownie lub ma nierozwiązaną reklamację; lojalny = kupił ponownie i poleca nas; pozostali zwykli).',
    '价值按消费金额评估（我们的规则：本表内消费金额的 ABC 分类——A 高、B 中、C 低）。忠诚度按回购率、推荐他人率、投诉率评估（我们的规则：未回购或有未解决的投诉为流失客户；已回购且推荐他人为忠诚客户；其余为一般客户）。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [
    nameInput,
    spendInput,
    purchasesInput,
    repurchasedInput,
    recommendsInput,
    complaintInput,
    valueColumn,
    loyaltyColumn,
  ],
  editable: {
    rowNoun: tx('Customer', 'Klient', '客户'),
    addLabel: tx('Add a customer', 'Dodaj klienta', '添加客户'),
    minRows: 1,
  },
};

export interface TiersView {
  rows: Row[];
  grid: TierCell[][];
  placed: number;
}

/** The 3×3 grid (value × loyalty) and who is in each cell, for the results and the panel. */
export function tiersView(data: SheetData): TiersView {
  const rows = tableRows(tiers, data);
  const grid = tierGrid(tiersOf(rows), rows.map(loyaltyOfRow));
  return { rows, grid, placed: grid.flat().reduce((n, c) => n + c.indexes.length, 0) };
}

export function tierName(rows: readonly Row[], index: number, lang: Lang): string {
  return text(rows[index]?.cells['name']).trim() || rowName(tiers, index, lang);
}

const cellLabel = (v: ValueTier, l: Loyalty) =>
  tx(
    `${VALUE_LABEL[v].en} — ${LOYALTY_LABEL[l].en}`,
    `${VALUE_LABEL[v].pl} — ${LOYALTY_LABEL[l].pl}`,
    `${VALUE_LABEL[v].zh} — ${LOYALTY_LABEL[l].zh}`,
  );

const MISSING = tx(
  'Give a customer a spend and answer the three questions',
  'Podaj wydatki klienta i odpowiedz na trzy pytania',
  '请填写客户的消费金额并回答三个问题',
);

function gridItems(data: SheetData): ResultItem[] {
  const view = tiersView(data);
  return view.grid.flat().map((c) => {
    const names = (lang: Lang) => c.indexes.map((i) => tierName(view.rows, i, lang)).join('; ');
    return {
      id: `cell-${c.value}-${c.loyalty}`,
      label: cellLabel(c.value, c.loyalty),
      shown: { kind: 'num', value: view.placed ? c.indexes.length : undefined, format: 'int' },
      missing: MISSING,
      detail: c.indexes.length ? tx(names('en'), names('pl'), names('en')) : undefined,
    };
  });
}

function loyaltyItems(data: SheetData): ResultItem[] {
  const view = tiersView(data);
  return LOYALTIES.map((l, k) => {
    const n = view.grid.reduce((s, line) => s + line[k]!.indexes.length, 0);
    return {
      id: `loyalty-${l}`,
      label: LOYALTY_LABEL[l],
      shown: { kind: 'text', value: LOYALTY_STRATEGY[l] },
      detail: view.placed ? tx(`${n} customers`, `Klienci: ${n}`, `${n} 位客户`) : undefined,
    };
  });
}

function summaryItems(data: SheetData): ResultItem[] {
  const view = tiersView(data);
  const loyalHigh = view.grid[0]![0]!.indexes.length;
  const lostHigh = view.grid[0]![2]!.indexes.length;
  return [
    {
      id: 'placed',
      label: tx('Customers placed', 'Umieszczeni klienci', '已归类客户'),
      shown: { kind: 'num', value: view.placed || undefined, format: 'int' },
      missing: MISSING,
    },
    {
      id: 'cell-high-loyal',
      label: cellLabel('high', 'loyal'),
      shown: { kind: 'num', value: view.placed ? loyalHigh : undefined, format: 'int' },
      missing: MISSING,
    },
    {
      id: 'cell-high-lost',
      label: cellLabel('high', 'lost'),
      shown: { kind: 'num', value: view.placed ? lostHigh : undefined, format: 'int' },
      missing: MISSING,
      tone: lostHigh ? 'bad' : undefined,
    },
  ];
}

// ——— Copy from the ABC analysis ———

const key = (name: string) => name.trim().toLocaleLowerCase();

/**
 * The table after copying the ABC analysis' customers with a revenue (its revenue as the spend, as
 * typed), in the ABC table's order; customers already here by name are left as they are.
 */
export function copyFromAbc(
  rows: readonly Row[],
  abc: SheetData | undefined,
  lang: Lang,
): { rows: Row[]; copied: number; kept: number } | undefined {
  const view = abc ? abcView(abc) : undefined;
  const ranked = view?.ranking?.byIndex;
  if (!view || !ranked?.some(Boolean)) return undefined;
  const have = new Set(rows.map((r) => key(text(r.cells['name']))).filter(Boolean));
  const added: Row[] = [];
  let kept = 0;
  view.rows.forEach((r, i) => {
    if (!ranked[i]) return;
    const name = customerName(view.rows, i, lang);
    if (have.has(key(name))) {
      kept++;
      return;
    }
    have.add(key(name));
    added.push(row({ name, spend: text(r.cells['revenue']).trim() }));
  });
  return { rows: appendRows(rows, added), copied: added.length, kept };
}

const isBlankRow = (r: Row) => Object.values(r.cells).every((v) => text(v).trim() === '');

/** New rows after the last row with something typed (blank rows at the end make room first). */
export function appendRows(rows: readonly Row[], added: readonly Row[]): Row[] {
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1]!)) end--;
  const next = [...rows.slice(0, end), ...added];
  return next.length >= rows.length ? next : [...next, ...rows.slice(next.length)];
}

// ——— Excel ———

/** Columns: A no., B customer, C spend, D purchases, E–G answers, H rank helper, I share before, J value, K loyalty. */
function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([10, 30, 14, 12, 12, 12, 14, 8, 12, 16, 14]);
  const t = (x: Text) => pick(x, lang);
  const rows = tableRows(tiers, data);
  const view = tiersView(data);
  const tierList = tiersOf(rows);
  b.add([{ v: t(customerTiers.title), style: 'title' }]);
  b.add([t(customerTiers.intro)]);
  b.blank();
  b.heading(t(tiers.title!));
  const inputs = [nameInput, spendInput, purchasesInput, repurchasedInput, recommendsInput, complaintInput];
  b.add([
    label(tiers.rowHeader, lang),
    ...inputs.map((c) => headCell(t(c.label), tiers.id, c.id)),
    label(tx('Rank', 'Pozycja', '排名'), lang),
    label(tx('Share before', 'Udział przed', '之前累计占比'), lang),
    label(valueColumn.label, lang),
    label(loyaltyColumn.label, lang),
  ]);
  b.markHeader();
  const lines = rows.length ? rows : [undefined];
  const first = b.next;
  const last = first + lines.length - 1;
  const spend = `$C$${first}:$C$${last}`;
  const totalRow = last + 2;
  const TOTAL = `$B$${totalRow}`;
  const Y = lit(t(YES));
  const N = lit(t(NO));
  const V = (v: ValueTier) => lit(t(VALUE_LABEL[v]));
  const LY = (l: Loyalty) => lit(t(LOYALTY_LABEL[l]));
  lines.forEach((r, i) => {
    const n = b.next;
    const c = ref(2, n);
    const earlier = `$C$${first}:${ref(2, n - 1)}`;
    const sumAbove = `SUMIF(${spend},">"&${c})` + (n > first ? `+SUMIF(${earlier},${c})` : '');
    const valid = isValid(c, spendInput.rule!);
    const before = ref(8, n);
    const [rep, rec, comp] = [ref(4, n), ref(5, n), ref(6, n)];
    const tier = tierList[i];
    const loyalty = r ? loyaltyOfRow(r) : undefined;
    const abcBefore = r ? beforeShare(rows, i) : undefined;
    b.add([
      r ? rowName(tiers, i, lang) : null,
      ...inputs.map((x) => (r ? inputCell(x, r.cells[x.id], lang, cellAt(tiers.id, r.id, x.id)) : null)),
      {
        f: `IF(AND(${valid},${TOTAL}>0),${countIf(spend, `">"&${c}`)}${n > first ? `+${countIf(earlier, c)}` : ''}+1,${BLANK})`,
        v: abcBefore?.rank ?? '',
        z: EXCEL_FORMAT.int,
      },
      {
        f: `IF(AND(${valid},${TOTAL}>0),(${sumAbove})/${TOTAL},${BLANK})`,
        v: abcBefore?.before ?? '',
        z: EXCEL_FORMAT.pct1,
      },
      {
        f: `IF(${before}="",${BLANK},IF(${before}<${DEFAULT_LIMITS.a}-${SHARE_SLACK},${V('high')},IF(${before}<${DEFAULT_LIMITS.b}-${SHARE_SLACK},${V('medium')},${V('low')})))`,
        v: tier ? t(VALUE_LABEL[tier]) : '',
      },
      {
        // Same rule as scoring/tiers.ts: lost first, then loyal / ordinary once the deciding answers are in.
        f: `IF(OR(${rep}=${N},${comp}=${Y}),${LY('lost')},IF(AND(${rep}=${Y},${comp}=${N}),IF(${rec}=${Y},${LY('loyal')},IF(${rec}=${N},${LY('ordinary')},${BLANK})),${BLANK}))`,
        v: loyalty ? t(LOYALTY_LABEL[loyalty]) : '',
      },
    ]);
  });
  b.add(rowsEndRow(tiers.id));
  b.add([
    label(tx('Total spend', 'Łączne wydatki', '总消费金额'), lang),
    {
      f: sumValid(spend, spendInput.rule!),
      v: rows.reduce((s, r) => s + (cellNumber(r, spendInput) ?? 0), 0),
      z: EXCEL_FORMAT.dec2,
    },
  ]);
  b.blank();
  b.heading(
    t(tx('Value × loyalty (number of customers)', 'Wartość × lojalność (liczba klientów)', '价值 × 忠诚度（客户数）')),
  );
  b.add([null, ...LOYALTIES.map((l) => label(LOYALTY_LABEL[l], lang))]);
  const valueRange = `$J$${first}:$J$${last}`;
  const loyaltyRange = `$K$${first}:$K$${last}`;
  const gridFirst = b.next;
  VALUE_TIERS.forEach((v, vi) => {
    b.add([
      label(VALUE_LABEL[v], lang),
      ...LOYALTIES.map((l, li) => ({
        f: `COUNTIFS(${valueRange},${V(v)},${loyaltyRange},${LY(l)})`,
        v: view.grid[vi]![li]!.indexes.length,
        z: EXCEL_FORMAT.int,
        ...(v === 'high' && l !== 'ordinary' ? { result: `cell-high-${l}` } : {}),
      })),
    ]);
  });
  b.add([
    label(tx('Customers placed', 'Umieszczeni klienci', '已归类客户'), lang),
    { f: `SUM(B${gridFirst}:D${gridFirst + 2})`, v: view.placed, z: EXCEL_FORMAT.int, result: 'placed' },
  ]);
  b.blank();
  b.heading(t(tx('Strategy per loyalty level', 'Strategia dla poziomu lojalności', '各忠诚度等级的策略')));
  for (const l of LOYALTIES) b.add([label(LOYALTY_LABEL[l], lang), t(LOYALTY_STRATEGY[l])]);
  return b.build();
}

/** The rank and share before of row i among the spends (the Excel helper columns). */
function beforeShare(rows: readonly Row[], i: number): { rank: number; before: number } | undefined {
  const spends = rows.map((r) => cellNumber(r, spendInput));
  const mine = spends[i];
  if (mine === undefined) return undefined;
  let total = 0;
  let above = 0;
  let rank = 1;
  spends.forEach((s, k) => {
    if (s === undefined) return;
    total += s;
    if (s > mine || (s === mine && k < i)) {
      above += s;
      rank++;
    }
  });
  return total > 0 ? { rank, before: above / total } : undefined;
}

// ——— Defaults and example ———

function initial(): SheetData {
  const data = emptySheet();
  data.tables[tiers.id] = [row(), row(), row()];
  return data;
}

/** Baltic Bikes: the customers of the ABC analysis, with the answers of the account managers. */
const ANSWERS: [purchases: string, repurchased: string, recommends: string, complaint: string][] = [
  ['24', 'yes', 'yes', 'no'],
  ['3', 'yes', 'no', 'no'],
  ['12', 'yes', 'yes', 'yes'],
  ['4', 'yes', 'yes', 'no'],
  ['9', 'yes', 'yes', 'no'],
  ['5', 'no', 'no', 'no'],
  ['1', 'yes', 'no', 'no'],
  ['14', 'yes', 'yes', 'no'],
  ['2', 'no', 'yes', 'no'],
  ['2', 'yes', 'no', 'no'],
  ['310', 'yes', 'no', 'no'],
  ['1', 'yes', 'yes', 'no'],
  ['1', 'no', 'no', 'yes'],
  ['6', 'yes', 'yes', 'no'],
];

function example(lang: Lang): SheetData {
  const data = emptySheet();
  data.tables[tiers.id] = exampleCustomers(lang).map((c, i) => {
    const [purchases, repurchased, recommends, complaint] = ANSWERS[i] ?? ['', '', '', ''];
    return row({ name: c.name, spend: c.revenue, purchases, repurchased, recommends, complaint });
  });
  return data;
}

export const customerTiers = {
  id: 'customer-tiers',
  title: TITLES['customer-tiers'],
  intro: tx(
    'Customer value can be assessed by the amount spent, the purchase frequency and the range of products bought: high-, medium- and low-value customers. Loyalty can be assessed by the repurchase rate, the rate of recommending others and the complaint rate: loyal, ordinary and lost customers. Each level gets its own service strategy.',
    'Wartość klienta można ocenić według wydanej kwoty, częstotliwości zakupów i liczby kupowanych produktów: klienci o wysokiej, średniej i niskiej wartości. Lojalność można ocenić według odsetka ponownych zakupów, poleceń innym i reklamacji: klienci lojalni, zwykli i utraceni. Każdy poziom ma własną strategię obsługi.',
    '客户的价值可以通过客户的消费金额、购买频次、购买产品种类等来进行评估，分为高价值客户、中价值客户和低价值客户。客户的忠诚度可以通过客户的回购率、推荐他人率、投诉率等指标来进行评估，划分为忠诚客户、一般客户和流失客户。根据客户的分级，制定相应的服务策略。',
  ),
  blocks: [
    {
      kind: 'custom',
      id: 'copy',
      panel: 'tiers-copy',
      target: tiers.id,
      title: tx('From the ABC analysis', 'Z analizy ABC', '来自 ABC 分析'),
    },
    tiers,
    {
      kind: 'custom',
      id: 'grid',
      panel: 'tiers-grid',
      target: tiers.id,
      title: tx('Value × loyalty grid', 'Siatka wartość × lojalność', '价值 × 忠诚度矩阵'),
    },
    {
      kind: 'results',
      id: 'cells',
      title: tx('Customers per cell', 'Klienci w polach siatki', '各格客户数'),
      items: gridItems,
    },
    {
      kind: 'results',
      id: 'strategies',
      title: tx('Strategy per loyalty level', 'Strategia dla poziomu lojalności', '各忠诚度等级的策略'),
      items: loyaltyItems,
    },
  ],
  initial,
  example,
  excel,
  summary: summaryItems,
} satisfies WorksheetDef;
