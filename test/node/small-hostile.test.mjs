// Issue 13, item 8: the small ones. A BigInt schemaVersion named as 1; year 0000 shown as "0"; a page that defined
// one of the tags first, skipped in silence; CSV cells that hide a formula behind a space or a fullwidth sign.
// Runs on the built package (dist/), in Node and, for the tag, in Chromium. Every dataset here is FICTIONAL.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { validateDataset } from '../../dist/data.js';
import { startBrowserPage } from './browser-page.mjs';

const root = new URL('../../', import.meta.url);
const cli = fileURLToPath(new URL('bin/ofsted-widgets.mjs', root));
const barnet = JSON.parse(readFileSync(new URL('data/authorities/barnet.json', root), 'utf8'));

let dir;
before(() => (dir = mkdtempSync(join(tmpdir(), 'ofsted-widgets-small-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a BigInt schemaVersion is shown as 1n, not as the 1 it is said not to be', () => {
  const result = validateDataset({ ...barnet, schemaVersion: 1n });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.issues.map((issue) => issue.message),
    ['schemaVersion: 1n is not a supported schema version (expected 1)'],
  );
});

test('year 0000 is written as the data writes it, "0000", in every sentence and table', () => {
  const SOURCE = { id: 'fictional-notes', title: 'Fictional notes (invented for testing)' };
  const inspection = (id, date, grade) => ({
    id,
    kind: 'inspection',
    title: 'Fictional inspection',
    date,
    sources: [SOURCE.id],
    judgements: [{ area: 'overall-effectiveness', name: 'Overall effectiveness', grade }],
  });
  const file = join(dir, 'year-zero.json');
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 1,
      fictional: true,
      authority: { id: 'zero-fictional', name: 'Zeroton (fictional council)', shortName: 'Zeroton' },
      sources: [SOURCE],
      events: [inspection('inspection-0000', '0000', 'inadequate'), inspection('inspection-2019', '2019-05', 'good')],
    }),
  );
  const text = (element) => {
    const result = spawnSync(process.execPath, [cli, 'render', '--element', element, '--src', file, '--fragment'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout
      .replace(/<style>[^<]*<\/style>|<[^>]*>/g, ' ')
      .replaceAll('&#39;', "'")
      .replace(/\s+/g, ' ');
  };
  const timeline = text('timeline');
  assert.ok(
    timeline.includes("Zeroton children's services were judged Inadequate in 0000 and Good in 2019."),
    timeline,
  );
  const scorecard = text('scorecard');
  assert.ok(scorecard.includes('judged overall effectiveness Good, up from Inadequate in 0000.'), scorecard);
  assert.ok(scorecard.includes('Improved since 0000'), scorecard);
  assert.ok(scorecard.includes('Inadequate (0000)'), scorecard);
  for (const output of [timeline, scorecard]) assert.doesNotMatch(output, /\bin 0\b|\(0\)/);
});

test('a page that defined one of the tags first is told so once; a second copy of the package says nothing', async () => {
  const site = await startBrowserPage();
  try {
    const page = await site.browser.newPage();
    const warnings = [];
    const errors = [];
    page.on('console', (message) =>
      (['warn', 'warning'].includes(message.type()) ? warnings : message.type() === 'error' ? errors : []).push(
        message.text(),
      ),
    );
    page.on('pageerror', (error) => errors.push(error.message));
    // The page, served from the site's origin so its module scripts load: another script defines the tag first.
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/defined-first.html')
        ? request.respond({
            contentType: 'text/html',
            body: `<!doctype html><html><body>
          <ofsted-scorecard></ofsted-scorecard>
          <script>customElements.define('ofsted-scorecard', class extends HTMLElement {});</script>
          <script type="module" src="/dist/ofsted-widgets.js"></script>
          <script type="module" src="/dist/ofsted-widgets.js?second-copy"></script>
        </body></html>`,
          })
        : request.url().endsWith('/favicon.ico')
          ? request.respond({ status: 204 })
          : request.continue(),
    );
    await page.goto(`${site.origin}/defined-first.html`);
    // Each copy loads the scorecard's code, the tag being on the page; one more round trip delivers every console
    // message sent before it.
    await page.evaluate(async () => {
      for (const copy of ['/dist/ofsted-widgets.js', '/dist/ofsted-widgets.js?second-copy'])
        await (await import(copy)).loadElementsIn(document.body);
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, [
      "ofsted-widgets: <ofsted-scorecard> was already defined by another script on this page, so ofsted-widgets left it alone and that script's element is the one shown. Remove or rename the other definition to use ofsted-widgets' <ofsted-scorecard>.",
    ]);
  } finally {
    await site.close();
  }
});

test('CSV cells that hide a formula behind spaces, line breaks or a fullwidth sign are guarded too', async () => {
  // The export module has no imports: compiled alone, it runs in Node as it does in the page.
  const source = readFileSync(new URL('src/shared/export.ts', root), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const { csvCell } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const guarded = [
    ' =1+1',
    '\u00a0=HYPERLINK("https://example.org")',
    '\u200b=1+1',
    '\uff1d1+1',
    '\uff0bcmd',
    ' \uff20SUM(A1)',
    '\n=1+1',
    '\r\n@SUM(A1)',
    '  -2+3',
  ];
  for (const cell of guarded) {
    assert.ok(
      csvCell(cell).replace(/^"/, '').startsWith(`'${cell[0]}`),
      `${JSON.stringify(cell)} → ${JSON.stringify(csvCell(cell))}`,
    );
  }
  // Still guarded as before, and ordinary text left alone.
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('\t=1'), "'\t=1");
  assert.equal(csvCell(' Good'), ' Good');
  assert.equal(csvCell('Requires improvement to be good'), 'Requires improvement to be good');
  assert.equal(csvCell('2019 = a good year'), '2019 = a good year');
});
