// The scorecard heap figure alone, for iterating on it: `node scripts/bench/heap-check.mjs [--runs=3] [--snapshot
// [--native]]` after `npm run build`. Loads the bench's heap page (the CDN file, Barnet) in fresh tabs and prints
// the JS heap after GC with 0, 1 and 150 scorecards, measured as `npm run bench` measures it (scorecardHeap).
// --snapshot also takes a heap snapshot at 1 and at 150 scorecards and prints what each extra scorecard holds, by
// constructor (minified names: the CDN file's). The figure is V8's heap only; Blink's DOM, style and layout objects
// ("native" in a snapshot, listed with --native) live in its own C++ heap and are not counted in it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserPage } from '../../test/node/browser-page.mjs';
import { scalePage, scorecardHeap } from './scale-dom.mjs';

const root = new URL('../../', import.meta.url).pathname;
const SNAPSHOT = process.argv.includes('--snapshot');
const RUNS = Number(process.argv.find((arg) => /^--runs=\d+$/.test(arg))?.slice(7) ?? 3);
const COUNTS = [0, 1, 150];

// Served from dist/ (git-ignored), beside the built CDN file and its authorities/.
mkdirSync(join(root, 'dist/heap-check'), { recursive: true });
writeFileSync(join(root, 'dist/heap-check/fixtures.js'), readFileSync(join(root, 'dist/fixtures.js')));
writeFileSync(
  join(root, 'dist/heap-check/heap.html'),
  scalePage({ module: '/dist/ofsted-widgets.js', fictionalUrl: './fixtures.js', width: 640 }),
);

const site = await startBrowserPage();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A fresh tab on the heap page, `count` scorecards drawn; returns the heap figure and, if asked, a snapshot. */
async function measure(count, snapshot = false) {
  const tab = await site.browser.newPage();
  try {
    await tab.goto(`${site.origin}/dist/heap-check/heap.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.ready);
    const cdp = await tab.createCDPSession();
    const bytes = await scorecardHeap(tab, cdp, count);
    return { bytes, nodes: snapshot ? await takeSnapshot(cdp) : undefined };
  } finally {
    await tab.close();
  }
}

async function takeSnapshot(cdp) {
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return summarise(JSON.parse(chunks.join('')));
}

/** Self size and count per node type and name (a constructor, a closure's function name, "(string)"...). */
function summarise({ snapshot, nodes, strings }) {
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const width = fields.length;
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const groups = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + TYPE]];
    const name = ['string', 'concatenated string', 'sliced string', 'number', 'code', 'array', 'hidden'].includes(type)
      ? `(${type})${type === 'array' || type === 'hidden' || type === 'code' ? ` ${strings[nodes[i + NAME]].slice(0, 40)}` : ''}`
      : `${type === 'closure' ? 'closure ' : type === 'native' ? 'native ' : ''}${strings[nodes[i + NAME]].slice(0, 60)}`;
    const group = groups.get(name) ?? { count: 0, size: 0 };
    group.count++;
    group.size += nodes[i + SIZE];
    groups.set(name, group);
  }
  return groups;
}

const results = new Map(COUNTS.map((count) => [count, []]));
for (let run = 0; run < RUNS; run++) {
  for (const count of COUNTS) results.get(count).push((await measure(count)).bytes);
}
const at = (count) => median(results.get(count));
for (const count of COUNTS)
  console.log(
    `${String(count).padStart(3)} scorecards: ${(at(count) / 1e6).toFixed(2)} MB  (runs ${results
      .get(count)
      .map((b) => (b / 1e6).toFixed(3))
      .join(', ')})`,
  );
console.log(
  `fixed (0 → 1): ${((at(1) - at(0)) / 1e3).toFixed(1)} kB; per scorecard (1 → 150): ${((at(150) - at(1)) / 149 / 1e3).toFixed(1)} kB; target 150 ≤ 3 MB: ${at(150) <= 3e6 ? 'met' : 'not met'}`,
);

if (SNAPSHOT) {
  const one = (await measure(1, true)).nodes;
  const many = (await measure(150, true)).nodes;
  const rows = [...many]
    .map(([name, { count, size }]) => {
      const base = one.get(name) ?? { count: 0, size: 0 };
      return { name, count: (count - base.count) / 149, size: (size - base.size) / 149 };
    })
    .filter((row) => Math.abs(row.size) >= 20)
    .sort((a, b) => b.size - a.size);
  const js = rows.filter((row) => !row.name.startsWith('native '));
  const native = rows.filter((row) => row.name.startsWith('native '));
  const sum = (list) => (list.reduce((total, row) => total + row.size, 0) / 1e3).toFixed(1);
  console.log(
    `\nPer scorecard, from heap snapshots at 1 and 150 (self sizes): V8 objects ${sum(js)} kB, Blink (native) ${sum(native)} kB`,
  );
  for (const row of (process.argv.includes('--native') ? rows : js).slice(0, 60))
    console.log(`${row.size.toFixed(0).padStart(7)} B  ${row.count.toFixed(1).padStart(6)} ×  ${row.name}`);
}
await site.close();
