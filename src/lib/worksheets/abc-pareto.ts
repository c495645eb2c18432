/**
 * Module V — Which customers carry the business? ABC / Pareto analysis (seed 001: the 2:8 rule;
 * seed 000: key accounts and the A/B/C/D classes with their strategies). Scoring: scoring/abc.ts,
 * shared with customer-tiers. The ranked list and the Pareto chart are panels fed by abcView().
 */
import type { FieldsBlock, InputDef, Lang, ResultItem, Row, SheetData, TableBlock, Text, WorksheetDef } from './types';
import { emptySheet, fieldNumber, pick, row, rowName, tableRows, text, tx } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, YES, cellAt, fieldAt, headCell, inputCell, label, ref, rowsEndRow } from './excel';
import { BLANK, countIf, countValid, ifValid, isValid, lit, sumValid } from './formula';
import { formatNumber } from '../i18n/format';
import { validNumber } from '../scoring/parse';
import {
  ABC_CLASSES,
  DEFAULT_LIMITS,
  KEY_ACCOUNT_SHARE,
  SHARE_SLACK,
  TOP_SHARE,
  classesInOrder,
  validLimits,
  type AbcClass,
  type AbcInput,
  type AbcRanked,
  type AbcResult,
} from '../scoring/abc';
import { RankOrder } from '../scoring/abc-order';
import { TITLES } from './titles';

// ——— Inputs ———

// At most 13 digits: a spreadsheet keeps 15 significant digits, so 1e15 + 1 would read as in range there.
export const REVENUE_RULE = { integer: false, min: 0, max: 1e12 };
export const PROFIT_RULE = { integer: false, min: -1e12, max: 1e12 };
const LIMIT_RULE = { integer: false, min: 1, max: 100 };

export const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('Customer', 'Klient', '客户') };
export const revenueInput: InputDef = {
  id: 'revenue',
  kind: 'number',
  label: tx('Revenue', 'Przychód', '收入'),
  rule: { ...REVENUE_RULE, noun: tx('Revenue', 'Przychód', '收入') },
};
export const profitInput: InputDef = {
  id: 'profit',
  kind: 'number',
  label: tx('Profit (optional)', 'Zysk (opcjonalnie)', '利润（可选）'),
  hint: tx('0 or less makes the customer D', '0 lub mniej oznacza klasę D', '为 0 或负数时归为 D 类'),
  rule: { ...PROFIT_RULE, noun: tx('Profit', 'Zysk', '利润') },
  optional: true,
};
const limitA: InputDef = {
  id: 'limit-a',
  kind: 'number',
  label: tx('A limit (% of revenue)', 'Granica A (% przychodu)', 'A 类界限（收入的 %）'),
  hint: tx(
    'A while the cumulative share before the customer is below it (our rule: 80)',
    'A, dopóki skumulowany udział przed klientem jest poniżej niej (nasza reguła: 80)',
    '客户之前的累计占比低于此值时为 A 类（我们的规则：80）',
  ),
  rule: { ...LIMIT_RULE, noun: tx('A limit', 'Granica A', 'A 类界限') },
};
const limitB: InputDef = {
  id: 'limit-b',
  kind: 'number',
  label: tx('B limit (% of revenue)', 'Granica B (% przychodu)', 'B 类界限（收入的 %）'),
  hint: tx(
    'B while below it, C after (our rule: 95); above the A limit',
    'B, dopóki poniżej niej, potem C (nasza reguła: 95); wyżej niż granica A',
    '低于此值时为 B 类，其后为 C 类（我们的规则：95）；须高于 A 类界限',
  ),
  rule: { ...LIMIT_RULE, noun: tx('B limit', 'Granica B', 'B 类界限') },
};

