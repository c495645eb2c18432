/**
 * Custom panels by name, each loaded on demand (charts pull in chart.js only when shown).
 * A definition names its panel in a `custom` block; the names are typed (PanelName), so every
 * name a definition uses has its loader here.
 */
import type { Component } from 'svelte';
import type { PanelProps } from './props';
import type { PanelName, WorksheetDef } from '../../worksheets/types';
import { hasBulk, loadBulk } from '../worksheet/bulk-loader';

type Loader = () => Promise<{ default: Component<PanelProps> }>;

const PANELS = {
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

type Loaded = Awaited<ReturnType<Loader>>;
const loaded = new Map<PanelName, Loaded>();

/** A panel's code, kept once loaded, so a page drawn later gets it at once (`loadedPanel`). */
export function loadPanel(name: PanelName): Promise<Loaded> {
  return PANELS[name]().then((m) => {
    loaded.set(name, m);
    return m;
  });
}

/**
 * A panel whose code is already loaded, drawn in the same frame as its page: even an import that
 * is already done settles a frame later in Chromium, and the page would move when it did.
 */
export const loadedPanel = (name: PanelName): Loaded | undefined => loaded.get(name);

/**
 * Loads the code of the given panels, so a page shows them in the same frame as the rest (a panel
 * arriving after its page would push what is below it down: a layout shift). A panel that cannot
 * load is not waited for: its block says why, with Try again.
 */
export function preloadPanels(names: Iterable<PanelName>): Promise<void> {
  return Promise.all([...new Set(names)].map((name) => loadPanel(name).catch(() => undefined))).then(() => {});
}

/** A worksheet's definition once the code of every panel it shows is loaded too. */
export function withPanels(def: WorksheetDef): Promise<WorksheetDef> {
  return Promise.all([
    preloadPanels(def.blocks.flatMap((b) => (b.kind === 'custom' ? [b.panel] : []))),
    // A long table's paste box and pager too (a failed load is not waited for: the table says why).
    hasBulk(def) ? loadBulk().catch(() => undefined) : undefined,
  ]).then(() => def);
}
