/**
 * Module III — Seven steps of a CRM strategy: one block of fields per step, progress per step.
 * Counting and the Excel sheet come from the shared step pieces in steps-sheet.ts.
 */
import type { FieldsBlock, InputDef, Lang, ResultItem, SheetData, Text, XSheet, WorksheetDef } from './types';
import { byLang, emptySheet, fieldNumber, fillText, pick, stepText, suffixed, tx, type PerLang } from './helpers';
import { answeredRule, mergeTallies, stepsExcel, tallyItem, type StepTally } from './steps-sheet';
import { BLANK, ifBlank, ifValid } from './formula';
import { formatMoney } from '../i18n/format';
import { TITLES } from './titles';

const step = stepText;

function longtext(id: string, n: number, label: Text, extra: Partial<InputDef> = {}): InputDef {
  return { id, kind: 'longtext', label: step(n, label), ...extra };
}
function check(id: string, n: number, label: Text): InputDef {
  return { id, kind: 'check', label: step(n, label) };
}

const step1: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step1',
  title: step(1, tx('Define your vision and goals', 'Zdefiniuj swoją wizję i określ cele', '明确愿景和目标')),
  intro: tx(
    "Make sure that the goals of your CRM strategy are aligned with the organisation's overall business strategy. Use the SMART method to make sure that the goals are specific, measurable, achievable, relevant and time-bound.",
    'Upewnij się, że cele Twojej strategii CRM są zgodne z ogólną strategią biznesową organizacji. Użyj metody SMART, aby upewnić się, że cele są konkretne, mierzalne, osiągalne, istotne i czasowo określone.',
    '确保 CRM 战略的目标与组织的整体业务战略保持一致。使用 SMART 方法，确保目标具体、可衡量、可实现、相关且有时限。',
  ),
  fields: [
    longtext('s1-vision', 1, tx('Vision and goals', 'Wizja i cele', '愿景与目标')),
    {
      id: 's1-metric',
      kind: 'text',
      label: step(
        1,
        tx('Goal specification: metric (indicator)', 'Specyfikacja celu: miernik (wskaźnik)', '目标说明：衡量指标'),
      ),
    },
    longtext(
      's1-achievability',
      1,
      tx('Goal specification: achievability', 'Specyfikacja celu: osiągalność', '目标说明：可实现性'),
    ),
    longtext(
      's1-relevance',
      1,
      tx('Goal specification: relevance', 'Specyfikacja celu: istotność', '目标说明：相关性'),
    ),
    {
      id: 's1-duration',
      kind: 'text',
      label: step(1, tx('Goal specification: duration', 'Specyfikacja celu: czas trwania', '目标说明：时限')),
    },
  ],
};

const step2: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step2',
  title: step(2, tx('Identify your audience', 'Identyfikacja Twojej publiczności', '识别您的受众')),
  intro: tx(
    'Understand who your customer is by learning the characteristics that define your audience, so that you can reach them effectively with marketing content. Tick the activities you have carried out.',
    'Zrozum, kim jest Twój klient, poznając cechy, które definiują Twoich odbiorców, aby skutecznie dotrzeć do nich z treściami marketingowymi. Zaznacz działania, które zostały wykonane.',
    '了解界定受众的各项特征，弄清谁是您的客户，以便用营销内容有效地触达他们。请勾选已完成的活动。',
  ),
  fields: [
    check(
      's2-consult',
      2,
      tx(
        'Consult the marketing, sales, field service and customer service teams',
        'Skonsultuj się z zespołami marketingu, sprzedaży, usług terenowych i obsługi klienta',
        '咨询市场营销、销售、现场服务和客户服务团队',
      ),
    ),
    check(
      's2-surveys',
      2,
      tx(
        'Distribute suitable targeted surveys through all touchpoints and record the results',
        'Rozprowadź odpowiednie ukierunkowane ankiety przez wszystkie punkty kontaktowe i zarejestruj wyniki',
        '通过所有触点发放合适的定向问卷并记录结果',
      ),
    ),
    check(
      's2-profiles',
      2,
      tx(
        'Analyse customer profiles and talk to other customers to get detailed feedback',
        'Analizuj profile klientów i rozmawiaj z innymi klientami, aby uzyskać szczegółowe opinie',
        '分析客户画像，并与其他客户交流以获得详细反馈',
      ),
    ),
    longtext('s2-notes', 2, tx('Notes: who your audience is', 'Notatki: kim są Twoi odbiorcy', '备注：您的受众是谁'), {
      optional: true,
    }),
  ],
};

