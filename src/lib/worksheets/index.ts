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
  { number: 1, title: tx('Building relationships with customers', 'Budowanie relacji z klientami') },
  {
    number: 2,
    title: tx('Managing business relationships at a distance', 'Zarządzanie relacjami biznesowymi na odległość'),
  },
  { number: 3, title: tx('Customer service relationship marketing', 'Marketing relacji z obsługą klienta') },
  {
    number: 4,
    title: tx('Managing customer relationships in crisis', 'Zarządzanie relacjami z klientami w kryzysie'),
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
    title: tx('Customer interest / influence grid', 'Siatka zainteresowania i wpływu klientów'),
    load: () => import('./stakeholder-grid').then((m) => m.stakeholderGrid),
  },
  {
    id: 'satisfaction-moments',
    module: 1,
    title: tx('When were your customers satisfied?', 'Kiedy Twoi klienci byli zadowoleni?'),
    load: () => import('./satisfaction-moments').then((m) => m.satisfactionMoments),
  },
  {
    id: 'channel-audit',
    module: 1,
    title: tx('How you reach customers', 'Jak docierasz do klientów'),
    load: () => import('./channel-audit').then((m) => m.channelAudit),
  },
  {
    id: 'loyalty-exchange',
    module: 1,
    title: tx('Loyalty programme: action → reaction', 'Program lojalnościowy: akcja → reakcja'),
    load: () => import('./loyalty-exchange').then((m) => m.loyaltyExchange),
  },
  {
    id: 'website-vs-blog',
    module: 2,
    title: tx('Website or company blog?', 'Strona internetowa czy blog firmowy?'),
    load: () => import('./website-vs-blog').then((m) => m.websiteVsBlog),
  },
  {
    id: 'content-forms',
    module: 2,
    title: tx('Which content-marketing form fits you?', 'Która forma content marketingu Ci odpowiada?'),
    load: () => import('./content-forms').then((m) => m.contentForms),
  },
  {
    id: 'nps-survey',
    module: 2,
    title: tx('Net Promoter Score survey', 'Badanie Net Promoter Score (NPS)'),
    load: () => import('./nps-survey').then((m) => m.npsSurvey),
  },
  {
    id: 'crm-strategy',
    module: 3,
    title: tx('Seven steps of a CRM strategy', '7 kroków strategii CRM'),
    load: () => import('./crm-strategy').then((m) => m.crmStrategy),
  },
  {
    id: 'implementation-plan',
    module: 3,
    title: tx('CRM implementation in four steps', 'Wdrożenie CRM w czterech krokach'),
    load: () => import('./implementation-plan').then((m) => m.implementationPlan),
  },
  {
    id: 'development-steps',
    module: 3,
    title: tx('Building your own CRM in seven steps', 'Budowa własnego CRM w siedmiu krokach'),
    load: () => import('./development-steps').then((m) => m.developmentSteps),
  },
  {
    id: 'crm-audit',
    module: 3,
    title: tx('Preliminary CRM audit', 'Wstępny audyt CRM'),
    load: () => import('./crm-audit').then((m) => m.crmAudit),
  },
  {
    id: 'cloud-fit',
    module: 3,
    title: tx('Is a cloud CRM for you?', 'Czy CRM w chmurze jest dla Ciebie?'),
    load: () => import('./cloud-fit').then((m) => m.cloudFit),
  },
  {
    id: 'voicebot-cases',
    module: 4,
    title: tx('Should a voicebot be used?', 'Czy warto użyć voicebota?'),
    load: () => import('./voicebot-cases').then((m) => m.voicebotCases),
  },
  {
    id: 'crisis-plan',
    module: 4,
    title: tx('Crisis management plan', 'Plan zarządzania kryzysowego'),
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
