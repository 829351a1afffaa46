// `npm run test:fast`: the developers' loop. The unit tests in Node and the browser tests, without the tier that needs
// a build (`dist/`, the package checks, the size budgets, the bench's smoke run, the framework builds): a test file
// that reads `dist/` or the manifest the build writes, serves the built page or runs the bench is left to `npm test`,
// which runs everything and is what CI runs. The importer's rerun and the check of every picked sentence are left
// out too (WHOLE_DATA below).
// Arguments go to the test runner (`npm run test:fast -- --port 8105`).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const needsBuild = (path) =>
  /\bdist\/|browser-page\.mjs|custom-elements\.json|scripts\/bench\.mjs/.test(readFileSync(path, 'utf8'));
const testsIn = (dir, pattern) =>
  readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => `${dir}/${name}`);

// Whole-data checks, not code's: the importer's byte-for-byte rerun and every picked sentence against its report
// (about 90 of the Node tier's 150 s under load); `npm run test:data` runs them, as does `npm test`.
const WHOLE_DATA = new Set(['test/node/import.test.mjs', 'test/node/findings.test.mjs']);
const node = testsIn('test/node', /\.test\.mjs$/).filter((path) => !needsBuild(path) && !WHOLE_DATA.has(path));
const browserLeftOut = testsIn('test/browser', /\.test\.(ts|html)$/).filter(needsBuild);

const started = performance.now();
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
const status =
  run(process.execPath, ['--test', ...node]) ||
  run('npx', [
    'wtr',
    '--files',
    'src/**/*.test.ts',
    'test/browser/*.test.{ts,html}',
    ...browserLeftOut.map((path) => `!${path}`),
    ...process.argv.slice(2),
  ]);
console.log(
  `test:fast: ${node.length} Node test files (not ${[...WHOLE_DATA].join(', ')}) and the browser tests but ${browserLeftOut.join(', ')}, in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
process.exit(status);
