/**
 * The catalogue: every worksheet in module order (= navigation = Excel sheet order).
 * Titles live here so navigation needs no definition; definitions load on demand, which keeps
 * the initial bundle small. `load` is absent for a worksheet not built yet ("coming").
 */
import type { Text, WorksheetDef, WorksheetId } from './types';
import { tx } from './helpers';
import { TITLES } from './titles';

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
    title: TITLES['stakeholder-grid'],
    load: () => import('./stakeholder-grid').then((m) => m.stakeholderGrid),
  },
  {
    id: 'satisfaction-moments',
    module: 1,
    title: TITLES['satisfaction-moments'],
    load: () => import('./satisfaction-moments').then((m) => m.satisfactionMoments),
  },
  {
    id: 'channel-audit',
    module: 1,
    title: TITLES['channel-audit'],
    load: () => import('./channel-audit').then((m) => m.channelAudit),
  },
  {
    id: 'loyalty-exchange',
    module: 1,
    title: TITLES['loyalty-exchange'],
    load: () => import('./loyalty-exchange').then((m) => m.loyaltyExchange),
  },
  {
    id: 'website-vs-blog',
    module: 2,
    title: TITLES['website-vs-blog'],
    load: () => import('./website-vs-blog').then((m) => m.websiteVsBlog),
  },
  {
    id: 'content-forms',
    module: 2,
    title: TITLES['content-forms'],
    load: () => import('./content-forms').then((m) => m.contentForms),
  },
  {
    id: 'nps-survey',
    module: 2,
    title: TITLES['nps-survey'],
    load: () => import('./nps-survey').then((m) => m.npsSurvey),
  },
  {
    id: 'crm-strategy',
    module: 3,
    title: TITLES['crm-strategy'],
    load: () => import('./crm-strategy').then((m) => m.crmStrategy),
  },
  {
    id: 'implementation-plan',
    module: 3,
    title: TITLES['implementation-plan'],
    load: () => import('./implementation-plan').then((m) => m.implementationPlan),
  },
  {
    id: 'development-steps',
    module: 3,
    title: TITLES['development-steps'],
    load: () => import('./development-steps').then((m) => m.developmentSteps),
  },
  {
    id: 'crm-audit',
    module: 3,
    title: TITLES['crm-audit'],
    load: () => import('./crm-audit').then((m) => m.crmAudit),
  },
  {
    id: 'cloud-fit',
    module: 3,
    title: TITLES['cloud-fit'],
    load: () => import('./cloud-fit').then((m) => m.cloudFit),
  },
  {
    id: 'voicebot-cases',
    module: 4,
    title: TITLES['voicebot-cases'],
    load: () => import('./voicebot-cases').then((m) => m.voicebotCases),
  },
  {
    id: 'crisis-plan',
    module: 4,
    title: TITLES['crisis-plan'],
    load: () => import('./crisis-plan').then((m) => m.crisisPlan),
  },
  {
    id: 'abc-pareto',
    module: 5,
    title: TITLES['abc-pareto'],
    load: () => import('./abc-pareto').then((m) => m.abcPareto),
  },
  {
    id: 'opportunity-grades',
    module: 5,
    title: TITLES['opportunity-grades'],
    load: () => import('./opportunity-grades').then((m) => m.opportunityGrades),
  },
  {
    id: 'customer-tiers',
    module: 5,
    title: TITLES['customer-tiers'],
    load: () => import('./customer-tiers').then((m) => m.customerTiers),
  },
  {
    id: 'vip-cadence',
    module: 5,
    title: TITLES['vip-cadence'],
    load: () => import('./vip-cadence').then((m) => m.vipCadence),
  },
  {
    id: 'loyalty-metrics',
    module: 5,
    title: TITLES['loyalty-metrics'],
    load: () => import('./loyalty-metrics').then((m) => m.loyaltyMetrics),
  },
  {
    id: 'service-standards',
    module: 5,
    title: TITLES['service-standards'],
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
