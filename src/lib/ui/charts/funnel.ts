/**
 * A horizontal funnel: one centred bar per step, widest count at full width (floating bars from
 * −n/2 to n/2, so every bar is centred on 0). Imports only the chart.js pieces a bar chart uses.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface FunnelBar {
  label: string;
  value: number;
  color: string;
  /** What the tooltip says ("2 prospects"). */
  text: string;
}

const spanOf = (bars: readonly FunnelBar[]) => bars.map((b) => [-b.value / 2, b.value / 2] as [number, number]);

export function drawFunnel(
  canvas: HTMLCanvasElement,
  bars: FunnelBar[],
  locale?: string,
): { update(bars: FunnelBar[]): void; destroy(): void } {
  let current = bars;
  const widest = (b: readonly FunnelBar[]) => Math.max(1, ...b.map((x) => x.value));
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        { data: spanOf(bars), backgroundColor: bars.map((b) => b.color), borderRadius: 4, barPercentage: 0.9 },
      ],
    },
    options: {
      locale,
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // No legend: chart.js's plugins are registered for the whole page (mixed.ts adds Legend),
      // and these charts name their bars on the axis or in HTML beside them.
      plugins: {
        legend: { display: false },
        tooltip: { enabled: true, callbacks: { label: (ctx) => current[ctx.dataIndex]?.text ?? '' } },
      },
      // Counts are read from the tooltip and the list beside: a centred axis has no meaningful ticks.
      scales: { x: { display: false, min: -widest(bars) / 2, max: widest(bars) / 2 } },
    },
  });
  return {
    update(next) {
      current = next;
      chart.data.labels = next.map((b) => b.label);
      const ds = chart.data.datasets[0];
      if (ds) {
        ds.data = spanOf(next);
        ds.backgroundColor = next.map((b) => b.color);
      }
      const x = chart.options.scales?.['x'];
      if (x) {
        x.min = -widest(next) / 2;
        x.max = widest(next) / 2;
      }
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
