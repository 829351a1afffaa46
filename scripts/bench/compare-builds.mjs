// Cold loads of the CDN paste (examples/paste/) from two builds, interleaved, as the delivery bench loads them (coldLoad): bytes and
// drawn time, medians. Each root is a checkout with its dist/ built; pages go in <root>/.bench-pages/.
// node scripts/bench/compare-builds.mjs <baseRoot> <newRoot> [runs]
import { mkdirSync, writeFileSync } from 'node:fs';
import { coldLoad, councilPage, paste } from './delivery.mjs';
import { startGzipServer } from './gzip-server.mjs';
import { startBrowserPage } from '../../test/node/browser-page.mjs';

const [baseRoot, newRoot, runs = '5'] = process.argv.slice(2);
const THREE = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'];
const cases = [
  { key: 'timeline-wolverhampton', tags: ['ofsted-timeline'], content: paste('wolverhampton') },
  { key: 'timeline-barnet', tags: ['ofsted-timeline'], content: paste('barnet') },
  { key: 'three-barnet', tags: THREE, content: paste('barnet', THREE) },
];
const site = await startBrowserPage();
const builds = {};
for (const [name, root] of [
  ['base', baseRoot],
  ['new', newRoot],
]) {
  mkdirSync(`${root}/.bench-pages`, { recursive: true });
  for (const c of cases) writeFileSync(`${root}/.bench-pages/${c.key}.html`, councilPage(c.key, c.content, 720));
  builds[name] = await startGzipServer(root);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = {};
try {
  for (let run = 0; run < Number(runs); run++) {
    for (const c of cases) {
      for (const name of run % 2 ? ['new', 'base'] : ['base', 'new']) {
        const r = await coldLoad(site.browser, `${builds[name].origin}/.bench-pages/${c.key}.html`, c.tags);
        (results[`${c.key} ${name}`] ??= []).push(r);
      }
    }
  }
} finally {
  for (const b of Object.values(builds)) await b.close();
  await site.close();
}
for (const [key, loads] of Object.entries(results)) {
  console.log(
    `${key.padEnd(32)} bytes ${(median(loads.map((l) => l.bytes)) / 1000).toFixed(1)} kB  drawn ${median(loads.map((l) => l.drawn)).toFixed(0)} ms (${loads.map((l) => l.drawn.toFixed(0)).join(' ')})  floor ${median(loads.map((l) => l.floor)).toFixed(0)}  requests ${loads[0].requests.length} ${loads[0].requests.filter((r) => r.includes('authorities')).join(',')}  cls ${median(loads.map((l) => l.cls)).toFixed(2)}`,
  );
}
