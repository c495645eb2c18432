/**
 * The catalogue: every worksheet in module order (= navigation = Excel sheet order).
 * Titles live here so navigation needs no definition; definitions load on demand, which keeps
 * the initial bundle small. `load` is absent for a worksheet not built yet ("coming").
 */
import type { Text, WorksheetDef, WorksheetId } from './types';
import { tx } from './helpers';

export interface ModuleInfo {
  number: 1 | 2 | 3 | 4 | 5;
  title: Text;
  /** Not part of the Distance LAB module: an addition drawn from the background seeds (marked in the navigation). */
  addition?: boolean;
}

export interface CatalogEntry {
  id: WorksheetId;
  module: ModuleInfo['number'];
  title: Text;
  load?: () => Promise<WorksheetDef>;
}

export const MODULES: ModuleInfo[] = [
  { number: 1, title: tx('Building relationships with customers', 'Budowanie relacji z klientami', '与客户建立关系') },
  {
    number: 2,
    title: tx(
      'Managing business relationships at a distance',
      'Zarządzanie relacjami biznesowymi na odległość',
      '远程管理业务关系',
    ),
  },
  {
    number: 3,
    title: tx('Customer service relationship marketing', 'Marketing relacji z obsługą klienta', '客户服务关系营销'),
  },
  {
    number: 4,
    title: tx(
      'Managing customer relationships in crisis',
      'Zarządzanie relacjami z klientami w kryzysie',
      '危机中的客户关系管理',
    ),
  },
  {
    number: 5,
    title: tx(
      'Customer classification and key accounts',
      'Klasyfikacja klientów i kluczowi klienci',
      '客户分类与关键客户',
    ),
    addition: true,
  },
];

