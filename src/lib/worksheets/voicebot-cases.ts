/**
 * Module IV — Should a voicebot be used? Two case studies from the seed and the user's own case,
 * each a challenges table and a benefits table (rating 1–5 × weight 0.1–0.9). Every table is
 * built with the shared weighted-table code, the same as the CRM audit's. The verdict of a case is
 * benefits' weighted average − challenges' weighted average (scoring/verdict.ts).
 */
import { formatTypable } from '../i18n/format';
import type { Block, InputDef, Lang, ResultItem, SheetData, TableBlock, Text, WorksheetDef } from './types';
import { byLang, colon, emptySheet, joinSemi, joinSentences, pick, row, rowsForFixed, tx } from './helpers';
import { fill as fillIn } from '../i18n/translate';
import { EXCEL_FORMAT, SheetBuilder, fieldAt, inputCell } from './excel';
import { litOf, round } from './formula';
import {
  evaluateTable,
  missingText,
  weightedColumns,
  weightedResults,
  weightedTableExcel,
  weightGapText,
  weightsTotalOneFormula,
} from './weighted-table';
import {
  compareCase,
  voicebotVerdict,
  type CaseComparison,
  type Lean,
  type TableGap,
  type Verdict,
} from '../scoring/verdict';
import type { WeightedResult } from '../scoring/weighted';
import { TITLES } from './titles';

type CaseId = 'case1' | 'case2' | 'case3';
type Side = 'challenges' | 'benefits';

const SIDE: Record<Side, { title: Text; noun: Text }> = {
  challenges: { title: tx('Challenges', 'Wyzwania', '挑战'), noun: tx('Challenge', 'Wyzwanie', '挑战') },
  benefits: { title: tx('Benefits', 'Korzyści', '收益'), noun: tx('Benefit', 'Korzyść', '收益') },
};

export const LEAN_TEXT: Record<Lean, Text> = {
  supports: tx(
    'Benefits outweigh challenges: supports using a voicebot',
    'Korzyści przeważają nad wyzwaniami: przemawia za voicebotem',
    '收益大于挑战：支持使用语音机器人',
  ),
  against: tx(
    'Challenges outweigh benefits: argues against a voicebot',
    'Wyzwania przeważają nad korzyściami: przemawia przeciw voicebotowi',
    '挑战大于收益：不建议使用语音机器人',
  ),
  tie: tx(
    'A tie: benefits and challenges weigh the same',
    'Remis: korzyści i wyzwania ważą tyle samo',
    '持平：收益与挑战分量相同',
  ),
};

/** The user's own challenge or benefit, typed in case 3 (weightedTableExcel reads the 'label' cell). */
// A challenge or benefit is a sentence: a text box that wraps, not a one-line field that cuts it.
const labelInput: InputDef = { id: 'label', kind: 'longtext', label: tx('Description', 'Opis', '说明') };

const TITLE_FIELD: InputDef = {
  id: 'case3-title',
  kind: 'text',
  label: tx('Case 3 — Title of your case', 'Przypadek 3 — Tytuł Twojego przypadku', '案例 3 — 您的案例标题'),
  hint: tx(
    'Where could a voicebot help in your company? E.g. order status enquiries.',
    'Gdzie voicebot mógłby pomóc w Twojej firmie? Np. pytania o status zamówienia.',
    '语音机器人能在贵公司的哪些方面提供帮助？例如：订单状态查询。',
  ),
};

interface CaseDef {
  id: CaseId;
  number: number;
  title: Text;
  challenges: TableBlock;
  benefits: TableBlock;
}

function fixedTable(caseId: CaseId, side: Side, rows: [Text, Text, Text]): TableBlock {
  return {
    kind: 'table',
    id: `${caseId}-${side}`,
    title: SIDE[side].title,
    rowHeader: SIDE[side].title,
    columns: weightedColumns,
    fixedRows: rows.map((label, i) => ({ id: `${side === 'challenges' ? 'c' : 'b'}${i + 1}`, label })),
  };
}

function ownTable(side: Side): TableBlock {
  return {
    kind: 'table',
    id: `case3-${side}`,
    title: SIDE[side].title,
    rowHeader: tx('No.', 'Nr', '序号'),
    columns: [labelInput, ...weightedColumns],
    editable: {
      rowNoun: SIDE[side].noun,
      addLabel:
        side === 'challenges'
          ? tx('Add a challenge', 'Dodaj wyzwanie', '添加挑战')
          : tx('Add a benefit', 'Dodaj korzyść', '添加收益'),
      minRows: 1,
    },
  };
}

