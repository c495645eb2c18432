/**
 * The stable worksheet ids (storage, URLs, Excel sheet names), in module order. Kept apart from
 * the catalogue so storage can validate ids without loading titles and definition loaders.
 */
export const WORKSHEET_IDS = [
  'stakeholder-grid',
  'satisfaction-moments',
  'channel-audit',
  'loyalty-exchange',
  'website-vs-blog',
  'content-forms',
  'nps-survey',
  'crm-strategy',
  'implementation-plan',
  'development-steps',
  'crm-audit',
  'cloud-fit',
  'voicebot-cases',
  'crisis-plan',
  'abc-pareto',
  'opportunity-grades',
  'customer-tiers',
  'vip-cadence',
  'loyalty-metrics',
  'service-standards',
] as const;

export type WorksheetId = (typeof WORKSHEET_IDS)[number];

export const isWorksheetId = (id: string): id is WorksheetId => (WORKSHEET_IDS as readonly string[]).includes(id);
