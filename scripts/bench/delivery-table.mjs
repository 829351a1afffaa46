// Prints the delivery figures (issue 15) as one table: figure, ours, Chart.js, Plot, target, met or not met.
import { PROFILE } from './delivery.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) =>
  value === undefined
    ? '–'
    : value < 10
      ? `${value.toFixed(1)} ms`
      : value < 10_000
        ? `${Math.round(value)} ms`
        : `${(value / 1000).toFixed(1)} s`;
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const cls = (values) => (values === undefined ? '–' : `${Math.max(...values).toFixed(3)} (max of ${values.length})`);

/**
 * The delivery table's rows from `figures`, the one object scripts/bench.mjs fills in:
 * `cold`: figures of each first-visit load by case key (ours-<id>, chartjs-<id>, plot-<id>, three-barnet);
 * `warm`: median warm redraw by library, and `floor`, our markup set by innerHTML (warmMarkupFloor);
 * `atScale` / `fewer`: timelineAtScale runs at `scaleEvents` and 1,000 events; `plotScale`: Plot's times at
 * `scaleEvents`; `accessibleFloor`: accessibleFloorAtScale runs;
 * `heap`: bytes after GC with 150 scorecards; `firstPaint`: firstPaintBytes(); `dataBytes`: each council's data file,
 * gzipped, by id; `medianCouncil`: the id of the median one. A row whose `met` is undefined has no target of its own:
 * it shows what another row's target leaves.
 */
export function deliveryRows(figures) {
  const { cold, warm, medianCouncil, scaleEvents, firstPaint, dataBytes } = figures;
  const pick = (key, f) => (cold[key] ? cold[key].map(f) : undefined);
  const med = (key, f) => (cold[key] ? median(cold[key].map(f)) : undefined);
  const rows = [];
  const row = (figure, ours, chartjs, plot, target, met) => rows.push({ figure, ours, chartjs, plot, target, met });
  for (const [id, name] of [
    ['barnet', 'Barnet'],
    [medianCouncil, `${medianCouncil}, the median data file`],
  ]) {
    const shifts = pick(`ours-${id}`, (r) => r.cls);
    row(
      `CLS, README paste (cold), ${name}`,
      cls(shifts),
      cls(pick(`chartjs-${id}`, (r) => r.cls)),
      cls(pick(`plot-${id}`, (r) => r.cls)),
      '0 in every load',
      shifts.every((value) => value === 0),
    );
  }
  const guide = pick(`guide-${medianCouncil}`, (r) => r.cls);
  if (guide)
    row(
      `CLS, web editors' guide paste (journey, cold), ${medianCouncil}`,
      cls(guide),
      '–',
      '–',
      '0 in every load',
      guide.every((value) => value === 0),
    );
  const bytes = (key) => med(key, (r) => r.bytes);
  // Issue 24 item 6: at most half of what the same chart costs with Chart.js.
  const ofChartjs = bytes(`ours-${medianCouncil}`) / bytes(`chartjs-${medianCouncil}`);
  row(
    `Bytes, one timeline, ${medianCouncil} (scripts + data, gzip)`,
    `${kb(bytes(`ours-${medianCouncil}`))} (${ofChartjs.toFixed(2)}× Chart.js)`,
    kb(bytes(`chartjs-${medianCouncil}`)),
    kb(bytes(`plot-${medianCouncil}`)),
    '≤ 0.5× Chart.js',
    ofChartjs <= 0.5,
  );
  if (cold[`guide-${medianCouncil}`])
    row(
      `  Bytes, web editors' guide paste (journey), ${medianCouncil}`,
      kb(bytes(`guide-${medianCouncil}`)),
      '–',
      '–',
      'no target of its own',
      undefined,
    );
  // The least a first paint could fetch with today's features: what the bytes targets would have to cut from it.
  const leastBytes = (id, target) => {
    if (!firstPaint) return;
    const least = firstPaint.firstPaint + dataBytes[id];
    row(
      `  Least a first paint needs (all else lazy), ${id === 'barnet' ? 'Barnet' : id}`,
      `${kb(least)} (code ${kb(firstPaint.firstPaint)})`,
      '–',
      '–',
      least > target ? `${kb(least - target)} over, before any loader` : 'within',
      undefined,
    );
  };
  leastBytes(medianCouncil, 22_000);
  row(
    'Bytes, one timeline, Barnet (largest data)',
    kb(bytes('ours-barnet')),
    kb(bytes('chartjs-barnet')),
    kb(bytes('plot-barnet')),
    '≤ 25 kB',
    bytes('ours-barnet') <= 25_000,
  );
  leastBytes('barnet', 25_000);
  row(
    'Bytes, all three elements, Barnet',
    kb(bytes('three-barnet')),
    '–',
    '–',
    '≤ 30 kB',
    bytes('three-barnet') <= 30_000,
  );
  for (const [id, name] of [
    ['barnet', 'Barnet'],
    [medianCouncil, medianCouncil],
  ]) {
    const drawn = (key) => med(key, (r) => r.drawn);
    const floor = med(`ours-${id}`, (r) => r.floor);
    const ours = drawn(`ours-${id}`);
    row(
      `Chart drawn (cold), ${name}; network floor ${ms(floor)}`,
      `${ms(ours)} (${(ours / floor).toFixed(2)}× floor)`,
      ms(drawn(`chartjs-${id}`)),
      ms(drawn(`plot-${id}`)),
      '≤ 1.1× floor, before both',
      ours <= 1.1 * floor && ours < drawn(`chartjs-${id}`) && ours < drawn(`plot-${id}`),
    );
    // The same bytes with nothing drawn: what is left of the 10% once the browser has taken its share.
    const bare = drawn(`bare-${id}`);
    if (bare !== undefined) {
      const bareFloor = med(`bare-${id}`, (r) => r.floor);
      row(
        `  Same bytes, no drawing (a line of text), ${name}; floor ${ms(bareFloor)}`,
        `${ms(bare)} (${(bare / bareFloor).toFixed(2)}× floor)`,
        '–',
        '–',
        `leaves ${ms(Math.max(0, 1.1 * floor - bare))} for our work`,
        undefined,
      );
    }
    const tbt = (key) => med(key, (r) => r.blocking);
    row(
      `Total blocking time (cold), ${name}`,
      ms(tbt(`ours-${id}`)),
      ms(tbt(`chartjs-${id}`)),
      ms(tbt(`plot-${id}`)),
      '≤ Chart.js',
      tbt(`ours-${id}`) <= tbt(`chartjs-${id}`),
    );
  }
  row(
    `Warm re-render, Barnet timeline (median); its markup by innerHTML ${ms(warm.floor)}`,
    `${ms(warm.ours)} (${(warm.ours / warm.floor).toFixed(2)}× floor)`,
    ms(warm.chartjs),
    ms(warm.plot),
    '≤ Plot',
    warm.ours <= warm.plot,
  );
  const oursAtScale = median(figures.atScale.map((r) => r.ours));
  const floorAtScale = median(figures.atScale.map((r) => r.floor));
  const plotAtScale = median(figures.plotScale);
  row(
    `${scaleEvents.toLocaleString('en-GB')}-event timeline; innerHTML floor ${ms(floorAtScale)}`,
    `${ms(oursAtScale)} (${(oursAtScale / floorAtScale).toFixed(2)}× floor)`,
    '–',
    ms(plotAtScale),
    '≤ 1.5× floor, ≤ Plot',
    oursAtScale <= 1.5 * floorAtScale && oursAtScale <= plotAtScale,
  );
  if (figures.accessibleFloor?.length) {
    const part = (name) => median(figures.accessibleFloor.map((r) => r[name]));
    const least = part('sum');
    row(
      `  Least any checked, keyboard-reachable timeline does (check ${ms(part('check'))}, chooser ${ms(part('chooser'))}, options ${ms(part('options'))})`,
      ms(least),
      '–',
      ms(plotAtScale),
      least > plotAtScale ? `${(least / plotAtScale).toFixed(2)}× Plot` : 'under Plot',
      undefined,
    );
  }
  const listeners = (runs) => runs[0].listeners;
  row(
    `Listeners added by one render, 1,000 / ${scaleEvents.toLocaleString('en-GB')} events`,
    `${listeners(figures.fewer)} / ${listeners(figures.atScale)}`,
    '–',
    '–',
    'independent of events',
    listeners(figures.fewer) === listeners(figures.atScale),
  );
  row(
    'JS heap after GC, 150 scorecards (whole page)',
    `${(figures.heap / 1e6).toFixed(2)} MB`,
    '–',
    '–',
    '≤ 3 MB',
    figures.heap <= 3e6,
  );
  return rows;
}

