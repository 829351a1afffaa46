// `npm publish --dry-run`: what the registry would get. npm rewrites (and may drop) fields it finds wrong without
// failing, so the test reads its warnings: a bin entry it cannot use would ship a package without its command.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

test(
  'npm publish --dry-run is clean and ships the command, both builds and every council',
  { timeout: 120_000 },
  () => {
    const run = spawnSync('npm', ['publish', '--dry-run', '--json'], { cwd: root, encoding: 'utf8', timeout: 110_000 });
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr
      .split('\n')
      .filter((line) => /npm warn/.test(line) && !/EBADDEVENGINES|logged in|dry-run\)?$/.test(line));
    assert.deepEqual(warnings, []);
    const { files } = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))['ofsted-widgets'];
    const paths = new Set(files.map((file) => file.path));
    for (const path of [
      'bin/ofsted-widgets.mjs',
      'dist/ofsted-widgets.js',
      'dist/timeline.js',
      'dist/authorities/leeds.json',
      'dist/authorities/leeds.js',
      'data/authorities/index.json',
      'data/ofsted-dataset.schema.json',
      'CHANGELOG.md',
    ]) {
      assert.ok(paths.has(path), `${path} is not in the package`);
    }
    assert.ok(
      ![...paths].some((path) => path.endsWith('.map') || path.startsWith('src/') || path.startsWith('data/raw/')),
      'the package ships maps, sources or raw data',
    );
  },
);
