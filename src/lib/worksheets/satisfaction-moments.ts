/**
 * Module I — When were your customers satisfied? Situations, each with the seed's four questions.
 * Computed: the share of situations whose factor repeated and of those that led to growth, each
 * over the situations answered for that question (none answered → no share).
 */
import type { InputDef, Lang, ResultItem, Row, SheetData, TableBlock, Text, WorksheetDef, XCell } from './types';
import { emptySheet, fillText, pick, row, rowName, tableRows, tx } from './helpers';
import { countIf } from './formula';
import { EXCEL_FORMAT, SheetBuilder, cellAt, headCell, inputCell, ref, rowsEndRow } from './excel';
import { yesNo, yesShare, type YesShare } from '../scoring/shares';
import { TITLES } from './titles';

const YES = tx('Yes', 'Tak', '是');
const NO = tx('No', 'Nie', '否');

const inputs: InputDef[] = [
  { id: 'situation', kind: 'longtext', label: tx('Customer and what happened', 'Klient i sytuacja', '客户及发生的事') },
  { id: 'happy', kind: 'longtext', label: tx('What made them happy?', 'Co ich uszczęśliwiło?', '是什么让他们满意？') },
  {
    id: 'repeated',
    kind: 'yesno',
    label: tx(
      'Did this factor repeat with other customers?',
      'Czy ten czynnik powtarzał się u różnych klientów?',
      '这一因素在其他客户身上也出现过吗？',
    ),
  },
  {
    id: 'repeatedNote',
    kind: 'longtext',
    label: tx('Note on repetition', 'Uwagi o powtarzalności', '关于重复出现的备注'),
    optional: true,
  },
  {
    id: 'feedback',
    kind: 'longtext',
    label: tx(
      'How did they let you know they were satisfied?',
      'Jak dali Ci znać, że są zadowoleni?',
      '他们如何让您知道他们很满意？',
    ),
  },
  {
    id: 'growth',
    kind: 'yesno',
    label: tx(
      "Did it translate into your company's growth?",
      'Czy to przełożyło się na wzrost Twojej firmy?',
      '这是否带来了公司的增长？',
    ),
  },
  {
    id: 'growthNote',
    kind: 'longtext',
    label: tx('Note on growth', 'Uwagi o wzroście', '关于增长的备注'),
    optional: true,
  },
  { id: 'notes', kind: 'longtext', label: tx('Notes', 'Uwagi', '备注'), optional: true },
];

export const situations: TableBlock = {
  kind: 'table',
  id: 'situations',
  rowHeader: tx('Situation', 'Sytuacja', '情境'),
  columns: inputs,
  editable: {
    rowNoun: tx('Situation', 'Sytuacja', '情境'),
    addLabel: tx('Add situation', 'Dodaj sytuację', '添加情境'),
    minRows: 0,
  },
};

const QUESTIONS = [
  {
    id: 'repeated',
    label: tx('Situations with a repeated factor', 'Sytuacje z powtarzającym się czynnikiem', '因素重复出现的情境'),
    missing: tx(
      'Answer “Did this factor repeat with other customers?” for at least one situation',
      'Odpowiedz na pytanie „Czy ten czynnik powtarzał się u różnych klientów?” dla co najmniej jednej sytuacji',
      '请至少为一个情境回答“这一因素在其他客户身上也出现过吗？”',
    ),
  },
  {
    id: 'growth',
    label: tx('Situations that led to growth', 'Sytuacje, które przełożyły się na wzrost', '带来增长的情境'),
    missing: tx(
      "Answer “Did it translate into your company's growth?” for at least one situation",
      'Odpowiedz na pytanie „Czy to przełożyło się na wzrost Twojej firmy?” dla co najmniej jednej sytuacji',
      '请至少为一个情境回答“这是否带来了公司的增长？”',
    ),
  },
] as const;

export function shareOf(data: SheetData, question: 'repeated' | 'growth'): YesShare {
  return yesShare(tableRows(situations, data).map((r) => yesNo(r.cells[question])));
}

function results(data: SheetData): ResultItem[] {
  return QUESTIONS.map((q) => {
    const s = shareOf(data, q.id);
    return {
      id: q.id,
      label: q.label,
      shown: { kind: 'num', value: s.share, format: 'pct1' },
      missing: q.missing,
      detail: s.answered
        ? fillText(
            tx(
              '{yes} of {answered} answered',
              '{yes} z {answered} z odpowiedzią',
              '已作答 {answered} 个，其中 {yes} 个为“是”',
            ),
            { yes: s.yes, answered: s.answered },
          )
        : undefined,
    };
  });
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([14, 36, 30, 14, 24, 30, 14, 24, 24]);
  const t = (x: Text) => pick(x, lang);
  const bold = (x: Text): XCell => ({ v: t(x), bold: true });
  b.add([bold(satisfactionMoments.title)]);
  b.add([t(satisfactionMoments.intro)]);
  b.blank();
  b.add([bold(situations.rowHeader), ...inputs.map((c) => headCell(t(c.label), situations.id, c.id))]);
  const rows = tableRows(situations, data);
  const first = b.next;
  // One empty line when there is no situation, so the ranges below stay valid.
  const lines: (Row | undefined)[] = rows.length ? rows : [undefined];
  lines.forEach((r, i) => {
    b.add([
      r ? rowName(situations, i, lang) : null,
      ...inputs.map((c) => (r ? inputCell(c, r.cells[c.id], lang, cellAt(situations.id, r.id, c.id)) : null)),
    ]);
  });
  const last = b.next - 1;
  b.add(rowsEndRow(situations.id));
  b.heading(t(tx('Results', 'Wyniki', '结果')));
  const yes = `"${t(YES)}"`;
  const no = `"${t(NO)}"`;
  for (const q of QUESTIONS) {
    const col = inputs.findIndex((c) => c.id === q.id) + 1;
    const range = `${ref(col, first)}:${ref(col, last)}`;
    const answered = `(${countIf(range, yes)}+${countIf(range, no)})`;
    b.add([
      bold(q.label),
      {
        f: `IF(${answered}=0,"",${countIf(range, yes)}/${answered})`,
        v: shareOf(data, q.id).share ?? '',
        z: EXCEL_FORMAT.pct1,
        result: q.id,
      },
    ]);
  }
  return b.build();
}

