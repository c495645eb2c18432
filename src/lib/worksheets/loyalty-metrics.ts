/**
 * Module V — How loyal are your customers? Seed 001 measures loyalty by the churn rate, the
 * average age of the relationship and our share of the customer's spend; seed 000 adds
 * repurchase, referral and complaint rates. Standard formulas (scoring/loyalty.ts); the lifetime
 * value is our rule. Every result is "—" with what is missing, or why it is refused.
 */
import type { InputDef, Lang, NumFormat, ResultItem, SheetData, Text, WorksheetDef, XCell } from './types';
import { emptySheet, fieldNumber, pick, tx, typedDecimal } from './helpers';
import { EXCEL_FORMAT, SheetBuilder, fieldAt, inputCell, label, ref } from './excel';
import { BLANK, ifAllValid, type Formula } from './formula';
import type { Range } from '../scoring/parse';
import { lifetimeValue, ratio, retention, scaled, type LifetimeValue, type Ratio } from '../scoring/loyalty';
import { TITLES } from './titles';

const COUNT = { integer: true, min: 0, max: 1e9 } as const;
const AMOUNT = { integer: false, min: 0, max: 1e12 } as const;

const count = (id: string, label: Text, noun: Text, hint?: Text): InputDef => ({
  id,
  kind: 'number',
  label,
  ...(hint ? { hint } : {}),
  rule: { ...COUNT, noun },
});
const amount = (id: string, label: Text, noun: Text, hint?: Text): InputDef => ({
  id,
  kind: 'number',
  label,
  ...(hint ? { hint } : {}),
  rule: { ...AMOUNT, noun },
});

export const INPUTS = {
  start: count(
    'start',
    tx('Customers at the start of the year', 'Klienci na początku roku', '年初客户数'),
    tx('Customers at the start', 'Liczba klientów na początku', '年初客户数'),
  ),
  lost: count(
    'lost',
    tx('Customers lost during the year', 'Klienci utraceni w ciągu roku', '年内流失的客户数'),
    tx('Customers lost', 'Liczba utraconych klientów', '流失客户数'),
    tx(
      'Of the customers at the start, how many no longer buy from you.',
      'Ilu spośród klientów z początku roku już u Ciebie nie kupuje.',
      '年初的客户中，有多少已不再向您购买。',
    ),
  ),
  buyers: count(
    'buyers',
    tx('Customers who bought', 'Klienci, którzy kupili', '购买过的客户数'),
    tx('Customers who bought', 'Liczba kupujących', '购买客户数'),
  ),
  repeat: count(
    'repeat',
    tx('Of them, bought again', 'W tym kupili ponownie', '其中再次购买的客户数'),
    tx('Repeat buyers', 'Liczba ponownie kupujących', '回购客户数'),
  ),
  recommended: count(
    'recommended',
    tx('Of them, recommended us to others', 'W tym polecili nas innym', '其中推荐他人的客户数'),
    tx('Customers who recommended us', 'Liczba polecających', '推荐客户数'),
  ),
  orders: count(
    'orders',
    tx('Orders in the year', 'Zamówienia w roku', '年内订单数'),
    tx('Orders', 'Liczba zamówień', '订单数'),
  ),
  complaints: count(
    'complaints',
    tx('Complaints in the year', 'Reklamacje i skargi w roku', '年内投诉数'),
    tx('Complaints', 'Liczba skarg', '投诉数'),
  ),
  ourSales: amount(
    'our-sales',
    tx('Our sales to these customers', 'Nasza sprzedaż tym klientom', '我方对这些客户的销售额'),
    tx('Our sales', 'Nasza sprzedaż', '我方销售额'),
  ),
  totalSpend: amount(
    'total-spend',
    tx(
      'Their total spend in our category (estimate)',
      'Ich łączne wydatki w naszej kategorii (szacunek)',
      '客户在该品类的总消费额（估计）',
    ),
    tx('Their total spend', 'Łączne wydatki klientów', '客户总消费额'),
    tx(
      'What the same customers spend on such products in a year, with us and elsewhere.',
      'Ile ci sami klienci wydają rocznie na takie produkty — u nas i gdzie indziej.',
      '同一批客户一年内在此类产品上的全部消费，包括在我处和在别处。',
    ),
  ),
  years: {
    id: 'years',
    kind: 'number',
    label: tx(
      'Average years since the first purchase',
      'Średni staż klienta (lata od pierwszego zakupu)',
      '客户平均交易年龄（自首次购买起的年数）',
    ),
    rule: { integer: false, min: 0, max: 200, noun: tx('Years', 'Liczba lat', '年数') },
  } satisfies InputDef,
  revenue: amount(
    'revenue',
    tx('Average annual revenue per customer', 'Średni roczny przychód na klienta', '每位客户的平均年收入'),
    tx('Annual revenue', 'Roczny przychód', '年收入'),
  ),
  margin: {
    id: 'margin',
    kind: 'number',
    label: tx('Gross margin %', 'Marża brutto %', '毛利率 %'),
    rule: { integer: false, min: 0, max: 100, noun: tx('Gross margin', 'Marża brutto', '毛利率') },
  } satisfies InputDef,
};
type Key = keyof typeof INPUTS;
const ORDER = Object.keys(INPUTS) as Key[];

