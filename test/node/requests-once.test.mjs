// Issue 26 item 11 ("some data requests end net::ERR_ABORTED although the data draws: a request made twice?"): a page
// holding the README's CDN paste asks for each file once (the script and its chunks, the council's file, the
// sentences picked from an inspection's report) and no request fails, is aborted or is refused. Counted from
// Chromium's own network events, so an aborted request counts too; about what a page requests, not chunk names.
// Needs `npm run build` (dist/).
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { councilPage, paste } from '../../scripts/bench/delivery.mjs';
import { startBrowserPage } from './browser-page.mjs';

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

/**
 * Opens a council page holding `content` at `width` px and records every request the page makes after its own
 * HTML: path, how it ended (`ok`, the HTTP status, or Chromium's error text such as `net::ERR_ABORTED`).
 */
async function openPage(content, width) {
  const page = await site.browser.newPage();
  await page.setViewport({ width, height: 800 });
  const requests = [];
  const path = (request) => new URL(request.url()).pathname;
  // The page's own HTML, and the favicon Chromium asks for by itself, are not the paste's requests.
  const own = (request) => ['/page.html', '/favicon.ico'].includes(path(request));
  page.on('request', (request) => {
    if (!own(request)) requests.push({ request, path: path(request), outcome: 'pending' });
  });
  const ended = (request, outcome) => {
    const entry = requests.find((item) => item.request === request);
    if (entry) entry.outcome = outcome;
  };
  page.on('requestfinished', (request) => {
    const status = request.response()?.status();
    ended(request, status === 200 ? 'ok' : `HTTP ${status}`);
  });
  page.on('requestfailed', (request) => ended(request, request.failure()?.errorText ?? 'failed'));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (path(request) === '/page.html')
      void request.respond({ status: 200, contentType: 'text/html', body: councilPage('Requests', content, width) });
    else void request.continue();
  });
  await page.goto(`${site.origin}/page.html`);
  return { page, requests };
}

/**
 * Until every element and every part of a journey shows its data with nothing loading (a breakdown's picked sentences
 * included), then until the network has been quiet for a while, so a late second request would be seen.
 */
async function settled(page) {
  await page.waitForFunction(() => {
    const elements = [
      ...document.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown, ofsted-journey'),
    ];
    const parts = elements.flatMap((el) =>
      el.localName === 'ofsted-journey'
        ? [...(el.shadowRoot?.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown') ?? [])]
        : [el],
    );
    return (
      parts.length >= elements.length &&
      parts.every(
        (el) =>
          el.shadowRoot?.querySelector('[part="summary"]') &&
          !el.shadowRoot.querySelector('[part="loading"]') &&
          !/Loading/.test(el.shadowRoot.textContent ?? ''),
      )
    );
  });
  await page.waitForNetworkIdle({ idleTime: 500 });
}

/** Each path asked for more than once, and each request that did not end well, as lines that name them. */
function problems(requests) {
  const counts = new Map();
  for (const { path } of requests) counts.set(path, (counts.get(path) ?? 0) + 1);
  return [
    ...[...counts].filter(([, count]) => count > 1).map(([path, count]) => `${path} requested ${count} times`),
    ...requests.filter((entry) => entry.outcome !== 'ok').map((entry) => `${entry.path}: ${entry.outcome}`),
  ];
}

/** The kinds of file requested: so a page that asked for nothing cannot pass. */
const kinds = (requests) => ({
  script: requests.some((entry) => entry.path === '/dist/ofsted-widgets.js'),
  authority: requests.filter((entry) => /^\/dist\/authorities\/[^/]+\.json$/.test(entry.path)).length,
  findings: requests.filter((entry) => /^\/dist\/findings\/[^/]+\/[^/]+\.json$/.test(entry.path)).length,
});

const PAGES = [
  { name: "a timeline's paste (Kent)", authority: 'kent', tags: ['ofsted-timeline'], findings: false },
  { name: "a journey's paste (Cumberland)", authority: 'cumberland', tags: ['ofsted-journey'], findings: true },
  {
    name: "a timeline's, a scorecard's and a breakdown's pastes of one council (Bradford)",
    authority: 'bradford',
    tags: ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'],
    findings: true,
  },
];

for (const { name, authority, tags, findings } of PAGES) {
  for (const width of [375, 1280]) {
    test(`${name} at ${width}px asks for each file once, and every request succeeds`, async () => {
      const { page, requests } = await openPage(paste(authority, tags), width);
      await settled(page);
      assert.deepEqual(kinds(requests), { script: true, authority: 1, findings: findings ? 1 : 0 });
      assert.deepEqual(problems(requests), []);
      await page.close();
    });
  }
}

test("a journey asks for an inspection's picked sentences once, however often the reader goes back to it", async () => {
  const { page, requests } = await openPage(paste('bradford', ['ofsted-journey']), 1280);
  await settled(page);
  const choose = (index) =>
    page.evaluate((index) => {
      const timeline = document.querySelector('ofsted-journey').shadowRoot.querySelector('ofsted-timeline');
      const graded = [...timeline.shadowRoot.querySelectorAll('[role="option"]')].filter((option) =>
        /inspection/.test(option.dataset.eventId),
      );
      graded
        .at(index)
        .querySelector('.hit-area')
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }, index);
  for (const index of [-2, -1, -2, -1]) {
    await choose(index);
    await settled(page);
  }
  assert.ok(kinds(requests).findings >= 2, `picked sentences of two inspections: ${kinds(requests).findings}`);
  assert.deepEqual(problems(requests), []);
  await page.close();
});