export const customers: TableBlock = {
  kind: 'table',
  id: 'customers',
  title: tx('Customers', 'Klienci', '客户'),
  intro: tx(
    'One row per customer: the revenue of a year (any currency, the same for all) and, if you know it, the profit. Paste or import a long list below.',
    'Jeden wiersz na klienta: przychód z roku (w dowolnej walucie, tej samej dla wszystkich) i, jeśli go znasz, zysk. Długą listę wklej lub zaimportuj poniżej.',
    '每位客户一行：一年的收入（任何币种，但须统一），如已知，再填利润。长名单可在下方粘贴或导入。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [nameInput, revenueInput, profitInput],
  editable: {
    rowNoun: tx('Customer', 'Klient', '客户'),
    addLabel: tx('Add a customer', 'Dodaj klienta', '添加客户'),
    minRows: 1,
  },
};

const limits: FieldsBlock = {
  kind: 'fields',
  id: 'limits',
  title: tx('Class limits (our rule)', 'Granice klas (nasza reguła)', '分类界限（我们的规则）'),
  intro: tx(
    'The seeds give no limits: 80% and 95% are our rule. Change them and every class follows.',
    'Materiały źródłowe nie podają granic: 80% i 95% to nasza reguła. Zmień je, a klasy się dostosują.',
    '原文未给出界限：80% 和 95% 是我们的规则。修改后所有分类随之更新。',
  ),
  fields: [limitA, limitB],
};

export const CLASS_STRATEGY: Record<AbcClass, Text> = {
  A: tx(
    'The customers who contribute most: know their needs, provide personalised service, keep in close contact',
    'Klienci o największym wkładzie: poznaj ich potrzeby, zapewnij zindywidualizowaną obsługę, utrzymuj bliski kontakt',
    '对企业贡献最大的客户：了解他们的需求，提供个性化的服务，保持良好的沟通和关系',
  ),
  B: tx(
    'A large contribution: incentives such as discounts and value-added services',
    'Duży wkład: zachęty, takie jak rabaty i usługi dodane',
    '对企业贡献较大的客户：采取激励措施，如优惠促销、增值服务',
  ),
  C: tx(
    'An average contribution: market research and customisation to learn their needs',
    'Przeciętny wkład: badania rynku i dostosowanie oferty, aby poznać ich potrzeby',
    '对企业贡献一般的客户：通过市场调研和产品定制了解他们的需求',
  ),
  D: tx(
    'A small contribution: reduce the resources spent on them and move them to A, B and C',
    'Mały wkład: ogranicz zasoby na nich i przenieś je na klientów A, B i C',
    '对企业贡献较小的客户：适当减少对其资源的投入，将更多精力投入到 A、B、C 类客户身上',
  ),
};

// ——— Computation (memoised on the typed values: the table, the panels and the results share it) ———

export interface AbcView {
  /** Classes with the sheet's limits; undefined when there is nothing to rank or the limits are not valid. */
  result: AbcResult | undefined;
  /** Ranks and shares, which the limits do not change (for Excel's rank and share columns). */
  ranking: AbcResult | undefined;
  limits: { a: number | undefined; b: number | undefined };
  rows: Row[];
  /** Each row's revenue and profit as read (undefined: none valid), in the rows' order. */
  inputs: readonly AbcInput[];
  /** Rows with something typed but no valid revenue (left out). */
  unranked: number;
}

const COLUMNS = [nameInput.id, revenueInput.id, profitInput.id];
const blank = (r: Row) => COLUMNS.every((c) => text(r.cells[c]).trim() === '');

/** What the last analysis read, to follow the next one from it. */
interface Memo {
  limits: string[];
  /** Each row's revenue and profit as typed (kept in step by abcView, not shared). */
  revenues: string[];
  profits: string[];
  inputs: AbcInput[];
  /** The rank order of `inputs`, kept while revenues are typed (scoring/abc-order.ts). */
  order: RankOrder;
  /** The rows without a valid revenue (the only ones that can be left out). */
  unrevenued: number[];
  view: AbcView;
}
let memo: Memo | undefined;

/** More rows changed than this at once (a paste, a sort): read and ranked afresh. */
const FEW_EDITS = 16;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function withoutRevenue(inputs: readonly AbcInput[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < inputs.length; i++) if (inputs[i]!.revenue === undefined) out.push(i);
  return out;
}

const readInput = (revenue: string, profit: string): AbcInput => ({
  revenue: validNumber(revenue, REVENUE_RULE),
  profit: validNumber(profit, PROFIT_RULE),
});

/**
 * The rows whose revenue or profit differ from the last analysis, or undefined when there is no
 * last analysis of as many rows or too many changed.
 */
function edited(last: Memo | undefined, rows: readonly Row[]): number[] | undefined {
  if (!last || last.revenues.length !== rows.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    const revenue = text(cells['revenue']);
    const profit = text(cells['profit']);
    if (revenue === last.revenues[i] && profit === last.profits[i]) continue;
    if (changed.length === FEW_EDITS) return undefined;
    changed.push(i);
  }
  return changed;
}

/**
 * The analysis of a sheet: reads every typed value (so a view that calls it follows every edit).
 * An edit of a few revenues moves those customers in the kept rank order instead of sorting all
 * again; the result is the same as abcClasses' on the whole list (abc-order.test.ts).
 */
export function abcView(data: SheetData): AbcView {
  const rows = tableRows(customers, data);
  const limits = [text(data.fields[limitA.id]), text(data.fields[limitB.id])];
  const changed = edited(memo, rows);
  let inputs: AbcInput[];
  let order: RankOrder;
  let revenues: string[];
  let profits: string[];
  if (memo && changed) {
    ({ revenues, profits, order } = memo);
    inputs = changed.length ? memo.inputs.slice() : memo.inputs;
    for (const i of changed) {
      const cells = rows[i]!.cells;
      revenues[i] = text(cells['revenue']);
      profits[i] = text(cells['profit']);
      inputs[i] = readInput(revenues[i], profits[i]);
      order.set(i, inputs[i].revenue);
    }
  } else {
    revenues = rows.map((r) => text(r.cells['revenue']));
    profits = rows.map((r) => text(r.cells['profit']));
    inputs = rows.map((_, i) => readInput(revenues[i]!, profits[i]!));
    order = new RankOrder(inputs.map((x) => x.revenue));
  }
  const unrevenued = memo && changed?.length === 0 ? memo.unrevenued : withoutRevenue(inputs);
  // Names count too: a row with only a name typed is left out, and said so.
  let unranked = 0;
  for (const i of unrevenued) if (!blank(rows[i]!)) unranked++;
  const last = memo?.view;
  if (last && changed?.length === 0 && same(memo!.limits, limits)) {
    if (last.rows === rows && last.unranked === unranked) return last;
    const view: AbcView = { ...last, rows, unranked };
    memo = { ...memo!, view };
    return view;
  }
  const a = fieldNumber(data, limitA);
  const b = fieldNumber(data, limitB);
  const ranking = classesInOrder(inputs, order.order, DEFAULT_LIMITS);
  const chosen = a !== undefined && b !== undefined ? { a: a / 100, b: b / 100 } : undefined;
  // The usual 80/95: the same classes as the ranking's, not computed a second time.
  const sameAsDefault = chosen?.a === DEFAULT_LIMITS.a && chosen.b === DEFAULT_LIMITS.b;
  const result = chosen && (sameAsDefault ? ranking : classesInOrder(inputs, order.order, chosen));
  const view: AbcView = { result, ranking, limits: { a, b }, rows, inputs, unranked };
  memo = { limits, revenues, profits, inputs, order, unrevenued, view };
  return view;
}

/** The customer's name as typed, or "Customer 3". */
export function customerName(rows: readonly Row[], index: number, lang: Lang): string {
  const v = text(rows[index]?.cells['name']).trim();
  return v || rowName(customers, index, lang);
}

const classLabel = (c: AbcClass) => tx(`Class ${c}`, `Klasa ${c}`, `${c} 类`);

const L = {
  ranked: tx('Customers ranked', 'Sklasyfikowani klienci', '已分类客户'),
  total: tx('Total revenue', 'Łączny przychód', '总收入'),
  classCount: (c: AbcClass) => tx(`Class ${c} — customers`, `Klasa ${c} — klienci`, `${c} 类 — 客户数`),
  classShare: (c: AbcClass) =>
    tx(`Class ${c} — share of revenue`, `Klasa ${c} — udział w przychodzie`, `${c} 类 — 收入占比`),
  classCustomers: (c: AbcClass) =>
    tx(`Class ${c} — share of customers`, `Klasa ${c} — udział w liczbie klientów`, `${c} 类 — 客户占比`),
  top: tx(
    'Revenue from the top 20% of customers',
    'Przychód od 20% największych klientów',
    '前 20% 客户带来的收入占比',
  ),
  keyCount: tx('Key accounts', 'Kluczowi klienci', '关键客户'),
  keyNames: tx('Key accounts — who', 'Kluczowi klienci — kto', '关键客户 — 名单'),
  classes: tx('Classes', 'Klasy', '分类'),
  strategies: tx('The seed’s strategy per class', 'Strategia dla każdej klasy', '各类客户的策略'),
};

function limitsMissing(view: AbcView): Text {
  const { a, b } = view.limits;
  if (a === undefined || b === undefined)
    return tx('Enter both class limits (1–100%)', 'Wpisz obie granice klas (1–100%)', '请填写两个分类界限（1–100%）');
  if (!validLimits({ a: a / 100, b: b / 100 }))
    return tx(
      'The A limit must be below the B limit',
      'Granica A musi być niższa niż granica B',
      'A 类界限必须低于 B 类界限',
    );
  return tx(
    'Enter at least one revenue above 0',
    'Wpisz co najmniej jeden przychód większy od 0',
    '请至少填写一个大于 0 的收入',
  );
}

const fmtPct = (x: number, lang: Lang) => formatNumber(x, 'pct1', lang);

/** The first `n` key accounts (all by default): the first ranked. */
const keyAccounts = (r: AbcResult | undefined, n = Infinity): AbcRanked[] =>
  r ? Array.from({ length: Math.min(n, r.keyCount) }, (_, k) => r.at(k)) : [];

/** Names of the first few key accounts, then "and N more". */
function keyNames(view: AbcView): Text | undefined {
  const SHOWN = 10;
  const keys = keyAccounts(view.result, SHOWN);
  if (!keys.length) return undefined;
  const names = (lang: Lang) => keys.map((k) => customerName(view.rows, k.index, lang));
  const more = view.result!.keyCount - SHOWN;
  return tx(
    names('en').join('; ') + (more > 0 ? ` and ${more} more` : ''),
    names('pl').join('; ') + (more > 0 ? ` i ${more} innych` : ''),
    names('en').join('; ') + (more > 0 ? ` 等另外 ${more} 位` : ''),
  );
}

function classItems(data: SheetData): ResultItem[] {
  const view = abcView(data);
  const r = view.result;
  const missing = limitsMissing(view);
  const items: ResultItem[] = [
    {
      id: 'customers-ranked',
      label: L.ranked,
      shown: { kind: 'num', value: r?.count, format: 'int' },
      missing,
      detail: view.unranked
        ? tx(
            `${view.unranked} without a valid revenue: left out`,
            `Bez poprawnego przychodu (pominięci): ${view.unranked}`,
            `${view.unranked} 位客户没有有效收入：未计入`,
          )
        : undefined,
    },
    { id: 'total-revenue', label: L.total, shown: { kind: 'num', value: r?.total, format: 'dec2' }, missing },
  ];
  for (const c of ABC_CLASSES) {
    const t = r?.perClass[c];
    items.push(
      { id: `class-${c}`, label: L.classCount(c), shown: { kind: 'num', value: t?.count, format: 'int' }, missing },
      {
        id: `class-${c}-customers`,
        label: L.classCustomers(c),
        shown: { kind: 'num', value: t?.countShare, format: 'pct1' },
        missing,
      },
      {
        id: `class-${c}-revenue`,
        label: L.classShare(c),
        shown: { kind: 'num', value: t?.revenueShare, format: 'pct1' },
        missing,
      },
    );
  }
  const keyShare = keyAccounts(r).reduce((s, k) => s + k.share, 0);
  items.push(
    {
      id: 'top-share',
      label: L.top,
      shown: { kind: 'num', value: r?.topShare, format: 'pct1' },
      missing,
      detail:
        r &&
        tx(
          `The top ${r.topCount} of ${r.count} customers (the 2:8 rule: 20% bring 80%)`,
          `${r.topCount} największych z ${r.count} klientów (zasada 2:8: 20% daje 80%)`,
          `${r.count} 位客户中的前 ${r.topCount} 位（2:8 原则：20% 带来 80%）`,
        ),
    },
    {
      id: 'key-accounts',
      label: L.keyCount,
      shown: { kind: 'num', value: r?.keyCount, format: 'int' },
      missing,
      detail:
        r &&
        tx(
          `The smallest top set reaching 20% of revenue (seed: the top customers making up 20–30% of revenue): ${fmtPct(keyShare, 'en')}`,
          `Najmniejsza grupa największych klientów dająca 20% przychodu (źródło: klienci dający 20–30% przychodu): ${fmtPct(keyShare, 'pl')}`,
          `达到收入 20% 的最少头部客户（原文：占收入 20%-30% 的前端客户）：${fmtPct(keyShare, 'en')}`,
        ),
    },
    { id: 'key-names', label: L.keyNames, shown: { kind: 'text', value: keyNames(view) }, missing },
  );
  return items;
}

function strategyItems(data: SheetData): ResultItem[] {
  const r = abcView(data).result;
  return ABC_CLASSES.map((c) => ({
    id: `strategy-${c}`,
    label: classLabel(c),
    shown: { kind: 'text', value: CLASS_STRATEGY[c] },
    detail: r
      ? tx(
          `${r.perClass[c].count} customers, ${fmtPct(r.perClass[c].revenueShare, 'en')} of revenue`,
          `Klienci: ${r.perClass[c].count}, ${fmtPct(r.perClass[c].revenueShare, 'pl')} przychodu`,
          `${r.perClass[c].count} 位客户，占收入 ${fmtPct(r.perClass[c].revenueShare, 'en')}`,
        )
      : undefined,
  }));
}

function progress(data: SheetData) {
  let answered = 0;
  let total = 2;
  for (const f of [limitA, limitB]) if (fieldNumber(data, f) !== undefined) answered++;
  // The revenues as the analysis read them: not parsed a second time per keystroke.
  const { rows, inputs } = abcView(data);
  rows.forEach((r, i) => {
    const named = text(r.cells['name']).trim() !== '';
    // A valid revenue is something typed: the row is not blank (no need to look at the rest).
    const ranked = inputs[i]?.revenue !== undefined;
    if (!named && !ranked && blank(r)) return;
    total += 2;
    if (named) answered++;
    if (ranked) answered++;
  });
  return { answered, total };
}

// ——— Excel ———

/**
 * Customers in the typed order with a helper rank column, so every formula stays right when the
 * client edits a revenue or sorts the rows: A customer, B revenue, C profit, D rank, E share,
 * F cumulative share, G share before, H rank share, I class, J key account.
 */
function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([12, 34, 14, 14, 8, 10, 12, 12, 10, 8, 12]);
  const t = (x: Text) => pick(x, lang);
  const view = abcView(data);
  b.add([{ v: t(abcPareto.title), style: 'title' }]);
  b.add([t(abcPareto.intro)]);
  b.blank();
  b.heading(t(limits.title!));
  const aRow = b.add([
    label(limitA.label, lang),
    inputCell(limitA, data.fields[limitA.id], lang, fieldAt(limitA.id)),
    t(limitA.hint!),
  ]);
  const bRow = b.add([
    label(limitB.label, lang),
    inputCell(limitB, data.fields[limitB.id], lang, fieldAt(limitB.id)),
    t(limitB.hint!),
  ]);
  const A = `$B$${aRow}`;
  const B = `$B$${bRow}`;
  const limitsOk = `AND(${isValid(A, LIMIT_RULE)},${isValid(B, LIMIT_RULE)},${A}<${B})`;
  b.blank();
  b.heading(t(customers.title!));
  const head = [
    label(customers.rowHeader, lang),
    headCell(t(nameInput.label), customers.id, nameInput.id),
    headCell(t(revenueInput.label), customers.id, revenueInput.id),
    headCell(t(profitInput.label), customers.id, profitInput.id),
    label(tx('Rank', 'Pozycja', '排名'), lang),
    label(tx('Share', 'Udział', '占比'), lang),
    label(tx('Cumulative share', 'Udział skumulowany', '累计占比'), lang),
    label(tx('Share before', 'Udział przed', '之前累计占比'), lang),
    label(tx('Rank share', 'Udział pozycji', '排名占比'), lang),
    label(tx('Class', 'Klasa', '类别'), lang),
    label(L.keyCount, lang),
  ];
  b.add(head);
  b.markHeader();
  const rows = view.rows.length ? view.rows : [undefined];
  const first = b.next;
  const last = first + rows.length - 1;
  // Totals sit below the table; their cells are known before it is written.
  const totalRow = last + 2; // after the rows' end marker
  const countRow = totalRow + 1;
  const TOTAL = `$B$${totalRow}`;
  const N = `$B$${countRow}`;
  const rev = `$C$${first}:$C$${last}`;
  const yes = lit(t(YES));
  rows.forEach((r, i) => {
    const n = b.next;
    const c = ref(2, n);
    const at = (input: InputDef) =>
      r ? inputCell(input, r.cells[input.id], lang, cellAt(customers.id, r.id, input.id)) : null;
    const ranked = view.ranking?.byIndex[i];
    const cls = view.result?.byIndex[i]?.cls;
    const valid = isValid(c, REVENUE_RULE);
    // Valid revenues above it, and equal ones typed earlier (ties keep the typed order).
    const earlier = `$C$${first}:${ref(2, n - 1)}`;
    const above = countIf(rev, `">"&${c}`) + (n > first ? `+${countIf(earlier, c)}` : '');
    const sumAbove = `SUMIF(${rev},">"&${c})` + (n > first ? `+SUMIF(${earlier},${c})` : '');
    const live = (f: string) => `IF(AND(${valid},${TOTAL}>0),${f},${BLANK})`;
    const profit = ref(3, n);
    b.add([
      r ? rowName(customers, i, lang) : null,
      at(nameInput),
      at(revenueInput),
      at(profitInput),
      { f: live(`${above}+1`), v: ranked?.rank ?? '', z: EXCEL_FORMAT.int },
      { f: live(`${c}/${TOTAL}`), v: ranked?.share ?? '', z: EXCEL_FORMAT.pct1 },
      { f: live(`(${sumAbove}+${c})/${TOTAL}`), v: ranked?.cumulative ?? '', z: EXCEL_FORMAT.pct1 },
      { f: live(`(${sumAbove})/${TOTAL}`), v: ranked?.before ?? '', z: EXCEL_FORMAT.pct1 },
      { f: live(`${ref(4, n)}/${N}`), v: ranked?.rankShare ?? '', z: EXCEL_FORMAT.pct1 },
      {
        // The same rule as scoring/abc.ts: D for a profit ≤ 0; else by the share before, with its slack.
        f: `IF(OR(${ref(6, n)}="",NOT(${limitsOk})),${BLANK},IF(${ifValid(profit, PROFIT_RULE, `${profit}<=0`, 'FALSE')},${lit('D')},IF(${ref(7, n)}<${A}/100-${SHARE_SLACK},${lit('A')},IF(${ref(7, n)}<${B}/100-${SHARE_SLACK},${lit('B')},${lit('C')}))))`,
        v: cls ?? '',
      },
      {
        f: `IF(${ref(7, n)}="",${BLANK},IF(${ref(7, n)}<${KEY_ACCOUNT_SHARE}-${SHARE_SLACK},${yes},${BLANK}))`,
        v: ranked?.key ? t(YES) : '',
      },
    ]);
  });
  b.add(rowsEndRow(customers.id));
  const r = view.result;
  const classRange = `$J$${first}:$J$${last}`;
  const classified = countIf(classRange, lit('?*'));
  b.add([label(L.total, lang), { f: sumValid(rev, REVENUE_RULE), v: view.ranking?.total ?? 0, z: EXCEL_FORMAT.dec2 }]);
  b.add([
    label(tx('Customers with a revenue', 'Klienci z przychodem', '有收入的客户'), lang),
    { f: countValid(rev, REVENUE_RULE), v: rowsWithRevenue(view), z: EXCEL_FORMAT.int },
  ]);
  const live = (f: string) => `IF(${classified}=0,${BLANK},${f})`;
  b.add([
    label(L.ranked, lang),
    { f: live(classified), v: r?.count ?? '', z: EXCEL_FORMAT.int, result: 'customers-ranked' },
  ]);
  b.blank();
  b.heading(t(L.classes));
  b.add([
    label(tx('Class', 'Klasa', '类别'), lang),
    label(tx('Customers', 'Klienci', '客户数'), lang),
    label(tx('% of customers', '% klientów', '客户占比'), lang),
    label(tx('Revenue', 'Przychód', '收入'), lang),
    label(tx('% of revenue', '% przychodu', '收入占比'), lang),
    label(L.strategies, lang),
  ]);
  for (const c of ABC_CLASSES) {
    const n = b.next;
    const x = r?.perClass[c];
    b.add([
      { v: c, bold: true },
      { f: live(countIf(classRange, lit(c))), v: x?.count ?? '', z: EXCEL_FORMAT.int, result: `class-${c}` },
      {
        f: live(`${ref(1, n)}/${classified}`),
        v: x?.countShare ?? '',
        z: EXCEL_FORMAT.pct1,
        result: `class-${c}-customers`,
      },
      { f: live(`SUMIF(${classRange},${lit(c)},${rev})`), v: x?.revenue ?? '', z: EXCEL_FORMAT.dec2 },
      {
        f: live(`${ref(3, n)}/${TOTAL}`),
        v: x?.revenueShare ?? '',
        z: EXCEL_FORMAT.pct1,
        result: `class-${c}-revenue`,
      },
      t(CLASS_STRATEGY[c]),
    ]);
  }
  b.blank();
  b.add([
    label(L.top, lang),
    {
      // ⌈20% × n⌉ customers, by the helper rank (ROUND first: 20% × 5 is 1, not 1.0000000000000002).
      f: live(`SUMIF($E$${first}:$E$${last},"<="&ROUNDUP(ROUND(${TOP_SHARE}*${N},9),0),${rev})/${TOTAL}`),
      v: r?.topShare ?? '',
      z: EXCEL_FORMAT.pct1,
      result: 'top-share',
    },
  ]);
  b.add([
    label(L.keyCount, lang),
    {
      f: live(countIf(`$K$${first}:$K$${last}`, yes)),
      v: r?.keyCount ?? '',
      z: EXCEL_FORMAT.int,
      result: 'key-accounts',
    },
  ]);
  return b.build();
}

