// docs/data-api.md, the developers' page on building a council picker from `ofsted-widgets/data` (issue 26 item 12):
// its example type-checks, strictly, against the package's published types (the built dist/types, by the package's
// own name, as an app would import it), and every helper its table names is exported by the built data entry.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const page = await readFile(join(root, 'docs/data-api.md'), 'utf8');

test('docs/data-api.md: the picker example type-checks against the published types', async () => {
  assert.ok(existsSync(join(root, 'dist/types/data/index.d.ts')), 'dist/ is missing: run `npm run build` first');
  const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
  assert.equal(blocks.length, 1, 'one TypeScript example');
  // Inside the repository, so `ofsted-widgets/...` resolves to this package (self-reference), as in examples/.
  const dir = await mkdtemp(join(root, '.data-api-doc-'));
  try {
    await writeFile(join(dir, 'picker.ts'), `export {};\n${blocks[0]}`);
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['picker.ts'],
      }),
    );
    await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')],
      { cwd: root },
    ).catch((error) => assert.fail(`the example does not type-check:\n${error.stdout}${error.stderr}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('docs/data-api.md: every helper in its table is exported by ofsted-widgets/data', async () => {
  const data = await import(join(root, 'dist/data.js'));
  const table = page.slice(page.indexOf('## The helpers'));
  const names = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((row) =>
    [...row[1].matchAll(/`(\w+)/g)].map((m) => m[1]),
  );
  assert.ok(names.length >= 12, `names read from the table: ${names.join(', ')}`);
  const missing = names.filter((name) => !(name in data) && name !== 'Helper');
  assert.deepEqual(missing, []);
  for (const name of ['loadAuthorityIndex', 'authoritiesByRegion', 'describeAuthority', 'gradeLabel', 'formatIsoDate'])
    assert.ok(names.includes(name), `the table names ${name}`);
});