export const CASES: CaseDef[] = [
  {
    id: 'case1',
    number: 1,
    title: tx(
      'Case study 1. Voicebot – Appointment scheduling for a large medical provider',
      'Studium przypadku 1. Voicebot – Planowanie wizyt dla dużego dostawcy usług medycznych',
      '案例研究 1. 语音机器人 – 为大型医疗服务机构安排预约',
    ),
    challenges: fixedTable('case1', 'challenges', [
      tx('High cost of a very simple task', 'Wysoki koszt za bardzo prostą czynność', '一项非常简单的工作成本却很高'),
      tx(
        'Long waiting times to reach a consultant',
        'Długie czasy oczekiwania na połączenie z konsultantem',
        '接通客服人员需要长时间等待',
      ),
      tx(
        'Helpline open only at certain hours',
        'Infolinia otwarta tylko w określonych godzinach',
        '服务热线只在特定时段开放',
      ),
    ]),
    benefits: fixedTable('case1', 'benefits', [
      tx(
        'Helpline available 24 hours a day, 7 days a week',
        'Infolinia dostępna 24 godziny na dobę, 7 dni w tygodniu',
        '服务热线每周 7 天、每天 24 小时可用',
      ),
      tx(
        'Instant appointment booking without queues (the bot can handle an unlimited number of calls at once)',
        'Natychmiastowe umawianie spotkań bez kolejek (bot może obsłużyć nieograniczoną liczbę połączeń jednocześnie)',
        '即时预约，无需排队（机器人可同时处理不限数量的来电）',
      ),
      tx(
        'Increased customer satisfaction as a result of these changes',
        'Zwiększona satysfakcja klientów w wyniku tych zmian',
        '这些变化提升了客户满意度',
      ),
    ]),
  },
  {
    id: 'case2',
    number: 2,
    title: tx(
      'Case study 2. Voicebot – Customer satisfaction survey for a large insurance company',
      'Studium przypadku 2. Voicebot – badanie satysfakcji klientów dla dużej firmy ubezpieczeniowej',
      '案例研究 2. 语音机器人 – 为大型保险公司开展客户满意度调查',
    ),
    challenges: fixedTable('case2', 'challenges', [
      tx('High cost of interviewers', 'Wysoki koszt ankieterów', '访问员成本高'),
      tx('Limited number of surveys conducted', 'Ograniczona liczba przeprowadzonych ankiet', '完成的调查数量有限'),
      tx('Prolonged duration of surveys', 'Przedłużony czas trwania ankiet', '调查耗时过长'),
    ]),
    benefits: fixedTable('case2', 'benefits', [
      tx(
        'Unlimited number of surveys conducted per day',
        'Nieograniczona liczba przeprowadzonych ankiet dziennie',
        '每天可完成的调查数量不受限制',
      ),
      tx(
        'Shorter calls – less trouble for the customer',
        'Krótszy czas rozmów - mniej kłopotów dla klienta',
        '通话时间更短 – 减少对客户的打扰',
      ),
      tx(
        "Interviewers' levels of accuracy and responsiveness maintained",
        'Utrzymane poziomy dokładności i reaktywności ankieterów',
        '保持访问员水平的准确性和响应速度',
      ),
    ]),
  },
  {
    id: 'case3',
    number: 3,
    title: tx('Case study 3. Your own case', 'Studium przypadku 3. Twój własny przypadek', '案例研究 3. 您自己的案例'),
    challenges: ownTable('challenges'),
    benefits: ownTable('benefits'),
  },
];

const TOTAL = tx('Total weight', 'Łączna waga', '权重合计');
const AVERAGE = tx('Weighted average', 'Średnia ważona', '加权平均值');
const VERDICT = tx('Verdict', 'Werdykt', '结论');

/** "Case 1 — Challenges — Weighted average": result labels unique across the three cases. */
const CASE = tx('Case {n}', 'Przypadek {n}', '案例 {n}');
const caseLabel = (c: CaseDef, ...parts: Text[]): Text =>
  byLang((lang) => [fillIn(pick(CASE, lang), { n: c.number }), ...parts.map((p) => pick(p, lang))].join(' — '));
const WEIGHTS_TOTAL_ONE = tx('weights must total 1', 'wagi muszą sumować się do 1', '权重之和必须为 1');

function sideLabels(c: CaseDef, side: Side) {
  const title = SIDE[side].title;
  return { total: caseLabel(c, title, TOTAL), average: caseLabel(c, title, AVERAGE), rowNoun: SIDE[side].noun };
}

