/**
 * Every worksheet's title, once: the navigation and the list show it without loading the
 * definition (index.ts), and the definition's page heading and Excel sheet use the same text.
 * Typed by id, so a worksheet without a title does not compile.
 */
import type { Text, WorksheetId } from './types';
import { tx } from './helpers';

export const TITLES: Record<WorksheetId, Text> = {
  'stakeholder-grid': tx(
    'Customer interest / influence grid',
    'Siatka zainteresowania i wpływu klientów',
    '客户兴趣 / 影响力矩阵',
  ),
  'satisfaction-moments': tx(
    'When were your customers satisfied?',
    'Kiedy Twoi klienci byli zadowoleni?',
    '您的客户何时感到满意？',
  ),
  'channel-audit': tx('How you reach customers', 'Jak docierasz do klientów', '您如何触达客户'),
  'loyalty-exchange': tx(
    'Loyalty programme: action → reaction',
    'Program lojalnościowy: akcja → reakcja',
    '忠诚度计划：客户行为 → 企业回应',
  ),
  'website-vs-blog': tx('Website or company blog?', 'Strona internetowa czy blog firmowy?', '网站还是企业博客？'),
  'content-forms': tx(
    'Which content-marketing form fits you?',
    'Która forma content marketingu Ci odpowiada?',
    '哪种内容营销形式适合您？',
  ),
  'nps-survey': tx('Net Promoter Score survey', 'Badanie Net Promoter Score (NPS)', '净推荐值（NPS）调查'),
  'crm-strategy': tx('Seven steps of a CRM strategy', '7 kroków strategii CRM', 'CRM 战略七步法'),
  'implementation-plan': tx('CRM implementation in four steps', 'Wdrożenie CRM w czterech krokach', 'CRM 实施四步法'),
  'development-steps': tx(
    'Building your own CRM in seven steps',
    'Budowa własnego CRM w siedmiu krokach',
    '七步自建 CRM',
  ),
  'crm-audit': tx('Preliminary CRM audit', 'Wstępny audyt CRM', 'CRM 初步审计'),
  'cloud-fit': tx('Is a cloud CRM for you?', 'Czy CRM w chmurze jest dla Ciebie?', '云端 CRM 适合您吗？'),
  'voicebot-cases': tx('Should a voicebot be used?', 'Czy warto użyć voicebota?', '是否应使用语音机器人？'),
  'crisis-plan': tx('Crisis management plan', 'Plan zarządzania kryzysowego', '危机管理计划'),
  'abc-pareto': tx(
    'Which customers carry the business? (ABC / Pareto analysis)',
    'Którzy klienci niosą firmę? (analiza ABC / Pareto)',
    '哪些客户支撑着企业？（ABC / 帕累托分析）',
  ),
  'opportunity-grades': tx('Grade your prospects A–E', 'Oceń potencjalnych klientów od A do E', '客户等级划分：A–E 级'),
  'customer-tiers': tx('Value × loyalty', 'Wartość × lojalność', '价值 × 忠诚度'),
  'vip-cadence': tx('VIP contact plan', 'Plan kontaktów z klientami VIP', 'VIP 客户沟通计划'),
  'loyalty-metrics': tx('How loyal are your customers?', 'Jak lojalni są Twoi klienci?', '您的客户忠诚度有多高？'),
  'service-standards': tx('Service standards scorecard', 'Karta standardów obsługi', '服务标准记分卡'),
};
