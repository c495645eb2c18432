/**
 * Module III — CRM implementation in four steps: each action with its result, each step's
 * checklist, and the final go / no-go decision. Computed: checklist progress per step.
 * Layout and Excel come from the shared step pieces in steps-sheet.ts.
 */
import type { FieldsBlock, InputDef, Lang, ResultItem, SheetData, Text, WorksheetDef, XSheet } from './types';
import { emptySheet, fillText, pick, stepText, suffixed, tx } from './helpers';
import { BLANK, ifBlank } from './formula';
import { inputValue } from './excel';
import {
  answeredFormula,
  answeredRule,
  isOneOf,
  mergeTallies,
  stepsExcel,
  tallyItem,
  type DoneRule,
  type StepTally,
} from './steps-sheet';
import { TITLES } from './titles';

const step = stepText;
const checklist = (n: number, t: Text): Text =>
  fillText(
    tx('Step {n} checklist — {text}', 'Lista kontrolna kroku {n} — {text}', '第 {n} 步清单 — {text}'),
    (lang) => ({ n, text: pick(t, lang) }),
  );
/** A result field: "Step 1 — Define the technical resources — result". */
const result = (id: string, n: number, action: Text, hint?: Text): InputDef => ({
  id,
  kind: 'longtext',
  label: step(n, suffixed(action, tx('result', 'wynik', '结果'))),
  ...(hint ? { hint } : {}),
});
const assessment = (id: string, t: Text): InputDef => ({ id, kind: 'longtext', label: step(1, t), optional: true });
const tick = (id: string, n: number, t: Text): InputDef => ({ id, kind: 'check', label: checklist(n, t) });

const step1Checklist: InputDef[] = [
  tick(
    's1-check-processes',
    1,
    tx(
      'List of business processes, ordered by priority',
      'Lista procesów biznesowych, uporządkowana według priorytetów',
      '按优先级排序的业务流程清单',
    ),
  ),
  tick(
    's1-check-hardware',
    1,
    tx('List of hardware and software requirements', 'Lista wymagań sprzętowych i programowych', '硬件和软件需求清单'),
  ),
  tick(
    's1-check-short-list',
    1,
    tx(
      "Short list of requirements (an introduction to defining the system's functionality)",
      'Krótka lista wymagań (wprowadzenie do definiowania funkcjonalności systemu)',
      '简要需求清单（界定系统功能的导引）',
    ),
  ),
  tick('s1-check-staff', 1, tx('List of requirements for staff', 'Lista wymagań dla personelu', '人员需求清单')),
];