const num = (data: SheetData, k: Key): [Key, number | undefined] => [k, fieldNumber(data, INPUTS[k])];

/** Every metric of the sheet, computed once for the results and Excel. */
export function metrics(data: SheetData) {
  const churn = ratio(num(data, 'lost'), num(data, 'start'), true);
  return {
    churn,
    retention: retention(churn),
    repurchase: ratio(num(data, 'repeat'), num(data, 'buyers'), true),
    referral: ratio(num(data, 'recommended'), num(data, 'buyers'), true),
    complaints: scaled(ratio(num(data, 'complaints'), num(data, 'orders'), false), 100),
    wallet: ratio(num(data, 'ourSales'), num(data, 'totalSpend'), true),
    years: fieldNumber(data, INPUTS.years),
    lifetime: lifetimeValue(churn, num(data, 'revenue'), num(data, 'margin')),
  };
}

// ——— Texts ———

const LABEL = {
  churn: tx('Churn rate', 'Wskaźnik odejść klientów', '客户流失率'),
  retention: tx('Retention rate', 'Wskaźnik utrzymania klientów', '客户保留率'),
  repurchase: tx('Repurchase rate', 'Wskaźnik ponownych zakupów', '回购率'),
  referral: tx('Referral rate', 'Wskaźnik poleceń', '推荐他人率'),
  complaints: tx('Complaints per 100 orders', 'Skargi na 100 zamówień', '每百单投诉数'),
  wallet: tx('Share of wallet', 'Udział w wydatkach klienta', '客户在我处的交易量占其总消费量的比例'),
  years: tx('Average age of the relationship (years)', 'Średni staż klienta (lata)', '客户平均交易年龄（年）'),
  expected: tx('Expected lifetime (years)', 'Oczekiwany czas współpracy (lata)', '预期合作年限（年）'),
  lifetime: tx('Customer lifetime value', 'Wartość klienta w czasie współpracy', '客户终身价值'),
};
type Metric = keyof typeof LABEL;

/** "Enter: customers lost, customers at the start" — the nouns of what is missing. */
function enterText(keys: readonly Key[]): Text {
  const nouns = (l: 'en' | 'pl' | 'zh', sep: string) =>
    keys.map((k) => INPUTS[k].rule!.noun[l] ?? INPUTS[k].rule!.noun.en).join(sep);
  return tx(`Enter: ${nouns('en', ', ')}`, `Wpisz: ${nouns('pl', ', ')}`, `请填写：${nouns('zh', '、')}`);
}

