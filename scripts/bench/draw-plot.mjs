// Bench page entry: Observable Plot draws a timeline into #chart: the page's BENCH_DATA, else the file at
// BENCH_DATA_URL fetched after this script (as our elements fetch theirs). `benchDraw(dataset)` draws again (warm).
import * as Plot from '@observablehq/plot';
import { GRADE_NAMES, LANE, timelineShape } from './timeline-shape.mjs';

const chart = document.getElementById('chart');
window.benchDraw = (dataset) => {
  const { graded, others } = timelineShape(dataset);
  chart.replaceChildren(
    Plot.plot({
      width: chart.clientWidth,
      height: chart.clientHeight,
      ariaLabel: 'Ofsted inspections over time',
      x: { type: 'utc', label: null },
      y: { domain: [0, 4.5], ticks: [1, 2, 3, 4], tickFormat: (value) => GRADE_NAMES[value], label: null },
      marks: [
        Plot.ruleY([LANE], { stroke: '#b1b4b6' }),
        Plot.line(graded, { x: 'date', y: 'grade', stroke: '#12436d' }),
        Plot.dot(graded, { x: 'date', y: 'grade', fill: '#12436d', r: 5, title: 'title' }),
        Plot.text(graded, { x: 'date', y: 'grade', text: 'label', dy: -12 }),
        Plot.dot(others, { x: 'date', y: 'grade', fill: '#d6541a', r: 4, title: 'title' }),
      ],
    }),
  );
};
window.benchDataset = window.BENCH_DATA ?? (await (await fetch(window.BENCH_DATA_URL)).json());
window.benchDraw(window.benchDataset);
window.benchDone();
