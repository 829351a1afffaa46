// Runs the ofsted-widgets command (bin/ofsted-widgets.mjs) as a user would, in a child Node process,
// on the built validator (dist/data.js): exit codes, the lines it prints, and the starter dataset `init` writes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const root = new URL('../../', import.meta.url);
const cli = fileURLToPath(new URL('bin/ofsted-widgets.mjs', root));
const barnetPath = fileURLToPath(new URL('data/authorities/barnet.json', root));
const barnet = JSON.parse(readFileSync(barnetPath, 'utf8'));
const schema = JSON.parse(readFileSync(new URL('data/ofsted-dataset.schema.json', root), 'utf8'));

/** Runs the CLI in `cwd`; returns its exit code and output. */
const run = (args, cwd = dir) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const lines = (text) => text.split('\n').filter(Boolean);

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ofsted-widgets-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('package.json names the CLI as the ofsted-widgets bin and ships it', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  // Without "./": npm drops a bin path it finds invalid when it packs (publish.test.mjs reads its dry run).
  assert.equal(pkg.bin?.['ofsted-widgets'], 'bin/ofsted-widgets.mjs');
  assert.ok(pkg.files.includes('bin'), 'files lacks "bin"');
  assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('validate: Barnet is valid, exit 0', () => {
  const { code, stdout } = run(['validate', barnetPath]);
  assert.deepEqual(lines(stdout), [`${barnetPath}: valid (${barnet.events.length} events)`]);
  assert.equal(code, 0);
});

test('validate: a bad grade prints its path and value, exit 1', () => {
  const file = join(dir, 'bad-grade.json');
  const dataset = structuredClone(barnet);
  dataset.events[0].judgements[0].grade = 'superb';
  writeFileSync(file, JSON.stringify(dataset));
  const { code, stdout } = run(['validate', file]);
  const output = lines(stdout);
  assert.equal(output.length, 1, stdout);
  assert.ok(output[0].startsWith(`${file}: events[0].judgements[0].grade: "superb" is not a grade`), stdout);
  assert.equal(code, 1);
});

test('validate: every file is checked, and one bad file among good ones gives exit 1', () => {
  const file = join(dir, 'no-events.json');
  writeFileSync(file, JSON.stringify({ ...barnet, events: 'none' }));
  const { code, stdout } = run(['validate', file, barnetPath]);
  assert.deepEqual(lines(stdout), [
    `${file}: events: "none" is not a list`,
    `${barnetPath}: valid (${barnet.events.length} events)`,
  ]);
  assert.equal(code, 1);
});

test('validate: malformed JSON names the file and the line and column of the mistake, exit 1', () => {
  const file = join(dir, 'malformed.json');
  writeFileSync(file, '{\n  "schemaVersion": 1,\n  "authority": { "id": "x" "name": "X" }\n}\n');
  const { code, stdout } = run(['validate', file]);
  const [line] = lines(stdout);
  assert.match(
    line,
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: line 3, column 28: \\S`),
    stdout,
  );
  assert.doesNotMatch(line, /position/);
  const truncated = join(dir, 'truncated.json');
  writeFileSync(truncated, '{"schemaVersion": 1,');
  assert.match(lines(run(['validate', truncated]).stdout)[0], /: not valid JSON: line 1, column \d+: /);
  assert.equal(code, 1);
});

/** Barnet's data with `change` made to a copy, written to `name`; the CLI's output lines and exit code. */
function validateChanged(name, change) {
  const file = join(dir, name);
  const dataset = structuredClone(barnet);
  change(dataset);
  writeFileSync(file, JSON.stringify(dataset, null, 2));
  const { code, stdout } = run(['validate', file]);
  return { code, output: lines(stdout).map((line) => line.slice(file.length + 2)) };
}

test('validate: a reversed interval is said to end before it starts, not to be no date', () => {
  const { code, output } = validateChanged(
    'reversed.json',
    (dataset) => (dataset.events[1].date = '2023-10-13/2023-10-02'),
  );
  assert.deepEqual(output, [
    'events[1].date: "2023-10-13/2023-10-02" ends before it starts (an interval is start/end, earliest first)',
  ]);
  assert.equal(code, 1);
});

test('validate: a source id that is not in the file lists the ids that are', () => {
  const { output } = validateChanged(
    'no-source.json',
    (dataset) => (dataset.events[0].sources = ['ofsted-report-2012']),
  );
  const ids = barnet.sources.map((source) => source.id);
  assert.deepEqual(output, [
    `events[0].sources[0]: "ofsted-report-2012" is not a known source id (known: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})`,
  ]);
});

test('validate: a wrong event kind lists the kinds', () => {
  const { output } = validateChanged('kind.json', (dataset) => (dataset.events[2].kind = 'visit'));
  assert.deepEqual(output, [
    'events[2].kind: "visit" is not an event kind (expected inspection, monitoring-visit, focused-visit, joint-targeted-area-inspection or milestone)',
  ]);
});

test('validate: judgements from another framework, or an ILACS inspection without overall effectiveness before April 2026, are problems', () => {
  const ilacs2023 =
    (judgements, date = '2023-10-02/2023-10-13') =>
    (dataset) => {
      const latest = structuredClone(dataset.events.find((event) => event.id === 'inspection-2024'));
      dataset.events.push({ ...latest, id: 'inspection-2023', date, judgements: judgements(latest.judgements) });
    };
  const sif = (area, name, grade = 'good') => ({ area, name, grade });
  const wrongAreas = validateChanged(
    'sif-in-ilacs.json',
    ilacs2023((judgements) => [
      ...judgements.filter((j) => j.area === 'overall-effectiveness' || j.area === 'help-and-protection'),
      sif('children-looked-after', 'Children looked after and achieving permanence'),
      sif('adoption', 'Adoption performance'),
      sif('lscb', 'Review of the Local Safeguarding Children Board'),
    ]),
  );
  const expected =
    'is not a judgement area of ILACS inspections from 2023 (expected overall-effectiveness, leadership, help-and-protection, children-in-care or care-leavers)';
  assert.deepEqual(wrongAreas.output, [
    `events[13].judgements[2].area: "children-looked-after" ${expected}`,
    `events[13].judgements[3].area: "adoption" ${expected}`,
    `events[13].judgements[4].area: "lscb" ${expected}`,
  ]);
  assert.equal(wrongAreas.code, 1);

  const noOverall = validateChanged(
    'no-overall.json',
    ilacs2023((judgements) => judgements.filter((j) => j.area !== 'overall-effectiveness')),
  );
  assert.deepEqual(noOverall.output, [
    'events[13].judgements: no overall-effectiveness judgement, which every ILACS inspection before April 2026 gives',
  ]);
  // From April 2026 ILACS inspections give no overall effectiveness judgement.
  const from2026 = validateChanged(
    'ilacs-2026.json',
    ilacs2023((judgements) => judgements.filter((j) => j.area !== 'overall-effectiveness'), '2026-04-27/2026-05-01'),
  );
  assert.deepEqual(from2026.output, [`valid (${barnet.events.length + 1} events)`]);
  assert.equal(from2026.code, 0);
});

test('validate: a missing file is named, exit 1', () => {
  const file = join(dir, 'does-not-exist.json');
  const { code, stdout } = run(['validate', file]);
  assert.deepEqual(lines(stdout), [`${file}: cannot read the file (no such file)`]);
  assert.equal(code, 1);
});

test('no arguments: usage on stderr, exit 2', () => {
  const { code, stdout, stderr } = run([]);
  assert.equal(stdout, '');
  assert.match(stderr, /Usage:/);
  assert.match(stderr, /ofsted-widgets validate <file\.json>/);
  assert.equal(code, 2);
});

test('validate with no file, or an unknown command: usage, exit 2', () => {
  for (const args of [['validate'], ['frobnicate'], ['validate', '--strict', barnetPath]]) {
    const { code, stderr } = run(args);
    assert.match(stderr, /Usage:/, args.join(' '));
    assert.equal(code, 2, args.join(' '));
  }
});

test('--help prints usage on stdout, exit 0', () => {
  const { code, stdout } = run(['--help']);
  assert.match(stdout, /Usage:/);
  assert.match(stdout, /ofsted-widgets init \[file\]/);
  assert.equal(code, 0);
});

test('init writes a fictional starter that follows the schema and validates, and never overwrites', () => {
  const initDir = mkdtempSync(join(dir, 'init-'));
  const written = run(['init'], initDir);
  assert.equal(written.code, 0, written.stderr);
  const file = join(initDir, 'my-council.json');
  assert.ok(existsSync(file), 'my-council.json was not written');

  const starter = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(starter.$schema, 'node_modules/ofsted-widgets/data/ofsted-dataset.schema.json');
  assert.equal(starter.schemaVersion, 1);
  assert.equal(starter.fictional, true);
  assert.match(starter.authority.name, /replace me/i);
  assert.equal(starter.sources.length, 1);
  assert.deepEqual(
    starter.events.map((event) => event.kind),
    ['inspection', 'monitoring-visit'],
  );
  assert.ok(starter.events[0].judgements.length > 0, 'the inspection has no judgements');
  const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.equal(validateWithSchema(starter), true, JSON.stringify(validateWithSchema.errors, null, 2));

  // Valid, but still the starter: invented, and full of "replace me". Said, so it never goes on a page unnoticed.
  const checked = run(['validate', 'my-council.json'], initDir);
  const [valid, fictional, placeholders, ...rest] = lines(checked.stdout);
  assert.equal(valid, 'my-council.json: valid (2 events)');
  assert.equal(
    fictional,
    'my-council.json: warning: "fictional": true marks this data as invented; remove it once the data is your council\'s',
  );
  assert.match(
    placeholders,
    /^my-council\.json: warning: \d+ texts still say "replace me" \(authority\.name, sources\[0\]\.title, /,
  );
  assert.deepEqual(rest, []);
  assert.equal(checked.code, 0);
  assert.deepEqual(
    lines(run(['validate', barnetPath]).stdout),
    [`${barnetPath}: valid (${barnet.events.length} events)`],
    'no warning for real data',
  );

  writeFileSync(file, '{"kept": true}\n');
  const again = run(['init'], initDir);
  assert.match(again.stderr, /my-council\.json already exists/);
  assert.equal(again.code, 1);
  assert.equal(readFileSync(file, 'utf8'), '{"kept": true}\n', 'init overwrote the file');
});

test('init takes a file name', () => {
  const file = join(dir, 'other-council.json');
  const { code } = run(['init', file]);
  assert.equal(code, 0);
  assert.equal(run(['validate', file]).code, 0);
});