const step1: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step1',
  title: step(1, tx('Pre-implementation analysis', 'Analiza przedwdrożeniowa', '实施前分析')),
  intro: tx(
    "Defining the company's needs. The analysis team, set apart from the company's structures, should include representatives of all departments. Later, selected employees will take part in talks with system suppliers and actively supervise the CRM implementation. The team's tasks include analysing three elements. Assessment of: the company's current business model; the enterprise in terms of its readiness for CRM implementation; the impact of implementing CRM practices on the company's main strategy and current business model. Write the result of each action.",
    'Określenie potrzeb firmy. W skład zespołu analitycznego, wyodrębnionego ze struktur firmy, powinni wejść przedstawiciele wszystkich działów w firmie. Później wybrani pracownicy będą uczestniczyć w rozmowach z dostawcami systemu i aktywnie nadzorować wdrożenie CRM. Do zadań zespołu należy analiza trzech elementów. Ocena: obecnego modelu biznesowego firmy; przedsiębiorstwa pod kątem jego przygotowania do wdrożenia CRM; wpływu wdrożenia praktyk CRM na główną strategię firmy i obecny model biznesowy. Wpisz wynik każdego działania.',
    '明确公司的需求。分析团队独立于公司的常设部门之外，应包括所有部门的代表。之后，选定的员工将参与与系统供应商的洽谈，并积极监督 CRM 的实施。团队的任务包括分析三个方面，即评估：公司当前的商业模式；企业实施 CRM 的准备程度；实施 CRM 实践对公司主要战略和当前商业模式的影响。请写下每项行动的结果。',
  ),
  fields: [
    // The seed's three assessments of the analysis team (optional notes: the six actions are the step).
    assessment(
      's1-assess-model',
      tx(
        "Assessment of the company's current business model",
        'Ocena obecnego modelu biznesowego firmy',
        '评估公司当前的商业模式',
      ),
    ),
    assessment(
      's1-assess-readiness',
      tx(
        "Assessment of the company's readiness for CRM implementation",
        'Ocena przedsiębiorstwa pod kątem jego przygotowania do wdrożenia CRM',
        '评估企业实施 CRM 的准备程度',
      ),
    ),
    assessment(
      's1-assess-impact',
      tx(
        "Assessment of the impact of CRM practices on the company's main strategy and current business model",
        'Ocena wpływu wdrożenia praktyk CRM na główną strategię firmy i obecny model biznesowy',
        '评估 CRM 实践对公司主要战略和当前商业模式的影响',
      ),
    ),
    result('s1-resources', 1, tx('Define the technical resources', 'Określ zasoby techniczne', '确定技术资源')),
    result(
      's1-expectations',
      1,
      tx(
        'Expectations of all potential system users (by surveying them)',
        'Oczekiwania wszystkich potencjalnych użytkowników systemu (poprzez ich badanie)',
        '所有潜在系统用户的期望（通过调查获得）',
      ),
    ),
    result(
      's1-processes',
      1,
      tx(
        'Define the business processes and prioritise them',
        'Zdefiniuj procesy biznesowe i nadaj im priorytety',
        '界定业务流程并确定优先级',
      ),
    ),
    result(
      's1-systems',
      1,
      tx(
        'Obtain information about available CRM systems and their manufacturers or suppliers',
        'Uzyskaj informacje o dostępnych systemach CRM i ich producentach lub dostawcach',
        '了解现有的 CRM 系统及其制造商或供应商',
      ),
    ),
    result(
      's1-goals',
      1,
      tx('Define the business goals of the implementation', 'Określ cele biznesowe wdrożenia', '确定实施的业务目标'),
      tx(
        'E.g. reducing indirect sales costs, shortening order fulfilment time, increasing turnover in a specific segment.',
        'Np. zmniejszenie kosztów pośrednich sprzedaży, skrócenie czasu realizacji zamówień, zwiększenie obrotów w określonym segmencie.',
        '例如：降低间接销售成本、缩短订单交付时间、提高特定细分市场的营业额。',
      ),
    ),
    result(
      's1-diagram',
      1,
      tx(
        'Create a diagram of the vision of maintaining customer relationships',
        'Stwórz diagram wizji utrzymywania relacji z klientami',
        '绘制维护客户关系的愿景图',
      ),
    ),
    ...step1Checklist,
  ],
};

export const DECISIONS = {
  go: tx('Go: implement the CRM system', 'Tak: wdrażamy system CRM', '实施：上线 CRM 系统'),
  'no-go': tx('No-go: do not implement', 'Nie: nie wdrażamy', '不实施'),
  undecided: tx('Undecided', 'Nie zdecydowano', '尚未决定'),
} satisfies Record<string, Text>;

export const decisionInput: InputDef = {
  id: 's2-decision',
  kind: 'choice',
  label: checklist(
    2,
    tx('Final decision on CRM implementation', 'Ostateczna decyzja dotycząca wdrożenia CRM', '关于实施 CRM 的最终决定'),
  ),
  hint: tx(
    'Such an objective analysis is extremely important, and it is worth spending time on it before making the final decision to implement a CRM system.',
    'Taka obiektywna analiza jest niezwykle ważna i warto poświęcić na nią czas przed podjęciem ostatecznej decyzji o wdrożeniu systemu CRM.',
    '这样的客观分析极为重要，在最终决定实施 CRM 系统之前，值得为此投入时间。',
  ),
  options: (Object.keys(DECISIONS) as (keyof typeof DECISIONS)[]).map((value) => ({ value, label: DECISIONS[value] })),
};

