// Checks the shipped datasets against the JSON Schema, and every quoted word against the source it cites: a source
// text under data/sources/, or the extract of an Ofsted report (data/sources/reports/<URN>.json). Grades from
// Ofsted's statistics are checked against the statistics themselves in authorities.test.mjs.
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
const authorities = readdirSync(new URL('data/authorities/', root)).filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);
/** Source texts compared with collapsed whitespace (the texts wrap lines and carry non-breaking spaces). */
const normalise = (text) => text.replace(/\s+/g, ' ').trim();
const isReportExtract = (file) => file.startsWith('reports/') && file.endsWith('.json');
const sourceText = (file) => normalise(readFileSync(new URL(`data/sources/${file}`, root), 'utf8'));
/** The report a source cites, from its extract: the one published on the source's date. */
const reportOf = (source) =>
  readJson(`data/sources/${source.file}`).reports.find((report) => report.published === source.date);

test('ships every English authority', () => {
  assert.ok(authorities.includes('barnet.json'));
  assert.equal(authorities.length, 153);
});

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

  test(`${name}: every source names a file the repository holds, or a copy under data/raw/`, () => {
    for (const source of dataset.sources) {
      if (source.file) {
        assert.ok(
          existsSync(new URL(`data/sources/${source.file}`, root)),
          `${source.id}: data/sources/${source.file} is missing`,
        );
        if (isReportExtract(source.file))
          assert.ok(reportOf(source), `${source.id}: no report published ${source.date} in ${source.file}`);
      } else {
        const copy = /data\/raw\/[^\s,;)]+\.(ods|xlsx|csv)/.exec(source.note ?? '')?.[0];
        assert.ok(copy, `${source.id} names neither a file nor a copy under data/raw/`);
        assert.ok(existsSync(new URL(copy, root)), `${source.id}: ${copy} is missing`);
      }
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
    assert.deepEqual(
      [...sources.keys()].filter((id) => !cited.has(id)),
      [],
    );
  });

  test(`${name}: every statement is quoted word for word from the source it cites, and only from OGL reports`, () => {
    const misquoted = [];
    for (const event of dataset.events) {
      for (const finding of event.findings ?? []) {
        const source = sources.get(finding.source);
        if (isReportExtract(source.file ?? '')) {
          const report = reportOf(source);
          if (report?.licence !== 'ogl')
            misquoted.push(`${event.id}: quoted from a report not under the Open Government Licence`);
          else if (
            !report.improvements.includes(finding.statement) ||
            !report.improvementsText.includes(finding.statement)
          ) {
            misquoted.push(`${event.id}: ${finding.statement}`);
          }
        } else if (!source.file || !sourceText(source.file).includes(normalise(finding.statement))) {
          misquoted.push(`${event.id}: ${finding.statement}`);
        }
      }
    }
    assert.deepEqual(misquoted, []);
  });

  test(`${name}: words in quotation marks in summaries and date notes appear in one of the event's sources`, () => {
    const misquoted = [];
    for (const event of dataset.events) {
      const texts = event.sources
        .map((id) => sources.get(id).file)
        .filter((file) => file && !isReportExtract(file))
        .map(sourceText);
      if (texts.length === 0) continue; // generated events quote no words in their notes
      const notes = `${event.summary ?? ''} ${event.dateInferred ?? ''}`;
      for (const [, quote] of notes.matchAll(/["“]([^"”]+)["”]/g)) {
        const plain = (text) => text.replace(/[’‘]/g, "'");
        if (!texts.some((text) => plain(text).includes(plain(normalise(quote)))))
          misquoted.push(`${event.id}: ${quote}`);
      }
    }
    assert.deepEqual(misquoted, []);
  });

  test(`${name}: each graded inspection's grades appear in a cited source text`, () => {
    const missing = [];
    for (const event of dataset.events) {
      for (const judgement of event.judgements ?? []) {
        if (judgement.grade === null) continue;
        const ids = (judgement.sources ?? event.sources).filter(
          (id) => sources.get(id).file && !isReportExtract(sources.get(id).file),
        );
        if (ids.length === 0) continue; // from the statistics or a report's cover: authorities.test.mjs checks those
        const word = {
          outstanding: 'outstanding',
          good: 'good',
          'requires-improvement': 'requires improvement',
          inadequate: 'inadequate',
        }[judgement.grade];
        if (!ids.some((id) => sourceText(sources.get(id).file).toLowerCase().includes(word)))
          missing.push(`${event.id}/${judgement.area}`);
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
    'a paragraph number of 0': (d) => (d.events.find((e) => e.findings).findings[0].paragraph = 0),
    'a paragraph number that is not whole': (d) => (d.events.find((e) => e.findings).findings[0].paragraph = 2.5),
    'a kindAssigned that is false': (d) => (d.events.find((e) => e.findings).findings[0].kindAssigned = false),
    'a negative count of section findings': (d) => (d.events[0].sectionFindings = { strengths: -1, improvements: 0 }),
    'section findings without a count of improvements': (d) => (d.events[0].sectionFindings = { strengths: 3 }),
    'section findings with an unknown count': (d) =>
      (d.events[0].sectionFindings = { strengths: 3, improvements: 1, mixed: 2 }),
  };
  for (const [name, breakDataset] of Object.entries(breakages)) {
    const broken = structuredClone(barnet);
    breakDataset(broken);
    assert.equal(validateWithSchema(broken), false, `schema accepted ${name}`);
    assert.equal(validateDataset(broken).ok, false, `validator accepted ${name}`);
  }
});

test('the CDN file is self-contained code: no imports left for a browser to resolve but its own chunks, each asked for with what it imports, and no authority data inside', () => {
  const bundle = readFileSync(new URL('dist/ofsted-widgets.js', root), 'utf8');
  // Minified ES module syntax: `import{x}from"lit"`, `import"x"`, `import("x")`, `export*from"x"`.
  const anyImport = /(^|[^\w.$])import\s*[{*("'`]|(^|[^\w.$])import\s+[\w$]+\s*from|\}\s*from\s*["'`]/;
  // Its chunks (each element's code, the base they share, what a reader asks for later such as the export code) are
  // beside it, imported by a relative path.
  const chunks = readdirSync(new URL('dist/cdn/', root)).map((name) => `cdn/${name}`);
  assert.ok(chunks.some((chunk) => chunk.startsWith('cdn/export-')));
  assert.doesNotMatch(bundle.replace(/import\("\.\/cdn\/[\w-]+\.js"\)/g, '""'), anyImport);
  // A chunk imports only what a page has loaded, or asked for at once with it: the file itself, the base chunk (Lit, the
  // base element; fetched beside each element's chunk), and, for the journey's chunk, the three elements' chunks the
  // file imports with it. A chunk found only inside another would cost a page a round trip more.
  const base = chunks.find((chunk) => chunk.startsWith('cdn/base-'));
  assert.ok(base, 'no base chunk');
  const composed = chunks.filter((chunk) => /^cdn\/(timeline|scorecard|breakdown)-/.test(chunk));
  const staticImport = /(?:(?:import\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?|\})\s*from|import)\s*"([^"]+)"/g;
  for (const chunk of chunks) {
    const code = readFileSync(new URL(`dist/${chunk}`, root), 'utf8');
    const allowed = new Set(
      ['ofsted-widgets.js', chunk === base ? [] : [base], chunk.startsWith('cdn/journey-') ? composed : []].flat(),
    );
    for (const [, from] of code.matchAll(staticImport))
      assert.ok(
        allowed.has(new URL(from, new URL(chunk, 'file:///dist/')).pathname.slice('/dist/'.length)),
        `${chunk} imports ${from}`,
      );
    assert.doesNotMatch(code.replace(staticImport, '').replace(/import\("\.\/[\w-]+\.js"\)/g, '""'), anyImport, chunk);
  }
  assert.ok(bundle.includes('MutationObserver'), 'the CDN file does not watch the page for tags');
  for (const element of ['timeline', 'scorecard', 'breakdown', 'journey', 'england']) {
    const chunk = chunks.find((name) => name.startsWith(`cdn/${element}-`));
    const code = readFileSync(new URL(`dist/${chunk}`, root), 'utf8');
    assert.ok(code.includes(`customElements.define("ofsted-${element}"`), `${chunk} does not define its tag`);
  }
  assert.ok(!bundle.includes('Naintara Khosla'), "Barnet's data is inlined in the CDN file");
  assert.ok(bundle.includes('authorities/${'), 'the CDN file does not fetch authority files from beside itself');
});

test('the CDN build carries every authority file beside the script, minified and equal to the data', () => {
  for (const name of [...authorities, 'index.json']) {
    const copy = readFileSync(new URL(`dist/authorities/${name}`, root), 'utf8');
    assert.deepEqual(JSON.parse(copy), readJson(`data/authorities/${name}`), name);
    assert.doesNotMatch(copy, /\n/, `${name} is not minified`);
  }
});
