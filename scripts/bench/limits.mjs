// The limits cases (issue 24): the largest file the limits allow (src/data/limits.ts) in each element, and files past
// them, each in a fresh page on the built CDN file. For each: the longest main-thread task from creating the element
// until every table and list is filled in, as the page's PerformanceObserver for 'longtask' sees it (wall clock, tasks
// over 50 ms) and as the renderer's trace counts its CPU time, and the time to drawn. A task over 200 ms is a frozen
// main thread, which no file may cause; on a shared machine a task's wall clock also counts the time the renderer
// waited for a core (a 95 ms task took 500 ms under a load of 10), so the verdict goes by CPU time. test/browser/limits.test.ts
// checks what these cases draw; only the bench times them. Every dataset is FICTIONAL (src/fixtures/), made in the
// page before the clock starts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { loadEveryElement } from './scale-dom.mjs';

/** The most one task may take: longer, and the page cannot answer a click or a key (a frozen main thread). */
export const FROZEN_MS = 200;

/** Each case: its key in the page (limitsPage), what it is, and whether the element refuses the file. */
export const LIMITS_CASES = [
  { key: 'timeline', label: '<ofsted-timeline>, largest file, table open' },
  { key: 'scorecard', label: '<ofsted-scorecard>, largest file, table open' },
  { key: 'breakdown', label: '<ofsted-breakdown>, largest file' },
  { key: 'breakdown-table', label: '<ofsted-breakdown>, largest file, show-table' },
  { key: 'journey', label: '<ofsted-journey>, largest file, tables open' },
  {
    key: 'one-area',
    label: "<ofsted-breakdown>, 2,000 900-character statements in one area, bar, Ofsted's list and table open",
  },
  { key: 'huge-file', label: '<ofsted-timeline>, a 50 MB file that says so', refused: true },
  { key: 'huge-stream', label: '<ofsted-timeline>, a 50 MB file with no Content-Length', refused: true },
  { key: 'many-events', label: '<ofsted-timeline>, 100,000 events as data', refused: true },
  { key: 'many-areas', label: '<ofsted-breakdown>, 20,000 findings in 20,000 areas as data', refused: true },
  { key: 'many-findings', label: '<ofsted-breakdown>, 100,000 findings as data', refused: true },
];

/** The fixture modules the page imports, type-stripped (they import nothing at run time but each other). */
const FIXTURES = ['src/data/limits.ts', 'src/fixtures/build.ts', 'src/fixtures/hostile-datasets.ts'];

/** Writes the fictional dataset makers into the cache directory; returns the URL of src/fixtures/hostile-datasets. */
export function serveLimitsFixtures(root, cacheDir, cacheUrl) {
  const compilerOptions = { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 };
  for (const file of FIXTURES) {
    const out = join(cacheDir, 'limits', file.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, ts.transpileModule(readFileSync(join(root, file), 'utf8'), { compilerOptions }).outputText);
  }
  return `${cacheUrl}/limits/src/fixtures/hostile-datasets.js`;
}