/** Why a capped ratio is refused: the part cannot be larger than its base. */
const OVER: Partial<Record<Metric, Text>> = {
  churn: tx(
    'Refused: customers lost cannot be more than the customers at the start',
    'Odrzucono: utraconych klientów nie może być więcej niż klientów na początku roku',
    '无法计算：流失客户数不能大于年初客户数',
  ),
  repurchase: tx(
    'Refused: repeat buyers cannot be more than the customers who bought',
    'Odrzucono: ponownie kupujących nie może być więcej niż kupujących',
    '无法计算：回购客户数不能大于购买客户数',
  ),
  referral: tx(
    'Refused: customers who recommended us cannot be more than the customers who bought',
    'Odrzucono: polecających nie może być więcej niż kupujących',
    '无法计算：推荐客户数不能大于购买客户数',
  ),
  wallet: tx(
    'Refused: our sales cannot be more than their total spend in the category',
    'Odrzucono: nasza sprzedaż nie może być większa niż łączne wydatki klientów w kategorii',
    '无法计算：我方销售额不能大于客户在该品类的总消费额',
  ),
};
const ZERO: Partial<Record<Metric, Text>> = {
  churn: tx(
    'Customers at the start must be more than 0',
    'Liczba klientów na początku musi być większa od 0',
    '年初客户数必须大于 0',
  ),
  repurchase: tx(
    'Customers who bought must be more than 0',
    'Liczba kupujących musi być większa od 0',
    '购买客户数必须大于 0',
  ),
  complaints: tx('Orders must be more than 0', 'Liczba zamówień musi być większa od 0', '订单数必须大于 0'),
  wallet: tx(
    'Their total spend must be more than 0',
    'Łączne wydatki klientów muszą być większe od 0',
    '客户总消费额必须大于 0',
  ),
};
ZERO.referral = ZERO.repurchase;
ZERO.retention = ZERO.churn;
OVER.retention = OVER.churn;

const NO_CHURN = tx(
  'No customer was lost, so the expected lifetime (1 / churn) has no end and the lifetime value no finite estimate',
  'Nie utracono żadnego klienta, więc oczekiwany czas współpracy (1 / wskaźnik odejść) nie ma końca, a wartość klienta — skończonego oszacowania',
  '没有客户流失，预期合作年限（1 / 流失率）没有上限，因此客户终身价值无法得出有限的估计',
);
const NO_RATE = tx(
  'No churn rate: see the churn rate above',
  'Brak wskaźnika odejść: zobacz wskaźnik odejść powyżej',
  '没有流失率：请查看上方的客户流失率',
);

function ratioItem(id: Metric, r: Ratio<Key>, format: NumFormat): ResultItem {
  const base = { id, label: LABEL[id] };
  if (r.kind === 'ok') return { ...base, shown: { kind: 'num', value: r.value, format } };
  const missing = r.kind === 'missing' ? enterText(r.missing) : r.kind === 'zero-base' ? ZERO[id]! : OVER[id]!;
  return {
    ...base,
    shown: { kind: 'num', value: undefined, format },
    missing,
    tone: r.kind === 'missing' ? 'neutral' : 'bad',
  };
}

function lifetimeItems(lv: LifetimeValue<Key>): ResultItem[] {
  const years: ResultItem = {
    id: 'expected',
    label: LABEL.expected,
    shown: { kind: 'num', value: undefined, format: 'dec1' },
  };
  const value: ResultItem = {
    id: 'lifetime',
    label: LABEL.lifetime,
    shown: { kind: 'num', value: undefined, format: 'dec2' },
  };
  if (lv.kind === 'ok') {
    return [
      { ...years, shown: { ...years.shown, value: lv.years } as ResultItem['shown'] },
      {
        ...value,
        shown: { kind: 'num', value: lv.value, format: 'dec2' },
        detail: tx(
          'Our rule: annual revenue × gross margin × expected lifetime (1 / churn)',
          'Nasza reguła: roczny przychód × marża brutto × oczekiwany czas współpracy (1 / wskaźnik odejść)',
          '我们的规则：年收入 × 毛利率 × 预期合作年限（1 / 流失率）',
        ),
      },
    ];
  }
  if (lv.kind === 'missing') {
    const churnKeys = lv.missing.filter((k) => k === 'lost' || k === 'start');
    return [
      { ...years, missing: churnKeys.length ? enterText(churnKeys) : undefined },
      { ...value, missing: enterText(lv.missing) },
    ];
  }
  const why = lv.kind === 'no-churn' ? NO_CHURN : NO_RATE;
  return [
    { ...years, missing: why, tone: 'warn' },
    { ...value, missing: why, tone: 'warn' },
  ];
}

