/**
 * Module IV — Crisis management plan: the seed's six steps (action and result each), the crisis
 * team, a risk register ranked by score = probability × impact with a 5×5 heat map, and the next
 * review date (the seed: review at least once a year). Scoring: scoring/risk.ts, review-date.ts.
 */
import type {
  CellValue,
  ComputedColumn,
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
import {
  asTyped,
  byLang,
  cellNumber,
  emptySheet,
  fillText,
  joinSemi,
  pick,
  row,
  rowName,
  rowsForFixed,
  semicolon,
  tableRows,
  tx,
  type PerLang,
} from './helpers';
import { EXCEL_FORMAT, SheetBuilder, cellAt, fieldAt, headCell, inputCell, label, ref, rowsEndRow } from './excel';
import { ifAllValid, joinNonBlank, lit, rowRefs } from './formula';
import {
  IMPACT_RANGE,
  PROBABILITY_RANGE,
  heatMap,
  rankRisks,
  riskScore,
  topRisks,
  type HeatCell,
  type RankedRisk,
} from '../scoring/risk';
import { showDate, type DateLang } from '../scoring/local-date';
import {
  addMonths,
  excelSerial,
  parseIsoDate,
  reviewStatus,
  todayIso,
  DUE_SOON_DAYS,
  addYears,
  isoOf,
  type ReviewStatus,
} from '../scoring/review-date';
import { TITLES } from './titles';

// ——— Steps (the seed's table: step, action, result) ———

const steps: TableBlock = {
  kind: 'table',
  id: 'steps',
  title: tx('Six steps of the plan', 'Sześć kroków planu', '计划的六个步骤'),
  rowHeader: tx('Step', 'Krok', '步骤'),
  columns: [
    { id: 'action', kind: 'longtext', label: tx('Action', 'Działanie', '行动') },
    { id: 'result', kind: 'longtext', label: tx('Result', 'Wynik', '结果') },
  ],
  fixedRows: [
    {
      id: 's1',
      label: tx(
        'Step one: Choose the members of the crisis management team',
        'Krok pierwszy: Wybierz członków zespołu zarządzania kryzysowego',
        '第一步：选定危机管理团队成员',
      ),
      description: tx(
        'Before you start planning for a crisis, choose a team of leaders who will work together on this document. The team should include the people who will carry out specific actions in a crisis. Create it early so that everyone knows the details of your strategy.',
        'Zanim zaczniesz planować kryzys, wybierz zespół liderów, którzy będą współpracować przy tworzeniu tego dokumentu. Zespół powinien obejmować osoby, które będą wykonywać określone działania w przypadku kryzysu. Stwórz go wcześnie, aby każdy znał szczegóły Twojej strategii.',
        '在开始制定危机计划之前，请选出一支领导团队，共同完成这份文件。团队应包括在危机中负责执行具体行动的人员。请尽早组建团队，让每个人都了解您的策略细节。',
      ),
    },
    {
      id: 's2',
      label: tx('Step two: Assess the risks', 'Krok drugi: Oceń ryzyka', '第二步：评估风险'),
      description: tx(
        'Start by brainstorming which risks could threaten your company. As mentioned above, you can begin this session by discussing the risks common in your industry. Use a risk register to identify and analyse the probability of a specific threat occurring. The risk register will help you avoid delays and prepare for potential complications. It will also help you visualise the most serious risks and prepare an appropriate strategy.',
        'Zacznij od burzy mózgów, jakie ryzyka mogą zagrażać Twojej firmie. Jak wspomniano powyżej, możesz rozpocząć tę sesję od omówienia powszechnych ryzyk w Twojej branży. Użyj rejestru zagrożeń, aby zidentyfikować i przeanalizować prawdopodobieństwo wystąpienia określonego zagrożenia. Rejestr zagrożeń pomoże Ci uniknąć opóźnień i przygotować się na potencjalne komplikacje. Pomoże również zwizualizować najpoważniejsze ryzyka i przygotować odpowiednią strategię.',
        '首先通过头脑风暴，找出可能威胁公司的风险。如前所述，您可以从讨论本行业常见的风险开始。使用风险登记表来识别并分析特定威胁发生的可能性。风险登记表能帮助您避免延误，为可能出现的复杂情况做好准备；它还能帮助您直观地看到最严重的风险，并制定相应的策略。',
      ),
    },
    {
      id: 's3',
      label: tx(
        'Step three: Determine the impact on the company',
        'Krok trzeci: Określ wpływ na firmę',
        '第三步：确定对公司的影响',
      ),
      description: tx(
        'Once you have identified the risk most likely to occur, work with the members of the crisis management team to determine how it will affect your company. Each risk will have a different impact, so analyse them separately. The potential impact on the company may include customer churn, reputational damage, sales delays, loss of revenue or fines.',
        'Po zidentyfikowaniu ryzyka o najwyższym prawdopodobieństwie wystąpienia, współpracuj z członkami zespołu zarządzania kryzysowego, aby określić, jak wpłynie ono na Twoją firmę. Każde ryzyko będzie miało inny wpływ, więc analizuj je osobno. Potencjalny wpływ na firmę może obejmować odpływ klientów, uszkodzenie reputacji, opóźnienia w sprzedaży, utratę przychodów lub grzywny.',
        '确定最有可能发生的风险后，请与危机管理团队成员一起确定它将如何影响公司。每种风险的影响各不相同，因此请分别分析。对公司的潜在影响可能包括客户流失、声誉受损、销售延迟、收入损失或罚款。',
      ),
    },
    {
      id: 's4',
      label: tx('Step four: Plan the strategy', 'Krok czwarty: Zaplanuj strategię', '第四步：规划策略'),
      description: tx(
        'For each threat identified, determine what actions your team should take to deal with it. Suppose you work in the software industry and your company falls victim to a cyberattack. In that case, you may need to assign people to secure the network, inform customers and assess the damage that has occurred.',
        'Dla każdego wykrytego zagrożenia określ, jakie działania powinien podjąć Twój zespół, aby sobie z nim poradzić. Załóżmy, że pracujesz w branży oprogramowania i Twoja firma staje się ofiarą cyberataku. W takim przypadku może być konieczne wyznaczenie osób do zabezpieczenia sieci, poinformowania klientów i oceny szkód, które wystąpiły.',
        '针对识别出的每一项威胁，确定团队应采取哪些行动来应对。假设您在软件行业工作，公司遭受了网络攻击。在这种情况下，您可能需要指派人员保护网络、通知客户并评估已造成的损失。',
      ),
    },
    {
      id: 's5',
      label: tx('Step five: Make the plan concrete', 'Krok piąty: Skonkretyzuj plan', '第五步：将计划落到实处'),
      description: tx(
        'Once you have discussed the risks to your company and their impact, and planned the actions to take if they occur, it is time to put the plan into practice. A crisis management plan is more than a written or verbal strategy. It should contain key elements, such as an activation protocol and whom to contact in an emergency, which we describe below. It will also require cooperation with key stakeholders so that everyone knows what to do and when.',
        'Po omówieniu ryzyk dla Twojej firmy i ich wpływu na firmę oraz zaplanowaniu działań na wypadek ich wystąpienia, nadszedł czas na wdrożenie planu. Plan zarządzania kryzysowego to więcej niż pisemna lub ustna strategia. Powinien zawierać kluczowe elementy, takie jak protokół aktywacji i kogo kontaktować w nagłych wypadkach, które opisujemy poniżej. Będzie również wymagał współpracy z kluczowymi interesariuszami, aby każdy wiedział, co należy zrobić i kiedy.',
        '讨论了公司面临的风险及其影响，并规划好风险发生时要采取的行动之后，就该把计划付诸实践了。危机管理计划不只是一份书面或口头的策略。它应包含一些关键要素，例如启动规程以及紧急情况下的联系人，我们将在下文介绍。它还需要与关键利益相关者合作，让每个人都知道该做什么、何时去做。',
      ),
    },
    {
      id: 's6',
      label: tx(
        'Step six: Review the plan and update it as needed',
        'Krok szósty: Przeglądaj plan i aktualizuj go w razie potrzeby',
        '第六步：审查计划并按需更新',
      ),
      description: tx(
        'When the crisis management plan is ready, review the final version to make sure nothing has been left out. Review the plan thoroughly and update it at least once a year, because potential risks can change over time.',
        'Gdy plan zarządzania kryzysowego jest gotowy, przejrzyj ostateczną wersję, aby upewnić się, że niczego nie pominięto. Dokładnie przejrzyj plan i aktualizuj go co najmniej raz w roku, ponieważ potencjalne ryzyka mogą się zmieniać z czasem.',
        '危机管理计划完成后，请审查最终版本，确保没有遗漏。请全面审查计划，并至少每年更新一次，因为潜在风险会随时间变化。',
      ),
    },
  ],
};

// ——— Crisis team ———

const team: TableBlock = {
  kind: 'table',
  id: 'team',
  title: tx('Crisis management team', 'Zespół zarządzania kryzysowego', '危机管理团队'),
  intro: tx(
    'Who carries out the plan in a crisis, what they are responsible for and how to reach them.',
    'Kto realizuje plan w razie kryzysu, za co odpowiada i jak się z nim skontaktować.',
    '危机中由谁执行计划、各自负责什么、如何联系他们。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [
    { id: 'name', kind: 'text', label: tx('Name', 'Imię i nazwisko', '姓名') },
    { id: 'role', kind: 'text', label: tx('Role', 'Rola', '角色') },
    { id: 'contact', kind: 'text', label: tx('Contact', 'Kontakt', '联系方式') },
  ],
  editable: {
    rowNoun: tx('Team member', 'Członek zespołu', '团队成员'),
    addLabel: tx('Add a team member', 'Dodaj członka zespołu', '添加团队成员'),
    minRows: 1,
  },
};

// ——— Risk register ———

const riskText: InputDef = { id: 'risk', kind: 'text', label: tx('Description', 'Opis', '说明') };
export const probabilityInput: InputDef = {
  id: 'probability',
  kind: 'number',
  label: tx('Probability (1–5)', 'Prawdopodobieństwo (1–5)', '可能性（1–5）'),
  hint: tx(
    '1 = very unlikely, 5 = almost certain',
    '1 = bardzo mało prawdopodobne, 5 = niemal pewne',
    '1 = 极不可能，5 = 几乎肯定',
  ),
  rule: { ...PROBABILITY_RANGE, noun: tx('Probability', 'Prawdopodobieństwo', '可能性') },
};
export const impactInput: InputDef = {
  id: 'impact',
  kind: 'number',
  label: tx('Impact (1–5)', 'Wpływ (1–5)', '影响程度（1–5）'),
  hint: tx('1 = minor, 5 = severe', '1 = niewielki, 5 = poważny', '1 = 轻微，5 = 严重'),
  rule: { ...IMPACT_RANGE, noun: tx('Impact', 'Wpływ', '影响程度') },
};
const scoreColumn: ComputedColumn = {
  id: 'score',
  kind: 'computed',
  label: tx(
    'Score (probability × impact)',
    'Poziom ryzyka (prawdopodobieństwo × wpływ)',
    '风险分值（可能性 × 影响程度）',
  ),
  compute: (r: Row) => ({
    kind: 'num',
    value: riskScore(cellNumber(r, probabilityInput), cellNumber(r, impactInput)),
    format: 'int',
  }),
  // Valid pairs only, as above: a probability of 6 typed in Excel scores nothing.
  excel: (r) =>
    ifAllValid(
      [
        [r.col('probability'), PROBABILITY_RANGE],
        [r.col('impact'), IMPACT_RANGE],
      ],
      `${r.col('probability')}*${r.col('impact')}`,
    ),
};
const ownerInput: InputDef = { id: 'owner', kind: 'text', label: tx('Owner', 'Właściciel', '负责人') };
const responseInput: InputDef = { id: 'response', kind: 'longtext', label: tx('Response', 'Reakcja', '应对措施') };
const RISK_INPUTS = [riskText, probabilityInput, impactInput, ownerInput, responseInput];

const risks: TableBlock = {
  kind: 'table',
  id: 'risks',
  title: tx('Risk register', 'Rejestr zagrożeń', '风险登记表'),
  intro: tx(
    'Rate each risk: probability and impact from 1 (lowest) to 5 (highest). Score = probability × impact (1–25). “Sort by score” puts the highest scores first; the list by the heat map is always ranked.',
    'Oceń każde ryzyko: prawdopodobieństwo i wpływ od 1 (najniżej) do 5 (najwyżej). Poziom ryzyka = prawdopodobieństwo × wpływ (1–25). „Sortuj według poziomu ryzyka” ustawia najwyższe poziomy na początku; lista obok mapy ryzyka jest zawsze uszeregowana.',
    '为每项风险评分：可能性和影响程度从 1（最低）到 5（最高）。风险分值 = 可能性 × 影响程度（1–25）。“按风险分值排序”会把分值最高的排在最前；风险热力图旁的列表始终按分值排序。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [riskText, probabilityInput, impactInput, scoreColumn, ownerInput, responseInput],
  editable: {
    rowNoun: tx('Risk', 'Ryzyko', '风险'),
    addLabel: tx('Add a risk', 'Dodaj ryzyko', '添加风险'),
    minRows: 1,
    // Not sorted while typing (a row would jump from under the cursor): on request.
    sortBy: {
      label: tx('Sort by score', 'Sortuj według poziomu ryzyka', '按风险分值排序'),
      score: (r) => riskScore(cellNumber(r, probabilityInput), cellNumber(r, impactInput)),
    },
  },
};

// ——— Review date ———

/** Step 5 of the seed: "key elements, such as an activation protocol and whom to contact in an emergency". */
const activationField: InputDef = {
  id: 'activation-protocol',
  kind: 'longtext',
  label: tx('Activation protocol', 'Protokół aktywacji', '启动规程'),
  hint: tx(
    'Step five: when is the plan activated, who decides, and whom is contacted first, in what order?',
    'Krok piąty: kiedy plan jest uruchamiany, kto o tym decyduje i z kim kontaktujemy się najpierw, w jakiej kolejności?',
    '第五步：计划何时启动、由谁决定、首先联系谁、按什么顺序联系？',
  ),
};

const reviewField: InputDef = {
  id: 'next-review',
  kind: 'date',
  label: tx('Next review date', 'Data następnego przeglądu', '下次审查日期'),
  hint: tx(
    'Review and update the plan at least once a year.',
    'Przeglądaj i aktualizuj plan co najmniej raz w roku.',
    '至少每年审查并更新一次计划。',
  ),
};

export const REVIEW_TEXT: Record<Exclude<ReviewStatus, 'missing' | 'invalid'>, Text> = {
  overdue: tx('Overdue', 'Po terminie', '已逾期'),
  'due-soon': tx('Due soon', 'Wkrótce', '即将到期'),
  ok: tx('On schedule', 'W terminie', '按计划'),
  'too-far': tx('Too far ahead', 'Zbyt odległy termin', '日期过远'),
};

const LABELS = {
  count: tx('Number of risks', 'Liczba ryzyk', '风险数量'),
  top: tx('Top risks', 'Najpoważniejsze ryzyka', '最高风险'),
  highest: tx('Highest risk score', 'Najwyższy poziom ryzyka', '最高风险分值'),
  review: tx('Review status', 'Status przeglądu', '审查状态'),
};

// ——— Computation shared by the results, the panel and Excel ———

const isBlank = (v: CellValue | undefined) =>
  v === undefined || (typeof v === 'string' ? v.trim() === '' : v.length === 0);
const riskRowBlank = (r: Row) => RISK_INPUTS.every((i) => isBlank(r.cells[i.id]));

/** The risk's name: its description as typed, or "Risk 3" when it has none. */
function riskLabel(rows: readonly Row[], index: number): Text {
  const v = rows[index]?.cells['risk'];
  if (typeof v === 'string' && v.trim() !== '') return asTyped(v);
  return byLang((lang) => rowName(risks, index, lang));
}

const riskInputs = (rows: readonly Row[]) =>
  rows.map((r) => ({ probability: cellNumber(r, probabilityInput), impact: cellNumber(r, impactInput) }));

/** Data of the 'risk-heatmap' panel: the ranked list and the 5×5 matrix with names per cell. */
export interface RiskView {
  /** Every non-blank risk, highest score first (ties in the user's order, unscored last). */
  ranked: (RankedRisk & { label: Text })[];
  /** matrix[probability − 1][impact − 1]; `labels` are the names of the risks in that cell. */
  matrix: (HeatCell & { labels: Text[] })[][];
}
export function riskView(data: SheetData): RiskView {
  const rows = tableRows(risks, data);
  const inputs = riskInputs(rows);
  return {
    ranked: rankRisks(inputs)
      .filter((r) => !riskRowBlank(rows[r.index]!))
      .map((r) => ({ ...r, label: riskLabel(rows, r.index) })),
    matrix: heatMap(inputs).map((line) =>
      line.map((cell) => ({ ...cell, labels: cell.indexes.map((i) => riskLabel(rows, i)) })),
    ),
  };
}

const joinTexts = (texts: Text[]): Text =>
  byLang((lang) =>
    joinSemi(
      texts.map((t) => pick(t, lang)),
      lang,
    ),
  );

/** Dates in messages: Polish "dd.mm.yyyy"; English and Chinese ISO "yyyy-mm-dd" (GB/T 7408). */
const DATE_LANG: PerLang<DateLang> = { en: 'en', pl: 'pl', zh: 'en' };

function reviewItem(data: SheetData, today: string): ResultItem {
  const raw = data.fields[reviewField.id];
  const status = reviewStatus(typeof raw === 'string' ? raw : undefined, today);
  const base = { id: 'review-status', label: LABELS.review };
  if (status === 'missing') {
    return {
      ...base,
      shown: { kind: 'text', value: undefined },
      missing: tx('Enter the next review date', 'Wpisz datę następnego przeglądu', '请输入下次审查日期'),
      tone: 'warn',
    };
  }
  if (status === 'invalid') {
    return {
      ...base,
      shown: { kind: 'text', value: undefined },
      missing: tx(
        'Enter a valid date (yyyy-mm-dd)',
        'Wpisz poprawną datę (dd.mm.rrrr)',
        '请输入有效日期（yyyy-mm-dd）',
      ),
      tone: 'warn',
    };
  }
  const latest = isoOf(addYears(parseIsoDate(today)!, 1));
  const detail: Record<typeof status, Text> = {
    overdue: tx(
      'The review date has passed: review the plan and set a new date',
      'Termin przeglądu minął: przejrzyj plan i ustal nową datę',
      '审查日期已过：请审查计划并设定新日期',
    ),
    'due-soon': fillText(
      tx('The review is due within {days} days', 'Przegląd przypada w ciągu {days} dni', '审查将在 {days} 天内到期'),
      { days: DUE_SOON_DAYS },
    ),
    ok: tx('The plan will be reviewed within a year', 'Plan zostanie przejrzany w ciągu roku', '计划将在一年内审查'),
    'too-far': fillText(
      tx(
        'Review at least once a year: set a date no later than {date}',
        'Przeglądaj plan co najmniej raz w roku: ustal datę nie późniejszą niż {date}',
        '至少每年审查一次：请设定不晚于 {date} 的日期',
      ),
      (lang) => ({ date: showDate(latest, DATE_LANG[lang]) }),
    ),
  };
  const tone = status === 'ok' ? 'good' : status === 'overdue' ? 'bad' : 'warn';
  return { ...base, shown: { kind: 'text', value: REVIEW_TEXT[status] }, detail: detail[status], tone };
}

function riskItems(data: SheetData): ResultItem[] {
  const rows = tableRows(risks, data);
  const inputs = riskInputs(rows);
  const listed = rows.filter((r) => !riskRowBlank(r)).length;
  const unscored = inputs.filter(
    (r, i) => !riskRowBlank(rows[i]!) && riskScore(r.probability, r.impact) === undefined,
  ).length;
  const top = topRisks(inputs);
  const noScore = tx(
    'Rate the probability and impact of at least one risk',
    'Oceń prawdopodobieństwo i wpływ co najmniej jednego ryzyka',
    '请至少为一项风险的可能性和影响程度评分',
  );
  return [
    {
      id: 'risk-count',
      label: LABELS.count,
      shown: { kind: 'num', value: listed || undefined, format: 'int' },
      missing: tx(
        'Add at least one risk to the register',
        'Dodaj co najmniej jedno ryzyko do rejestru',
        '请至少在登记表中添加一项风险',
      ),
      detail: unscored
        ? fillText(tx('{n} not scored yet', 'Bez oceny: {n}', '{n} 项尚未评分'), { n: unscored })
        : undefined,
    },
    {
      id: 'top-risks',
      label: LABELS.top,
      shown: {
        kind: 'text',
        value: top.indexes.length ? joinTexts(top.indexes.map((i) => riskLabel(rows, i))) : undefined,
      },
      missing: noScore,
      tone: top.score === undefined ? 'neutral' : top.score >= 10 ? 'bad' : top.score >= 5 ? 'warn' : 'good',
    },
    {
      id: 'highest-score',
      label: LABELS.highest,
      shown: { kind: 'num', value: top.score, format: 'int' },
      missing: noScore,
    },
  ];
}

function results(data: SheetData): ResultItem[] {
  return [...riskItems(data), reviewItem(data, todayIso())];
}

// ——— Excel ———

const q = lit;

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([34, 44, 14, 12, 14, 22, 44]);
  b.add([{ v: pick(crisisPlan.title, lang), bold: true }]);
  b.add([pick(crisisPlan.intro, lang)]);

  b.blank();
  b.heading(pick(steps.title!, lang));
  const [action, result] = steps.columns as [InputDef, InputDef];
  b.add([
    label(steps.rowHeader, lang),
    label(tx('Description', 'Opis', '说明'), lang),
    label(action.label, lang),
    label(result.label, lang),
  ]);
  tableRows(steps, data).forEach((r, i) => {
    const f = steps.fixedRows![i]!;
    b.add([
      pick(f.label, lang),
      f.description ? pick(f.description, lang) : null,
      inputCell(action, r.cells[action.id], lang, cellAt(steps.id, r.id, action.id)),
      inputCell(result, r.cells[result.id], lang, cellAt(steps.id, r.id, result.id)),
    ]);
  });

  b.blank();
  b.add([
    label(activationField.label, lang),
    pick(activationField.hint!, lang),
    inputCell(activationField, data.fields[activationField.id], lang, fieldAt(activationField.id)),
  ]);

  b.blank();
  b.heading(pick(team.title!, lang));
  const teamInputs = team.columns as InputDef[];
  b.add([label(team.rowHeader, lang), ...teamInputs.map((c) => headCell(pick(c.label, lang), team.id, c.id))]);
  tableRows(team, data).forEach((r, i) =>
    b.add([
      rowName(team, i, lang),
      ...teamInputs.map((c) => inputCell(c, r.cells[c.id], lang, cellAt(team.id, r.id, c.id))),
    ]),
  );

  // Risk register, ranked; blank rows left out. Columns: A name, B description, C probability,
  // D impact, E score, F owner, G response.
  b.add(rowsEndRow(team.id));
  b.heading(
    `${pick(risks.title!, lang)} (${pick(tx('sorted by score', 'według poziomu ryzyka', '按风险分值排序'), lang)})`,
  );
  b.add([
    label(risks.rowHeader, lang),
    ...risks.columns.map((c) =>
      c.kind === 'computed' ? label(c.label, lang) : headCell(pick(c.label, lang), risks.id, c.id),
    ),
  ]);
  const rows = tableRows(risks, data);
  const view = riskView(data);
  const first = b.next;
  for (const r of view.ranked) {
    const row = rows[r.index]!;
    const cells = row.cells;
    const at = (col: InputDef) => inputCell(col, cells[col.id], lang, cellAt(risks.id, row.id, col.id));
    const n = b.next;
    b.add([
      rowName(risks, r.index, lang),
      at(riskText),
      at(probabilityInput),
      at(impactInput),
      { f: scoreColumn.excel!(rowRefs({ probability: 2, impact: 3 }, n)), v: r.score ?? '', z: EXCEL_FORMAT.int },
      at(ownerInput),
      at(responseInput),
    ]);
  }
  const last = b.next - 1;
  const listed = view.ranked.length;
  const range = (col: number) => `${ref(col, first)}:${ref(col, last)}`;
  const top = topRisks(riskInputs(rows));

  b.add(rowsEndRow(risks.id));
  b.heading(pick(tx('Results', 'Wyniki', '结果'), lang));
  b.add([label(LABELS.count, lang), listed ? { f: `ROWS(${range(0)})`, v: listed, z: EXCEL_FORMAT.int } : null]);
  const highestRow = b.add([
    label(LABELS.highest, lang),
    listed
      ? {
          f: `IF(COUNT(${range(4)})=0,"",MAX(${range(4)}))`,
          v: top.score ?? '',
          z: EXCEL_FORMAT.int,
          result: 'highest-score',
        }
      : { v: '', result: 'highest-score' },
  ]);
  // Every row whose score is the highest, joined in the sheet's order: follows a client's edits
  // (ties joined as in the app). Each is its description or, when empty, its name.
  const highest = ref(1, highestRow);
  const topCell: XCell = listed
    ? {
        f: `IF(${highest}="","",${joinNonBlank(
          view.ranked.map(
            (_, k) =>
              `IF(${ref(4, first + k)}=${highest},IF(TRIM(${ref(1, first + k)})="",${ref(0, first + k)},${ref(1, first + k)}),"")`,
          ),
          semicolon(lang),
        )})`,
        v: joinSemi(
          top.indexes.map((i) => pick(riskLabel(rows, i), lang)),
          lang,
        ),
        result: 'top-risks',
      }
    : { v: '', result: 'top-risks' };
  b.add([label(LABELS.top, lang), topCell]);

  if (listed) {
    b.blank();
    b.heading(pick(tx('Heat map (number of risks)', 'Mapa ryzyka (liczba ryzyk)', '风险热力图（风险数量）'), lang));
    b.add([
      label(tx('Probability \\ impact', 'Prawdopodobieństwo \\ wpływ', '可能性 \\ 影响程度'), lang),
      1,
      2,
      3,
      4,
      5,
    ]);
    for (let p = 5; p >= 1; p--) {
      b.add([
        p,
        ...[1, 2, 3, 4, 5].map((i): XCell => ({
          f: `COUNTIFS(${range(2)},${p},${range(3)},${i})`,
          v: view.matrix[p - 1]![i - 1]!.indexes.length,
          z: EXCEL_FORMAT.int,
        })),
      ]);
    }
  }

  b.blank();
  const raw = data.fields[reviewField.id];
  const date = typeof raw === 'string' ? parseIsoDate(raw) : undefined;
  const dateRow = b.next;
  const dateCell: XCell =
    date && date.y >= 1901
      ? { v: excelSerial(date), z: 'yyyy-mm-dd', input: fieldAt(reviewField.id) }
      : inputCell(reviewField, raw, lang, fieldAt(reviewField.id));
  b.add([label(reviewField.label, lang), dateCell]);
  const d = ref(1, dateRow);
  const status = reviewItem(data, todayIso()).shown;
  const t = (s: keyof typeof REVIEW_TEXT) => q(pick(REVIEW_TEXT[s], lang));
  // Same rules as review-date.ts, against the day the file is opened (EDATE clamps 29 Feb like addYears).
  b.add([
    label(LABELS.review, lang),
    {
      f: `IF(ISNUMBER(${d}),IF(${d}<TODAY(),${t('overdue')},IF(${d}-TODAY()<=${DUE_SOON_DAYS},${t('due-soon')},IF(${d}>EDATE(TODAY(),12),${t('too-far')},${t('ok')}))),"")`,
      v: status.kind === 'text' && status.value !== undefined ? pick(status.value, lang) : '',
      result: 'review-status',
    },
  ]);
  return b.build();
}

// ——— Defaults and example ———

/** The seed's own example risk (step four): a cyberattack and what the team would do. */
const SEED_RISK: Record<Lang, Record<string, string>> = {
  en: { risk: 'Cyberattack', response: 'Assign people to secure the network, inform customers and assess the damage' },
  pl: {
    risk: 'Cyberatak',
    response: 'Wyznaczenie osób do zabezpieczenia sieci, poinformowania klientów i oceny szkód',
  },
  zh: { risk: '网络攻击', response: '指定人员保护网络、通知客户并评估损失' },
};

function initial(lang: Lang): SheetData {
  const data = emptySheet();
  data.tables['steps'] = rowsForFixed(steps.fixedRows!);
  data.tables['team'] = [row(), row(), row()];
  data.tables['risks'] = [row({ ...SEED_RISK[lang] }), row(), row()];
  return data;
}

interface Example {
  activation: string;
  steps: [string, string][];
  team: [string, string, string][];
  risks: [string, string, string, string, string][];
}

const EXAMPLE: Record<Lang, Example> = {
  en: {
    activation:
      'Activated by the crisis team leader (or the deputy) when a risk from the register occurs or a customer complaint goes public. First call: the leader; then IT for the shop, customer service for social media, then the courier and payment provider.',
    steps: [
      [
        'Owner, shop and workshop manager, IT contractor and customer service lead agree who does what',
        'A four-person crisis team with a leader and a deputy',
      ],
      [
        'Brainstorm of risks typical for a bike maker with an online shop; each rated for probability and impact',
        'Risk register with five scored risks',
      ],
      [
        'Impact of the top risks analysed one by one: lost orders, late fleet deliveries, reputation, fines',
        'Impact notes added to each risk in the register',
      ],
      ['Response planned for each risk, with a named owner', 'Owner and response for every risk'],
      [
        'Activation protocol and emergency contact list written; shared with the courier, frame supplier and payment provider',
        'Two-page plan printed and stored in the shared drive',
      ],
      ['Plan reviewed after each incident and at least once a year', 'Next review date set in the team calendar'],
    ],
    team: [
      ['Anna Novak', 'Owner, crisis team leader', 'anna@balticbikes.example, +48 600 100 200'],
      ['Peter Wood', 'Shop and workshop manager, deputy leader', 'peter@balticbikes.example, +48 600 100 201'],
      ['Kate Lee', 'Customer service and social media', 'kate@balticbikes.example, +48 600 100 202'],
    ],
    risks: [
      [
        'Cyberattack on the online shop',
        '3',
        '5',
        'Peter Wood',
        'Take the shop offline, restore from backup, inform customers within 24 hours',
      ],
      [
        'Frame and battery deliveries late before the season',
        '4',
        '3',
        'Anna Novak',
        'Keep a second supplier; tell customers and fleets the new date at once',
      ],
      [
        'Viral post about a faulty e-bike battery',
        '3',
        '4',
        'Kate Lee',
        'Answer publicly within 2 hours, move the case to a private channel, offer a free check',
      ],
      [
        'Payment provider outage',
        '2',
        '4',
        'Peter Wood',
        'Switch on bank transfer and cash on delivery; banner on the website',
      ],
      [
        'Head mechanic on long sick leave',
        '2',
        '3',
        'Anna Novak',
        'Written procedures for every role; cross-training in the workshop',
      ],
    ],
  },
  pl: {
    activation:
      'Plan uruchamia liderka zespołu kryzysowego (lub zastępca), gdy wystąpi ryzyko z rejestru albo skarga klienta stanie się publiczna. Najpierw telefon do liderki; potem informatyk do sklepu, obsługa klienta do mediów społecznościowych, następnie kurier i operator płatności.',
    steps: [
      [
        'Właścicielka, kierownik sklepu i serwisu, informatyk zewnętrzny i osoba z obsługi klienta ustalają podział zadań',
        'Czteroosobowy zespół kryzysowy z liderką i zastępcą',
      ],
      [
        'Burza mózgów o ryzykach typowych dla producenta rowerów ze sklepem internetowym; ocena prawdopodobieństwa i wpływu',
        'Rejestr zagrożeń z pięcioma ocenionymi ryzykami',
      ],
      [
        'Analiza wpływu najpoważniejszych ryzyk po kolei: utracone zamówienia, opóźnione dostawy flot, reputacja, kary',
        'Opis wpływu przy każdym ryzyku w rejestrze',
      ],
      ['Zaplanowana reakcja na każde ryzyko i osoba odpowiedzialna', 'Właściciel i reakcja dla każdego ryzyka'],
      [
        'Spisany protokół aktywacji i lista kontaktów awaryjnych; przekazane kurierowi, dostawcy ram i operatorowi płatności',
        'Dwustronicowy plan wydrukowany i zapisany na wspólnym dysku',
      ],
      [
        'Przegląd planu po każdym incydencie i co najmniej raz w roku',
        'Data następnego przeglądu w kalendarzu zespołu',
      ],
    ],
    team: [
      ['Anna Nowak', 'Właścicielka, liderka zespołu kryzysowego', 'anna@baltyckie-rowery.example, +48 600 100 200'],
      ['Piotr Lis', 'Kierownik sklepu i serwisu, zastępca liderki', 'piotr@baltyckie-rowery.example, +48 600 100 201'],
      [
        'Katarzyna Wójcik',
        'Obsługa klienta i media społecznościowe',
        'kasia@baltyckie-rowery.example, +48 600 100 202',
      ],
    ],
    risks: [
      [
        'Cyberatak na sklep internetowy',
        '3',
        '5',
        'Piotr Lis',
        'Wyłączenie sklepu, odtworzenie z kopii zapasowej, informacja dla klientów w ciągu 24 godzin',
      ],
      [
        'Opóźnione dostawy ram i akumulatorów przed sezonem',
        '4',
        '3',
        'Anna Nowak',
        'Drugi dostawca w odwodzie; natychmiastowa informacja dla klientów i flot o nowym terminie',
      ],
      [
        'Głośny wpis w sieci o wadliwym akumulatorze e-roweru',
        '3',
        '4',
        'Katarzyna Wójcik',
        'Publiczna odpowiedź w ciągu 2 godzin, dalsza rozmowa prywatnie, bezpłatny przegląd',
      ],
      [
        'Awaria operatora płatności',
        '2',
        '4',
        'Piotr Lis',
        'Włączenie przelewu tradycyjnego i płatności przy odbiorze; komunikat na stronie',
      ],
      [
        'Długie zwolnienie lekarskie głównego mechanika',
        '2',
        '3',
        'Anna Nowak',
        'Spisane procedury dla każdej roli; wzajemne zastępstwa w serwisie',
      ],
    ],
  },
  zh: {
    activation:
      '当登记表中的某项风险发生，或客户投诉被公开时，由危机小组组长（或副组长）启动。先打给组长；然后由 IT 负责网店，客户服务负责社交媒体，再联系快递公司和支付服务商。',
    steps: [
      ['老板、门店和维修店经理、外包 IT 人员和客户服务负责人商定分工', '一个四人危机小组，设组长和副组长'],
      ['集思广益，列出有网店的自行车制造商常见的风险；逐项评定可能性和影响程度', '包含五项已评分风险的风险登记表'],
      ['逐一分析最严重风险的影响：订单流失、车队交付延误、声誉、罚款', '登记表中每项风险都附有影响说明'],
      ['为每项风险计划应对措施，并指定负责人', '每项风险都有负责人和应对措施'],
      ['写好启动流程和紧急联系人名单；发给快递公司、车架供应商和支付服务商', '两页的计划已打印并存放在共享盘中'],
      ['每次事件后以及每年至少一次审查计划', '下次审查日期已写入小组日历'],
    ],
    team: [
      ['Anna Novak', '老板，危机小组组长', 'anna@balticbikes.example, +48 600 100 200'],
      ['Peter Wood', '门店和维修店经理，副组长', 'peter@balticbikes.example, +48 600 100 201'],
      ['Kate Lee', '客户服务和社交媒体', 'kate@balticbikes.example, +48 600 100 202'],
    ],
    risks: [
      ['网店遭受网络攻击', '3', '5', 'Peter Wood', '关闭网店，从备份恢复，24 小时内通知客户'],
      ['旺季前车架和电池交付延误', '4', '3', 'Anna Novak', '保留第二家供应商；立即把新日期告知客户和车队'],
      [
        '关于电动自行车电池故障的帖子广泛传播',
        '3',
        '4',
        'Kate Lee',
        '2 小时内公开回复，转到私下渠道处理，提供免费检查',
      ],
      ['支付服务商故障', '2', '4', 'Peter Wood', '启用银行转账和货到付款；在网站上发布横幅通知'],
      ['首席技师长期病假', '2', '3', 'Anna Novak', '为每个岗位编写书面流程；维修店内交叉培训'],
    ],
  },
};

function example(lang: Lang): SheetData {
  const e = EXAMPLE[lang];
  const data = emptySheet();
  data.tables['steps'] = steps.fixedRows!.map((f, i) =>
    row({ action: e.steps[i]?.[0] ?? '', result: e.steps[i]?.[1] ?? '' }, f.id),
  );
  data.tables['team'] = e.team.map(([name, role, contact]) => row({ name, role, contact }));
  data.tables['risks'] = e.risks.map(([risk, probability, impact, owner, response]) =>
    row({ risk, probability, impact, owner, response }),
  );
  data.fields[activationField.id] = e.activation;
  // Six months from today: a plan reviewed on schedule.
  data.fields[reviewField.id] = isoOf(addMonths(parseIsoDate(todayIso())!, 6));
  return data;
}

export const crisisPlan = {
  id: 'crisis-plan',
  title: TITLES['crisis-plan'],
  intro: tx(
    'If you want to create a crisis management plan, use the steps below. Remember that the most important thing is for everything to be concrete. The best way is to write them down. You can use the table below.',
    'Jeśli chcesz stworzyć plan zarządzania kryzysowego, skorzystaj z poniższych kroków. Pamiętaj, że najważniejsze jest, aby wszystko było konkretne. Najlepszym sposobem jest zapisanie ich. Możesz skorzystać z poniższej tabeli.',
    '如果您想制定危机管理计划，请按以下步骤进行。请记住，最重要的是一切都要具体。最好的方法是把它们写下来。您可以使用下表。',
  ),
  blocks: [
    steps,
    {
      kind: 'fields',
      id: 'activation',
      title: tx('Activation protocol', 'Protokół aktywacji', '启动规程'),
      fields: [activationField],
    },
    team,
    risks,
    {
      kind: 'custom',
      id: 'heatmap',
      panel: 'risk-heatmap',
      target: 'risks',
      title: tx('Risks by score and heat map', 'Ryzyka według poziomu i mapa ryzyka', '按分值排列的风险与风险热力图'),
    },
    { kind: 'fields', id: 'review', title: tx('Review', 'Przegląd', '审查'), fields: [reviewField] },
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
  ],
  initial,
  example,
  excel,
  summary: (data) => results(data).filter((r) => r.id !== 'risk-count'),
} satisfies WorksheetDef;
