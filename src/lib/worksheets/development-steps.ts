/**
 * Module III — Building your own CRM in seven steps (the seed's English table): each step's
 * actions ticked, its result and its checklist item. Computed: actions ticked, checklist items
 * ticked and overall progress. Layout and Excel come from the shared step pieces in steps-sheet.ts.
 */
import type { FieldsBlock, InputDef, Lang, SheetData, Text, WorksheetDef, XSheet } from './types';
import { LANGS, emptySheet, fillText, pick, stepText, tx } from './helpers';
import { stepsExcel, tallyItem, type StepTally } from './steps-sheet';
import { TITLES } from './titles';

interface StepSeed {
  title: Text;
  /** The seed's action heading ("Analyse of:"). */
  action: Text;
  actions: [string, Text][];
  checklist: Text;
}

const SEED: StepSeed[] = [
  {
    title: tx('Identify your business needs', 'Określ potrzeby swojej firmy', '明确企业需求'),
    action: tx('Analysis of:', 'Analiza:', '分析：'),
    actions: [
      ['sales-process', tx('Sales process', 'Proces sprzedaży', '销售流程')],
      ['customer-data', tx('Customer data management', 'Zarządzanie danymi klientów', '客户数据管理')],
      [
        'satisfaction-goals',
        tx('Customer satisfaction goals', 'Cele dotyczące satysfakcji klientów', '客户满意度目标'),
      ],
    ],
    checklist: tx(
      'Identification of specific features your CRM system should have',
      'Określenie konkretnych funkcji, które powinien mieć Twój system CRM',
      '确定 CRM 系统应具备的具体功能',
    ),
  },
  {
    title: tx('Choosing the type of CRM software', 'Wybór rodzaju oprogramowania CRM', '选择 CRM 软件类型'),
    action: tx(
      'Identification of the main application of the CRM system:',
      'Określenie głównego zastosowania systemu CRM:',
      '确定 CRM 系统的主要用途：',
    ),
    actions: [
      ['data-analysis', tx('Data analysis', 'Analiza danych', '数据分析')],
      ['team-communication', tx('Improving team communication', 'Usprawnienie komunikacji w zespole', '改善团队沟通')],
      [
        'integration',
        tx(
          'Non-standard need for integration with other systems',
          'Niestandardowa potrzeba integracji z innymi systemami',
          '与其他系统集成的特殊需求',
        ),
      ],
    ],
    checklist: tx(
      'Identification of the specific purpose of your CRM system and sales decision',
      'Określenie konkretnego celu Twojego systemu CRM i decyzja zakupowa',
      '确定 CRM 系统的具体用途并做出采购决定',
    ),
  },
  {
    title: tx('Development of a CRM strategy', 'Opracowanie strategii CRM', '制定 CRM 战略'),
    action: tx(
      'Development of a CRM implementation strategy:',
      'Opracowanie strategii wdrożenia CRM:',
      '制定 CRM 实施战略：',
    ),
    actions: [
      ['project-goal', tx('Project goal', 'Cel projektu', '项目目标')],
      [
        'features',
        tx(
          'CRM applications and features to be developed',
          'Aplikacje i funkcje CRM do opracowania',
          '需要开发的 CRM 应用和功能',
        ),
      ],
      [
        'resources',
        tx(
          'Resources needed to build a custom CRM',
          'Zasoby potrzebne do zbudowania własnego CRM',
          '构建定制 CRM 所需的资源',
        ),
      ],
    ],
    checklist: tx('Plan of CRM system development', 'Plan budowy systemu CRM', 'CRM 系统开发计划'),
  },
  {
    title: tx('Gathering the development team', 'Kompletowanie zespołu deweloperskiego', '组建开发团队'),
    action: tx('Establishing a team to develop CRM:', 'Powołanie zespołu do budowy CRM:', '组建 CRM 开发团队：'),
    actions: [
      ['designers', tx('Designers', 'Projektanci', '设计人员')],
      ['programmers', tx('Programmers', 'Programiści', '程序员')],
      ['testers', tx('Testers', 'Testerzy', '测试人员')],
      ['project-managers', tx('Project managers', 'Kierownicy projektu', '项目经理')],
    ],
    checklist: tx('CRM system development team', 'Zespół budowy systemu CRM', 'CRM 系统开发团队'),
  },
  {
    title: tx(
      'Development and adaptation of the CRM platform',
      'Budowa i adaptacja platformy CRM',
      '开发并调整 CRM 平台',
    ),
    action: tx('Project milestones check:', 'Kontrola kamieni milowych projektu:', '检查项目里程碑：'),
    actions: [
      ['coding', tx('System coding', 'Kodowanie systemu', '系统编码')],
      [
        'tools-integration',
        tx(
          'Integration of your own CRM system with other business tools',
          'Integracja własnego systemu CRM z innymi narzędziami biznesowymi',
          '将自建 CRM 系统与其他业务工具集成',
        ),
      ],
      [
        'adaptable',
        tx(
          'Checking whether the CRM platform is adaptable and flexible',
          'Sprawdzenie, czy platforma CRM jest adaptowalna i elastyczna',
          '检查 CRM 平台是否具备适应性和灵活性',
        ),
      ],
      ['cybersecurity', tx('System cybersecurity analysis', 'Analiza cyberbezpieczeństwa systemu', '系统网络安全分析')],
    ],
    checklist: tx(
      'Achievement of the CRM system development milestones',
      'Osiągnięcie kamieni milowych budowy systemu CRM',
      '达成 CRM 系统开发里程碑',
    ),
  },
  {
    title: tx(
      'Implementation and training of the sales team',
      'Wdrożenie i szkolenie zespołu sprzedaży',
      '实施并培训销售团队',
    ),
    action: tx('Implementation:', 'Wdrożenie:', '实施：'),
    actions: [
      ['launch', tx('Launching the system in the company', 'Uruchomienie systemu w firmie', '在公司上线系统')],
      ['training', tx('User training', 'Szkolenie użytkowników', '用户培训')],
      [
        'transition-support',
        tx('Support during the transition period', 'Wsparcie w okresie przejściowym', '过渡期支持'),
      ],
    ],
    checklist: tx(
      "Users' ability to operate the system",
      'Umiejętność obsługi systemu przez użytkowników',
      '用户操作系统的能力',
    ),
  },
  {
    title: tx('Monitoring and optimization', 'Monitorowanie i optymalizacja', '监测与优化'),
    action: tx('Monitoring and evaluation:', 'Monitorowanie i ocena:', '监测与评估：'),
    actions: [
      ['performance', tx('System performance monitoring', 'Monitorowanie wydajności systemu', '监测系统性能')],
      [
        'behaviour-trends',
        tx(
          'Analysis of system data regarding trends in customer behavior',
          'Analiza danych systemu dotyczących trendów w zachowaniach klientów',
          '分析系统中有关客户行为趋势的数据',
        ),
      ],
      [
        'satisfaction-data',
        tx(
          'Analysis of system data regarding customer satisfaction',
          'Analiza danych systemu dotyczących satysfakcji klientów',
          '分析系统中有关客户满意度的数据',
        ),
      ],
      [
        'problems',
        tx(
          'Collecting information about problems during system operation',
          'Zbieranie informacji o problemach podczas działania systemu',
          '收集系统运行中出现的问题',
        ),
      ],
    ],
    checklist: tx(
      'Summary report for a given period of system use',
      'Raport podsumowujący za dany okres użytkowania systemu',
      '系统某一使用期间的汇总报告',
    ),
  },
];

