// Checks the shipped datasets against the JSON Schema, and every quoted word against the source text it cites.
// Runs in Node (node --test) on the built data layer, so the schema and the hand-written validator are compared.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { validateDataset } from '../../dist/data.js';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const schema = readJson('data/ofsted-dataset.schema.json');
const validateWithSchema = new Ajv({ allErrors: true }).compile(schema);
const authorities = readdirSync(new URL('data/authorities/', root)).filter((name) => name.endsWith('.json'));
/** Source texts compared with collapsed whitespace (the texts wrap lines and carry non-breaking spaces). */
const normalise = (text) => text.replace(/\s+/g, ' ').trim();
const sourceText = (file) => normalise(readFileSync(new URL(`data/sources/${file}`, root), 'utf8'));

test('bundles at least one authority', () => assert.ok(authorities.includes('barnet.json')));

for (const name of authorities) {
  const dataset = readJson(`data/authorities/${name}`);
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));

  test(`${name} follows the JSON Schema`, () => {
    assert.equal(validateWithSchema(dataset), true, JSON.stringify(validateWithSchema.errors, null, 2));
  });

  test(`${name} passes the elements' validator`, () => {
    const result = validateDataset(dataset);
    assert.deepEqual(result.ok ? [] : result.issues.map((issue) => issue.message), []);
  });

  test(`${name} is a real authority, not fictional`, () => assert.notEqual(dataset.fictional, true));

  test(`${name}: every source names a file the repository holds`, () => {
    for (const source of dataset.sources) {
      assert.ok(source.file, `${source.id} has no file`);
      assert.ok(existsSync(new URL(`data/sources/${source.file}`, root)), `${source.id}: data/sources/${source.file} is missing`);
    }
  });

  test(`${name}: every source is cited`, () => {
    const cited = new Set();
    for (const framework of dataset.frameworks ?? []) (framework.sources ?? []).forEach((id) => cited.add(id));
    for (const event of dataset.events) {
      event.sources.forEach((id) => cited.add(id));
      for (const judgement of event.judgements ?? []) (judgement.sources ?? []).forEach((id) => cited.add(id));
      for (const finding of event.findings ?? []) cited.add(finding.source);
    }
    assert.deepEqual([...sources.keys()].filter((id) => !cited.has(id)), []);
  });

  test(`${name}: every statement is quoted word for word from the source it cites`, () => {
    const misquoted = [];
    for (const event of dataset.events) {
      for (const finding of event.findings ?? []) {
        const text = sourceText(sources.get(finding.source).file);
        if (!text.includes(normalise(finding.statement))) misquoted.push(`${event.id}: ${finding.statement}`);
      }
    }
    assert.deepEqual(misquoted, []);
  });

  test(`${name}: words in quotation marks in summaries and date notes appear in one of the event's sources`, () => {
    const misquoted = [];
    for (const event of dataset.events) {
      const texts = event.sources.map((id) => sourceText(sources.get(id).file));
      const notes = `${event.summary ?? ''} ${event.dateInferred ?? ''}`;
      for (const [, quote] of notes.matchAll(/["“]([^"”]+)["”]/g)) {
        const plain = (text) => text.replace(/[’‘]/g, "'");
        if (!texts.some((text) => plain(text).includes(plain(normalise(quote))))) misquoted.push(`${event.id}: ${quote}`);
      }
    }
    assert.deepEqual(misquoted, []);
  });

  test(`${name}: each graded inspection's grades appear in a cited source`, () => {
    const missing = [];
    for (const event of dataset.events) {
      for (const judgement of event.judgements ?? []) {
        if (judgement.grade === null) continue;
        const ids = judgement.sources ?? event.sources;
        const word = { outstanding: 'outstanding', good: 'good', 'requires-improvement': 'requires improvement', inadequate: 'inadequate' }[judgement.grade];
        if (!ids.some((id) => sourceText(sources.get(id).file).toLowerCase().includes(word))) missing.push(`${event.id}/${judgement.area}`);
      }
    }
    assert.deepEqual(missing, []);
  });
}

test('the schema and the validator agree on broken datasets', () => {
  const barnet = readJson('data/authorities/barnet.json');
  const breakages = {
    'a grade that does not exist': (d) => (d.events[1].judgements[0].grade = 'superb'),
    'a malformed date': (d) => (d.events[0].date = '2019/05/13'),
    'an unknown event kind': (d) => (d.events[0].kind = 'party'),
    'a missing title': (d) => delete d.events[0].title,
    'an unknown property': (d) => (d.events[0].colour = 'red'),
    'an empty source list': (d) => (d.events[0].sources = []),
    'a wrong schema version': (d) => (d.schemaVersion = 2),
    'a blank authority name': (d) => (d.authority.name = '  '),
    'an id with capitals': (d) => (d.events[0].id = 'Inspection'),
    'a url that is not http': (d) => (d.sources[0].url = 'javascript:alert(1)'),
    'an unknown finding kind': (d) => (d.events.find((e) => e.findings).findings[0].kind = 'praise'),
  };
  for (const [name, breakDataset] of Object.entries(breakages)) {
    const broken = structuredClone(barnet);
    breakDataset(broken);
    assert.equal(validateWithSchema(broken), false, `schema accepted ${name}`);
    assert.equal(validateDataset(broken).ok, false, `validator accepted ${name}`);
  }
});

test('the CDN file is self-contained: no imports left for a browser to resolve', () => {
  const bundle = readFileSync(new URL('dist/ofsted-widgets.js', root), 'utf8');
  // Minified ES module syntax: `import{x}from"lit"`, `import"x"`, `import("x")`, `export*from"x"`.
  assert.doesNotMatch(bundle, /(^|[^\w.$])import\s*[{*("'`]|(^|[^\w.$])import\s+[\w$]+\s*from|\}\s*from\s*["'`]/);
  assert.match(bundle, /customElements/);
  assert.match(bundle, /London Borough of Barnet/);
});
