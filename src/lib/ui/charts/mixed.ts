/**
 * Bars with lines (chart.js, lazily loaded like bar.ts): the Pareto chart (revenue bars highest
 * first, the cumulative share as a line on a second axis, an 80% line) and bars against fixed
 * reference lines (days since a VIP visit against 30 and 182 days). Registers only what they use.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

/** What the charts here share: drawn at once (no animation), sized by their box, a legend below. */
const shared = (locale: string | undefined) => ({
  locale,
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  plugins: { legend: { display: true, position: 'bottom' as const }, tooltip: { enabled: true } },
});

/** The handle LazyChart keeps: new data replaces the labels and datasets in place. */
function handleOf<D extends { labels: unknown[] }>(
  chart: { data: { labels?: unknown[]; datasets: unknown[] }; update(): void; destroy(): void },
  sets: (d: D) => unknown[],
) {
  return {
    update(next: D) {
      chart.data.labels = next.labels;
      chart.data.datasets = sets(next);
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}

export interface ParetoData {
  labels: string[];
  revenue: number[];
  /** Cumulative share in percent (0–100). */
  cumulative: number[];
  texts: { revenue: string; cumulative: string; line: string };
}

function paretoSets(d: ParetoData) {
  return [
    {
      type: 'line' as const,
      label: d.texts.cumulative,
      data: d.cumulative,
      yAxisID: 'pct',
      borderColor: '#b54708',
      backgroundColor: '#b54708',
      pointRadius: d.labels.length > 60 ? 0 : 2,
      order: 0,
    },
    {
      type: 'line' as const,
      label: d.texts.line,
      data: d.labels.map(() => 80),
      yAxisID: 'pct',
      borderColor: '#55606e',
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      order: 1,
    },
    {
      type: 'bar' as const,
      label: d.texts.revenue,
      data: d.revenue,
      yAxisID: 'y',
      backgroundColor: '#1f5f8b',
      order: 2,
    },
  ];
}

export function drawPareto(canvas: HTMLCanvasElement, data: ParetoData, locale?: string) {
  const chart = new Chart(canvas, {
    data: { labels: data.labels, datasets: paretoSets(data) },
    options: {
      ...shared(locale),
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 60 } },
        y: { beginAtZero: true, position: 'left', title: { display: true, text: data.texts.revenue } },
        pct: {
          min: 0,
          max: 100,
          position: 'right',
          grid: { drawOnChartArea: false },
          ticks: { callback: (v) => `${v}%` },
          title: { display: true, text: data.texts.cumulative },
        },
      },
    },
  });
  return handleOf<ParetoData>(chart, paretoSets);
}

export interface RefBarsData {
  labels: string[];
  series: { label: string; color: string; values: (number | null)[] }[];
  lines: { label: string; value: number; color: string }[];
}

function refSets(d: RefBarsData) {
  return [
    ...d.lines.map((l) => ({
      type: 'line' as const,
      label: l.label,
      data: d.labels.map(() => l.value),
      borderColor: l.color,
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
    })),
    ...d.series.map((s) => ({ type: 'bar' as const, label: s.label, data: s.values, backgroundColor: s.color })),
  ];
}

export function drawRefBars(canvas: HTMLCanvasElement, data: RefBarsData, locale?: string) {
  const chart = new Chart(canvas, {
    data: { labels: data.labels, datasets: refSets(data) },
    options: {
      ...shared(locale),
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  return handleOf<RefBarsData>(chart, refSets);
}

export interface TrendData {
  /** Round names, each on a few short lines. */
  labels: string[][];
  /** NPS per round; null for a round without valid scores. */
  nps: (number | null)[];
  /** 95% interval per round, clamped to −100…100; null without scores. */
  interval: ([number, number] | null)[];
  texts: { nps: string; interval: string };
}

function trendSets(d: TrendData) {
  return [
    {
      type: 'line' as const,
      label: d.texts.nps,
      data: d.nps,
      borderColor: '#1f5f8b',
      backgroundColor: '#1f5f8b',
      pointRadius: 5,
      pointHoverRadius: 6,
      spanGaps: true,
      order: 0,
    },
    {
      // Floating bars: each round's 95% interval, from its low to its high end.
      type: 'bar' as const,
      label: d.texts.interval,
      data: d.interval,
      backgroundColor: 'rgba(31, 95, 139, 0.18)',
      borderColor: 'rgba(31, 95, 139, 0.55)',
      borderWidth: 1,
      barPercentage: 0.35,
      order: 1,
    },
  ];
}

/** Each survey round's NPS as a line of points, its 95% interval as a bar behind it. */
export function drawTrend(canvas: HTMLCanvasElement, data: TrendData, locale?: string) {
  // Points and [low, high] pairs in one chart: chart.js types a dataset's data by the chart's.
  const chart = new Chart<'bar' | 'line', (number | [number, number] | null)[], string[]>(canvas, {
    data: { labels: data.labels, datasets: trendSets(data) },
    options: {
      ...shared(locale),
      scales: {
        x: { ticks: { autoSkip: false, maxRotation: 0 } },
        y: { min: -100, max: 100, ticks: { stepSize: 25 } },
      },
    },
  });
  return handleOf<TrendData>(chart, trendSets);
}
