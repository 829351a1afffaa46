// `npm run bench` runs to the end and prints its table. Smoke test only: timings depend on the machine, so
// nothing here looks at a number.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

// The limits cases, once each, take 30 to 45 s of the run on this shared 2-core machine.
test('node scripts/bench.mjs --quick exits 0 and prints every table row', { timeout: 300_000 }, () => {
  const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--quick'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 290_000,
  });
  assert.equal(run.status, 0, `exit status ${run.status}\n${run.stderr}`);
  const out = run.stdout;
  for (const row of [
    /^Machine: .+cores; .+Chromium \d+.+Node v\d+/m,
    /^size \| dist\/ofsted-widgets\.js .+\| +[\d.]+ kB \|/m,
    ...['timeline', 'scorecard', 'breakdown', 'journey', 'data'].map(
      (entry) => new RegExp(`^size \\| ofsted-widgets/${entry} +\\| +[\\d.]+ kB`, 'm'),
    ),
    ...['Chart.js', 'Highcharts', 'Observable Plot', 'Vega'].map((library) => new RegExp(`^size \\| ${library}`, 'm')),
    /^render \| ofsted-timeline \+ scorecard \+ breakdown.+\| +[\d.]+ \|/m,
    /^render \| ofsted-timeline alone.+\| +[\d.]+ \|/m,
    /^render \| Chart\.js.+\| +[\d.]+ \|/m,
    /^render \| Observable Plot.+\| +[\d.]+ \|/m,
    /^ratio \| Chart\.js ÷ ofsted-timeline.+[\d.]+×$/m,
    /^ratio \| Observable Plot ÷ ofsted-timeline.+[\d.]+×$/m,
    /^scale \| timeline, events +\| 10: .+ \| 500: /m,
    /^scale \| breakdown \(chart\), statements +\| 10: .+ \| 2,000: /m,
    /^scale \| scorecards on one page.+\| 150: /m,
    // The limits cases: the largest file allowed in each element, and files past the limits.
    ...[
      '<ofsted-timeline>, largest file, table open',
      '<ofsted-scorecard>, largest file, table open',
      '<ofsted-breakdown>, largest file',
      '<ofsted-breakdown>, largest file, show-table',
      '<ofsted-journey>, largest file, tables open',
      "<ofsted-breakdown>, 2,000 900-character statements in one area, bar, Ofsted's list and table open",
      '<ofsted-timeline>, a 50 MB file that says so, refused',
    ].map(
      (label) =>
        new RegExp(
          `^limits \\| ${label} +\\| longest task .+ \\| drawn +\\d+ ms \\| whole .+ \\| (responsive|FROZEN)$`,
          'm',
        ),
    ),
    /^target \| no file within or past the limits holds the main thread over 200 ms in one task \(CPU time\): (met|NOT met)/m,
    /^resize \| .+ResizeObserver entries only: /m,
    /^resize \| .+layout-reading API calls by page scripts: \d+/m,
    /^target \| .+16 ms frame/m,
    /^england \| first draw of a new map +\| CPU ×1 \| +[\d.]+ ms \| whole after one update in \d+\/\d+$/m,
    /^england \| redraw on an authority change +\| CPU ×4 \| +[\d.]+ ms \| whole after one update in \d+\/\d+$/m,
    /^target \| <ofsted-england> draws its map, bars and neighbours in one 16\.7 ms frame.+(met|NOT met)$/m,
    // Issue 15's table: each figure with its target and whether it is met.
    ...[
      'CLS, README paste \\(cold\\), Barnet',
      'Bytes, one timeline, .+ \\(scripts \\+ data',
      'Bytes, all three elements',
      'Chart drawn \\(cold\\), Barnet',
      'Total blocking time \\(cold\\)',
      'Warm re-render',
      '10,000-event timeline',
      'Listeners added by one render',
      'JS heap after GC, 150 scorecards',
    ].map((figure) => new RegExp(`^delivery \\| ${figure}.+\\| (met|NOT met)$`, 'm')),
    // What the bytes and first-chart targets leave: the least a first paint needs, and the browser's share.
    /^delivery \| {3}Least a first paint needs \(all else lazy\), Barnet +\| [\d.]+ kB \(code [\d.]+ kB\).+\| –$/m,
    /^delivery {2}least a first paint needs: .+\n.+Lit alone [\d.]+ kB/m,
    /^delivery \| {3}Least any checked, keyboard-reachable timeline does \(check .+\| [\d.]+ ms .+\| [\d.]+ ms .+\| –$/m,
    /^delivery \| {3}Same bytes, no drawing .+, Barnet; floor .+\| leaves .+ for our work +\| –$/m,
    /^delivery \| {3}Bytes, web editors' guide paste \(journey\), .+\| [\d.]+ kB .+\| –$/m,
  ]) {
    assert.match(out, row);
  }
});
