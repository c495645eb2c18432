/** The only importer of chart.js: registers just what a bar chart uses (tree-shaken, lazy-loaded). */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface Bar {
  label: string;
  value: number;
  color: string;
}

export function drawBars(canvas: HTMLCanvasElement, bars: Bar[], horizontal = false): { update(bars: Bar[]): void; destroy(): void } {
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
      plugins: { tooltip: { enabled: true } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  return {
    update(next) {
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
