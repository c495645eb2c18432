/**
 * Module I — Loyalty programme as an exchange: customer action → company reaction. Editable
 * pairs; the seed's two pairs are the defaults. Computed: the number of complete pairs.
 */
import type {
  CellValue,
  InputDef,
  Lang,
  ResultItem,
  Row,
  SheetData,
  TableBlock,
  Text,
  WorksheetDef,
  XCell,
} from './types';
import { byLang, emptySheet, listNumbers, pick, row, rowName, tableRows, tx, type PerLang } from './helpers';
import { fill, pluralForm } from '../i18n/translate';
import type { Plural } from '../i18n/en';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, ref, rowsEndRow } from './excel';
import { sumProduct } from './formula';
import { TITLES } from './titles';

const actionInput: InputDef = {
  id: 'action',
  kind: 'longtext',
  label: tx('Action', 'Akcja', '客户行为'),
  hint: tx("The customer's action", 'Działanie klienta', '客户的行为'),
};
const reactionInput: InputDef = {
  id: 'reaction',
  kind: 'longtext',
  label: tx('Reaction', 'Reakcja', '企业回应'),
  hint: tx("Your company's response", 'Odpowiedź Twojej firmy', '贵公司的回应'),
};

export const pairs: TableBlock = {
  kind: 'table',
  id: 'pairs',
  rowHeader: tx('Pair', 'Para', '组'),
  columns: [actionInput, reactionInput],
  editable: { rowNoun: tx('Pair', 'Para', '组'), addLabel: tx('Add pair', 'Dodaj parę', '添加一组'), minRows: 0 },
};

/** Whitespace only is nothing typed. */
const filled = (v: CellValue | undefined): boolean => typeof v === 'string' && v.trim() !== '';

/** Complete pairs, and the 0-based indexes of pairs with only one side; undefined count when nothing is written. */
export function pairCount(data: SheetData): { complete: number | undefined; partial: number[] } {
  const rows = tableRows(pairs, data);
  let complete = 0;
  let any = false;
  const partial: number[] = [];
  rows.forEach((r, i) => {
    const a = filled(r.cells['action']);
    const b = filled(r.cells['reaction']);
    if (a || b) any = true;
    if (a && b) complete++;
    else if (a || b) partial.push(i);
  });
  return { complete: any ? complete : undefined, partial };
}

/** "Pair 2 needs both sides" / "Pairs 1 and 3 need both sides". */
function partialText(partial: number[]): Text | undefined {
  if (partial.length === 0) return undefined;
  const forms: PerLang<Plural> = {
    en: { one: 'Pair {list} needs both sides', other: 'Pairs {list} need both sides' },
    pl: { one: 'Para {list} wymaga obu stron', other: 'Pary {list} wymagają obu stron' },
    zh: { one: '第 {list} 组需要填写双方内容', other: '第 {list} 组需要填写双方内容' },
  };
  // Singular or plural by how many pairs are listed, not by the last number.
  return byLang((lang) => fill(pluralForm(lang, partial.length, forms[lang]), { list: listNumbers(partial, lang) }));
}

const L = { complete: tx('Complete pairs', 'Pełne pary', '完整的组') };

function results(data: SheetData): ResultItem[] {
  const { complete, partial } = pairCount(data);
  return [
    {
      id: 'complete-pairs',
      label: L.complete,
      shown: { kind: 'num', value: complete, format: 'int' },
      missing: tx(
        'Write at least one customer action and your reaction',
        'Wpisz co najmniej jedną akcję klienta i reakcję firmy',
        '请至少写下一项客户行为及企业的回应',
      ),
      detail: partialText(partial),
    },
  ];
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([12, 50, 50]);
  const t = (x: Text) => pick(x, lang);
  const bold = (x: Text): XCell => ({ v: t(x), bold: true });
  b.add([bold(loyaltyExchange.title)]);
  b.add([t(loyaltyExchange.intro)]);
  b.blank();
  b.add([
    bold(pairs.rowHeader),
    headCell(t(actionInput.label), pairs.id, actionInput.id),
    headCell(t(reactionInput.label), pairs.id, reactionInput.id),
  ]);
  const rows = tableRows(pairs, data);
  const first = b.next;
  // Whitespace-only text is written as an empty cell, so "<>" in Excel means what filled() means.
  const cell = (r: Row, col: string): XCell => {
    const v = r.cells[col];
    return filled(v) ? { v: v as string, input: cellAt(pairs.id, r.id, col) } : { input: cellAt(pairs.id, r.id, col) };
  };
  if (rows.length === 0) b.add([null, null, null]);
  rows.forEach((r, i) => b.add([rowName(pairs, i, lang), cell(r, 'action'), cell(r, 'reaction')]));
  const last = b.next - 1;
  const [a, c] = [`${ref(1, first)}:${ref(1, last)}`, `${ref(2, first)}:${ref(2, last)}`];
  b.add(rowsEndRow(pairs.id));
  b.add([
    bold(L.complete),
    {
      f: `IF(COUNTA(${ref(1, first)}:${ref(2, last)})=0,"",${sumProduct(`(${a}<>"")*(${c}<>"")`)})`,
      v: pairCount(data).complete ?? '',
      z: EXCEL_FORMAT.int,
      result: 'complete-pairs',
    },
  ]);
  return b.build();
}

