// Bench page entry: Chart.js (chart.js/auto) draws a timeline into #chart, without animation: the page's
// BENCH_DATA, else the file at BENCH_DATA_URL fetched after this script (as our elements fetch theirs).
// `benchDraw(dataset)` draws again (warm).
import Chart from 'chart.js/auto';
import { GRADE_NAMES, LANE, timelineShape } from './timeline-shape.mjs';

let chart;
window.benchDraw = (dataset) => {
  const { graded, others } = timelineShape(dataset);
  chart?.destroy();
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Ofsted inspections over time');
  document.getElementById('chart').replaceChildren(canvas);
  chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: 'Overall effectiveness',
          data: graded.map((e) => ({ x: +e.date, y: e.grade })),
          borderColor: '#12436d',
          backgroundColor: '#12436d',
        },
        {
          type: 'scatter',
          label: 'Visits and other events',
          data: others.map((e) => ({ x: +e.date, y: LANE })),
          backgroundColor: '#d6541a',
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: 'linear', ticks: { callback: (value) => new Date(value).getUTCFullYear() } },
        y: { min: 0, max: 4.5, ticks: { stepSize: 1, callback: (value) => GRADE_NAMES[value] ?? '' } },
      },
    },
  });
};
window.benchDataset = window.BENCH_DATA ?? (await (await fetch(window.BENCH_DATA_URL)).json());
window.benchDraw(window.benchDataset);
window.benchDone();