const step2: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step2',
  title: step(
    2,
    tx(
      'Budget planning, estimating the expected ROI (return on investment)',
      'Planowanie budżetu, szacowanie oczekiwanego ROI (stopy zwrotu z inwestycji)',
      '预算规划，估算预期 ROI（投资回报率）',
    ),
  ),
  intro: tx(
    "Set the financial framework within which you can act when choosing the system, then estimate how the implementation will affect cash flows, the company's share price, its brand and reputation, and what other financial implications a CRM implementation carries. The option of a failed implementation should also be considered. Answer the following questions:",
    'Należy ustalić ramy finansowe, w których można działać przy wyborze systemu, a następnie oszacować, w jaki sposób wdrożenie wpłynie na przepływy pieniężne, notowania firmy, jej markę, reputację i jakie inne implikacje finansowe niesie ze sobą wdrożenie CRM. Należy również rozważyć opcję nieudanego wdrożenia. Należy odpowiedzieć na następujące pytania:',
    '确定选择系统时可动用的财务框架，然后估算实施将如何影响现金流、公司股价、品牌和声誉，以及 CRM 实施还会带来哪些其他财务影响。还应考虑实施失败的可能。请回答以下问题：',
  ),
  fields: [
    result(
      's2-failure-costs',
      2,
      tx(
        'What costs will the company incur as a result of such a failure?',
        'Jakie koszty poniesie firma w wyniku takiej porażki?',
        '这样的失败会给公司带来哪些成本？',
      ),
    ),
    result(
      's2-bankruptcy',
      2,
      tx('Is there a risk of bankruptcy?', 'Czy istnieje ryzyko bankructwa?', '是否存在破产风险？'),
    ),
    result(
      's2-capital',
      2,
      tx(
        "Do the implementation costs represent a significant part of the company's capital?",
        'Czy koszty wdrożenia stanowią znaczną część kapitału firmy?',
        '实施成本是否占公司资本的很大一部分？',
      ),
    ),
    decisionInput,
  ],
};

const step3Check = tick(
  's3-check-done',
  3,
  tx('All elements are done', 'Wszystkie elementy są wykonane', '所有项目均已完成'),
);
const step3: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step3',
  title: step(
    3,
    tx(
      'Implementation/adaptation, tests, corrections',
      'Wdrożenie/adaptacja, testy, poprawki',
      '实施/调整、测试、修正',
    ),
  ),
  intro: tx(
    'This is the longest (proper, core) stage of the implementation, in which the supplier prepares the system according to the analysis. The supplier then tests it internally in ergonomic, technical and logical terms and, in this form, hands the system over to the end customer for testing. This is also the time to implement the corrections reported by customers. It is therefore worth working closely with the implementation team already at the testing stage, to avoid misunderstandings and shortcomings. You can use the following table for this:',
    'To najdłuższy (właściwy, podstawowy) etap wdrożenia, w którym dostawca przygotowuje system zgodnie z przygotowaną analizą. Następnie testuje go wewnętrznie pod względem ergonomicznym, technicznym i logicznym i w takiej formie przekazuje system do testów klientowi końcowemu. Jest to również czas na wdrożenie poprawek zgłoszonych przez klientów. Warto zatem ściśle współpracować z zespołem wdrożeniowym już na etapie testów, aby uniknąć nieporozumień i niedociągnięć. W tym celu można posłużyć się poniższą tabelą:',
    '这是实施中耗时最长的（核心）阶段，供应商根据分析结果准备系统，随后从人机工程、技术和逻辑方面进行内部测试，再以这种形式把系统交给最终客户测试。这也是落实客户所报修正的时候。因此，最好在测试阶段就与实施团队密切合作，以免产生误解和疏漏。为此，您可以使用下表：',
  ),
  fields: [
    result(
      's3-ergonomics',
      3,
      tx('Internal test: system ergonomics', 'Test wewnętrzny: ergonomia systemu', '内部测试：系统的人机工程'),
    ),
    result(
      's3-scope',
      3,
      tx(
        'Internal test: technical scope and functionality of the system',
        'Test wewnętrzny: zakres techniczny i funkcjonalność systemu',
        '内部测试：系统的技术范围和功能',
      ),
    ),
    result(
      's3-logic',
      3,
      tx(
        'Internal test: logical structure of the system',
        'Test wewnętrzny: logiczna struktura systemu',
        '内部测试：系统的逻辑结构',
      ),
    ),
    result(
      's3-feedback',
      3,
      tx('External tests: customer feedback', 'Testy zewnętrzne: opinie klientów', '外部测试：客户反馈'),
    ),
    result('s3-improvements', 3, tx('Improvements: implementing them', 'Ulepszenia: wdrożenie ich', '改进：落实改进')),
    result('s3-final', 3, tx('Final version', 'Wersja końcowa', '最终版本')),
    step3Check,
  ],
};