/** The seed's two pairs. */
const SEED_PAIRS: [Text, Text][] = [
  [
    tx(
      'Spending €20 on my product/service',
      'Wydanie 20 € na zakup mojego produktu/usługi',
      '购买我的产品/服务消费 20 欧元',
    ),
    tx('2% discount on purchases', 'Rabat 2% na zakupy', '购物享 2% 折扣'),
  ],
  [
    tx(
      'Recommending my company on social media',
      'Polecenie mojej firmy w mediach społecznościowych',
      '在社交媒体上推荐我的公司',
    ),
    tx(
      'More frequent contact on social media and promotion of the customer',
      'Częstszy kontakt w mediach społecznościowych i promocja klienta',
      '在社交媒体上更频繁地互动，并宣传这位客户',
    ),
  ],
];

const EXAMPLE_PAIRS: [Text, Text][] = [
  [
    tx(
      'Spending €50 on parts or service in one month',
      'Wydanie 50 € na części lub serwis w jednym miesiącu',
      '一个月内在配件或维修上消费 50 欧元',
    ),
    tx('5% discount on the next order', 'Rabat 5% na następne zamówienie', '下一笔订单享 5% 折扣'),
  ],
  [
    tx(
      'Recommending us on Instagram or Facebook',
      'Polecenie nas na Instagramie lub Facebooku',
      '在 Instagram 或 Facebook 上推荐我们',
    ),
    tx(
      'We share their post and feature them in our monthly newsletter',
      'Udostępniamy ich post i przedstawiamy ich w naszym miesięcznym newsletterze',
      '我们转发他们的帖子，并在月度简报中介绍他们',
    ),
  ],
  [
    tx('Writing a review on Google', 'Wystawienie opinii w Google', '在 Google 上发表评价'),
    tx(
      'A free bike check at our workshop',
      'Darmowy przegląd roweru w naszym serwisie',
      '在我们的维修店免费检查一次自行车',
    ),
  ],
  [
    tx('Referring a new business customer', 'Polecenie nowego klienta biznesowego', '推荐一位新的企业客户'),
    tx(
      'A free fleet service visit for both companies',
      'Bezpłatny przegląd floty dla obu firm',
      '为双方公司各提供一次免费车队保养',
    ),
  ],
];

const sheet = (list: [Text, Text][], lang: Lang): SheetData => {
  const data = emptySheet();
  data.tables['pairs'] = list.map(([action, reaction]) =>
    row({ action: pick(action, lang), reaction: pick(reaction, lang) }),
  );
  return data;
};

export const loyaltyExchange = {
  id: 'loyalty-exchange',
  title: TITLES['loyalty-exchange'],
  intro: tx(
    "At its simplest, a loyalty programme is an exchange of benefits, so a simple rule can be applied: customer action – your company's response. Try to think about which customer actions would be most desirable for you and what you could offer the customer in return. You can use the table below.",
    'W najprostszym ujęciu program lojalnościowy to wymiana korzyści, więc można zastosować prostą zasadę w postaci: działanie klienta – odpowiedź Twojej firmy. Spróbuj zastanowić się, jakie działania klienta byłyby dla Ciebie najbardziej pożądane i co mógłbyś zaoferować klientowi w zamian. Możesz skorzystać z poniższej tabeli.',
    '最简单地说，忠诚度计划就是利益交换，因此可以采用一条简单的规则：客户行为 – 企业回应。请想一想，哪些客户行为对您最有利，您又能给客户什么作为回报。您可以使用下表。',
  ),
  blocks: [pairs, { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results }],
  initial: (lang) => sheet(SEED_PAIRS, lang),
  example: (lang) => sheet(EXAMPLE_PAIRS, lang),
  excel,
  summary: results,
} satisfies WorksheetDef;
