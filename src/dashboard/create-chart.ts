import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Register only what the dashboard draws, so the bundle leaves the rest of chart.js out.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Filler,
  Tooltip,
);

/** One labelled series: what the chart shows, also written to `data-` attributes for tests. */
export interface ChartSeries {
  labels: string[];
  values: number[];
  colours?: string[];
}

/**
 * Draws a horizontal bar chart (`kind: 'bar'`) or a line chart over time (`kind: 'line'`)
 * into a new canvas inside `figure`, with `label` as its accessible name. `onPick` receives
 * the index of a clicked bar or point. Returns the chart so the caller can destroy it.
 */
export function createChart(
  figure: HTMLElement,
  kind: 'bar' | 'line',
  label: string,
  series: ChartSeries,
  onPick?: (index: number) => void,
): Chart {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute(
    'aria-label',
    `${label}: ${series.labels.map((l, i) => `${l} ${series.values[i] ?? 0}`).join(', ')}`,
  );
  // A fixed-height box of its own: chart.js sizes the canvas to its parent.
  const box = document.createElement('div');
  box.className = 'canvas-box';
  box.append(canvas);
  figure.replaceChildren(box);
  figure.dataset['labels'] = JSON.stringify(series.labels);
  figure.dataset['values'] = JSON.stringify(series.values);
  const config: ChartConfiguration<'bar' | 'line', number[], string> = {
    type: kind,
    data: {
      labels: series.labels,
      datasets: [
        {
          label,
          data: series.values,
          backgroundColor:
            kind === 'bar' ? (series.colours ?? '#2f6fdf') : 'rgba(47, 111, 223, 0.15)',
          borderColor: '#2f6fdf',
          fill: kind === 'line',
          tension: 0.25,
        },
      ],
    },
    options: {
      indexAxis: kind === 'bar' ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { tooltip: { enabled: true } },
      scales: { [kind === 'bar' ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
      onClick: (_event, elements) => {
        const index = elements[0]?.index;
        if (index !== undefined && onPick !== undefined) onPick(index);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement)
          target.style.cursor = elements.length > 0 && onPick !== undefined ? 'pointer' : 'default';
      },
    },
  };
  return new Chart(canvas, config);
}
