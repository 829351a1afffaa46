// What each use of the package needs from Node, and that package.json and the README say so honestly: `engines` is
// what the published package needs (its CLI; the elements run in browsers), `devEngines` what building and testing
// it needs, which is what its development tools declare.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const contributing = readFileSync(new URL('CONTRIBUTING.md', root), 'utf8');
const enginesOf = (name) =>
  JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')).engines?.node;

const parse = (version) =>
  version
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number(n) || 0)
    .concat(0, 0)
    .slice(0, 3);
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** A range as intervals [lower, upper): `>=a`, `>a` (as `>=`), `^a` and `a - b`-free forms, alternatives by `||`. */
function intervals(range) {
  return range.split('||').map((alternative) => {
    const [op, version] = /^\s*(>=|>|\^|~)?\s*v?([\d.]+)/.exec(alternative)?.slice(1) ?? [];
    assert.ok(version, `cannot read the range "${range}"`);
    const lower = parse(version);
    if (op === '^') return { lower, upper: [lower[0] + 1, 0, 0] };
    if (op === '~') return { lower, upper: [lower[0], lower[1] + 1, 0] };
    return { lower, upper: undefined };
  });
}

/** Whether every version `ours` admits (read as `>=X`), is admitted by `theirs`. */
function within(ours, theirs) {
  const [{ lower }] = intervals(ours);
  return intervals(theirs).some((interval) => compare(interval.lower, lower) <= 0 && !interval.upper);
}

test('engines: the published package asks for no less than its runtime dependencies need', () => {
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]) {
    const theirs = enginesOf(name);
    if (theirs)
      assert.ok(within(pkg.engines.node, theirs), `${name} needs Node ${theirs}; engines says ${pkg.engines.node}`);
  }
});

test('devEngines: building and testing ask for the Node every development tool declares', () => {
  const ours = pkg.devEngines?.runtime?.version;
  assert.equal(pkg.devEngines?.runtime?.name, 'node');
  assert.ok(ours, 'package.json has no devEngines.runtime.version');
  const unmet = Object.keys(pkg.devDependencies)
    .map((name) => [name, enginesOf(name)])
    .filter(([, theirs]) => theirs && !within(ours, theirs))
    .map(([name, theirs]) => `${name} (${theirs})`);
  assert.deepEqual(unmet, [], `devEngines says ${ours}`);
  assert.ok(
    compare(intervals(ours)[0].lower, intervals(pkg.engines.node)[0].lower) >= 0,
    'development needs at least what the package needs',
  );
});

test('CONTRIBUTING says what development needs and the README what the package needs, as package.json does', () => {
  const version = (range) => intervals(range)[0].lower.join('.').replace(/\.0$/, '').replace(/\.0$/, '');
  assert.match(
    contributing,
    new RegExp(`Node ${version(pkg.devEngines.runtime.version).replace(/\./g, '\\.')} or later`),
    'development',
  );
  assert.match(readme, new RegExp(`Node ${version(pkg.engines.node)} or later`), 'the published package');
});
