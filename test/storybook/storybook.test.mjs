// The built Storybook (storybook-static/, from `npm run build-storybook`) as a designer uses it, in Debian's Chromium
// (issue 26 item 9): a link to "Find your council" or "Theming" with the colour scheme in it shows the elements in
// that scheme; picking a council updates the `authority` control and the address; Theming has a control for every
// `--ofsted-*` custom property the elements document, and a value in the address reaches the element; the FICTIONAL
// brand shows no real council. Run by .ci/run after the Storybook build (`npm run test:storybook`).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startBrowserPage } from '../node/browser-page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const FIND = 'guides-find-your-council--find-your-council';
const CUSTOM = 'guides-theming--custom-properties';
const REBRAND = 'guides-theming--council-rebrand';

let site;
before(async () => {
  assert.ok(
    existsSync(`${root}storybook-static/index.json`),
    'storybook-static/ is missing: run `npm run build-storybook` first',
  );
  site = await startBrowserPage();
});
after(() => site?.close());

/** A page at `path` under storybook-static/, 1,280 px wide. */
async function open(path) {
  const page = await site.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${site.origin}/storybook-static/${path}`, { waitUntil: 'load' });
  return page;
}

/** The story's frame inside the manager, once its journey is there. */
async function storyFrame(page) {
  const handle = await page.waitForSelector('#storybook-preview-iframe', { timeout: 60_000 });
  const frame = await handle.contentFrame();
  await frame.waitForSelector('ofsted-journey', { timeout: 60_000 });
  return frame;
}

/** The journey's `authority` and `theme` attributes, and every heading inside it and its parts. */
const journeyState = () => {
  const journey = document.querySelector('ofsted-journey');
  const roots = [
    journey.shadowRoot,
    ...[...journey.shadowRoot.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : [])),
  ];
  return {
    authority: journey.getAttribute('authority'),
    theme: journey.getAttribute('theme'),
    headings: roots.flatMap((root) =>
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
    ),
    hint: document.querySelector('.hint')?.textContent.replace(/\s+/g, ' ') ?? '',
    picked: document.querySelector('select')?.value ?? null,
  };
};

const whenDrawn = () => {
  const journey = document.querySelector('ofsted-journey');
  return journey?.shadowRoot?.querySelector('ofsted-timeline')?.shadowRoot?.querySelector('svg') != null;
};

test('a link to Find your council with a council and the dark scheme shows that council, dark, with a readable date', async () => {
  const page = await open(`iframe.html?id=${FIND}&viewMode=story&args=authority:bradford&globals=theme:dark`);
  await page.waitForFunction(() => document.querySelector('select') !== null, { timeout: 60_000 });
  const state = await page.evaluate(journeyState);
  assert.equal(state.authority, 'bradford');
  assert.equal(state.theme, 'dark');
  assert.equal(state.picked, 'bradford');
  assert.match(state.hint, /The data runs to \d{1,2} [A-Z][a-z]+ \d{4}/);
  assert.doesNotMatch(state.hint, /\d{4}-\d{2}-\d{2}/);
  await page.close();
});

test('picking a council in Find your council updates the authority control and the address', async () => {
  const page = await open(`index.html?path=/story/${FIND}&globals=theme:dark`);
  const frame = await storyFrame(page);
  await frame.waitForSelector('select', { timeout: 60_000 });
  await frame.select('select', 'leeds');
  await page.waitForFunction(() => location.search.includes('args=authority:leeds'), { timeout: 30_000 });
  assert.match(page.url(), /globals=theme:dark/);
  await frame.waitForFunction(() => document.querySelector('ofsted-journey').getAttribute('authority') === 'leeds', {
    timeout: 30_000,
  });
  const control = await page.waitForSelector('#control-authority', { timeout: 30_000 });
  assert.equal(await control.evaluate((el) => el.value), 'leeds');
  assert.equal((await frame.evaluate(journeyState)).theme, 'dark');
  await page.close();
});

test('Theming has a control for every --ofsted-* custom property the elements document', async () => {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const documented = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName?.startsWith('ofsted-'))
      .flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name)),
  );
  assert.ok(documented.size >= 15, `custom properties documented: ${[...documented].join(', ')}`);
  const page = await open(`index.html?path=/story/${CUSTOM}`);
  await storyFrame(page);
  await page.waitForFunction(() => document.body.innerText.includes('--ofsted-'), { timeout: 60_000 });
  const controlsText = await page.evaluate(() => document.body.innerText);
  assert.deepEqual(
    [...documented].filter((name) => !controlsText.includes(name)),
    [],
  );
  await page.close();
});

test('a custom property and a council in a Theming link reach the element', async () => {
  const page = await open(
    `iframe.html?id=${CUSTOM}&viewMode=story&args=authority:kent;--ofsted-text-colour:!hex(fefefe)&globals=theme:dark`,
  );
  await page.waitForFunction(whenDrawn, { timeout: 60_000 });
  const { authority, theme, colour } = await page.evaluate(() => {
    const journey = document.querySelector('ofsted-journey');
    return {
      authority: journey.getAttribute('authority'),
      theme: journey.getAttribute('theme'),
      colour: getComputedStyle(journey).color,
    };
  });
  assert.deepEqual({ authority, theme, colour }, { authority: 'kent', theme: 'dark', colour: 'rgb(254, 254, 254)' });
  await page.close();
});

test('the FICTIONAL brand story follows the toolbar and is headed by no real council', async () => {
  const page = await open(`iframe.html?id=${REBRAND}&viewMode=story&globals=theme:dark`);
  await page.waitForFunction(whenDrawn, { timeout: 60_000 });
  const state = await page.evaluate(journeyState);
  assert.equal(state.theme, 'dark');
  assert.ok(state.headings.length > 0);
  assert.deepEqual(
    state.headings.filter((text) => /Barnet/.test(text)),
    [],
  );
  assert.ok(
    state.headings.some((text) => /Northwick/.test(text)),
    state.headings.join(' | '),
  );
  await page.close();
});
