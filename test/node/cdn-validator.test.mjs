// Issue 24, item 6: the CDN file carries no validator. The package's own files were checked when it was built, so a
// page showing only bundled councils never fetches the validator's chunk; a third party's `src` file or `data` object
// fetches it and is checked as ever: shown when valid, refused with its problems when not. The built CDN file in
// Debian's Chromium.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startBrowserPage } from './browser-page.mjs';

const barnet = readFileSync(new URL('../../data/authorities/barnet.json', import.meta.url), 'utf8');
const broken = JSON.stringify({ ...JSON.parse(barnet), events: 'none' });

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

/**
 * Opens a page with `body` and the CDN file (third-party files served at /third-party/*.json) and returns the
 * element's first `ofsted-data` or `ofsted-error` and the scripts the page fetched.
 */
async function openPage(body) {
  const page = await site.browser.newPage();
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/page.html') {
      const html = `<!doctype html><html lang="en"><body>
        <script>
          window.outcome = new Promise((resolve) => {
            for (const type of ['ofsted-data', 'ofsted-error'])
              document.addEventListener(type, (event) => resolve({ type, kind: event.detail.kind }), { once: true });
          });
        </script>
        ${body}
        <script type="module" src="/dist/ofsted-widgets.js"></script></body></html>`;
      void request.respond({ status: 200, contentType: 'text/html', body: html });
    } else if (pathname === '/third-party/barnet.json') {
      void request.respond({ status: 200, contentType: 'application/json', body: barnet });
    } else if (pathname === '/third-party/broken.json') {
      void request.respond({ status: 200, contentType: 'application/json', body: broken });
    } else void request.continue();
  });
  await page.goto(`${site.origin}/page.html`);
  const outcome = await page.evaluate(() => window.outcome);
  await page.close();
  return { outcome, validator: scripts.filter((path) => /\/cdn\/check-[\w-]+\.js$/.test(path)) };
}

test('a page that shows a bundled council fetches no validator', async () => {
  const { outcome, validator } = await openPage('<ofsted-timeline authority="barnet"></ofsted-timeline>');
  assert.deepEqual(outcome, { type: 'ofsted-data' });
  assert.deepEqual(validator, []);
});

test("a third party's src file fetches the validator and shows the data", async () => {
  const { outcome, validator } = await openPage('<ofsted-timeline src="/third-party/barnet.json"></ofsted-timeline>');
  assert.deepEqual(outcome, { type: 'ofsted-data' });
  assert.equal(validator.length, 1);
});

test("a third party's src file that breaks the schema is refused with the validator's problems", async () => {
  const { outcome, validator } = await openPage('<ofsted-scorecard src="/third-party/broken.json"></ofsted-scorecard>');
  assert.deepEqual(outcome, { type: 'ofsted-error', kind: 'invalid' });
  assert.equal(validator.length, 1);
});

test("a third party's data object fetches the validator and is checked", async () => {
  const { outcome, validator } = await openPage(`<ofsted-timeline></ofsted-timeline>
    <script type="module">
      await customElements.whenDefined('ofsted-timeline');
      document.querySelector('ofsted-timeline').data = ${broken};
    </script>`);
  assert.deepEqual(outcome, { type: 'ofsted-error', kind: 'invalid' });
  assert.equal(validator.length, 1);
});