function results(data: SheetData): ResultItem[] {
  const m = metrics(data);
  return [
    ratioItem('churn', m.churn, 'pct1'),
    ratioItem('retention', m.retention, 'pct1'),
    ratioItem('repurchase', m.repurchase, 'pct1'),
    ratioItem('referral', m.referral, 'pct1'),
    ratioItem('complaints', m.complaints, 'dec2'),
    ratioItem('wallet', m.wallet, 'pct1'),
    {
      id: 'years',
      label: LABEL.years,
      shown: { kind: 'num', value: m.years, format: 'dec1' },
      missing: enterText(['years']),
    },
    ...lifetimeItems(m.lifetime),
  ];
}

// ——— Excel ———

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([52, 16, 70]);
  b.add([{ v: pick(loyaltyMetrics.title, lang), bold: true }]);
  b.add([pick(loyaltyMetrics.intro, lang)]);
  b.blank();
  b.heading(pick(INPUTS_TITLE, lang));
  const at = new Map<Key, string>();
  for (const k of ORDER) {
    const input = INPUTS[k];
    at.set(k, ref(1, b.next));
    b.add([label(input.label, lang), inputCell(input, data.fields[input.id], lang, fieldAt(input.id))]);
  }
  const c = (k: Key) => at.get(k)!;
  const valid = (...keys: Key[]): [string, Range][] => keys.map((k) => [c(k), INPUTS[k].rule!]);

  b.blank();
  b.heading(pick(tx('Results', 'Wyniki', '结果'), lang));
  const m = metrics(data);
  const value = (r: Ratio<Key>) => (r.kind === 'ok' ? r.value : '');
  const row = (id: Metric, f: Formula, v: number | '', format: NumFormat): string => {
    const n = b.next;
    b.add([label(LABEL[id], lang), { f, v, z: EXCEL_FORMAT[format], result: id } satisfies XCell]);
    return ref(1, n);
  };
  /** part / base when both are valid, the base above 0 and (capped) the part not above it. */
  const quotient = (part: Key, base: Key, capped: boolean, times = '') =>
    ifAllValid(
      valid(part, base),
      `IF(${capped ? `OR(${c(base)}=0,${c(part)}>${c(base)})` : `${c(base)}=0`},${BLANK},${c(part)}/${c(base)}${times})`,
    );
  const churn = row('churn', quotient('lost', 'start', true), value(m.churn), 'pct1');
  row('retention', `IF(${churn}="",${BLANK},1-${churn})`, value(m.retention), 'pct1');
  row('repurchase', quotient('repeat', 'buyers', true), value(m.repurchase), 'pct1');
  row('referral', quotient('recommended', 'buyers', true), value(m.referral), 'pct1');
  row('complaints', quotient('complaints', 'orders', false, '*100'), value(m.complaints), 'dec2');
  row('wallet', quotient('ourSales', 'totalSpend', true), value(m.wallet), 'pct1');
  row('years', ifAllValid(valid('years'), c('years')), m.years ?? '', 'dec1');
  const lv = m.lifetime;
  const noChurn = `OR(${churn}="",${churn}=0)`;
  row('expected', `IF(${noChurn},${BLANK},1/${churn})`, lv.kind === 'ok' ? lv.years : '', 'dec1');
  row(
    'lifetime',
    `IF(${noChurn},${BLANK},${ifAllValid(valid('revenue', 'margin'), `${c('revenue')}*${c('margin')}/100/${churn}`)})`,
    lv.kind === 'ok' ? lv.value : '',
    'dec2',
  );
  b.blank();
  b.add([pick(FORMULAS_NOTE, lang)]);
  return b.build();
}

// ——— Blocks, example ———

const INPUTS_TITLE = tx('Your figures for one year', 'Twoje dane z jednego roku', '您一年的数据');