export const CATALOG: CatalogEntry[] = [
  {
    id: 'stakeholder-grid',
    module: 1,
    title: tx(
      'Customer interest / influence grid',
      'Siatka zainteresowania i wpływu klientów',
      '客户兴趣 / 影响力矩阵',
    ),
    load: () => import('./stakeholder-grid').then((m) => m.stakeholderGrid),
  },
  {
    id: 'satisfaction-moments',
    module: 1,
    title: tx('When were your customers satisfied?', 'Kiedy Twoi klienci byli zadowoleni?', '您的客户何时感到满意？'),
    load: () => import('./satisfaction-moments').then((m) => m.satisfactionMoments),
  },
  {
    id: 'channel-audit',
    module: 1,
    title: tx('How you reach customers', 'Jak docierasz do klientów', '您如何触达客户'),
    load: () => import('./channel-audit').then((m) => m.channelAudit),
  },
  {
    id: 'loyalty-exchange',
    module: 1,
    title: tx(
      'Loyalty programme: action → reaction',
      'Program lojalnościowy: akcja → reakcja',
      '忠诚度计划：客户行为 → 企业回应',
    ),
    load: () => import('./loyalty-exchange').then((m) => m.loyaltyExchange),
  },
  {
    id: 'website-vs-blog',
    module: 2,
    title: tx('Website or company blog?', 'Strona internetowa czy blog firmowy?', '网站还是企业博客？'),
    load: () => import('./website-vs-blog').then((m) => m.websiteVsBlog),
  },
  {
    id: 'content-forms',
    module: 2,
    title: tx(
      'Which content-marketing form fits you?',
      'Która forma content marketingu Ci odpowiada?',
      '哪种内容营销形式适合您？',
    ),
    load: () => import('./content-forms').then((m) => m.contentForms),
  },
  {
    id: 'nps-survey',
    module: 2,
    title: tx('Net Promoter Score survey', 'Badanie Net Promoter Score (NPS)', '净推荐值（NPS）调查'),
    load: () => import('./nps-survey').then((m) => m.npsSurvey),
  },
  {
    id: 'crm-strategy',
    module: 3,
    title: tx('Seven steps of a CRM strategy', '7 kroków strategii CRM', 'CRM 战略七步法'),
    load: () => import('./crm-strategy').then((m) => m.crmStrategy),
  },
  {
    id: 'implementation-plan',
    module: 3,
    title: tx('CRM implementation in four steps', 'Wdrożenie CRM w czterech krokach', 'CRM 实施四步法'),
    load: () => import('./implementation-plan').then((m) => m.implementationPlan),
  },
  {
    id: 'development-steps',
    module: 3,
    title: tx('Building your own CRM in seven steps', 'Budowa własnego CRM w siedmiu krokach', '七步自建 CRM'),
    load: () => import('./development-steps').then((m) => m.developmentSteps),
  },
  {
    id: 'crm-audit',
    module: 3,
    title: tx('Preliminary CRM audit', 'Wstępny audyt CRM', 'CRM 初步审计'),
    load: () => import('./crm-audit').then((m) => m.crmAudit),
  },
  {
    id: 'cloud-fit',
    module: 3,
    title: tx('Is a cloud CRM for you?', 'Czy CRM w chmurze jest dla Ciebie?', '云端 CRM 适合您吗？'),
    load: () => import('./cloud-fit').then((m) => m.cloudFit),
  },
  {
    id: 'voicebot-cases',
    module: 4,
    title: tx('Should a voicebot be used?', 'Czy warto użyć voicebota?', '是否应使用语音机器人？'),
    load: () => import('./voicebot-cases').then((m) => m.voicebotCases),
  },
  {
    id: 'crisis-plan',
    module: 4,
    title: tx('Crisis management plan', 'Plan zarządzania kryzysowego', '危机管理计划'),
    load: () => import('./crisis-plan').then((m) => m.crisisPlan),
  },
  {
    id: 'abc-pareto',
    module: 5,
    title: tx(
      'Which customers carry the business? (ABC / Pareto)',
      'Którzy klienci niosą firmę? (ABC / Pareto)',
      '哪些客户支撑着企业？（ABC / 帕累托）',
    ),
    load: () => import('./abc-pareto').then((m) => m.abcPareto),
  },
  {
    id: 'opportunity-grades',
    module: 5,
    title: tx('Grade your prospects A–E', 'Oceń potencjalnych klientów od A do E', '客户等级划分：A–E 级'),
    load: () => import('./opportunity-grades').then((m) => m.opportunityGrades),
  },
  {
    id: 'customer-tiers',
    module: 5,
    title: tx('Value × loyalty', 'Wartość × lojalność', '价值 × 忠诚度'),
    load: () => import('./customer-tiers').then((m) => m.customerTiers),
  },
  {
    id: 'vip-cadence',
    module: 5,
    title: tx('VIP contact plan', 'Plan kontaktów z klientami VIP', 'VIP 客户沟通计划'),
    load: () => import('./vip-cadence').then((m) => m.vipCadence),
  },
  {
    id: 'loyalty-metrics',
    module: 5,
    title: tx('How loyal are your customers?', 'Jak lojalni są Twoi klienci?', '客户忠诚度有多高？'),
    load: () => import('./loyalty-metrics').then((m) => m.loyaltyMetrics),
  },
  {
    id: 'service-standards',
    module: 5,
    title: tx('Service standards scorecard', 'Karta standardów obsługi', '服务标准记分卡'),
    load: () => import('./service-standards').then((m) => m.serviceStandards),
  },
];

export const catalogEntry = (id: string): CatalogEntry | undefined => CATALOG.find((e) => e.id === id);
export { isWorksheetId } from './ids';

const loaded = new Map<WorksheetId, Promise<WorksheetDef>>();
/** Load (once) the definition of a built worksheet; undefined for one still coming. */
export function loadDefinition(id: WorksheetId): Promise<WorksheetDef> | undefined {
  const entry = catalogEntry(id);
  if (!entry?.load) return undefined;
  let p = loaded.get(id);
  if (!p) {
    p = entry.load();
    loaded.set(id, p);
    // A chunk that failed to load (offline, or removed by a new deploy) is fetched again next time.
    p.catch(() => {
      if (loaded.get(id) === p) loaded.delete(id);
    });
  }
  return p;
}

/** Every built definition, in catalogue order (export, example, progress of the whole workbook). */
export async function loadAllDefinitions(): Promise<WorksheetDef[]> {
  const defs = await Promise.all(CATALOG.map((e) => loadDefinition(e.id)).filter((p) => p !== undefined));
  return defs;
}