export function printDelivery(input, { runs }) {
  const rows = deliveryRows(input);
  const { latencyMs, bitsPerSecond, cpuSlowdown } = PROFILE;
  console.log(
    `\nDELIVERY  cold = a first visit: a fresh browser context (new renderer, empty caches) per load, ${runs} loads per case, interleaved, medians;`,
  );
  console.log(
    `delivery  network ${latencyMs} ms round trip, ${(bitsPerSecond / 1e6).toFixed(2)} Mbit/s down (CDP Network.emulateNetworkConditions), CPU ${cpuSlowdown}× slower (Emulation.setCPUThrottlingRate);`,
  );
  console.log(
    'delivery  files served gzipped (level 9); drawn = the frame holding the chart has been painted (a message posted in its animation callback arrives), from navigation start;',
  );
  console.log(
    "delivery  network floor = one round trip per step of the page's request chain + every byte at the link's rate;",
  );
  console.log(
    "delivery  Chart.js and Plot fetch the same data file after their script, into a box of the timeline's height;",
  );
  console.log(
    'delivery  "same bytes, no drawing": a script of the CDN file\'s gzip size (inert filler) that fetches the same data file and writes one line;',
  );
  console.log(
    'delivery  warm = redraws in an open page (code compiled, data loaded), CPU slowed the same; scale and heap run unthrottled,',
  );
  console.log(
    `delivery  the ${input.scaleEvents.toLocaleString('en-GB')}-event row on the built timeline with LIMITS.events raised in the bench page only.`,
  );
  const { firstPaint } = input;
  if (firstPaint) {
    const parts = Object.entries(firstPaint.parts).map(([part, bytes]) => `${part} ${kb(bytes)}`);
    console.log(
      `delivery  least a first paint needs: the timeline entry (${kb(firstPaint.whole)}) with the table, chooser, hover note, details, keys and`,
    );
    console.log(
      `delivery  Download code emptied (scripts/bench/first-paint-bytes.mjs): ${kb(firstPaint.firstPaint)}; Lit alone ${kb(firstPaint.lit)}${parts.length ? `; of the rest, ${parts.join(', ')}` : ''}.`,
    );
  }
  const widths = [62, 26, 12, 12, 26];
  const cell = (text, i) => String(text).padEnd(widths[i]);
  console.log(`delivery | ${['figure', 'ours', 'Chart.js', 'Plot', 'target'].map(cell).join(' | ')} | met?`);
  for (const r of rows) {
    console.log(
      `delivery | ${[r.figure, r.ours, r.chartjs, r.plot, r.target].map(cell).join(' | ')} | ${r.met === undefined ? '–' : r.met ? 'met' : 'NOT met'}`,
    );
  }
  return rows;
}
