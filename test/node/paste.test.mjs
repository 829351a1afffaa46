// Issue 27, items 4-5, and issue 26, item 10: each element's paste (examples/paste/<element>.html) carries a link to
// the council's Ofsted reports inside the tag. It shows until the element renders; it stays when the script never
// loads (a 404) and, with the reason, when the element cannot show the data; and an error message takes only its own
// height, never sitting above the room the paste reserved. The built CDN file in Debian's Chromium.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { councilPage, paste } from '../../scripts/bench/delivery.mjs';
import { startBrowserPage } from './browser-page.mjs';

const TAGS = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'];
const LINK_TEXT = "Ofsted's reports on Leeds's children's services";

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

/** Opens a council page holding `content` (served at /paste-page.html) on a 375px screen. */
async function openPage(content) {
  const page = await site.browser.newPage();
  await page.setViewport({ width: 375, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/paste-page.html') {
      void request.respond({ status: 200, contentType: 'text/html', body: councilPage('Paste', content, 800) });
    } else void request.continue();
  });
  await page.goto(`${site.origin}/paste-page.html`);
  return page;
}

/** Where the fallback link is drawn (null when it is not), and the element's height. */
const fallbackOf = (page, tag) =>
  page.evaluate((tag) => {
    const element = document.querySelector(tag);
    const link = element.querySelector('a');
    const box = link.getBoundingClientRect();
    return {
      link: box.width > 0 && box.height > 0 ? { text: link.textContent, href: link.href } : null,
      height: element.getBoundingClientRect().height,
    };
  }, tag);

for (const tag of TAGS) {
  test(`${tag}'s paste links to Leeds's reports on Ofsted's site, inside the tag`, async () => {
    const page = await openPage(paste('leeds', [tag]).replace('/dist/ofsted-widgets.js', '/no-such-script.js'));
    const { link, height } = await fallbackOf(page, tag);
    assert.deepEqual(link, { text: LINK_TEXT, href: 'https://reports.ofsted.gov.uk/provider/44/80481' });
    // A script that never loads leaves the link in the reserved room, not a blank box.
    assert.ok(height > 300, `the room is ${height}px`);
    await page.close();
  });
}

for (const tag of TAGS) {
  test(`${tag}'s fallback link is hidden once it draws Leeds`, async () => {
    const page = await openPage(paste('leeds', [tag]));
    // The text the reader sees, through the journey's inner elements' shadow roots too.
    await page.waitForFunction(
      (tag) => {
        const text = (root) =>
          [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? text(el.shadowRoot) : '')).join('') +
          root.textContent;
        return text(document.querySelector(tag).shadowRoot ?? document.createElement('p')).includes('Leeds');
      },
      {},
      tag,
    );
    assert.equal((await fallbackOf(page, tag)).link, null);
    await page.close();
  });
}

for (const tag of TAGS) {
  test(`${tag} that cannot show its council says why, keeps the link and releases the reserved room`, async () => {
    const page = await openPage(paste('atlantis', [tag]));
    await page.waitForFunction(
      (tag) => document.querySelector(tag).shadowRoot?.querySelector('[role="alert"]'),
      {},
      tag,
    );
    const { link, height } = await fallbackOf(page, tag);
    const alert = await page.evaluate((tag) => {
      const box = document.querySelector(tag).shadowRoot.querySelector('[role="alert"]');
      return { text: box.textContent, height: box.getBoundingClientRect().height };
    }, tag);
    assert.match(alert.text, /atlantis/);
    assert.equal(link?.text, LINK_TEXT);
    // The element is as tall as its message (and its margin), not the room of a drawn element.
    assert.ok(height < alert.height + 40, `the element is ${height}px, its message ${alert.height}px`);
    await page.close();
  });
}
