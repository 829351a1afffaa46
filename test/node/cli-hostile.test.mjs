// Issue 13, items 3 and 7: the command line on hostile files. Every failure is one readable line (no stack trace),
// and nothing from a file or an argument reaches the terminal raw: control and bidirectional characters are printed
// as escapes, so a file cannot rewrite, forge or reverse a line. Every dataset here is FICTIONAL.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const cli = fileURLToPath(new URL('bin/ofsted-widgets.mjs', root));
const barnet = JSON.parse(readFileSync(new URL('data/authorities/barnet.json', root), 'utf8'));

const run = (args, { cwd = dir, bin = cli } = {}) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const lines = (text) => text.split('\n').filter(Boolean);
/** C0 and C1 controls but the line feeds between lines, and bidirectional formatting characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for in the CLI's output
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SOURCE = { id: 'fictional-notes', title: 'Fictional notes (invented for testing)' };
const fictional = (events, name = 'Hostileton (fictional council)') => ({
  schemaVersion: 1,
  fictional: true,
  authority: { id: 'hostile-fictional', name },
  sources: [SOURCE],
  events,
});
function chain(depth) {
  const judgements = [{ area: 'overall-effectiveness', name: 'Overall effectiveness', grade: 'good' }];
  for (let i = 1; i <= depth; i++) {
    judgements.push({
      area: `level-${i}`,
      name: `Fictional sub-judgement ${i}`,
      grade: 'good',
      parent: i === 1 ? 'overall-effectiveness' : `level-${i - 1}`,
    });
  }
  return fictional([
    {
      id: 'inspection-2020',
      kind: 'inspection',
      title: 'Fictional inspection',
      date: '2020-05',
      sources: [SOURCE.id],
      judgements,
    },
  ]);
}
const manyEvents = (count) =>
  fictional(
    Array.from({ length: count }, (_, i) => ({
      id: `event-${i}`,
      kind: 'milestone',
      title: 'Fictional milestone',
      date: '2020',
      sources: [SOURCE.id],
    })),
  );

/** Asserts a failure printed only readable lines: no stack frames, no raw control characters. */
function assertReadable({ stdout, stderr }) {
  for (const line of lines(`${stdout}\n${stderr}`)) {
    assert.doesNotMatch(line, /^\s+at /, `a stack frame: ${line}`);
    assert.doesNotMatch(line, RAW, `a raw control character: ${JSON.stringify(line)}`);
  }
}

let dir;
let chainFile;
let hugeFile;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ofsted-widgets-hostile-'));
  chainFile = join(dir, 'judgement-chain-2000.json');
  writeFileSync(chainFile, JSON.stringify(chain(2000)));
  hugeFile = join(dir, 'events-200000.json');
  writeFileSync(hugeFile, JSON.stringify(manyEvents(200_000)));
});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const element of ['scorecard', 'journey', 'timeline']) {
  test(`render --element ${element} on a judgement chain 2,000 deep: one readable line, exit 1`, () => {
    const result = run(['render', '--element', element, '--src', chainFile, '--fragment']);
    assertReadable(result);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.deepEqual(lines(result.stderr), [
      `${chainFile}: events[0].judgements: 2,001 judgements, more than the 50 allowed in one event`,
    ]);
  });
}

test('render --element timeline on 200,000 events: refused by size before reading, one line, exit 1', () => {
  const result = run(['render', '--element', 'timeline', '--src', hugeFile]);
  assertReadable(result);
  assert.equal(result.code, 1);
  assert.match(
    result.stderr,
    /^.+events-200000\.json: the file is [\d.]+ MB, and the most an Ofsted data file may be is 2 MB\n$/,
  );
});

test('validate says why each file is refused, one line each: the size, the depth', () => {
  const deep = join(dir, 'chain-4.json');
  writeFileSync(deep, JSON.stringify(chain(4)));
  const result = run(['validate', hugeFile, deep]);
  assertReadable(result);
  assert.equal(result.code, 1);
  const [size, depth] = lines(result.stdout);
  assert.match(size, /events-200000\.json: the file is [\d.]+ MB, and the most an Ofsted data file may be is 2 MB$/);
  assert.equal(depth, `${deep}: events[0].judgements[4].parent: 4 levels of sub-judgements, more than the 3 allowed`);
});