const rowsWithRevenue = (view: AbcView) =>
  view.rows.filter((r) => validNumber(text(r.cells['revenue']), REVENUE_RULE) !== undefined).length;

// ——— Defaults and example (Baltic Bikes' customers of last year, in euro) ———

type ExampleCustomer = [name: Text, revenue: string, profit: string];
const EXAMPLE: ExampleCustomer[] = [
  [
    tx(
      'Portus Logistics (e-bike fleet)',
      'Firma logistyczna Portus (flota e-rowerów)',
      'Portus 物流（电动自行车车队）',
    ),
    '182000',
    '21800',
  ],
  [tx('City Hall procurement office', 'Wydział zamówień urzędu miasta', '市政厅采购处'), '96000', '9100'],
  [
    tx(
      'Green Bean café chain (cargo bikes)',
      'Sieć kawiarni Zielone Ziarno (rowery cargo)',
      'Green Bean 咖啡连锁（货运自行车）',
    ),
    '64000',
    '7700',
  ],
  [tx('Hotel Bryza (guest bikes)', 'Hotel Bryza (rowery dla gości)', 'Bryza 酒店（住客自行车）'), '38500', '4200'],
  [tx('Riverside cycling club', 'Klub kolarski Nadrzecze', '河畔自行车俱乐部'), '22000', '2600'],
  [tx('Nordic Tours bike rental', 'Wypożyczalnia Nordic Tours', 'Nordic Tours 自行车租赁'), '21000', '1900'],
  [tx('University bike share', 'Uczelniany system rowerów', '大学共享单车'), '18400', '-1200'],
  [tx('Kowalski Courier', 'Kurier Kowalski', 'Kowalski 快递'), '9800', '900'],
  [tx('Amber Coast campsite', 'Kemping Bursztynowe Wybrzeże', '琥珀海岸露营地'), '7600', '650'],
  [
    tx(
      'Smile dental clinic (staff bikes)',
      'Klinika stomatologiczna Uśmiech (rowery dla pracowników)',
      '微笑牙科诊所（员工自行车）',
    ),
    '5200',
    '480',
  ],
  [tx('Walk-in customers (shop)', 'Klienci z ulicy (sklep)', '门店散客'), '4900', '310'],
  [tx('School sports club', 'Szkolny klub sportowy', '学校体育俱乐部'), '3100', '0'],
  [tx('Seaside B&B', 'Pensjonat Nad Morzem', '海边民宿'), '2400', '190'],
  [tx('Adam, freelance courier', 'Adam, kurier na własny rachunek', '自由快递员 Adam'), '1800', '120'],
];

