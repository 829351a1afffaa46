// Issue 24, item 3: the README is for the people who use the package: short, complete on the shared inputs, its
// paste the one in examples/paste/ (which the web editors' guide and the bench read too), its links alive.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

test('the README is at most 200 lines', () => {
  const lines = readme.trimEnd().split('\n').length;
  assert.ok(lines <= 200, `README.md has ${lines} lines`);
});

test("the README's paste is examples/paste/timeline.html, word for word", () => {
  const paste = readFileSync(new URL('examples/paste/timeline.html', root), 'utf8').trim();
  assert.ok(
    readme.includes(`\`\`\`html\n${paste}\n\`\`\``),
    'the README shows another paste than examples/paste/timeline.html',
  );
});

test("the README's inputs table names every shared input", () => {
  const table = readme.slice(readme.search(/\| Input +\|/));
  for (const input of ['data', 'src', 'authority', 'event', 'show-table', 'no-export', 'heading-level', 'theme']) {
    assert.match(table, new RegExp(`^\\| \`${input}\` +\\|`, 'm'), `no row for ${input}`);
  }
});

test("the README's links to files in the repository lead somewhere", () => {
  const targets = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z]+:/.test(target));
  assert.ok(targets.length > 5);
  const missing = targets.filter((target) => !existsSync(new URL(target, root)));
  assert.deepEqual(missing, []);
});