const step4Check = tick(
  's4-check-use',
  4,
  tx(
    'Administrators and users use the system correctly',
    'Administratorzy i użytkownicy poprawnie korzystają z systemu',
    '管理员和用户能正确使用系统',
  ),
);
const step4: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step4',
  title: step(4, tx('System launch and training', 'Uruchomienie systemu i szkolenie', '系统上线与培训')),
  intro: tx(
    "Once all the tests have been done, the system is ready for use. The last step is to provide the system administrators on the customer's side with instructions on managing the system. End users are instructed by the supplier how to use the functions provided to them in practice.",
    'Po wykonaniu wszystkich testów system jest gotowy do użycia. Ostatnim krokiem jest dostarczenie administratorom systemu po stronie klienta instrukcji dotyczących zarządzania systemem. Użytkownicy końcowi są instruowani przez dostawcę, jak korzystać z dostarczonych im funkcji w praktyce.',
    '所有测试完成后，系统即可投入使用。最后一步是向客户方的系统管理员提供系统管理说明。最终用户则由供应商指导如何在实践中使用提供给他们的功能。',
  ),
  fields: [
    result(
      's4-admins',
      4,
      tx(
        "System management and operation: instructions for system administrators on the customer's side",
        'Zarządzanie i obsługa systemu: instrukcje dla administratorów systemu po stronie klienta',
        '系统管理与运行：面向客户方系统管理员的说明',
      ),
    ),
    result(
      's4-users',
      4,
      tx(
        'System management and operation: instructions for end users',
        'Zarządzanie i obsługa systemu: instrukcje dla użytkowników końcowych',
        '系统管理与运行：面向最终用户的说明',
      ),
    ),
    step4Check,
  ],
};

const STEPS = [step1, step2, step3, step4];

/** The step 2 checklist item is the decision itself: done once it is go or no-go. */
const decided = (value: unknown): boolean => value === 'go' || value === 'no-go';
const done: DoneRule = (input, value) => (input.id === decisionInput.id ? decided(value) : answeredRule(input, value));

const CHECKLISTS: StepTally[] = [step1Checklist, [decisionInput], [step3Check], [step4Check]].map((inputs, i) => ({
  id: `checklist-step${i + 1}`,
  label: fillText(tx('Checklist progress — Step {n}', 'Postęp listy kontrolnej — krok {n}', '清单进度 — 第 {n} 步'), {
    n: i + 1,
  }),
  inputs,
  verb: 'ticked',
}));
const ALL_CHECKLISTS = mergeTallies(
  'checklist-all',
  tx('Checklist progress — all steps', 'Postęp listy kontrolnej — wszystkie kroki', '清单进度 — 所有步骤'),
  CHECKLISTS,
  'ticked',
);
const TALLIES = [...CHECKLISTS, ALL_CHECKLISTS];
const DECISION_LABEL = tx('Go / no-go decision', 'Decyzja o wdrożeniu', '是否实施的决定');

function decisionItem(data: SheetData): ResultItem {
  const v = data.fields[decisionInput.id];
  const key = v === 'go' || v === 'no-go' || v === 'undecided' ? v : undefined;
  return {
    id: 'decision',
    label: DECISION_LABEL,
    shown: { kind: 'text', value: key ? DECISIONS[key] : undefined },
    missing: tx(
      'Take the final decision in step 2',
      'Podejmij ostateczną decyzję w kroku 2',
      '请在第 2 步做出最终决定',
    ),
    tone: key === 'go' ? 'good' : key === 'no-go' ? 'bad' : key ? 'warn' : 'neutral',
  };
}

const results = (data: SheetData): ResultItem[] => [
  ...TALLIES.map((t) => tallyItem(t, data, done)),
  decisionItem(data),
];

function excel(data: SheetData, lang: Lang): XSheet {
  return stepsExcel(
    implementationPlan,
    data,
    lang,
    TALLIES,
    done,
    ({ b, answerRef }) => {
      const d = answerRef(decisionInput.id);
      // The formula repeats the decision cell (the option's label), so its cached value is that cell.
      const cell = inputValue(decisionInput, data.fields[decisionInput.id], lang);
      b.add([
        { v: pick(DECISION_LABEL, lang), bold: true },
        { f: ifBlank(d, BLANK, d), v: typeof cell === 'string' ? cell : '', result: 'decision' },
      ]);
    },
    (input, at, l) =>
      input.id === decisionInput.id
        ? isOneOf(at, [pick(DECISIONS.go, l), pick(DECISIONS['no-go'], l)])
        : answeredFormula(input, at, l),
  );
}

