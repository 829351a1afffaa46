// Issue 15, item 1, and issue 26, item 10: each element's paste (examples/paste/<element>.html, which the README and
// the web editors' guide show) reserves that element's room before the script arrives (a min-height on the tag).
// That room must hold every council's element at its own height, from a phone to a desktop, or the page moves when
// that council's element draws. The built CDN file in Debian's Chromium, every council, five screen widths (each
// column the screen less the council page's 2 x 16 px padding, as the delivery bench's page has).
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { pasteFile } from '../../scripts/bench/delivery.mjs';
import { startBrowserPage } from './browser-page.mjs';

const councils = readdirSync('dist/authorities')
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .map((name) => name.replace(/\.json$/, ''));
/** The `style` on `tag` in its paste file. */
const reservationOf = (tag) => pasteFile(tag).match(new RegExp(`<${tag}[^>]* style="([^"]+)"`))?.[1];
const journeyReservation = reservationOf('ofsted-journey');

let site;
before(async () => (site = await startBrowserPage()));
after(() => site?.close());

for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey']) {
  test(`the ${tag} paste reserves room with a style on the tag`, () => {
    assert.match(reservationOf(tag) ?? '', /display:block;min-height:/);
  });
}

/** The room `style` reserves in a `column` px column, and the tallest and shortest `tag` there of the councils `ids`. */
async function heightsInColumn(tag, style, column, ids = councils) {
  const page = await site.browser.newPage();
  await page.setViewport({ width: column + 32, height: 800 });
  await page.goto(`${site.origin}/test/node/reserved-room.html`);
  const result = await page.evaluate(
    async (councils, tag, style, column) => {
      await import('/dist/ofsted-widgets.js');
      const host = document.getElementById('column');
      host.style.width = `${column}px`;
      host.innerHTML = `<div style="${style}"></div>`;
      const room = host.firstElementChild.getBoundingClientRect().height;
      let tallest = { id: '', height: 0 };
      let shortest = { id: '', height: Infinity };
      for (const id of councils) {
        host.innerHTML = '';
        const el = document.createElement(tag);
        el.setAttribute('authority', id);
        const done = new Promise((resolve) => {
          el.addEventListener('ofsted-data', resolve, { once: true });
          el.addEventListener('ofsted-error', resolve, { once: true });
        });
        host.append(el);
        await done;
        await el.updateComplete;
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        const height = el.getBoundingClientRect().height;
        if (height > tallest.height) tallest = { id, height };
        if (height < shortest.height) shortest = { id, height };
      }
      return { room, tallest, shortest };
    },
    ids,
    tag,
    style,
    column,
  );
  await page.close();
  return result;
}

for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown']) {
  for (const screen of [320, 375, 640, 1024, 1280]) {
    test(`the ${tag} paste's room holds every council's ${tag} on a ${screen}px screen`, async () => {
      const { room, tallest } = await heightsInColumn(tag, reservationOf(tag), screen - 32);
      assert.ok(tallest.height <= room, `${tallest.id}'s ${tag} is ${tallest.height}px, the room ${room}px`);
    });
  }
}

// The journey is taller than a screen: its paste reserves less than any council's journey (so it never leaves a
// gap) but more than a tall screen's height, so what growth is left happens below the fold, where it moves nothing
// a reader sees (layout shift counts only what moves in view).
test('the journey paste reserves room taller than a 1,080px screen', async () => {
  const { room } = await heightsInColumn('ofsted-journey', journeyReservation, 640, []);
  assert.ok(room >= 1080, `the room is ${room}px`);
});

for (const column of [640, 1024]) {
  test(`the journey paste's room is no taller than any council's journey in a ${column}px column`, async () => {
    const { room, shortest } = await heightsInColumn('ofsted-journey', journeyReservation, column);
    assert.ok(shortest.height >= room, `${shortest.id}'s journey is ${shortest.height}px, the room ${room}px`);
  });
}
