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
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
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
