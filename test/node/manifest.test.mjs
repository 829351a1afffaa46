// The Custom Elements Manifest (built by `cem analyze` in `npm run build`) is what Storybook's docs and editors'
// tooling read: it must list each element's public API, nothing private, and only parts and custom properties
// the source really has.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement)
    .map((d) => [d.tagName, d]),
);

/** Every non-test TypeScript file under src/, concatenated: where parts and custom properties must appear. */
const sourceText = (function read(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return read(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
})(join(root, 'src'));

test('every element is in the manifest with the shared inputs and events', () => {
  assert.deepEqual([...elements.keys()].sort(), [
    'ofsted-breakdown',
    'ofsted-england',
    'ofsted-journey',
    'ofsted-scorecard',
    'ofsted-timeline',
  ]);
  for (const [tag, element] of elements) {
    const attributes = element.attributes.map((attribute) => attribute.name);
    // <ofsted-england> shows no one event: its `authority` says which council to highlight.
    for (const name of tag === 'ofsted-england' ? ['authority', 'src'] : ['authority', 'src', 'event'])
      assert.ok(attributes.includes(name), `${tag} documents @attr ${name}`);
    const events = element.events.map((event) => event.name);
    for (const name of ['ofsted-data', 'ofsted-error'])
      assert.ok(events.includes(name), `${tag} documents @fires ${name}`);
    assert.ok(
      element.members.some((member) => member.name === 'data'),
      `${tag} documents the data property`,
    );
  }
});

test('every element lists what OfstedElement documents once for all: inputs, events, parts and custom properties', () => {
  const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.name === 'OfstedElement');
  const shared = ['attributes', 'events', 'cssParts', 'cssProperties'].map((kind) => [
    kind,
    (base[kind] ?? []).map((item) => item.name),
  ]);
  assert.ok(
    shared.every(([, names]) => names.length > 0),
    'the base documents each kind',
  );
  assert.ok(shared.find(([kind]) => kind === 'cssProperties')[1].includes('--ofsted-text-colour'));
  for (const [tag, element] of elements) {
    for (const [kind, names] of shared) {
      for (const name of names) {
        const item = element[kind]?.find((entry) => entry.name === name);
        assert.ok(item?.description, `${tag} documents ${kind} ${name}`);
      }
    }
  }
});

test('the manifest holds no private or protected members', () => {
  for (const [tag, element] of elements) {
    const hidden = element.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected');
    assert.deepEqual(
      hidden.map((member) => member.name),
      [],
      `${tag} lists internals`,
    );
  }
});

test('every attribute is a public property: internal reactive state (state: true) has none', () => {
  for (const [tag, element] of elements) {
    const members = new Set(element.members.map((member) => member.name));
    const stray = element.attributes.filter((attribute) => attribute.fieldName && !members.has(attribute.fieldName));
    assert.deepEqual(
      stray.map((attribute) => attribute.name),
      [],
      `${tag} lists attributes of internal state`,
    );
  }
});

test('defaults are shown as values, not the names of the constants that hold them', () => {
  for (const [tag, element] of elements) {
    for (const entry of [...element.members, ...element.attributes]) {
      assert.doesNotMatch(entry.default ?? '', /^[A-Z][A-Z0-9_]*$/, `${tag}: ${entry.name}'s default`);
    }
  }
  assert.equal(elements.get('ofsted-timeline').members.find((member) => member.name === 'headingLevel').default, '2');
  assert.equal(
    elements.get('ofsted-timeline').members.find((member) => member.name === 'authority').default,
    "''",
    'no council by default',
  );
});

test('documented parts and custom properties exist in the source', () => {
  for (const [tag, element] of elements) {
    assert.ok(element.cssParts?.length, `${tag} documents its parts`);
    for (const { name } of element.cssParts) {
      // part="a b" in a template, part=${cond ? 'a b' : 'a'} where it depends on the row, or { part: 'a' } to a helper.
      const rendered = new RegExp(`part(?:=(?:"[^"]*|\\$\\{[^}]*'[^']*)|:\\s*'[^']*)\\b${name}\\b`);
      assert.match(sourceText, rendered, `${tag}: @csspart ${name} is never rendered`);
    }
    for (const { name } of element.cssProperties ?? []) {
      assert.ok(sourceText.includes(`var(${name}`), `${tag}: @cssprop ${name} is never read`);
    }
  }
});

test("the React and Vue types and the CLI's element list are what the manifest generates", () => {
  // scripts/generate-from-manifest.mjs --check names each file that differs; `npm run generate` rewrites them.
  const result = spawnSync(process.execPath, [join(root, 'scripts/generate-from-manifest.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});
