// Bench page entry: Observable Plot draws the Barnet timeline into #chart.
import * as Plot from '@observablehq/plot';
import { GRADE_NAMES, LANE, timelineShape } from './timeline-shape.mjs';

const { graded, others } = timelineShape(window.BENCH_DATA);
const chart = document.getElementById('chart');
chart.append(Plot.plot({
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
}));
window.benchDone();