const STEP3_QUESTIONS: [string, Text][] = [
  [
    'teams',
    tx(
      'Which teams interact with customers at this stage?',
      'Które zespoły wchodzą w interakcje z klientami na tym etapie?',
      '在这一阶段，哪些团队与客户互动？',
    ),
  ],
  ['improve', tx('How can these interactions be improved?', 'Jak można poprawić te interakcje?', '如何改进这些互动？')],
  ['communication', tx('What is the type of communication?', 'Jaki jest rodzaj komunikacji?', '沟通的类型是什么？')],
  [
    'message',
    tx(
      'Is there a better way to get the message across?',
      'Czy istnieje lepszy sposób na przekazanie wiadomości?',
      '有没有更好的方式传达信息？',
    ),
  ],
  [
    'want',
    tx(
      'What does your audience want at this stage?',
      'Czego Twoi odbiorcy chcą na tym etapie?',
      '在这一阶段，您的受众想要什么？',
    ),
  ],
  [
    'problems',
    tx(
      'What problems might your audience face?',
      'Jakie problemy mogą napotkać odbiorcy?',
      '您的受众可能会遇到哪些问题？',
    ),
  ],
  [
    'service',
    tx(
      'How can you provide better service to your customers?',
      'Jak możesz zapewnić lepszą obsługę swoim klientom?',
      '您如何为客户提供更好的服务？',
    ),
  ],
];

const step3: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step3',
  title: step(3, tx('Map customer acquisition', 'Przeprowadź mapowanie pozyskiwania klientów', '梳理获客流程')),
  intro: tx(
    'Understand all the possible initial points of contact in the customer acquisition process. Collect data at every stage to gain insight into audience details and buyer profiles.',
    'Zrozum wszystkie możliwe początkowe punkty kontaktu w procesie pozyskiwania klientów. Zbieraj dane na każdym etapie, aby uzyskać wgląd w szczegóły odbiorców i profile kupujących.',
    '了解获客过程中所有可能的初始接触点。在每个阶段收集数据，深入了解受众细节和买家画像。',
  ),
  fields: STEP3_QUESTIONS.map(([id, q]) => longtext(`s3-${id}`, 3, q)),
};

export const COMPONENTS: [string, Text][] = [
  ['service', tx('Customer service', 'Obsługa klienta', '客户服务')],
  ['hr', tx('Human resources management (HR)', 'Zarządzanie zasobami ludzkimi (HR)', '人力资源管理（HR）')],
  ['leads', tx('Lead management', 'Zarządzanie leadami', '潜在客户管理')],
  ['marketing', tx('Marketing', 'Marketing', '市场营销')],
  ['sales', tx('Sales', 'Sprzedaż', '销售')],
  ['analytics', tx('Analytics', 'Analiza', '分析')],
  ['pipeline', tx('Pipeline management', "Zarządzanie pipeline'em", '销售管道管理')],
  ['workflow', tx('Workflow automation', 'Automatyzacja przepływu pracy', '工作流程自动化')],
  ['reporting', tx('Business reporting', 'Raportowanie biznesowe', '业务报告')],
];