const step = stepText;

const STEPS: FieldsBlock[] = SEED.map((s, i) => {
  const n = i + 1;
  return {
    kind: 'fields',
    stepProgress: true,
    id: `step${n}`,
    title: step(n, s.title),
    intro: fillText(
      tx(
        '{action} tick what is done, then write the result.',
        '{action} zaznacz, co zostało wykonane, i wpisz wynik.',
        '{action}勾选已完成的事项，然后写下结果。',
      ),
      (lang) => ({ action: pick(s.action, lang) }),
    ),
    fields: [
      ...s.actions.map(([id, a]): InputDef => ({ id: `s${n}-${id}`, kind: 'check', label: step(n, a) })),
      { id: `s${n}-result`, kind: 'longtext', label: step(n, tx('Result', 'Wynik', '结果')) },
      {
        id: `s${n}-checklist`,
        kind: 'check',
        label: fillText(
          tx('Step {n} checklist — {text}', 'Lista kontrolna kroku {n} — {text}', '第 {n} 步清单 — {text}'),
          (lang) => ({ n, text: pick(s.checklist, lang) }),
        ),
      },
    ],
  };
});

const inputsOf = (kind: 'action' | 'checklist'): InputDef[] =>
  STEPS.flatMap((s) =>
    s.fields.filter((f) =>
      kind === 'checklist' ? f.id.endsWith('-checklist') : f.kind === 'check' && !f.id.endsWith('-checklist'),
    ),
  );