/** A page with a stage `width` px wide, the CDN file `module` and `window.runLimitsCase(key)`. */
export const limitsPage = ({ module, fixturesUrl, width }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Limits</title>
<style>html, body { margin: 0; } #stage { width: ${width}px; }</style></head>
<body><div id="stage"></div>
<script type="module" src="${module}"></script>
<script type="module">
  import { hostile, largestAllowedDataset, manyEvents, manyFindings } from '${fixturesUrl}';
  const blobUrl = (value) => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  /** Answers every fetch with \`megabytes\` 1 MB chunks of JSON-ish text, as test/browser/limits.test.ts does. */
  const serveLarge = (megabytes, declareLength) => {
    const chunk = new TextEncoder().encode('[' + ' '.repeat(999_998) + ',');
    window.fetch = async () => {
      let sent = 0;
      const body = new ReadableStream({
        pull(controller) {
          if (sent++ === megabytes) return controller.close();
          controller.enqueue(chunk);
        },
      });
      const headers = { 'content-type': 'application/json' };
      if (declareLength) headers['content-length'] = String(megabytes * chunk.byteLength);
      return new Response(body, { headers });
    };
    return { src: 'https://example.org/huge-fictional.json' };
  };
  const openOneArea = async (el) => {
    el.shadowRoot.querySelector('[part="bar"]').click();
    el.shadowRoot.querySelector('[part="list-disclosure"]').open = true;
    await el.updateComplete;
  };
  const CASES = {
    timeline: ['ofsted-timeline', () => ({ src: blobUrl(largestAllowedDataset()), showTable: true })],
    scorecard: ['ofsted-scorecard', () => ({ src: blobUrl(largestAllowedDataset()), showTable: true })],
    breakdown: ['ofsted-breakdown', () => ({ src: blobUrl(largestAllowedDataset()) })],
    'breakdown-table': ['ofsted-breakdown', () => ({ src: blobUrl(largestAllowedDataset()), showTable: true })],
    journey: ['ofsted-journey', () => ({ src: blobUrl(largestAllowedDataset()), showTable: true })],
    'one-area': ['ofsted-breakdown', () => ({ data: manyFindings(2000, 1, 900), showTable: true }), openOneArea],
    'huge-file': ['ofsted-timeline', () => serveLarge(50, true)],
    'huge-stream': ['ofsted-timeline', () => serveLarge(50, false)],
    'many-events': ['ofsted-timeline', () => ({ data: hostile(manyEvents(100_000)) })],
    'many-areas': ['ofsted-breakdown', () => ({ data: manyFindings(20_000, 20_000) })],
    'many-findings': ['ofsted-breakdown', () => ({ data: manyFindings(100_000, 1) })],
  };
  const frame = () => new Promise(requestAnimationFrame);
  /** True once no table, statement list or Ofsted's list of the element (or of a journey's parts) is still being filled in. */
  const filledIn = (el) => {
    const parts = [...el.shadowRoot.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown')];
    const lists = '#table, [part="statements"]:not([hidden]) .statement-list, [part="list"]';
    return [el.shadowRoot, ...parts.map((part) => part.shadowRoot)].every((root) =>
      [...root.querySelectorAll(lists)].every((list) => list.getAttribute('aria-busy') !== 'true'),
    );
  };
  /** Makes the case's dataset, before the clock and the trace start. */
  window.prepareLimitsCase = (key) => {
    const [tag, inputs, then] = CASES[key];
    window.limitsCase = { tag, given: inputs(), then };
  };
  /**
   * From creating the element: drawn, the frame after its outcome (ofsted-data or ofsted-error) has been painted;
   * whole, the frame after its last table row and statement has been painted; every task over 50 ms meanwhile.
   */
  window.runLimitsCase = async () => {
    const { tag, given, then } = window.limitsCase;
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const el = Object.assign(document.createElement(tag), given);
    const outcome = new Promise((resolve) => {
      el.addEventListener('ofsted-data', resolve, { once: true });
      el.addEventListener('ofsted-error', resolve, { once: true });
    });
    document.getElementById('stage').append(el);
    const event = await outcome;
    await el.updateComplete;
    await then?.(el);
    await frame();
    await frame();
    const drawn = performance.now() - t0;
    while (!filledIn(el)) await frame();
    await frame();
    await frame();
    const whole = performance.now() - t0;
    // A long task's entry is queued as the task ends and handed to the observer in a later task: take what is queued.
    observer.takeRecords().forEach((entry) => tasks.push(entry.duration));
    observer.disconnect();
    return {
      outcome: event.type,
      message: event.detail.message,
      rows: el.shadowRoot.querySelectorAll('[part="table"] tbody tr').length,
      drawn,
      whole,
      tasks,
    };
  };${loadEveryElement(module)}
  window.ready = true;
</script>
</body></html>`;

/** Runs every case `runs` times, each in a fresh load of `url` in `tab`, traced; returns each case's runs by key. */
export async function limitsRuns(tab, url, runs) {
  const results = {};
  for (const { key, refused } of LIMITS_CASES) {
    results[key] = [];
    for (let run = 0; run < runs; run++) {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.ready === true);
      await tab.evaluate((k) => window.prepareLimitsCase(k), key);
      await tab.tracing.start({ categories: ['toplevel'] });
      const result = await tab.evaluate(() => window.runLimitsCase());
      const trace = JSON.parse(new TextDecoder().decode(await tab.tracing.stop()));
      if (result.outcome !== (refused ? 'ofsted-error' : 'ofsted-data'))
        throw new Error(`limits | ${key}: ${result.outcome}: ${result.message}`);
      results[key].push({ ...result, longest: Math.max(0, ...result.tasks), cpu: longestTaskCpu(trace) });
    }
  }
  return results;
}

/**
 * The CPU time, in ms, of the longest task on a renderer's main thread in a Chromium trace of the category
 * 'toplevel' (a task, or a microtask checkpoint run outside one).
 */
export function longestTaskCpu({ traceEvents }) {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = traceEvents.filter(
    (event) =>
      (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') &&
      mainThreads.has(`${event.pid}:${event.tid}`),
  );
  return Math.max(0, ...tasks.map((event) => (event.tdur ?? 0) / 1000));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => (value < 10_000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`);

/**
 * One figure a case, from limitsRuns: the medians of its runs' longest task (CPU time, and wall clock as the page saw
 * it), its best and worst runs' CPU times, and the median times to drawn and whole. `frozen` when the median CPU time of the
 * longest task is over FROZEN_MS.
 */
export function limitsFigures(results) {
  return LIMITS_CASES.map(({ key, label, refused }) => {
    const runs = results[key];
    const cpu = median(runs.map((r) => r.cpu));
    return {
      key,
      label: refused ? `${label}, refused` : label,
      cpu,
      bestCpu: Math.min(...runs.map((r) => r.cpu)),
      worstCpu: Math.max(...runs.map((r) => r.cpu)),
      wall: median(runs.map((r) => r.longest)),
      longTasks: median(runs.map((r) => r.tasks.length)),
      drawn: median(runs.map((r) => r.drawn)),
      whole: median(runs.map((r) => r.whole)),
      runs: runs.length,
      frozen: cpu > FROZEN_MS,
    };
  });
}

/** Prints the LIMITS section; returns its rows for docs/performance.md. */
export function printLimits(figures) {
  const runs = figures[0]?.runs ?? 0;
  console.log(
    `\nLIMITS  the largest file the limits allow (src/fixtures/hostile-datasets.ts, from src) and files past them, CDN file, a fresh page per run; median of ${runs}:`,
  );
  console.log(
    `limits  longest main-thread task from creating the element until whole: its CPU time (trace; the best and worst runs' in brackets) and wall clock (PerformanceObserver 'longtask', tasks over 50 ms);`,
  );
  console.log(
    `limits  drawn / whole = the frame after ofsted-data or ofsted-error / after the last table row and statement, painted. Over ${FROZEN_MS} ms of CPU in one task is a frozen main thread.`,
  );
  const rows = [];
  for (const c of figures) {
    const spread = c.runs > 1 ? ` (${ms(c.bestCpu)} to ${ms(c.worstCpu)})` : '';
    const task = `CPU ${ms(c.cpu)}${spread}, wall ${c.wall ? ms(c.wall) : 'under 50 ms'}`;
    console.log(
      `limits | ${c.label.padEnd(104)} | longest task ${task.padEnd(48)} | ${String(c.longTasks).padStart(3)} long tasks | drawn ${ms(c.drawn).padStart(8)} | whole ${ms(c.whole).padStart(8)} | ${c.frozen ? 'FROZEN' : 'responsive'}`,
    );
    rows.push({
      figure: `Limits: ${c.label} (median of ${c.runs}; drawn ${ms(c.drawn)}, whole ${ms(c.whole)})`,
      ours: `longest task ${task}`,
      chartjs: '–',
      plot: '–',
      target: `no task over ${FROZEN_MS} ms of CPU (a frozen main thread)`,
      met: !c.frozen,
    });
  }
  const frozen = figures.filter((c) => c.frozen);
  console.log(
    `target | no file within or past the limits holds the main thread over ${FROZEN_MS} ms in one task (CPU time): ${frozen.length ? `NOT met: ${frozen.map((c) => c.key).join(', ')}` : 'met'}`,
  );
  return rows;
}