const step4: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step4',
  title: step(4, tx('Organise the CRM components', 'Zorganizuj komponenty CRM', '组织 CRM 组成部分')),
  intro: tx(
    'Analyse the conclusions and identify areas for improvement. Make sure that every element of the CRM strategy can solve specific customer problems. The strategy includes the following elements: tick those it covers and note how.',
    'Analizuj wnioski i identyfikuj obszary do poprawy. Upewnij się, że każdy element strategii CRM może rozwiązać konkretne problemy klientów. Strategia uwzględnia następujące elementy: zaznacz te, które obejmuje, i zanotuj, w jaki sposób.',
    '分析结论，找出需要改进的领域。确保 CRM 战略的每个要素都能解决客户的具体问题。该战略包括以下要素：请勾选它所涵盖的要素，并注明如何涵盖。',
  ),
  fields: COMPONENTS.flatMap(([id, c]): InputDef[] => [
    { id: `s4-${id}`, kind: 'check', label: step(4, suffixed(c, tx('covered', 'uwzględniono', '已涵盖'))) },
    {
      id: `s4-${id}-how`,
      kind: 'text',
      label: step(4, suffixed(c, tx('how', 'w jaki sposób', '如何涵盖'))),
      optional: true,
    },
  ]),
};

const STEP5_QUESTIONS: [string, Text][] = [
  [
    'landscape',
    tx(
      'How does your company fit into the market landscape?',
      'Jak Twoja firma wpisuje się w krajobraz rynkowy?',
      '您的公司在市场格局中处于什么位置？',
    ),
  ],
  [
    'unique',
    tx(
      'What are the unique elements of our sales offer?',
      'Jakie są unikalne elementy naszej oferty sprzedażowej?',
      '我们销售产品的独特之处是什么？',
    ),
  ],
  [
    'competitors',
    tx(
      'How do our competitors differ from us?',
      'Jak nasi konkurenci różnią się od nas?',
      '我们的竞争对手与我们有何不同？',
    ),
  ],
  [
    'trends',
    tx(
      'What trends can currently be observed in the industry?',
      'Jakie trendy można obecnie zaobserwować w branży?',
      '目前行业中可以观察到哪些趋势？',
    ),
  ],
  [
    'opportunities',
    tx(
      'Are there any new sales opportunities we can try?',
      'Czy są jakieś nowe możliwości sprzedaży, które możemy wypróbować?',
      '有没有我们可以尝试的新销售机会？',
    ),
  ],
];

const step5: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step5',
  title: step(5, tx('Know the market', 'Poznaj rynek', '了解市场')),
  intro: tx(
    'Compare the results of your plan with the competition and determine your position in the market. Questions to ask:',
    'Porównaj efekty swojego planu z konkurencją i określ swoją pozycję na rynku. Pytania do zadania:',
    '将您的计划成果与竞争对手比较，确定您在市场中的位置。可以提出的问题：',
  ),
  fields: STEP5_QUESTIONS.map(([id, q]) => longtext(`s5-${id}`, 5, q)),
};

const step6: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step6',
  title: step(6, tx('Consider adding technology', 'Rozważ dodanie technologii', '考虑引入技术')),
  intro: tx(
    'Enrich your CRM strategy with innovative technologies to make team tasks easier. Use AI and automation to improve customer interactions and free up team resources.',
    'Wzbogać swoją strategię CRM o innowacyjne technologie, aby ułatwić zadania zespołowe. Wykorzystaj AI i automatyzację, aby poprawić interakcje z klientami i uwolnić zasoby zespołu.',
    '用创新技术充实您的 CRM 战略，让团队工作更轻松。利用 AI 和自动化改善客户互动，释放团队资源。',
  ),
  fields: [
    longtext(
      's6-technology',
      6,
      tx(
        'Technology to implement the elements of the strategy (which, for what)',
        'Technologia do wdrożenia elementów strategii (jaka, do czego)',
        '实施战略要素所用的技术（哪种技术、用于什么）',
      ),
      {
        hint: tx(
          'Define the technology to implement the elements of the strategy.',
          'Określ technologię do wdrożenia elementów strategii.',
          '确定实施战略各要素所需的技术。',
        ),
      },
    ),
  ],
};