test('any unexpected failure is one line, exit 1: a data layer that throws', () => {
  // A copy of the command beside a data layer whose validator throws, as a bug would.
  const copy = join(dir, 'broken');
  mkdirSync(join(copy, 'bin'), { recursive: true });
  mkdirSync(join(copy, 'dist'), { recursive: true });
  cpSync(new URL('bin', root), join(copy, 'bin'), { recursive: true });
  copyFileSync(new URL('package.json', root), join(copy, 'package.json'));
  writeFileSync(
    join(copy, 'dist', 'data.js'),
    `export const LIMITS = { fileBytes: 2e6 };
export const formatBytes = String;
export function validateDataset() { throw new TypeError('Cannot read properties of undefined (reading "events")\\n    at validateDataset (dist/data.js:1:1)'); }`,
  );
  const file = join(dir, 'barnet.json');
  writeFileSync(file, JSON.stringify(barnet));
  const result = run(['validate', file], { bin: join(copy, 'bin', 'ofsted-widgets.mjs') });
  assertReadable(result);
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stderr), [
    'ofsted-widgets: TypeError: Cannot read properties of undefined (reading "events")',
  ]);
});

test('validate: a property name cannot rewrite its line into "valid" (ESC, CR)', () => {
  const file = join(dir, 'my-council.json');
  writeFileSync(file, JSON.stringify({ ...barnet, '\u001b[2K\rmy-council.json: valid (13 events)': 1 }));
  const result = run(['validate', file]);
  assertReadable(result);
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stdout), [
    `${file}: \\u001b[2K\\rmy-council.json: valid (13 events): 1 is not a known property`,
  ]);
});

test('validate: a property name cannot forge a second line (LF)', () => {
  const file = join(dir, 'forged.json');
  writeFileSync(file, JSON.stringify({ ...barnet, [`x\n${file}: valid (13 events)`]: 1 }));
  const result = run(['validate', file]);
  assertReadable(result);
  assert.equal(result.code, 1);
  const output = lines(result.stdout);
  assert.equal(output.length, 1, result.stdout);
  assert.ok(!output.some((line) => line.startsWith(`${file}: valid`)), result.stdout);
  assert.ok(output[0].includes(`x\\n${file}: valid (13 events)`), result.stdout);
});

test("validate: the JSON parser's snippet of a file is printed with its control characters escaped", () => {
  const file = join(dir, 'snippet.json');
  writeFileSync(file, '{"x": \u001b[2K\rmy-council.json: valid (13 events)\u001b[8m');
  const result = run(['validate', file]);
  assertReadable(result);
  assert.equal(result.code, 1);
  const [line, ...rest] = lines(result.stdout);
  assert.deepEqual(rest, []);
  assert.ok(line.startsWith(`${file}: not valid JSON: `), line);
  assert.ok(line.includes('\\u001b'), line);
});

test('validate: a file name with control characters is printed escaped', () => {
  const result = run(['validate', join(dir, 'missing\u001b[31m\u202e.json')]);
  assertReadable(result);
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stdout), [
    `${dir}/missing\\u001b[31m\\u202e.json: cannot read the file (no such file)`,
  ]);
});

test('render: "Wrote … for <name>" shows NUL, BEL, ESC and the right-to-left override as escapes', () => {
  const file = join(dir, 'named.json');
  const out = join(dir, 'named.html');
  writeFileSync(
    file,
    JSON.stringify({ ...barnet, authority: { ...barnet.authority, name: 'Barnet\u0000\u0007\u001b[31m\u202eevil' } }),
  );
  const result = run(['render', '--element', 'timeline', '--src', file, '--out', out]);
  assertReadable(result);
  assert.equal(result.code, 0);
  // The first line names the council, escaped; the lines after it are the command's own note on widths and pasting.
  assert.equal(
    lines(result.stderr)[0],
    `Wrote ${out}: <ofsted-timeline> for Barnet\\u0000\\u0007\\u001b[31m\\u202eevil, readable without JavaScript.`,
  );
});
