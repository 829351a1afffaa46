// Issue 23: the npm build's breakdown reaches the 321 files of picked sentences through one small index per council
// (src/data/findings-files.ts, data/findings/<authority>/index.js), bundled as an app's bundler would (Rollup, as
// scripts/size.mjs measures): one lazy chunk per file and per council, and no file's path in what a page loads first.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { bundleEntryChunks } from '../../scripts/measure.mjs';

const root = new URL('../../', import.meta.url);
const files = readdirSync(new URL('data/findings/', root), { recursive: true }).filter((name) =>
  name.endsWith('.json'),
);
const councils = new Set(files.map((name) => name.split(/[/\\]/)[0]));

test("an app's bundle of the breakdown: a lazy chunk per picked-sentences file and per council, none up front", async () => {
  assert.ok(existsSync(new URL('dist/breakdown.js', root)), 'dist/ is missing: run `npm run build` first');
  const { code, chunks } = await bundleEntryChunks(new URL('dist/breakdown.js', root).pathname);
  const picked = [...chunks.values()].filter((chunk) => /\{schemaVersion:1,authority:"[a-z-]+",event:/.test(chunk));
  const indexes = [...chunks.values()].filter((chunk) => /^var \w+=\{"inspection-[\d-]+":\(\)=>import\(/.test(chunk));
  assert.equal(picked.length, files.length, 'chunks of picked sentences');
  assert.equal(indexes.length, councils.size, 'councils with an index chunk');
  assert.doesNotMatch(code, /inspection-20\d\d(-\d\d)?\.js/, 'a findings file is named in the code loaded up front');
});