/** What one table lacks, prefixed with its name: "Challenges: rate challenge 2". */
function gapText(side: Side, gap: TableGap, result: WeightedResult): Text {
  const rowsLacking = missingText(result, result.products.length, SIDE[side].noun);
  const total = weightGapText(result);
  return byLang((lang) => {
    // One sentence, continued in lower case after "Challenges:".
    const lacking = rowsLacking ? pick(rowsLacking, lang) : '';
    const parts = lacking ? [lacking.charAt(0).toLowerCase() + lacking.slice(1)] : [];
    // The total is worth mentioning only once every weight is in.
    if (!gap.noRows && gap.missingWeights.length === 0 && gap.weightsOff && total) {
      parts.push(`${pick(WEIGHTS_TOTAL_ONE, lang)} (${pick(total, lang)})`);
    }
    return `${pick(SIDE[side].title, lang)}${colon(lang)}${joinSemi(parts, lang)}`;
  });
}

function verdictMissing(v: Verdict, ch: WeightedResult, be: WeightedResult): Text | undefined {
  const parts: Text[] = [];
  if (v.challenges) parts.push(gapText('challenges', v.challenges, ch));
  if (v.benefits) parts.push(gapText('benefits', v.benefits, be));
  if (!parts.length) return undefined;
  return byLang((lang) =>
    joinSentences(
      parts.map((p) => pick(p, lang)),
      lang,
    ),
  );
}