/** Baltic Bikes (a small bike maker with a workshop and fleet customers) planning its CRM roll-out. */
function example(lang: Lang): SheetData {
  const data = emptySheet();
  // The example in the language opened: one text per language, side by side.
  const t = (en: string, pl: string, zh: string) => pick(tx(en, pl, zh), lang);
  const f = data.fields;
  f['s1-assess-model'] = t(
    'Sales through the shop, the website and fleet contracts; service brings the repeat business.',
    'Sprzedaż w sklepie, przez stronę i w umowach flotowych; serwis przynosi powtarzalne zlecenia.',
    '通过门店、网站和车队合同销售；维修服务带来回头生意。',
  );
  f['s1-assess-readiness'] = t(
    'Staff willing, data scattered; ready once customer data is merged.',
    'Zespół chętny, dane rozproszone; gotowość po scaleniu danych klientów.',
    '员工有意愿，数据分散；客户数据合并后即可就绪。',
  );
  f['s1-assess-impact'] = t(
    'Supports the strategy of growing fleet renewals; no change to the business model.',
    'Wspiera strategię wzrostu odnowień flot; model biznesowy bez zmian.',
    '支持提高车队续约的战略；商业模式不变。',
  );
  f['s1-resources'] = t(
    'Laptops for sales, tablets for 4 mechanics, shop broadband; no in-house IT, so a hosted system.',
    'Laptopy w sprzedaży, tablety dla 4 mechaników, łącze w sklepie; brak własnego działu IT, więc system hostowany.',
    '销售用笔记本电脑，4 名维修技师用平板电脑，门店有宽带；没有自己的 IT 部门，因此选用托管系统。',
  );
  f['s1-expectations'] = t(
    'Survey of 9 staff:\n- sales: reminders before fleet contracts expire\n- mechanics: customer history and bike model on the tablet\n- shop: one list of online and in-store orders\n- owner: a monthly report without spreadsheets',
    'Ankieta wśród 9 pracowników:\n- sprzedaż: przypomnienia przed końcem umów flotowych\n- mechanicy: historia klienta i model roweru na tablecie\n- sklep: jedna lista zamówień online i stacjonarnych\n- właścicielka: miesięczny raport bez arkuszy kalkulacyjnych',
    '对 9 名员工的调查：\n- 销售：车队合同到期前的提醒\n- 维修技师：在平板电脑上查看客户历史和车型\n- 门店：线上和店内订单合为一个列表\n- 老板：不用电子表格的月度报告',
  );
  f['s1-processes'] = t(
    '1. Service requests, 2. fleet contract renewals, 3. online-shop orders, 4. new-customer offers.',
    '1. Zgłoszenia serwisowe, 2. odnowienia umów flotowych, 3. zamówienia ze sklepu internetowego, 4. oferty dla nowych klientów.',
    '1. 维修请求，2. 车队合同续约，3. 网店订单，4. 给新客户的报价。',
  );
  f['s1-systems'] = t(
    'Three cloud CRMs compared; two offer a field-service app; demos booked with both suppliers.',
    'Porównano trzy CRM w chmurze; dwa mają aplikację dla serwisu terenowego; umówiono prezentacje u obu dostawców.',
    '比较了三个云端 CRM；其中两个提供现场服务应用；已与两家供应商预约演示。',
  );
  f['s1-goals'] = t(
    'Fleet contract renewals from 70% to 85%; repair visits within 24 hours in 95% of cases.',
    'Odnowienia umów flotowych z 70% do 85%; wizyta naprawcza w ciągu 24 godzin w 95% przypadków.',
    '车队合同续约率从 70% 提高到 85%；95% 的情况下 24 小时内上门维修。',
  );
  f['s1-diagram'] = t(
    'Diagram drawn: first contact → test ride → contract → service → renewal, with the owner of each stage.',
    'Narysowano diagram: pierwszy kontakt → jazda próbna → umowa → serwis → odnowienie, z osobą odpowiedzialną za każdy etap.',
    '已绘制流程图：首次接触 → 试骑 → 合同 → 维修 → 续约，并标明每个阶段的负责人。',
  );
  for (const c of step1Checklist) f[c.id] = 'yes';
  f['s2-failure-costs'] = t(
    'Licences for one year and about 10 days of staff time lost in training.',
    'Licencje na rok i około 10 dni pracy zespołu straconych na szkolenia.',
    '一年的许可费，以及培训中损失的约 10 天员工工时。',
  );
  f['s2-bankruptcy'] = t(
    'No: the cost is below one month of revenue.',
    'Nie: koszt jest niższy niż miesięczny przychód.',
    '不会：成本低于一个月的收入。',
  );
  f['s2-capital'] = t(
    'No: about 3% of equity in the first year.',
    'Nie: około 3% kapitału własnego w pierwszym roku.',
    '不会：第一年约占自有资本的 3%。',
  );
  f['s2-decision'] = 'go';
  f['s3-ergonomics'] = t(
    'Mechanics closed a ticket in 3 taps; the font was enlarged.',
    'Mechanicy zamykają zgłoszenie w 3 dotknięciach; powiększono czcionkę.',
    '维修技师点 3 下即可关闭工单；字体已放大。',
  );
  f['s3-scope'] = t(
    'Invoice export to the accounting program works; e-mail sync was added.',
    'Eksport faktur do programu księgowego działa; dodano synchronizację poczty.',
    '发票可导出到会计软件；已增加邮件同步。',
  );
  f['s3-logic'] = t(
    'Customer → site → bike → visit structure confirmed.',
    'Potwierdzono strukturę klient → lokalizacja → rower → wizyta.',
    '已确认“客户 → 地点 → 自行车 → 上门”的结构。',
  );
  f['s3-feedback'] = t(
    'Five fleet customers tested the booking e-mails; they asked for a mechanic’s arrival time.',
    'Pięciu klientów flotowych przetestowało e-maile o wizytach; poprosili o godzinę przyjazdu mechanika.',
    '五个车队客户测试了预约邮件；他们希望知道维修技师的到达时间。',
  );
  f['s3-improvements'] = t(
    'Arrival time added to the confirmation e-mail.',
    'Dodano godzinę przyjazdu do e-maila z potwierdzeniem.',
    '确认邮件中已加入到达时间。',
  );
  f['s3-final'] = t(
    'Version 1.0 accepted on 14 March.',
    'Wersja 1.0 odebrana 14 marca.',
    '1.0 版已于 3 月 14 日验收。',
  );
  f['s3-check-done'] = 'yes';
  f['s4-admins'] = t(
    'The shop manager was trained by the supplier as administrator: users, backups, permissions.',
    'Kierownik sklepu został przeszkolony przez dostawcę jako administrator: użytkownicy, kopie zapasowe, uprawnienia.',
    '门店经理接受了供应商的管理员培训：用户、备份、权限。',
  );
  f['s4-users'] = t(
    'Two-hour sessions for sales and mechanics, a one-page guide in the app.',
    'Dwugodzinne szkolenia dla sprzedaży i mechaników, jednostronicowa instrukcja w aplikacji.',
    '为销售和维修技师各安排两小时的培训，应用内附一页使用指南。',
  );
  f['s4-check-use'] = 'yes';
  return data;
}

export const implementationPlan = {
  id: 'implementation-plan',
  title: TITLES['implementation-plan'],
  intro: tx(
    'If you want to implement a CRM system, you need to take further steps, starting with planning. You can use the following tool to describe the actions taken at each stage.',
    'Jeśli chcesz wdrożyć system CRM, musisz podjąć dalsze kroki, zaczynając od planowania. Możesz skorzystać z poniższego narzędzia, aby opisać działania podejmowane na każdym etapie.',
    '如果您想实施 CRM 系统，就需要从规划开始采取后续步骤。您可以使用以下工具描述每个阶段所采取的行动。',
  ),
  blocks: [...STEPS, { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results }],
  initial: () => emptySheet(),
  example,
  excel,
  summary: (data) => [tallyItem(ALL_CHECKLISTS, data, done), decisionItem(data)],
} satisfies WorksheetDef;