const FORMULAS_NOTE = tx(
  'Standard formulas (not in the seeds): churn = lost / customers at the start; retention = 1 − churn; repurchase = repeat buyers / buyers; referral = customers who recommended us / buyers; complaints per 100 orders = complaints / orders × 100; share of wallet = our sales / their total spend. Our rule: lifetime value = annual revenue × gross margin × expected lifetime, with the expected lifetime = 1 / churn years (the period is one year); with no customer lost there is no finite value. A count larger than its base (more customers lost than at the start) is refused, never shown as over 100%.',
  'Standardowe wzory (nie ma ich w materiale): wskaźnik odejść = utraceni / klienci na początku; utrzymanie = 1 − wskaźnik odejść; ponowne zakupy = kupujący ponownie / kupujący; polecenia = polecający / kupujący; skargi na 100 zamówień = skargi / zamówienia × 100; udział w wydatkach = nasza sprzedaż / łączne wydatki klientów. Nasza reguła: wartość klienta = roczny przychód × marża brutto × oczekiwany czas współpracy, przy czym czas współpracy = 1 / wskaźnik odejść w latach (okres to jeden rok); gdy nie utracono żadnego klienta, nie ma skończonej wartości. Liczba większa niż jej podstawa (więcej utraconych niż klientów na początku) jest odrzucana, nigdy nie pokazujemy ponad 100%.',
  '标准公式（原文未给出）：流失率 = 流失客户数 / 年初客户数；保留率 = 1 − 流失率；回购率 = 再次购买的客户数 / 购买客户数；推荐他人率 = 推荐客户数 / 购买客户数；每百单投诉数 = 投诉数 / 订单数 × 100；客户在我处的交易量占其总消费量的比例 = 我方销售额 / 客户总消费额。我们的规则：客户终身价值 = 年收入 × 毛利率 × 预期合作年限，预期合作年限 = 1 / 流失率（年，统计期为一年）；没有客户流失时无法得出有限的数值。大于其基数的数量（流失客户多于年初客户）将被拒绝，绝不显示超过 100%。',
);

const EXAMPLE: Record<Key, string> = {
  start: '120',
  lost: '18',
  buyers: '96',
  repeat: '61',
  recommended: '34',
  orders: '412',
  complaints: '9',
  ourSales: '186000',
  totalSpend: '310000',
  years: '3.5',
  revenue: '1850',
  margin: '32',
};

/** Baltic Bikes' fleet and business customers over last year. */
function example(lang: Lang): SheetData {
  const data = emptySheet();
  for (const k of ORDER) {
    const v = EXAMPLE[k];
    data.fields[INPUTS[k].id] = typedDecimal(v, lang);
  }
  return data;
}

export const loyaltyMetrics = {
  id: 'loyalty-metrics',
  title: TITLES['loyalty-metrics'],
  intro: tx(
    'Customer loyalty is measured by indicators such as the churn rate, the average age of the customer relationship, and the share of the customer’s total spend that they spend with us; it can also be assessed by the repurchase rate, the referral rate and the complaint rate. Enter your figures for one year.',
    'Lojalność klientów mierzy się takimi wskaźnikami jak odsetek utraconych klientów, średni staż klienta i udział zakupów u nas w łącznych wydatkach klienta; można ją też ocenić wskaźnikiem ponownych zakupów, poleceń i skarg. Wpisz swoje dane z jednego roku.',
    '客户忠诚度以客户流失率、客户平均交易年龄、客户在我处的交易量占其总消费量的比例等指标来量度；也可以通过客户的回购率、推荐他人率、投诉率等指标来进行评估。请填写您一年的数据。',
  ),
  blocks: [
    { kind: 'fields', id: 'inputs', title: INPUTS_TITLE, fields: ORDER.map((k) => INPUTS[k]) },
    {
      kind: 'results',
      id: 'results',
      title: tx('Loyalty metrics', 'Wskaźniki lojalności', '忠诚度指标'),
      items: results,
    },
    {
      kind: 'note',
      id: 'formulas',
      title: tx('How the metrics are computed', 'Jak liczone są wskaźniki', '指标如何计算'),
      text: FORMULAS_NOTE,
    },
  ],
  initial: () => emptySheet(),
  example,
  excel,
  summary: (data) => results(data).filter((r) => r.id !== 'expected' && r.id !== 'years'),
} satisfies WorksheetDef;