type Situation = [string, string, 'yes' | 'no', string, string, 'yes' | 'no', string, string];

function sheet(list: Situation[]): SheetData {
  const data = emptySheet();
  data.tables['situations'] = list.map((cells) =>
    row(Object.fromEntries(inputs.map((c, i) => [c.id, cells[i] ?? '']))),
  );
  return data;
}

const EXAMPLE: Record<Lang, Situation[]> = {
  en: [
    [
      'Green Bean café chain: we delivered 6 cargo bikes a day before their delivery service started',
      'Speed and reliability before an important launch',
      'yes',
      'Two other cafés praised our on-time delivery',
      'A thank-you e-mail and a post on Instagram tagging us',
      'yes',
      'They now lease e-bikes for their staff too (order value up about 15%)',
      '',
    ],
    [
      'Riverside cycling club: we replaced a cracked rim free of charge after spotting it during a routine check',
      'Attention to detail and no extra cost',
      'no',
      '',
      'The club chairman phoned to thank us',
      'no',
      'A one-off order so far',
      'Offer the club a group service deal in spring',
    ],
    [
      'The Miller family: a cargo bike brought for a test ride at home the same day, child seat fitted within an hour',
      'A fast test ride and a bike fitted to the family',
      'yes',
      'Families often mention the home test ride in reviews',
      'A five-star Google review',
      'no',
      'Too early to tell',
      '',
    ],
  ],
  pl: [
    [
      'Sieć kawiarni Zielone Ziarno: dostarczyliśmy 6 rowerów cargo dzień przed startem ich dostaw',
      'Szybkość i niezawodność tuż przed uruchomieniem usługi',
      'yes',
      'Dwie inne kawiarnie chwaliły terminową dostawę',
      'E-mail z podziękowaniem i post na Instagramie z oznaczeniem naszej firmy',
      'yes',
      'Leasingują teraz od nas także e-rowery dla pracowników (wartość zamówień wzrosła o ok. 15%)',
      '',
    ],
    [
      'Klub kolarski Nadrzecze: przy rutynowym przeglądzie zauważyliśmy pękniętą obręcz i bezpłatnie ją wymieniliśmy',
      'Dbałość o szczegóły i brak dodatkowych kosztów',
      'no',
      '',
      'Prezes klubu zadzwonił z podziękowaniem',
      'no',
      'Na razie jednorazowe zamówienie',
      'Wiosną zaproponować klubowi grupowy pakiet serwisowy',
    ],
    [
      'Rodzina Kowalskich: rower cargo przywieziony na jazdę próbną pod dom tego samego dnia, fotelik zamontowany w godzinę',
      'Szybka jazda próbna i rower dopasowany do rodziny',
      'yes',
      'Rodziny często wspominają w opiniach o jeździe próbnej pod domem',
      'Opinia z pięcioma gwiazdkami w Google',
      'no',
      'Za wcześnie, by to ocenić',
      '',
    ],
  ],
  zh: [
    [
      '绿豆咖啡连锁店：在他们的外送服务启动前一天，我们交付了 6 辆货运自行车',
      '重要启动前的速度和可靠性',
      'yes',
      '另外两家咖啡店称赞了我们的准时交付',
      '一封感谢邮件，以及一条在 Instagram 上标记我们的帖子',
      'yes',
      '他们现在也为员工租赁电动自行车（订单金额增加约 15%）',
      '',
    ],
    [
      '河畔自行车俱乐部：我们在例行检查中发现一个开裂的轮圈，免费为他们更换',
      '注重细节，且不额外收费',
      'no',
      '',
      '俱乐部主席打电话向我们致谢',
      'no',
      '目前只有一次性订单',
      '春季向俱乐部提供团体保养优惠',
    ],
    [
      '米勒一家：当天把货运自行车送到家中试骑，一小时内装好儿童座椅',
      '快速试骑，车辆按家庭需要调整',
      'yes',
      '家庭客户在评价中常常提到上门试骑',
      '一条五星 Google 评价',
      'no',
      '现在下结论还为时过早',
      '',
    ],
  ],
};

export const satisfactionMoments = {
  id: 'satisfaction-moments',
  title: TITLES['satisfaction-moments'],
  intro: tx(
    "Think about your customers and try to list situations in which they expressed satisfaction with your company's offer.",
    'Pomyśl o swoich klientach i spróbuj wymienić sytuacje, w których wyrazili zadowolenie z oferty Twojej firmy.',
    '想一想您的客户，试着列出他们对贵公司产品或服务表示满意的情境。',
  ),
  blocks: [situations, { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results }],
  initial: () => ({ fields: {}, tables: { situations: [row(), row(), row()] } }),
  example: (lang) => sheet(EXAMPLE[lang]),
  excel,
  summary: results,
} satisfies WorksheetDef;