function initial(): SheetData {
  const data = emptySheet();
  data.fields[limitA.id] = '80';
  data.fields[limitB.id] = '95';
  data.tables[customers.id] = [row(), row(), row()];
  return data;
}

function example(lang: Lang): SheetData {
  const data = initial();
  data.tables[customers.id] = EXAMPLE.map(([name, revenue, profit]) =>
    row({ name: pick(name, lang), revenue, profit }),
  );
  return data;
}

/** The example's customers (names in a language, with their revenue), for the other sheets' examples. */
export const exampleCustomers = (lang: Lang): { name: string; revenue: string }[] =>
  EXAMPLE.map(([name, revenue]) => ({ name: pick(name, lang), revenue }));

export const abcPareto = {
  id: 'abc-pareto',
  title: TITLES['abc-pareto'],
  intro: tx(
    'The Italian economist Pareto found that 20% of the people hold 80% of the wealth: the 2:8 rule. Among a company’s customers, very few often create the largest share of its profit: the key accounts, or VIP customers. Rank your customers by revenue and sort them into classes A, B, C and D, each with its own strategy.',
    'Włoski ekonomista Pareto zauważył, że 20% ludzi posiada 80% bogactwa: zasada 2:8. Wśród klientów firmy często bardzo nieliczni tworzą największą część jej zysku: to kluczowi klienci, czyli klienci VIP. Uszereguj klientów według przychodu i podziel ich na klasy A, B, C i D, każdą z własną strategią.',
    '意大利经济学家巴雷发现了经济世界中20%的人拥有80%的财富，从此一条被喻为2:8原则的规律应运而生。在企业的价值客户中，往往极少数的客户创造了企业最大分额的利润，这类极少数客户被称为关键客户，或者VIP客户。按收入对客户排序，并将其分为 A、B、C、D 四类，每类采取相应的策略。',
  ),
  blocks: [
    limits,
    customers,
    {
      kind: 'custom',
      id: 'paste',
      panel: 'abc-paste',
      target: customers.id,
      title: tx('Paste or import a customer list', 'Wklej lub zaimportuj listę klientów', '粘贴或导入客户名单'),
    },
    { kind: 'results', id: 'classes', title: L.classes, items: classItems },
    {
      kind: 'custom',
      id: 'pareto',
      panel: 'abc-pareto-chart',
      target: customers.id,
      title: tx('Pareto chart', 'Wykres Pareto', '帕累托图'),
    },
    {
      kind: 'custom',
      id: 'ranking',
      panel: 'abc-ranking',
      target: customers.id,
      title: tx(
        'Customers by revenue, highest first',
        'Klienci według przychodu, od największego',
        '按收入从高到低排列的客户',
      ),
    },
    { kind: 'results', id: 'strategies', title: L.strategies, items: strategyItems },
  ],
  initial,
  example,
  excel,
  summary: (data) =>
    classItems(data).filter((i) =>
      ['customers-ranked', 'class-A', 'class-A-revenue', 'top-share', 'key-accounts'].includes(i.id),
    ),
  progress,
} satisfies WorksheetDef;
