/**
 * Custom panels by name, each loaded on demand (charts pull in chart.js only when shown).
 * A definition names its panel in a `custom` block; the names are typed (PanelName), so every
 * name a definition uses has its loader here.
 */
import type { Component } from 'svelte';
import type { PanelProps } from './props';
import type { PanelName } from '../../worksheets/types';

type Loader = () => Promise<{ default: Component<PanelProps> }>;

export const PANELS = {
  'normalise-weights': () => import('./NormaliseWeights.svelte'),
  'nps-chart': () => import('./NpsChart.svelte'),
  'nps-round': () => import('./NpsRound.svelte'),
  'nps-trend': () => import('./NpsTrend.svelte'),
  'nps-segments': () => import('./NpsSegments.svelte'),
  'content-forms-chart': () => import('./ContentFormsChart.svelte'),
  'money-preview': () => import('./MoneyPreview.svelte'),
  'stakeholder-grid': () => import('./StakeholderGrid.svelte'),
  'risk-heatmap': () => import('./RiskHeatmap.svelte'),
  'voicebot-chart': () => import('./VoicebotChart.svelte'),
  'abc-paste': () => import('./AbcPaste.svelte'),
  'abc-pareto-chart': () => import('./AbcParetoChart.svelte'),
  'abc-ranking': () => import('./AbcRanking.svelte'),
  'tiers-copy': () => import('./TiersCopy.svelte'),
  'tiers-grid': () => import('./TiersGrid.svelte'),
  'vip-copy': () => import('./VipCopy.svelte'),
  'vip-chart': () => import('./VipChart.svelte'),
  'grades-funnel': () => import('./GradesFunnel.svelte'),
  'standards-chart': () => import('./StandardsChart.svelte'),
} satisfies Record<PanelName, Loader>;