export const costInput: InputDef = {
  id: 's7-cost',
  kind: 'money',
  label: step(7, tx('Estimated cost of use', 'Szacowany koszt użytkowania', '预计使用成本')),
  hint: tx(
    'Estimate the costs of use, in the currency above.',
    'Oszacuj koszty użytkowania, w walucie podanej wyżej.',
    '请估算使用成本，币种为上面填写的币种。',
  ),
  rule: { integer: false, min: 0, max: 1e12, noun: tx('Estimated cost', 'Szacowany koszt', '预计成本') },
};

/** The sheet's currency field (the 'money' input is formatted with it). */
export const currencyInput: InputDef = {
  id: 'currency',
  kind: 'text',
  label: step(7, tx('Currency', 'Waluta', '币种')),
  hint: tx('ISO code, e.g. EUR, PLN', 'Kod ISO, np. PLN, EUR', 'ISO 代码，例如 CNY、EUR'),
  // Prefilled by initial(): counting it would give credit for nothing typed.
  optional: true,
};

const step7: FieldsBlock = {
  kind: 'fields',
  stepProgress: true,
  id: 'step7',
  title: step(7, tx('Invest in CRM software', 'Zainwestuj w oprogramowanie CRM', '投资 CRM 软件')),
  intro: tx(
    "Implement CRM software that evaluates current processes, meets organisational requirements and drives the company's CRM strategy.",
    'Wdróż oprogramowanie CRM, które ocenia bieżące procesy, spełnia wymagania organizacyjne i napędza strategię CRM firmy.',
    '实施能够评估现有流程、满足组织需求并推动公司 CRM 战略的 CRM 软件。',
  ),
  fields: [
    {
      id: 's7-system',
      kind: 'text',
      label: step(7, tx('CRM system', 'System CRM', 'CRM 系统')),
      hint: tx('Specify the CRM system.', 'Określ system CRM.', '请写明 CRM 系统。'),
    },
    {
      id: 's7-users',
      kind: 'text',
      label: step(7, tx('System users', 'Użytkownicy systemu', '系统用户')),
      hint: tx('Identify the users of the system.', 'Zidentyfikuj użytkowników systemu.', '请确定系统的用户。'),
    },
    currencyInput,
    // Last, so the formatted preview panel drawn after this block sits right under it.
    costInput,
  ],
};

const STEPS = [step1, step2, step3, step4, step5, step6, step7];

const STEP_TALLIES: StepTally[] = STEPS.map((s, i) => ({
  id: `progress-step${i + 1}`,
  label: fillText(tx('Progress — Step {n}', 'Postęp — krok {n}', '进度 — 第 {n} 步'), { n: i + 1 }),
  inputs: s.fields,
  verb: 'answered',
}));
const OVERALL = mergeTallies(
  'progress-overall',
  tx('Overall progress', 'Postęp ogółem', '总体进度'),
  STEP_TALLIES,
  'answered',
);
const TALLIES = [...STEP_TALLIES, OVERALL];

const DEFAULT_CURRENCY: PerLang<string> = { en: 'EUR', pl: 'PLN', zh: 'CNY' };
const COST_LABEL = tx('Estimated cost', 'Szacowany koszt', '预计成本');

function costItem(data: SheetData): ResultItem {
  const cost = fieldNumber(data, costInput);
  const currency = typeof data.fields['currency'] === 'string' ? data.fields['currency'] : '';
  return {
    id: 'estimated-cost',
    label: COST_LABEL,
    shown: {
      kind: 'text',
      value: cost === undefined ? undefined : byLang((lang) => formatMoney(cost, currency, lang)),
    },
    missing: tx('Enter the estimated cost in step 7', 'Wpisz szacowany koszt w kroku 7', '请在第 7 步填写预计成本'),
  };
}

const results = (data: SheetData): ResultItem[] => [...TALLIES.map((t) => tallyItem(t, data)), costItem(data)];

