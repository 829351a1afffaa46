// Issue 24, item 6: the CDN file asks for every chunk a tag needs at once. Each chunk's response is held until all the
// chunks the page needs have been asked for: if one chunk were found only inside another (a round trip more on a slow
// link), the page would never get it and never draw. Needs `npm run build` (dist/).
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { startBrowserPage } from './browser-page.mjs';

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

/**
 * Opens a page whose body is `body` with the CDN file, holding the chunks beside it until every one of `needed` (their
 * names without the hash) has been asked for; resolves with the chunks asked for once the element has its data.
 */
async function drawWithChunksHeld(body, needed) {
  const tab = await site.browser.newPage();
  await tab.evaluateOnNewDocument(() => document.addEventListener('ofsted-data', () => (window.drawn = true)));
  const asked = new Set();
  let allAsked;
  const everyChunkAsked = new Promise((resolve) => (allAsked = resolve));
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/page.html')
      return request.respond({
        contentType: 'text/html',
        body: `<!doctype html><body>${body}<script type="module" src="/dist/ofsted-widgets.js"></script></body>`,
      });
    const chunk = path.match(/^\/dist\/cdn\/([a-z-]+)-[\w-]+\.js$/)?.[1];
    if (!chunk) return request.continue();
    asked.add(chunk);
    if (needed.every((name) => asked.has(name))) allAsked();
    return everyChunkAsked.then(() => request.continue());
  });
  try {
    await tab.goto(`${site.origin}/page.html`);
    await tab
      .waitForFunction(() => window.drawn, { timeout: 15_000 })
      .catch(() => assert.fail(`not drawn: the chunks asked for before any arrived were ${[...asked].join(', ')}`));
    return [...asked].sort();
  } finally {
    await tab.close();
  }
}

test("a timeline's page asks for the timeline's chunk and the base chunk together, and for no other", async () => {
  const asked = await drawWithChunksHeld('<ofsted-timeline authority="leeds"></ofsted-timeline>', ['base', 'timeline']);
  assert.deepEqual(asked, ['base', 'timeline']);
});

test("a journey's page asks for the base chunk and the four elements' chunks together", async () => {
  const needed = ['base', 'breakdown', 'journey', 'scorecard', 'timeline'];
  const asked = await drawWithChunksHeld('<ofsted-journey authority="leeds"></ofsted-journey>', needed);
  assert.deepEqual(asked, needed);
});