const ACTIONS: StepTally = {
  id: 'actions',
  label: tx('Actions ticked', 'Zaznaczone działania', '已勾选的行动'),
  inputs: inputsOf('action'),
  verb: 'ticked',
};
const CHECKLIST: StepTally = {
  id: 'checklist',
  label: tx('Checklist items ticked', 'Zaznaczone punkty listy kontrolnej', '已勾选的清单项'),
  inputs: inputsOf('checklist'),
  verb: 'ticked',
};
const OVERALL: StepTally = {
  id: 'overall',
  label: tx('Overall progress', 'Postęp ogółem', '总体进度'),
  inputs: STEPS.flatMap((s) => s.fields),
  verb: 'answered',
};
const TALLIES = [ACTIONS, CHECKLIST, OVERALL];

const results = (data: SheetData) => TALLIES.map((t) => tallyItem(t, data));

const RESULTS: Record<number, [string, string, string]> = {
  1: [
    'Sales: 6 steps from enquiry to fleet contract, 3 of them on paper.\nCustomer data: spread over 2 spreadsheets, the online shop and e-mail.\nSatisfaction goal: repair within 24 hours, renewal rate 85%.',
    'Sprzedaż: 6 etapów od zapytania do umowy flotowej, 3 z nich na papierze.\nDane klientów: rozproszone w 2 arkuszach, sklepie internetowym i poczcie.\nCel satysfakcji: naprawa w ciągu 24 godzin, 85% odnowień.',
    '销售：从询价到签订车队合同共 6 个环节，其中 3 个仍在纸上进行。\n客户数据：分散在 2 个电子表格、网店和电子邮件中。\n满意度目标：24 小时内完成维修，续约率 85%。',
  ],
  2: [
    'Main use: workshop scheduling and fleet renewals; integration with our online shop and invoicing program needed.',
    'Główne zastosowanie: planowanie pracy serwisu i odnowienia umów flotowych; potrzebna integracja ze sklepem internetowym i programem do faktur.',
    '主要用途：维修店排班和车队续约；需要与我们的网店和开票软件集成。',
  ],
  3: [
    'Goal: one customer record for the shop, fleets and workshop by September; budget €18,000; 2 external developers.',
    'Cel: jedna karta klienta dla sklepu, flot i serwisu do września; budżet 78 000 zł; 2 zewnętrznych programistów.',
    '目标：到 9 月为门店、车队和维修店建立统一的客户档案；预算 140,000 元；2 名外部开发人员。',
  ],
  4: [
    'A freelance designer, 2 programmers from a local software house, our shop manager as tester, the owner as project manager.',
    'Projektant na zlecenie, 2 programistów z lokalnej firmy programistycznej, kierownik sklepu jako tester, właścicielka jako kierowniczka projektu.',
    '一名自由设计师、本地软件公司的 2 名程序员、门店经理担任测试员、老板担任项目经理。',
  ],
  5: [
    'All four milestones met; security review found 2 issues, both fixed.',
    'Osiągnięto wszystkie cztery kamienie milowe; przegląd bezpieczeństwa wykazał 2 problemy, oba usunięte.',
    '四个里程碑全部达成；安全审查发现 2 个问题，均已修复。',
  ],
  6: [
    'Launched on 1 October; 9 users trained; two weeks of on-site support.',
    'Uruchomienie 1 października; 9 przeszkolonych użytkowników; dwa tygodnie wsparcia na miejscu.',
    '10 月 1 日上线；9 名用户完成培训；两周的现场支持。',
  ],
  7: [
    'Quarterly report: response time 19 hours on average, renewals 82%, 3 bugs reported and fixed.',
    'Raport kwartalny: średni czas reakcji 19 godzin, odnowienia 82%, 3 zgłoszone i usunięte błędy.',
    '季度报告：平均响应时间 19 小时，续约率 82%，报告并修复了 3 个错误。',
  ],
};

/** Baltic Bikes (a small bike maker with a workshop and fleet customers) building its own CRM, every step done. */
function example(lang: Lang): SheetData {
  const data = emptySheet();
  STEPS.forEach((s, i) => {
    for (const f of s.fields)
      data.fields[f.id] = f.kind === 'check' ? 'yes' : (RESULTS[i + 1]?.[LANGS.indexOf(lang)] ?? '');
  });
  return data;
}

export const developmentSteps = {
  id: 'development-steps',
  title: TITLES['development-steps'],
  intro: tx(
    'If you want to implement a CRM system, you can use the alternative steps in this process. For this purpose, use the following tables.',
    'Jeśli chcesz wdrożyć system CRM, możesz skorzystać z alternatywnych kroków tego procesu. W tym celu skorzystaj z poniższych tabel.',
    '如果您想实施 CRM 系统，可以采用这一过程的替代步骤。为此，请使用以下表格。',
  ),
  blocks: [...STEPS, { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results }],
  initial: () => emptySheet(),
  example,
  excel: (data: SheetData, lang: Lang): XSheet => stepsExcel(developmentSteps, data, lang, TALLIES),
  summary: results,
} satisfies WorksheetDef;
