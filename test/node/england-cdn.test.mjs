// The CDN file and <ofsted-england>: a page without the tag fetches neither the element's code nor the national file;
// a page with it fetches both, the national file without waiting for the code. Needs `npm run build` (dist/).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { startBrowserPage } from './browser-page.mjs';

let site;
before(async () => {
  site = await startBrowserPage();
});
after(() => site?.close());

/** Opens a page on the test server whose body is `body`, with the CDN file, noting each request's path. */
async function open(body, { holdCode = false } = {}) {
  const tab = await site.browser.newPage();
  const requested = [];
  const nationalSeen = new Promise((resolve) => {
    tab.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      requested.push(path);
      if (path.endsWith('/national/england.json')) resolve();
    });
  });
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/page.html')
      return request.respond({
        contentType: 'text/html',
        body: `<!doctype html><body>${body}<script type="module" src="/dist/ofsted-widgets.js"></script></body>`,
      });
    // The element's code is held until the national file has been asked for: if the file waited for the code, the
    // page would never get either.
    if (holdCode && /\/dist\/cdn\/england-/.test(path)) return nationalSeen.then(() => request.continue());
    return request.continue();
  });
  await tab.goto(`${site.origin}/page.html`);
  return { tab, requested };
}

test('a page without <ofsted-england> fetches neither its code nor the national file', async () => {
  const { tab, requested } = await open('<ofsted-scorecard authority="leeds"></ofsted-scorecard>');
  await tab.waitForFunction(() => document.querySelector('ofsted-scorecard')?.shadowRoot?.querySelector('.judgements'));
  assert.deepEqual(
    requested.filter((path) => /national|\/cdn\/england-/.test(path)),
    [],
  );
  await tab.close();
});

test('a page with it fetches the national file without waiting for the code, and draws the map', async () => {
  const { tab, requested } = await open('<ofsted-england authority="leeds"></ofsted-england>', { holdCode: true });
  await tab.waitForFunction(
    () => document.querySelector('ofsted-england')?.shadowRoot?.querySelectorAll('[role="option"]').length === 153,
  );
  assert.equal(requested.filter((path) => path.endsWith('/national/england.json')).length, 1);
  assert.equal(requested.filter((path) => /\/cdn\/england-/.test(path)).length, 1);
  await tab.close();
});

test('a tag added later is loaded when it arrives', async () => {
  const { tab, requested } = await open('<p>No map yet.</p>');
  await tab.evaluate(() =>
    document.body.append(Object.assign(document.createElement('ofsted-england'), { authority: 'leeds' })),
  );
  await tab.waitForFunction(
    () => document.querySelector('ofsted-england')?.shadowRoot?.querySelectorAll('[role="option"]').length === 153,
  );
  assert.equal(requested.filter((path) => path.endsWith('/national/england.json')).length, 1);
  await tab.close();
});

test('render --element england writes the map, the sentence and the table of 153 councils as static HTML', () => {
  const run = spawnSync(
    process.execPath,
    ['bin/ofsted-widgets.mjs', 'render', '--element', 'england', '--authority', 'leeds'],
    { cwd: new URL('../../', import.meta.url), encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.match(/role="option"/g)?.length, 153);
  assert.match(run.stdout, /Leeds is one of 46 councils whose latest overall effectiveness grade is Outstanding/);
  assert.equal(run.stdout.match(/<tr>/g)?.length, 154); // the header and 153 councils
});
