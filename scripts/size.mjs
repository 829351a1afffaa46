// Prints the min+gzip size of the CDN file and of each npm entry as a page would load it (with lit, d3 and the
// data it pulls in, minified), and fails when one exceeds its budget. Run after `npm run build`.
//
// The budgets are a ratchet at today's sizes, so nothing grows unnoticed; the goal is 20 kB for the whole CDN file
// (see the performance issue), which needs the code itself to shrink, not a looser number here.
import { readFileSync } from 'node:fs';
import { entrySize, gzipped } from './measure.mjs';

const KB = 1000;
const budgets = {
  'dist/ofsted-widgets.js (CDN, all elements and data)': 32 * KB,
  // Issue 13 (limits, progressive tables, render failures shown, Trusted Types) added about 3 kB to each element.
  'ofsted-widgets/timeline': 28.6 * KB,
  'ofsted-widgets/scorecard': 24.6 * KB,
  'ofsted-widgets/breakdown': 27.4 * KB,
  'ofsted-widgets/journey': 36.3 * KB,
  'ofsted-widgets/data': 12.2 * KB,
};

const sizes = {
  'dist/ofsted-widgets.js (CDN, all elements and data)': gzipped(readFileSync('dist/ofsted-widgets.js')),
};
for (const name of ['timeline', 'scorecard', 'breakdown', 'journey', 'data']) {
  sizes[`ofsted-widgets/${name}`] = await entrySize(`dist/${name}.js`);
}

let over = 0;
console.log('min+gzip    budget    entry');
for (const [name, size] of Object.entries(sizes)) {
  const budget = budgets[name];
  const fails = size > budget;
  over += fails ? 1 : 0;
  console.log(`${(size / KB).toFixed(1).padStart(6)} kB ${(budget / KB).toFixed(1).padStart(6)} kB  ${name}${fails ? '  OVER BUDGET' : ''}`);
}
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