function caseTitle(data: SheetData): string {
  const t = data.fields[TITLE_FIELD.id];
  return typeof t === 'string' ? t.trim() : '';
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function verdictItem(c: CaseDef, data: SheetData): ResultItem {
  const ch = evaluateTable(c.challenges, data);
  const be = evaluateTable(c.benefits, data);
  const v = voicebotVerdict(ch, be);
  const own = c.id === 'case3' ? caseTitle(data) : '';
  const lean = v.lean ? LEAN_TEXT[v.lean] : undefined;
  return {
    id: `${c.id}-verdict`,
    label: caseLabel(c, VERDICT),
    shown: { kind: 'num', value: v.value, format: 'dec2' },
    missing: verdictMissing(v, ch, be),
    // The user's case title is shown as typed, in both languages.
    // "Ferry timetable hotline — a tie: …", not two colons in a row.
    detail: lean && own ? byLang((lang) => `${own} — ${lower(pick(lean, lang))}`) : lean,
    tone: v.lean === 'supports' ? 'good' : v.lean === 'against' ? 'bad' : 'neutral',
  };
}

function caseResults(c: CaseDef, data: SheetData): ResultItem[] {
  return [
    ...weightedResults(c.challenges, data, sideLabels(c, 'challenges')).items,
    ...weightedResults(c.benefits, data, sideLabels(c, 'benefits')).items,
    verdictItem(c, data),
  ];
}

/** Data of the 'voicebot-chart' panel: both weighted averages and the verdict of each case. */
export interface VoicebotChartCase extends CaseComparison {
  id: CaseId;
  /** "Case 1" / "Przypadek 1" (+ the user's title for case 3). */
  label: Text;
}
export function voicebotChart(data: SheetData): VoicebotChartCase[] {
  return CASES.map((c) => {
    const own = c.id === 'case3' ? caseTitle(data) : '';
    const base = caseLabel(c);
    return {
      id: c.id,
      label: own ? byLang((lang) => `${pick(base, lang)}${colon(lang)}${own}`) : base,
      ...compareCase(evaluateTable(c.challenges, data), evaluateTable(c.benefits, data)),
    };
  });
}

const INTRO = tx(
  'Consider the following examples of using a voice bot. Which elements support choosing it, or the opposite? Try to rate them. Give each element a rating from 1 (lowest) to 5 (highest) and a weight from 0.1 to 0.9; the total weight should be 1.',
  'Rozważmy następujący przykład korzystania z bota głosowego. Które elementy wspierają jego wybór lub odwrotnie. Spróbuj je ocenić. Oceń każdy element od 1 (najniżej) do 5 (najwyżej) i nadaj mu wagę od 0,1 do 0,9; łączna waga powinna wynosić 1.',
  '请看下面使用语音机器人的例子。哪些要素支持选择它，哪些则相反？试着为它们评分。为每个要素打 1（最低）到 5（最高）分，并设定 0.1 到 0.9 的权重；权重合计应为 1。',
);

const CASE_NOTE = tx(
  'Rate the challenges of the current situation and the benefits of the voicebot. The total weight of each table should be 1.',
  'Oceń wyzwania obecnej sytuacji i korzyści z voicebota. Łączna waga w każdej tabeli powinna wynosić 1.',
  '请为当前状况的挑战和语音机器人的收益评分。每张表的权重合计应为 1。',
);
const OWN_CASE_NOTE = tx(
  'Describe a situation from your own company: list its challenges and the benefits a voicebot would bring, then rate and weigh them.',
  'Opisz sytuację z własnej firmy: wypisz jej wyzwania i korzyści, jakie przyniósłby voicebot, a następnie oceń je i nadaj im wagi.',
  '描述贵公司自己的一个情境：列出其中的挑战和语音机器人将带来的收益，然后为它们评分并设定权重。',
);

function caseBlocks(c: CaseDef): Block[] {
  const normalise = (t: TableBlock): Block => ({
    kind: 'custom',
    id: `${t.id}-normalise`,
    panel: 'normalise-weights',
    target: t.id,
  });
  return [
    { kind: 'note', id: `${c.id}-title`, title: c.title, text: c.id === 'case3' ? OWN_CASE_NOTE : CASE_NOTE },
    ...(c.id === 'case3' ? [{ kind: 'fields', id: 'case3-fields', fields: [TITLE_FIELD] } satisfies Block] : []),
    c.challenges,
    normalise(c.challenges),
    c.benefits,
    normalise(c.benefits),
    {
      kind: 'results',
      id: `${c.id}-results`,
      title: caseLabel(c, tx('Results', 'Wyniki', '结果')),
      items: (data) => caseResults(c, data),
    },
  ];
}

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([70, 12, 12, 16]);
  b.add([{ v: pick(voicebotCases.title, lang), bold: true }]);
  b.add([pick(INTRO, lang)]);
  for (const c of CASES) {
    b.blank();
    b.heading(pick(c.title, lang));
    if (c.id === 'case3')
      b.add([
        pick(TITLE_FIELD.label, lang),
        inputCell(TITLE_FIELD, data.fields[TITLE_FIELD.id], lang, fieldAt(TITLE_FIELD.id)),
      ]);
    const ch = weightedTableExcel(b, c.challenges, data, lang, {
      header: SIDE.challenges.title,
      total: sideLabels(c, 'challenges').total,
      average: sideLabels(c, 'challenges').average,
    });
    b.blank();
    const be = weightedTableExcel(b, c.benefits, data, lang, {
      header: SIDE.benefits.title,
      total: sideLabels(c, 'benefits').total,
      average: sideLabels(c, 'benefits').average,
    });
    const v = voicebotVerdict(ch.result, be.result);
    // Complete = both averages present and both totals 1 within 0.001 (ROUND drops float drift,
    // as decimal.clean does in the app); to two decimals, as the app decides it.
    const done = (t: { totalRef: string; averageRef: string }) =>
      `ISNUMBER(${t.averageRef}),${weightsTotalOneFormula(t.totalRef)}`;
    const verdictRow = b.next;
    const verdictRef = `D${verdictRow}`;
    b.add([
      {
        v: `${pick(caseLabel(c, VERDICT), lang)} (${pick(tx('benefits − challenges', 'korzyści − wyzwania', '收益 − 挑战'), lang)})`,
        bold: true,
      },
      null,
      null,
      {
        f: `IF(AND(${done(ch)},${done(be)}),${round(`${be.averageRef}-${ch.averageRef}`, 2)},"")`,
        v: v.value ?? '',
        z: EXCEL_FORMAT.dec2,
        result: `${c.id}-verdict`,
      },
    ]);
    const q = (t: Text) => litOf(t, lang);
    b.add([
      null,
      {
        f: `IF(${verdictRef}="","",IF(${verdictRef}>0,${q(LEAN_TEXT.supports)},IF(${verdictRef}<0,${q(LEAN_TEXT.against)},${q(LEAN_TEXT.tie)})))`,
        v: v.lean ? pick(LEAN_TEXT[v.lean], lang) : '',
      },
    ]);
  }
  return b.build();
}

/**
 * Filled rows for one table: [rating, weight] or [label, rating, weight] for the own case, the weight
 * typed as a user of that language types it ("0,3" in Polish).
 */
function fill(table: TableBlock, values: readonly (readonly string[])[], lang: Lang) {
  const typed = (w: string | undefined) => (w ? formatTypable(Number(w), lang) : '');
  if (table.fixedRows)
    return table.fixedRows.map((f, i) => row({ rating: values[i]?.[0] ?? '', weight: typed(values[i]?.[1]) }, f.id));
  return values.map(([label = '', rating = '', weight]) => row({ label, rating, weight: typed(weight) }));
}

