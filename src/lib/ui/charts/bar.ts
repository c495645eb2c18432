/** The only importer of chart.js: registers just what a bar chart uses (tree-shaken, lazy-loaded). */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  /** null: the category is shown without a bar (no data is not a zero bar). */
  value: number | null;
  color: string;
  /** The value as the reader should hear it ("4.33"); defaults to the raw number. */
  text?: string;
}

/**
 * `max` fixes the value axis' top (a 1–5 scale shows up to 5 whatever the data); the value axis is
 * x when horizontal.
 */
export function drawBars(
  canvas: HTMLCanvasElement,
  bars: Bar[],
  horizontal = false,
  max?: number,
  locale?: string,
): { update(bars: Bar[]): void; destroy(): void } {
  let current = bars;
  const valueAxis = { beginAtZero: true, ticks: { precision: 0 }, ...(max === undefined ? {} : { max }) };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map((b) => b.color), borderRadius: 4 }],
    },
    options: {
      locale,
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // No legend: chart.js's plugins are registered for the whole page (mixed.ts adds Legend),
      // and these charts name their bars on the axis or in HTML beside them.
      plugins: {
        legend: { display: false },
        tooltip: { enabled: true, callbacks: { label: (ctx) => current[ctx.dataIndex]?.text ?? ctx.formattedValue } },
      },
      scales: horizontal ? { x: valueAxis } : { y: valueAxis },
    },
  });
  return {
    update(next) {
      current = next;
      chart.data.labels = next.map((b) => b.label);
      const ds = chart.data.datasets[0];
      if (ds) {
        ds.data = next.map((b) => b.value);
        ds.backgroundColor = next.map((b) => b.color);
      }
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}

/** One series of a grouped bar chart (e.g. "Challenges"): a value per category, null = no bar. */
export interface BarSeries {
  label: string;
  color: string;
  values: (number | null)[];
  /** Bars drawn pale (e.g. a table whose weights do not total 1 yet). */
  faded?: boolean[];
  /** Each value as the reader should hear it ("4.20"), for the tooltip. */
  texts?: string[];
}

export interface GroupedBars {
  /** Category labels; an array is drawn as several lines. */
  labels: (string | string[])[];
  series: BarSeries[];
}

/** Translucent fill for a faded bar (colours are #rrggbb). */
const pale = (color: string) => `${color}55`;

function datasetsOf(data: GroupedBars) {
  return data.series.map((s) => ({
    label: s.label,
    data: s.values,
    backgroundColor: s.values.map((_, i) => (s.faded?.[i] ? pale(s.color) : s.color)),
    borderColor: s.color,
    borderWidth: s.values.map((_, i) => (s.faded?.[i] ? 2 : 0)),
    borderRadius: 4,
  }));
}

/** Several bars per category, side by side (the legend is drawn by the caller, in HTML). */
export function drawGroupedBars(
  canvas: HTMLCanvasElement,
  data: GroupedBars,
  options: { max?: number; locale?: string; valueTitle?: string } = {},
): { update(data: GroupedBars): void; destroy(): void } {
  let current = data;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: datasetsOf(data) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: options.locale,
      // No legend: chart.js's plugins are registered for the whole page (mixed.ts adds Legend),
      // and these charts name their bars on the axis or in HTML beside them.
      plugins: {
        legend: { display: false },
        tooltip: {
          enabled: true,
          callbacks: {
            label: (ctx) =>
              `${ctx.dataset.label ?? ''}: ${current.series[ctx.datasetIndex]?.texts?.[ctx.dataIndex] ?? ctx.formattedValue}`,
          },
        },
      },
      scales: {
        y: {
          beginAtZero: true,
          suggestedMax: options.max,
          ticks: { stepSize: 1 },
          title: options.valueTitle ? { display: true, text: options.valueTitle } : { display: false },
        },
      },
    },
  });
  return {
    update(next) {
      current = next;
      chart.data.labels = next.labels;
      chart.data.datasets = datasetsOf(next);
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
