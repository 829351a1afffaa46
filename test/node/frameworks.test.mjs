// The React 19 and Vue 3 examples (examples/react, examples/vue) as their users would meet them: each type-checks
// (tsc for the TSX, vue-tsc for the SFC templates, both against the package's `ofsted-widgets/react` and
// `ofsted-widgets/vue` types), builds with Vite, and works in Debian's Chromium: the elements render, the framework
// passes `data` as a property, hears `ofsted-select`, `ofsted-data` and `ofsted-error`, and passes `event` on.
// The examples import the package by its name, which resolves to this repository's built dist/ (self-reference).
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'vite';
import { startBrowserPage } from './browser-page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const barnet = JSON.parse(await readFile(join(root, 'data/authorities/barnet.json'), 'utf8'));
const titleOf = (id) => barnet.events.find((event) => event.id === id).title;

// How each example lays the elements out: React shows <ofsted-journey>, Vue the three elements side by side.
const examples = {
  react: {
    typecheck: ['node_modules/typescript/bin/tsc', '-p', 'examples/react/tsconfig.json', '--noEmit'],
    timeline: () => document.querySelector('ofsted-journey')?.shadowRoot?.querySelector('ofsted-timeline'),
    scorecard: () => document.querySelector('ofsted-journey')?.shadowRoot?.querySelector('ofsted-scorecard'),
    errorHost: () => document.querySelector('ofsted-journey'),
  },
  vue: {
    typecheck: ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'examples/vue/tsconfig.json', '--noEmit'],
    timeline: () => document.querySelector('ofsted-timeline'),
    scorecard: () => document.querySelector('ofsted-scorecard'),
    errorHost: () => document.querySelector('ofsted-timeline'),
  },
};

let site;
let outDir;
before(async () => {
  assert.ok(
    existsSync(join(root, 'dist/journey.js')) && existsSync(join(root, 'dist/types/frameworks/react.d.ts')),
    'dist/ is missing: run `npm run build` first',
  );
  outDir = await mkdtemp(join(tmpdir(), 'ofsted-frameworks-'));
  site = await startBrowserPage();
});
after(async () => {
  await site?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

for (const [name, example] of Object.entries(examples)) {
  describe(`examples/${name}`, () => {
    test('type-checks', async () => {
      // Rejects (with the compiler's output) on any type error.
      await run(process.execPath, example.typecheck, { cwd: root }).catch((error) => {
        assert.fail(`${example.typecheck.join(' ')}\n${error.stdout}${error.stderr}`);
      });
    });

    test('builds with Vite and works in the browser', async () => {
      const appDir = join(outDir, name);
      await build({
        root: join(root, 'examples', name),
        base: './',
        logLevel: 'warn',
        build: { outDir: appDir, emptyOutDir: true, minify: false },
      });

      const page = await site.browser.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // The built app is served from its temporary folder under /app/, beside the repository the helper serves.
      await page.setRequestInterception(true);
      page.on('request', async (request) => {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith('/app/')) return request.continue();
        const file = join(appDir, normalize(path.slice('/app/'.length)).replace(/^(\.\.[/\\])+/, ''));
        try {
          const body = await readFile(file);
          await request.respond({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body });
        } catch {
          await request.respond({ status: 404, body: '' });
        }
      });
      await page.goto(`${site.origin}/app/index.html`);

      const text = (selector) => page.$eval(selector, (el) => el.textContent.trim());
      const inPage = (fn, ...args) => page.evaluate(`(${fn})(${args.map((a) => JSON.stringify(a)).join(',')})`);
      const timeline = example.timeline.toString();
      const scorecard = example.scorecard.toString();
      const errorHost = example.errorHost.toString();
      const summary = () =>
        inPage(`() => (${timeline})()?.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? ''`);
      const waitFor = (fn, what) =>
        page.waitForFunction(fn, { timeout: 10_000 }).catch(() => assert.fail(`timed out waiting for ${what}`));

      // 1. Barnet, the bundled dataset: the summary sentence a user reads, and the app heard `ofsted-data`.
      await waitFor(`(${timeline})()?.shadowRoot?.querySelector('[part="summary"]')`, 'the timeline summary');
      const barnetSummary = await summary();
      assert.match(barnetSummary, /^Barnet children's services were judged Inadequate in 2017, Good in 2019/);
      await waitFor(`document.querySelector('#loaded').textContent.includes('Barnet')`, 'ofsted-data for Barnet');
      assert.equal(await text('#loaded'), 'Loaded: London Borough of Barnet (from authority)');
      assert.equal(await text('#selected'), 'Selected: none');

      // 2. Choosing an event in the timeline: the app's state hears `ofsted-select`, and passes `event` back down,
      // so the scorecard shows that inspection, not the latest.
      // The point's own target: the option spans its grade label too, and its box's centre can fall between them.
      const option = await page.evaluateHandle(
        `(${timeline})().shadowRoot.querySelector('[data-event-id="inspection-2017"] .hit-area')`,
      );
      await option.click();
      await waitFor(
        `document.querySelector('#selected').textContent === 'Selected: inspection-2017'`,
        'Selected: inspection-2017',
      );
      await waitFor(
        `(${scorecard})()?.shadowRoot?.querySelector('.title')?.textContent === ${JSON.stringify(titleOf('inspection-2017'))}`,
        'the scorecard to show the chosen inspection',
      );
      // …and by keyboard: the arrow key moves to the next event, and the app follows.
      await page.keyboard.press('ArrowRight');
      await waitFor(`!document.querySelector('#selected').textContent.endsWith('inspection-2017')`, 'ArrowRight');
      const keyed = await inPage(
        `() => ({ shown: document.querySelector('#selected').textContent, event: (${timeline})().event })`,
      );
      assert.equal(keyed.shown, `Selected: ${keyed.event}`);
      assert.ok(
        barnet.events.some((event) => event.id === keyed.event),
        `${keyed.event} is a Barnet event`,
      );

      // 3. A council's own dataset, passed by the framework as the `data` property (an attribute could not carry it).
      await page.select('select', 'northwick');
      await waitFor(`document.querySelector('#loaded').textContent.includes('Northwick')`, 'ofsted-data for Northwick');
      assert.equal(await text('#loaded'), 'Loaded: Northwick (fictional council) (from data)');
      assert.match(await summary(), /^Northwick \(fictional\) children's services were judged /);
      assert.equal(await inPage(`() => (${timeline})().data?.authority.id`), 'northwick-fictional');
      assert.equal(await text('#selected'), 'Selected: none');

      // 4. A broken dataset: the element says so in place (role="alert") and the app's handler hears `ofsted-error`.
      await page.select('select', 'broken');
      await waitFor(`document.querySelector('#problem').textContent.startsWith('Problem: invalid:')`, 'ofsted-error');
      const alert = await inPage(
        `() => (${errorHost})().shadowRoot.querySelector('[role="alert"]')?.textContent ?? ''`,
      );
      assert.match(alert, /The inspection data has mistakes in it/);
      assert.equal(
        await text('#problem'),
        'Problem: invalid: The data property does not follow the Ofsted dataset schema (2 problems).',
      );
      // …and no longer says the previous dataset is loaded beside the error.
      assert.equal(await text('#loaded'), '');

      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  });
}