const OWN_EXAMPLE: Record<Lang, { title: string; challenges: string[]; benefits: string[] }> = {
  en: {
    title: 'Service booking line of our bike workshop',
    challenges: [
      'Most calls are requests to book or move a service appointment',
      'Customers call in the evening when the workshop is closed',
      'Two shop assistants answer calls between customers and cannot keep up',
    ],
    benefits: [
      'Service slots booked instantly, 24/7, straight into the workshop calendar',
      'Shop staff free to serve customers and fleet clients',
      'Lower cost per call during the spring service peak',
    ],
  },
  pl: {
    title: 'Infolinia do umawiania wizyt w naszym serwisie rowerowym',
    challenges: [
      'Większość połączeń to prośby o umówienie lub przełożenie wizyty w serwisie',
      'Klienci dzwonią wieczorem, gdy serwis jest już zamknięty',
      'Dwoje sprzedawców odbiera telefony między klientami i nie nadąża',
    ],
    benefits: [
      'Termin w serwisie rezerwowany od razu, całą dobę, wprost w kalendarzu warsztatu',
      'Sprzedawcy mają czas dla klientów w sklepie i klientów flotowych',
      'Niższy koszt połączenia w wiosennym szczycie serwisowym',
    ],
  },
  zh: {
    title: '我们自行车维修店的保养预约热线',
    challenges: [
      '大多数来电是预约或改约保养时间',
      '客户在晚上维修店关门后来电',
      '两名店员在接待顾客的间隙接听电话，忙不过来',
    ],
    benefits: [
      '全天候即时预约保养时段，直接写入维修店日历',
      '店员可以专心服务店内顾客和车队客户',
      '春季保养高峰期每通电话的成本更低',
    ],
  },
};

function example(lang: Lang): SheetData {
  const own = OWN_EXAMPLE[lang];
  const [c1, c2, c3] = CASES as [CaseDef, CaseDef, CaseDef];
  const data = emptySheet();
  data.fields[TITLE_FIELD.id] = own.title;
  data.tables[c1.challenges.id] = fill(
    c1.challenges,
    [
      ['4', '0.3'],
      ['5', '0.4'],
      ['3', '0.3'],
    ],
    lang,
  );
  data.tables[c1.benefits.id] = fill(
    c1.benefits,
    [
      ['5', '0.4'],
      ['4', '0.4'],
      ['4', '0.2'],
    ],
    lang,
  );
  data.tables[c2.challenges.id] = fill(
    c2.challenges,
    [
      ['4', '0.5'],
      ['3', '0.3'],
      ['3', '0.2'],
    ],
    lang,
  );
  data.tables[c2.benefits.id] = fill(
    c2.benefits,
    [
      ['4', '0.4'],
      ['3', '0.3'],
      ['2', '0.3'],
    ],
    lang,
  );
  const [ch1 = '', ch2 = '', ch3 = ''] = own.challenges;
  const [be1 = '', be2 = '', be3 = ''] = own.benefits;
  data.tables[c3.challenges.id] = fill(
    c3.challenges,
    [
      [ch1, '5', '0.5'],
      [ch2, '3', '0.2'],
      [ch3, '4', '0.3'],
    ],
    lang,
  );
  data.tables[c3.benefits.id] = fill(
    c3.benefits,
    [
      [be1, '5', '0.4'],
      [be2, '5', '0.3'],
      [be3, '4', '0.3'],
    ],
    lang,
  );
  return data;
}

/** The same in both languages: seed rows are labels, and the own case starts empty. */
function initial(_lang: Lang): SheetData {
  const data = emptySheet();
  for (const c of CASES) {
    for (const t of [c.challenges, c.benefits]) {
      data.tables[t.id] = t.fixedRows ? rowsForFixed(t.fixedRows) : [row(), row(), row()];
    }
  }
  return data;
}

export const voicebotCases = {
  id: 'voicebot-cases',
  title: TITLES['voicebot-cases'],
  intro: INTRO,
  blocks: [
    ...CASES.flatMap(caseBlocks),
    {
      kind: 'custom',
      id: 'chart',
      panel: 'voicebot-chart',
      title: tx(
        'Challenges and benefits by case',
        'Wyzwania i korzyści w poszczególnych przypadkach',
        '各案例的挑战与收益',
      ),
    },
  ],
  initial,
  example,
  excel,
  summary: (data) => CASES.map((c) => verdictItem(c, data)),
} satisfies WorksheetDef;