function excel(data: SheetData, lang: Lang): XSheet {
  return stepsExcel(crmStrategy, data, lang, TALLIES, answeredRule, ({ b, answerRef }) => {
    const cost = fieldNumber(data, costInput);
    const c = answerRef(costInput.id);
    const currency = data.fields['currency'];
    // A number with its currency in the number format (only a three-letter code goes into it).
    const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
    const money = /^[A-Z]{3}$/.test(code) ? `#,##0.00 "${code}"` : '#,##0.00';
    b.add([
      { v: pick(COST_LABEL, lang), bold: true },
      // Only a valid number is carried over; typed text stays in the input row.
      { f: ifValid(c, costInput.rule!, c), v: cost ?? '', z: money, result: 'estimated-cost' },
      // The currency as the client types it in its own row.
      {
        f: ifBlank(answerRef('currency'), BLANK, answerRef('currency')),
        v: typeof currency === 'string' ? currency : '',
      },
    ]);
  });
}

/** Baltic Bikes' strategy (a small bike maker with a workshop and fleet customers), in the given language. */
/** The example's estimated cost in each language's default currency (EUR, PLN, CNY). */
const EXAMPLE_COST: PerLang<string> = { en: '4800', pl: '21600', zh: '37500' };

function example(lang: Lang): SheetData {
  const data = emptySheet();
  // The example in the language opened: one text per language, side by side.
  const t = (en: string, pl: string, zh: string) => pick(tx(en, pl, zh), lang);
  const f = data.fields;
  f['s1-vision'] = t(
    'Every fleet customer keeps its bikes on the road and hears from us before they have to call us. The CRM strategy supports our business goal of growing fleet service contracts rather than one-off bike sales.',
    'Każdy klient flotowy ma sprawne rowery i słyszy o nas, zanim sam musi do nas zadzwonić. Strategia CRM wspiera nasz cel biznesowy: rozwój umów serwisowych dla flot zamiast jednorazowej sprzedaży rowerów.',
    '每个车队客户的自行车都能正常上路，并且在他们不得不打电话给我们之前就收到我们的联系。CRM 战略支持我们的业务目标：发展车队维修服务合同，而不是一次性销售自行车。',
  );
  f['s1-metric'] = t(
    'Fleet contract renewal rate: from 70% to 85%',
    'Wskaźnik odnowień umów flotowych: z 70% do 85%',
    '车队合同续约率：从 70% 提高到 85%',
  );
  f['s1-achievability'] = t(
    'Two of our three sales staff already renew 80% of their fleet contracts; reminders 60 days before expiry should lift the rest.',
    'Dwóch z trzech handlowców już teraz odnawia 80% umów flotowych; przypomnienia 60 dni przed końcem umowy powinny podnieść wynik pozostałych.',
    '我们三名销售人员中已有两名续签了 80% 的车队合同；在合同到期前 60 天发送提醒，应能提升其余人员的业绩。',
  );
  f['s1-relevance'] = t(
    'Fleet service contracts bring 60% of our margin; each lost contract costs about a year of revenue from that customer.',
    'Umowy serwisowe z flotami dają 60% naszej marży; każda utracona umowa to około roku przychodu od tego klienta.',
    '车队维修服务合同带来我们 60% 的利润；每失去一份合同，就损失该客户大约一年的收入。',
  );
  f['s1-duration'] = t(
    '12 months (January to December)',
    '12 miesięcy (od stycznia do grudnia)',
    '12 个月（1 月至 12 月）',
  );
  f['s2-consult'] = 'yes';
  f['s2-surveys'] = 'yes';
  f['s2-profiles'] = 'yes';
  f['s2-notes'] = t(
    'Cafés, delivery firms and companies with 5–60 bikes; the operations manager decides, the owner or finance approves the invoice.',
    'Kawiarnie, firmy kurierskie i przedsiębiorstwa z flotą od 5 do 60 rowerów; decyduje kierownik operacyjny, fakturę zatwierdza właściciel lub dział finansów.',
    '咖啡馆、快递公司以及拥有 5–60 辆自行车的企业；由运营经理决定，老板或财务部门批准发票。',
  );
  const s3: Record<string, [string, string, string]> = {
    teams: [
      'Sales (first visit and test rides)\nMechanics (delivery, set-up and repairs)\nShop (online and in-store orders of parts)\nAccounts (invoices and reminders)',
      'Sprzedaż (pierwsza wizyta i jazdy próbne)\nMechanicy (dostawa, przygotowanie i naprawy)\nSklep (zamówienia części online i na miejscu)\nKsięgowość (faktury i przypomnienia)',
      '销售（首次拜访和试骑）\n维修技师（交付、安装调试和维修）\n门店（线上和店内的零件订单）\n财务（发票和催款提醒）',
    ],
    improve: [
      'One customer record shared by sales and the workshop, so mechanics know what was promised.',
      'Jedna karta klienta wspólna dla sprzedaży i serwisu, aby mechanicy wiedzieli, co obiecano.',
      '销售和维修店共用一份客户档案，让维修技师知道之前承诺了什么。',
    ],
    communication: [
      'Phone and e-mail, visits on site, a monthly newsletter.',
      'Telefon i e-mail, wizyty na miejscu, comiesięczny newsletter.',
      '电话和电子邮件、上门拜访、每月一期的通讯。',
    ],
    message: [
      'Automatic e-mails when a service visit is booked and done, instead of phone calls.',
      'Automatyczne e-maile po umówieniu i wykonaniu wizyty serwisowej zamiast telefonów.',
      '预约和完成维修服务时自动发送电子邮件，代替打电话。',
    ],
    want: [
      'A test ride, a clear monthly price per bike and no downtime.',
      'Jazda próbna, jasna miesięczna cena za rower i brak przestojów.',
      '一次试骑、清楚的每车月费，以及不耽误使用。',
    ],
    problems: [
      'Waiting for a mechanic, unclear invoices, bikes off the road.',
      'Oczekiwanie na mechanika, niejasne faktury, rowery unieruchomione w serwisie.',
      '等待维修技师、发票不清楚、自行车停用。',
    ],
    service: [
      'Preventive maintenance reminders and automatic reordering of tyres and brake pads.',
      'Przypomnienia o przeglądach i automatyczne zamawianie opon i klocków hamulcowych.',
      '预防性保养提醒，以及轮胎和刹车片的自动补货。',
    ],
  };
  for (const [id, [a, b, c]] of Object.entries(s3)) f[`s3-${id}`] = t(a, b, c);
  const how: Record<string, [string, string, string]> = {
    service: [
      'Ticket for every service request',
      'Zgłoszenie dla każdej prośby serwisowej',
      '每个维修请求都有一张工单',
    ],
    hr: ['Mechanics’ schedules and skills', 'Grafiki i kompetencje mechaników', '维修技师的排班和技能'],
    leads: [
      'Web form and trade-fair leads in one list',
      'Formularz www i kontakty z targów na jednej liście',
      '网站表单和展会线索汇总在一个列表中',
    ],
    marketing: [
      'Newsletter segments: families, commuters, fleets',
      'Segmenty newslettera: rodziny, dojeżdżający, floty',
      '通讯的细分群体：家庭、通勤者、车队',
    ],
    sales: [
      'Offers and contracts stored per customer',
      'Oferty i umowy zapisane przy kliencie',
      '报价和合同按客户存档',
    ],
    analytics: [
      'Renewal rate and repairs per bike',
      'Wskaźnik odnowień i liczba napraw na rower',
      '续约率和每辆车的维修次数',
    ],
    pipeline: ['Stages: test ride, offer, contract', 'Etapy: jazda próbna, oferta, umowa', '阶段：试骑、报价、合同'],
    workflow: [
      'Renewal reminder 60 days before expiry',
      'Przypomnienie o odnowieniu 60 dni przed końcem',
      '到期前 60 天发出续约提醒',
    ],
    reporting: ['Monthly report for the owner', 'Miesięczny raport dla właścicielki', '给老板的月度报告'],
  };
  for (const [id, [a, b, c]] of Object.entries(how)) {
    f[`s4-${id}`] = 'yes';
    f[`s4-${id}-how`] = t(a, b, c);
  }
  const s5: Record<string, [string, string, string]> = {
    landscape: [
      'A local maker between national bike chains and online-only e-bike brands.',
      'Lokalny producent między krajowymi sieciami rowerowymi a markami e-rowerów sprzedającymi tylko online.',
      '一家本地制造商，处在全国性自行车连锁店和只在网上销售的电动自行车品牌之间。',
    ],
    unique: [
      'Mechanic on site within 24 hours; bikes designed and built in Gdańsk.',
      'Mechanik na miejscu w ciągu 24 godzin; rowery projektowane i składane w Gdańsku.',
      '维修技师 24 小时内上门；自行车在格但斯克设计和组装。',
    ],
    competitors: [
      'Chains are cheaper per bike but slower to repair; online brands offer no service.',
      'Sieci są tańsze w przeliczeniu na rower, ale wolniej naprawiają; marki internetowe nie dają serwisu.',
      '连锁店每辆车更便宜，但维修更慢；网络品牌不提供维修服务。',
    ],
    trends: [
      'Last-mile deliveries by cargo bike; e-bikes as a staff benefit.',
      'Dostawy ostatniej mili rowerami cargo; e-rower jako benefit pracowniczy.',
      '用载货自行车完成最后一公里配送；电动自行车作为员工福利。',
    ],
    opportunities: [
      'E-bike leasing for the staff of our fleet customers.',
      'Leasing e-rowerów dla pracowników naszych klientów flotowych.',
      '为车队客户的员工提供电动自行车租赁。',
    ],
  };
  for (const [id, [a, b, c]] of Object.entries(s5)) f[`s5-${id}`] = t(a, b, c);
  f['s6-technology'] = t(
    'E-mail automation for service reminders and visit confirmations; an AI assistant drafting answers to routine enquiries.',
    'Automatyzacja e-maili z przypomnieniami o przeglądach i potwierdzeniami wizyt; asystent AI przygotowujący odpowiedzi na typowe zapytania.',
    '用电子邮件自动发送保养提醒和拜访确认；由 AI 助手起草常见咨询的回复。',
  );
  f['s7-system'] = t(
    'A cloud CRM with a field-service module',
    'CRM w chmurze z modułem serwisu terenowego',
    '带现场服务模块的云端 CRM',
  );
  f['s7-cost'] = EXAMPLE_COST[lang];
  f['currency'] = DEFAULT_CURRENCY[lang];
  f['s7-users'] = t(
    '3 sales staff, 4 mechanics, shop manager, owner',
    '3 handlowców, 4 mechaników, kierownik sklepu, właścicielka',
    '3 名销售人员、4 名维修技师、门店经理、老板',
  );
  return data;
}

export const crmStrategy = {
  id: 'crm-strategy',
  title: TITLES['crm-strategy'],
  intro: tx(
    'If you want to build a CRM strategy, you can use the following 7 steps.',
    'Jeśli chcesz zbudować strategię CRM, możesz skorzystać z poniższych 7 kroków.',
    '如果您想制定 CRM 战略，可以按照以下 7 个步骤进行。',
  ),
  blocks: [
    ...STEPS,
    { kind: 'custom', id: 'cost-preview', panel: 'money-preview', target: costInput.id },
    { kind: 'results', id: 'results', title: tx('Results', 'Wyniki', '结果'), items: results },
  ],
  initial: (lang): SheetData => ({ fields: { currency: DEFAULT_CURRENCY[lang] }, tables: {} }),
  example,
  excel,
  summary: (data) => [tallyItem(OVERALL, data), costItem(data)],
} satisfies WorksheetDef;
