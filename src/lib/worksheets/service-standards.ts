/**
 * Module V — Service standards scorecard, from seed 002: define the service standards (call
 * answer time, problem resolution rate, service attitude) with a target and a direction, see which
 * are met (scoring/standards.ts), and tick the seed's seven further steps of standardised service.
 * The target-vs-actual chart is the 'standards-chart' panel, fed by standardBars().
 */
import type {
  ComputedColumn,
  FieldsBlock,
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
import { cellNumber, emptySheet, pick, row, rowName, tableRows, tx, typedDecimal } from './helpers';
import {
  EXCEL_FORMAT,
  NO,
  SheetBuilder,
  YES,
  cellAt,
  fieldAt,
  headCell,
  inputCell,
  label,
  ref,
  rowsEndRow,
} from './excel';
import { BLANK, countIf, ifAllValid, lit, span, type Formula } from './formula';
import { completionShare, completionShareFormula } from './progress';
import { STANDARD_RANGE, asDirection, isMet, metShare, type Direction } from '../scoring/standards';
import { tally } from '../scoring/checklist';
import { TITLES } from './titles';

export const DIRECTION_LABEL: Record<Direction, Text> = {
  'at-most': tx('At most', 'Najwyżej', '不超过'),
  'at-least': tx('At least', 'Co najmniej', '不低于'),
};
export const MET_TEXT = {
  yes: tx('Met', 'Spełniony', '达标'),
  no: tx('Not met', 'Niespełniony', '未达标'),
};

const nameInput: InputDef = { id: 'name', kind: 'text', label: tx('Standard', 'Standard', '服务标准') };
const unitInput: InputDef = { id: 'unit', kind: 'text', label: tx('Unit', 'Jednostka', '单位') };
export const directionInput: InputDef = {
  id: 'direction',
  kind: 'choice',
  label: tx('Direction', 'Kierunek', '方向'),
  options: (['at-most', 'at-least'] as const).map((value) => ({ value, label: DIRECTION_LABEL[value] })),
};
const targetInput: InputDef = {
  id: 'target',
  kind: 'number',
  label: tx('Target', 'Cel', '目标值'),
  rule: { ...STANDARD_RANGE, noun: tx('Target', 'Cel', '目标值') },
};
const actualInput: InputDef = {
  id: 'actual',
  kind: 'number',
  label: tx('Actual', 'Wynik', '实际值'),
  rule: { ...STANDARD_RANGE, noun: tx('Actual', 'Wynik', '实际值') },
};

export const rowMet = (r: Row): boolean | undefined =>
  isMet(asDirection(r.cells['direction']), cellNumber(r, targetInput), cellNumber(r, actualInput));

const metColumn: ComputedColumn = {
  id: 'met',
  kind: 'computed',
  label: tx('Met?', 'Spełniony?', '是否达标'),
  compute: (r) => {
    const m = rowMet(r);
    return { kind: 'text', value: m === undefined ? undefined : m ? MET_TEXT.yes : MET_TEXT.no };
  },
};

export const standards: TableBlock = {
  kind: 'table',
  id: 'standards',
  title: tx('1. Define the service standards', '1. Zdefiniuj standardy obsługi', '1. 定义服务标准'),
  intro: tx(
    'Make clear the service standards and goals the customer service team must reach, including requirements for call answer time, problem resolution rate, service attitude and so on. For each standard give the target, whether the actual must be at most or at least the target, and the actual you measured.',
    'Określ jasno standardy i cele obsługi, które zespół obsługi klienta ma osiągać, w tym wymagania co do czasu odebrania telefonu, wskaźnika rozwiązanych problemów, postawy wobec klienta itp. Dla każdego standardu podaj cel, czy wynik ma być najwyżej, czy co najmniej równy celowi, oraz zmierzony wynik.',
    '明确客服团队需要达到的服务标准和目标，包括电话接听时间、问题解决率、服务态度等方面的要求。为每项标准填写目标值、实际值应不超过还是不低于目标值，以及实际测得的数值。',
  ),
  rowHeader: tx('No.', 'Nr', '序号'),
  columns: [nameInput, unitInput, directionInput, targetInput, actualInput, metColumn],
  editable: {
    rowNoun: tx('Standard', 'Standard', '服务标准'),
    addLabel: tx('Add a standard', 'Dodaj standard', '添加服务标准'),
    minRows: 1,
  },
};

// ——— The seven steps (seed 002, steps 2–8 after defining the standards) ———

const step = (n: number, id: string, label: Text, hint: Text): InputDef => ({
  id,
  kind: 'check',
  label: tx(`${n}. ${label.en}`, `${n}. ${label.pl}`, `${n}. ${label.zh ?? label.en}`),
  hint,
});

export const STEPS: InputDef[] = [
  step(
    2,
    'step-process',
    tx('Set process rules', 'Ustal zasady procesu', '建立流程规范'),
    tx(
      'Lay down the customer service workflow: answering calls, recording problems, handling them, processing customer feedback. Make sure every stage has clear steps and a person responsible.',
      'Spisz przebieg pracy obsługi klienta: odbieranie połączeń, rejestrowanie problemów, ich rozwiązywanie, obsługę opinii klientów. Każdy etap ma mieć jasne kroki i osobę odpowiedzialną.',
      '制定客服工作的流程规范，包括来电接听、问题记录、处理流程、客户反馈处理等。确保每个环节都有明确的操作步骤和责任人。',
    ),
  ),
  step(
    3,
    'step-manual',
    tx('Write the operating manual', 'Napisz instrukcję postępowania', '编写操作手册'),
    tx(
      'Following the process rules, write a detailed manual: the exact steps, answers to common questions, how to respond. Use it to train new staff and as a reference when needed.',
      'Na podstawie zasad procesu napisz szczegółową instrukcję: konkretne kroki, odpowiedzi na częste pytania, sposoby reagowania. Służy do szkolenia nowych pracowników i jako pomoc w razie potrzeby.',
      '根据流程规范编写详细的操作手册，包括具体的操作步骤、常见问题解答、应对策略等内容。手册可以用于培训新员工，并在需要时作为参考工具。',
    ),
  ),
  step(
    4,
    'step-knowledge',
    tx('Build a knowledge base', 'Zbuduj bazę wiedzy', '建立知识库'),
    tx(
      'Collect common questions and their answers in a knowledge base or FAQ, so the service staff can answer customers quickly and correctly.',
      'Zbierz częste pytania i odpowiedzi w bazie wiedzy lub FAQ, aby pracownicy obsługi mogli szybko i trafnie odpowiadać klientom.',
      '收集整理常见问题和解答，建立一个知识库或FAQ（常见问题解答）系统，以便客服人员能够快速准确地回答客户的问题。',
    ),
  ),
  step(
    5,
    'step-training',
    tx('Training and assessment', 'Szkolenia i ocena', '培训与考核'),
    tx(
      'Train the service staff in service skills, product knowledge and communication; set assessment indicators, and monitor and evaluate their performance.',
      'Szkol pracowników obsługi z umiejętności obsługi, wiedzy o produktach i komunikacji; ustal wskaźniki oceny, monitoruj i oceniaj ich pracę i wyniki.',
      '对客服人员进行培训，包括服务技巧、产品知识、沟通能力等方面的培训。同时设定考核指标，监控并评估客服人员的表现和业绩。',
    ),
  ),
  step(
    6,
    'step-feedback',
    tx('Customer feedback and improvement', 'Opinie klientów i doskonalenie', '客户反馈与改进'),
    tx(
      'Set up a way to collect and analyse customers’ opinions and suggestions promptly; improve continuously on what they say, correcting and refining the standards and processes.',
      'Stwórz sposób szybkiego zbierania i analizowania opinii i sugestii klientów; na ich podstawie stale doskonal, poprawiaj i ulepszaj standardy oraz procesy.',
      '建立客户反馈机制，及时收集和分析客户的意见和建议。根据反馈结果进行持续改进，修正和优化服务标准和流程。',
    ),
  ),
  step(
    7,
    'step-tools',
    tx('Technical support and tools', 'Wsparcie techniczne i narzędzia', '技术支持和工具'),
    tx(
      'Provide suitable technical support and tools, such as a CRM system and call-centre software, to make customer service more efficient and accurate.',
      'Zapewnij odpowiednie wsparcie techniczne i narzędzia, np. system CRM i oprogramowanie call center, aby obsługa klienta była sprawniejsza i dokładniejsza.',
      '提供适当的技术支持和工具，如客户关系管理系统（CRM）、呼叫中心软件等，以提高客服工作的效率和准确性。',
    ),
  ),
  step(
    8,
    'step-monitoring',
    tx('Monitoring and evaluation', 'Monitorowanie i ocena', '监控和评估'),
    tx(
      'Monitor the service team and evaluate its work regularly, including customer satisfaction surveys and staff performance reviews.',
      'Monitoruj zespół obsługi i regularnie oceniaj jego pracę, m.in. badaniami satysfakcji klientów i oceną wyników pracowników.',
      '实施监控机制，对客服团队的工作进行定期评估和监测，包括客户满意度调查、员工绩效评估等。',
    ),
  ),
];

const stepsBlock: FieldsBlock = {
  kind: 'fields',
  id: 'steps',
  stepProgress: true,
  title: tx('The next seven steps', 'Kolejne siedem kroków', '后续七个步骤'),
  intro: tx(
    'After defining the standards, the seed’s plan for standardised customer service. Tick each step you have done.',
    'Po zdefiniowaniu standardów — plan standaryzacji obsługi klienta z materiału. Zaznacz każdy wykonany krok.',
    '定义服务标准之后，客服标准化建设方案的其余步骤。完成一步就勾选一步。',
  ),
  fields: STEPS,
};

// ——— Results ———

const L = {
  met: tx('Standards met', 'Spełnione standardy', '达标的服务标准'),
  share: tx('Share of standards met', 'Odsetek spełnionych standardów', '服务标准达标率'),
  steps: tx('Steps done', 'Wykonane kroki', '已完成的步骤'),
  noVerdict: tx(
    'Give a standard its direction, target and actual',
    'Podaj kierunek, cel i wynik co najmniej jednego standardu',
    '请至少为一项服务标准填写方向、目标值和实际值',
  ),
};

const stepTally = (data: SheetData) => tally(STEPS.map((s) => data.fields[s.id] === 'yes'));

function results(data: SheetData): ResultItem[] {
  const rows = tableRows(standards, data);
  const s = metShare(rows.map(rowMet));
  const t = stepTally(data);
  const waiting = rows.length - s.judged;
  return [
    {
      id: 'met',
      label: L.met,
      shown: { kind: 'num', value: s.judged ? s.met : undefined, format: 'int' },
      missing: L.noVerdict,
      detail: s.judged
        ? tx(`${s.met} of ${s.judged}`, `${s.met} z ${s.judged}`, `${s.judged} 项中 ${s.met} 项`)
        : undefined,
    },
    {
      id: 'share-met',
      label: L.share,
      shown: { kind: 'num', value: s.share, format: 'pct0' },
      missing: L.noVerdict,
      detail:
        s.judged && waiting
          ? tx(
              `${waiting} without a verdict, left out`,
              `Bez oceny, pominięte: ${waiting}`,
              `${waiting} 项尚无结论，未计入`,
            )
          : undefined,
      tone: s.share === undefined ? 'neutral' : s.share === 1 ? 'good' : s.share >= 0.5 ? 'warn' : 'bad',
    },
    {
      id: 'steps-done',
      label: L.steps,
      shown: { kind: 'num', value: completionShare(t.done, t.total), format: 'pct0' },
      detail: tx(
        `${t.done} of ${t.total} ticked`,
        `Zaznaczono ${t.done} z ${t.total}`,
        `已勾选 ${t.total} 项中的 ${t.done} 项`,
      ),
      tone: t.done === t.total ? 'good' : 'neutral',
    },
  ];
}

// ——— Chart data ———

export interface StandardBar {
  id: string;
  label: Text | string;
  unit: string;
  target: number | undefined;
  actual: number | undefined;
  met: boolean | undefined;
}

/** One pair of bars per standard with a target or an actual. */
export function standardBars(data: SheetData): StandardBar[] {
  return tableRows(standards, data).flatMap((r, i) => {
    const target = cellNumber(r, targetInput);
    const actual = cellNumber(r, actualInput);
    if (target === undefined && actual === undefined) return [];
    const name = r.cells['name'];
    const unit = r.cells['unit'];
    const noun = standards.editable!.rowNoun;
    return [
      {
        id: r.id,
        label:
          typeof name === 'string' && name.trim() !== ''
            ? name
            : tx(`${noun.en} ${i + 1}`, `${noun.pl} ${i + 1}`, `${noun.zh ?? noun.en} ${i + 1}`),
        unit: typeof unit === 'string' ? unit : '',
        target,
        actual,
        met: rowMet(r),
      },
    ];
  });
}

export const CHART_TEXT = {
  title: tx('Target and actual per standard', 'Cel i wynik dla każdego standardu', '各项服务标准的目标值与实际值'),
  target: tx('Target', 'Cel', '目标值'),
  actual: tx('Actual', 'Wynik', '实际值'),
  legend: tx('Legend', 'Legenda', '图例'),
  units: tx(
    'Each standard has its own unit: compare each pair of bars, not bars of different standards.',
    'Każdy standard ma własną jednostkę: porównuj słupki w parze, a nie słupki różnych standardów.',
    '每项标准的单位不同：请比较同一标准的两根柱子，而不是不同标准之间的柱子。',
  ),
  empty: tx(
    'Enter a target or an actual of a standard to see its bars.',
    'Wpisz cel lub wynik standardu, aby zobaczyć jego słupki.',
    '填写服务标准的目标值或实际值后即可看到柱状图。',
  ),
  noValue: tx('none', 'brak', '无'),
  noVerdict: tx('no verdict', 'bez oceny', '尚无结论'),
};

// ——— Excel ———

function excel(data: SheetData, lang: Lang) {
  const b = new SheetBuilder([8, 34, 16, 14, 12, 12, 14]);
  b.add([{ v: pick(serviceStandards.title, lang), bold: true }]);
  b.add([pick(serviceStandards.intro, lang)]);
  b.blank();
  b.heading(pick(standards.title!, lang));
  const inputs = [nameInput, unitInput, directionInput, targetInput, actualInput];
  // Columns: A no., B standard, C unit, D direction, E target, F actual, G met.
  b.add([
    label(standards.rowHeader, lang),
    ...inputs.map((c) => headCell(pick(c.label, lang), standards.id, c.id)),
    label(metColumn.label, lang),
  ]);
  b.markHeader();
  const rows = tableRows(standards, data);
  const first = b.next;
  // Direction labels of every language count: the import reads them all.
  const isDir = (cell: string, d: Direction) =>
    `OR(${(['en', 'pl', 'zh'] as const).map((l) => `${cell}=${lit(DIRECTION_LABEL[d][l] ?? DIRECTION_LABEL[d].en)}`).join(',')})`;
  const metText = (m: boolean) => lit(pick(m ? MET_TEXT.yes : MET_TEXT.no, lang));
  rows.forEach((r, i) => {
    const n = b.next;
    const [dir, target, actual] = [ref(3, n), ref(4, n), ref(5, n)];
    const verdict: Formula = `IF(${isDir(dir, 'at-most')},IF(${actual}<=${target},${metText(true)},${metText(false)}),IF(${isDir(dir, 'at-least')},IF(${actual}>=${target},${metText(true)},${metText(false)}),${BLANK}))`;
    const m = rowMet(r);
    b.add([
      rowName(standards, i, lang),
      ...inputs.map((c) => inputCell(c, r.cells[c.id], lang, cellAt(standards.id, r.id, c.id))),
      {
        f: ifAllValid(
          [
            [target, STANDARD_RANGE],
            [actual, STANDARD_RANGE],
          ],
          verdict,
        ),
        v: m === undefined ? '' : pick(m ? MET_TEXT.yes : MET_TEXT.no, lang),
      },
    ]);
  });
  const last = b.next - 1;
  b.add(rowsEndRow(standards.id));

  const metRange = span(6, first, last);
  const s = metShare(rows.map(rowMet));
  const metCount = countIf(metRange, metText(true));
  const judged = `(${metCount}+${countIf(metRange, metText(false))})`;
  b.heading(pick(tx('Results', 'Wyniki', '结果'), lang));
  b.add([
    label(L.met, lang),
    { f: `IF(${judged}=0,${BLANK},${metCount})`, v: s.judged ? s.met : '', z: EXCEL_FORMAT.int, result: 'met' },
  ]);
  b.add([
    label(L.share, lang),
    {
      f: `IF(${judged}=0,${BLANK},${metCount}/${judged})`,
      v: s.share ?? '',
      z: EXCEL_FORMAT.pct0,
      result: 'share-met',
    },
  ]);
  const stepsRow = b.add([label(L.steps, lang)]);

  b.blank();
  b.heading(pick(stepsBlock.title!, lang));
  const yes = lit(pick(YES, lang));
  const firstStep = b.next;
  for (const f of STEPS) {
    const n = b.next;
    b.add([
      null,
      { v: pick(f.label, lang), bold: true },
      inputCell(f, data.fields[f.id], lang, fieldAt(f.id)),
      {
        f: `IF(${ref(2, n)}=${yes},${yes},${lit(pick(NO, lang))})`,
        v: pick(data.fields[f.id] === 'yes' ? YES : NO, lang),
      },
      pick(f.hint!, lang),
    ]);
  }
  const done = countIf(span(3, firstStep, b.next - 1), yes);
  const t = stepTally(data);
  // The steps' progress sits in the results above, by the app's completion rule.
  b.rows[stepsRow - 1]!.push({
    f: completionShareFormula(done, String(STEPS.length)),
    v: completionShare(t.done, t.total),
    z: EXCEL_FORMAT.pct0,
    result: 'steps-done',
  } satisfies XCell);
  return b.build();
}

// ——— Defaults and example ———

type Seed = [name: string, unit: string, direction: Direction];
/** The seed's three examples: call answer time, problem resolution rate, service attitude. */
const SEED: Record<'en' | 'pl' | 'zh', Seed[]> = {
  en: [
    ['Call answer time', 'seconds', 'at-most'],
    ['Problem resolution rate', '%', 'at-least'],
    ['Service attitude (customer rating 1–5)', 'average rating', 'at-least'],
  ],
  pl: [
    ['Czas odebrania telefonu', 'sekundy', 'at-most'],
    ['Wskaźnik rozwiązanych problemów', '%', 'at-least'],
    ['Postawa obsługi (ocena klienta 1–5)', 'średnia ocena', 'at-least'],
  ],
  zh: [
    ['电话接听时间', '秒', 'at-most'],
    ['问题解决率', '%', 'at-least'],
    ['服务态度（客户评分 1–5）', '平均分', 'at-least'],
  ],
};
const seedOf = (lang: Lang): Seed[] => (SEED as Record<string, Seed[]>)[lang] ?? SEED.en;

function initial(lang: Lang): SheetData {
  const data = emptySheet();
  data.tables['standards'] = seedOf(lang).map(([name, unit, direction]) => row({ name, unit, direction }));
  return data;
}

/** Baltic Bikes' service desk last quarter (shop, workshop and fleet hotline). */
const EXAMPLE_VALUES: [target: string, actual: string][] = [
  ['20', '26'],
  ['90', '93'],
  ['4.5', '4.6'],
];
/** A standard of Baltic Bikes' own beside the seed's three: the fleet repair promise. */
const EXTRA: Record<'en' | 'pl' | 'zh', Record<string, string>> = {
  en: { name: 'Fleet bike repaired within', unit: 'hours', direction: 'at-most', target: '24', actual: '22' },
  pl: { name: 'Naprawa roweru flotowego w ciągu', unit: 'godziny', direction: 'at-most', target: '24', actual: '22' },
  zh: { name: '车队自行车维修完成时间', unit: '小时', direction: 'at-most', target: '24', actual: '22' },
};
// Baltic Bikes has worked through every step: the example is a workbook filled in (100% in the summary).
const EXAMPLE_STEPS = STEPS.map((s) => s.id);

function example(lang: Lang): SheetData {
  const data = emptySheet();
  const dec = (v: string) => typedDecimal(v, lang);
  const seeded = seedOf(lang).map(([name, unit, direction], i) =>
    row({ name, unit, direction, target: dec(EXAMPLE_VALUES[i]![0]), actual: dec(EXAMPLE_VALUES[i]![1]) }),
  );
  const extra = (EXTRA as Record<string, Record<string, string>>)[lang] ?? EXTRA.en;
  data.tables['standards'] = [...seeded, row({ ...extra })];
  for (const id of EXAMPLE_STEPS) data.fields[id] = 'yes';
  return data;
}

export const serviceStandards = {
  id: 'service-standards',
  title: TITLES['service-standards'],
  intro: tx(
    'A basic plan for standardised customer service, from the seed: first define the service standards and check them against what you measure, then work through the seven steps that make them stick.',
    'Podstawowy plan standaryzacji obsługi klienta z materiału: najpierw zdefiniuj standardy obsługi i porównaj je z tym, co mierzysz, potem przejdź przez siedem kroków, które je utrwalają.',
    '一个基本的客服标准化建设方案：先定义服务标准并与实际测得的数值对照，再逐步完成使标准落地的七个步骤。',
  ),
  blocks: [
    standards,
    { kind: 'custom', id: 'chart', panel: 'standards-chart', target: 'standards', title: CHART_TEXT.title },
    stepsBlock,
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
    {
      kind: 'note',
      id: 'rule',
      title: tx('How a standard is judged', 'Jak oceniany jest standard', '如何判断是否达标'),
      text: tx(
        'Our rule: a standard “at most” is met when the actual is not above the target (an answer time of 20 seconds meets “at most 20”); “at least” when it is not below it. A standard without a direction, target or actual has no verdict and is left out of the share met.',
        'Nasza reguła: standard „najwyżej” jest spełniony, gdy wynik nie przekracza celu (odebranie po 20 sekundach spełnia „najwyżej 20”); „co najmniej” — gdy wynik nie jest niższy od celu. Standard bez kierunku, celu lub wyniku nie ma oceny i nie jest liczony do odsetka spełnionych.',
        '我们的规则：“不超过”的标准在实际值不高于目标值时达标（20 秒接听符合“不超过 20 秒”）；“不低于”的标准在实际值不低于目标值时达标。缺少方向、目标值或实际值的标准没有结论，不计入达标率。',
      ),
    },
  ],
  initial,
  example,
  excel,
  summary: (data) => results(data),
} satisfies WorksheetDef;
