// `npm run gallery`: every Storybook story (the examples the tests and docs use) and three councils of different
// grades, at 320, 768 and 1280 px, light and dark, as PNGs in gallery/ with one gallery/index.html showing them side
// by side: how a reviewer sees what a change does to every element in every state. Not part of the package.
// Usage: npm run gallery [-- --only <text in a story id>] (builds Storybook first unless --no-build); --councils
// kent,cumberland,bradford and --widths 375,1280 replace the councils and widths below. With --wordpress
// (root, after npm run build) it adds a journey in a WordPress post at 1,280 and 375 px, as npm run test:wordpress
// draws and checks it, at the post's text size.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startBrowserPage } from '../test/node/browser-page.mjs';

const args = process.argv.slice(2);
/** The comma-separated list after `--<name>`, or `fallback`. */
const listArgument = (name, fallback) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1].split(',') : fallback;
const WIDTHS = listArgument('widths', [320, 768, 1280]).map(Number);
const SCHEMES = ['light', 'dark'];
/** Barnet's hand-made history, an outstanding council and an inadequate one, from the shipped data. */
const COUNCILS = listArgument('councils', ['barnet', 'leeds', 'isles-of-scilly']);
/** Breakdowns of each one's latest inspection: an outstanding council, an inadequate one (Halton 2024), one graded
 * after April 2026 with no overall grade (Somerset), and Barnet's. */
const BREAKDOWNS = ['leeds', 'halton', 'somerset', 'barnet'];
const out = 'gallery';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!args.includes('--no-build')) execSync('npm run build-storybook', { stdio: ['ignore', 'ignore', 'inherit'] });
const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const examples = [
  ...Object.values(entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => ({ key: entry.id, title: `${entry.title}: ${entry.name}`, query: `id=${entry.id}` })),
  ...COUNCILS.map((id) => ({
    key: `council-${id}`,
    title: `Council: ${id} (journey)`,
    query: `id=guides-find-your-council--find-your-council&args=authority:${id}`,
  })),
  ...BREAKDOWNS.map((id) => ({
    key: `breakdown-${id}`,
    title: `Council: ${id} (breakdown)`,
    query: `id=elements-breakdown--barnet&args=authority:${id}`,
  })),
].filter((example) => !only || example.key.includes(only));

rmSync(out, { recursive: true, force: true });
if (args.includes('--wordpress')) {
  const env = { ...process.env, WORDPRESS_GALLERY: `${out}/wordpress` };
  execSync('npm run test:wordpress', { stdio: ['ignore', 'ignore', 'inherit'], env });
}
const site = await startBrowserPage();
const started = performance.now();
try {
  const page = await site.browser.newPage();
  for (const example of examples) {
    mkdirSync(`${out}/${example.key}`, { recursive: true });
    // One load per example: the elements follow the viewport (ResizeObserver) and the colour scheme (media queries).
    await page.setViewport({ width: WIDTHS[0], height: 600 });
    // The toolbar's colour scheme "system": the elements follow the scheme emulated below (its default, light, would
    // draw the dark pictures light too); a story that sets its own theme keeps it.
    await page.goto(
      `${site.origin}/storybook-static/iframe.html?${example.query}&globals=theme:system&viewMode=story`,
      {
        waitUntil: 'load',
      },
    );
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 600 });
        await settled(page);
        await page.screenshot({ path: `${out}/${example.key}/${width}-${scheme}.png`, fullPage: true });
      }
    }
    process.stdout.write('.');
  }
} finally {
  await site.close();
}
writeFileSync(`${out}/index.html`, galleryPage(examples));
console.log(
  `\nwrote ${examples.length * WIDTHS.length * SCHEMES.length} pictures of ${examples.length} examples to ${out}/index.html in ${Math.round((performance.now() - started) / 1000)} s`,
);

/**
 * Until every element has shown its data or its error, and a breakdown the sentences picked from its report (a file of
 * their own, loaded after the data: without this wait its pictures could show no bars), then a frame. The Loading story
 * never settles: 3 s at most.
 */
async function settled(page) {
  await page
    .waitForFunction(
      () => {
        const elements = [
          ...document.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown, ofsted-journey'),
        ];
        const parts = elements.flatMap((el) => [
          el,
          ...(el.shadowRoot?.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown') ?? []),
        ]);
        return (
          parts.length > 0 &&
          parts.every(
            (el) =>
              el.shadowRoot &&
              !/Loading Ofsted data/.test(el.shadowRoot.textContent ?? '') &&
              !el.shadowRoot.querySelector('[part="loading"]'),
          )
        );
      },
      { timeout: 3000 },
    )
    .catch(() => undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function galleryPage(list) {
  const escape = (text) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const figures = (example) =>
    SCHEMES.flatMap((scheme) =>
      WIDTHS.map(
        (width) => `
      <figure><a href="${example.key}/${width}-${scheme}.png"><img src="${example.key}/${width}-${scheme}.png" alt="${escape(example.title)} at ${width} px, ${scheme}" loading="lazy" style="width:${Math.round(width / 3)}px"></a>
      <figcaption>${width} px, ${scheme}</figcaption></figure>`,
      ),
    ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ofsted-widgets gallery</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}section{margin-bottom:2rem}.row{display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap}figure{margin:0}img{border:1px solid #ccc;display:block}figcaption{font-size:.8rem;color:#555}</style>
</head><body><h1>ofsted-widgets gallery</h1>
<p>${list.length} examples at ${WIDTHS.join(', ')} px, light and dark, from the Storybook stories and the shipped data. Pictures shown at a third of their size; select one for full size.</p>
${list.map((example) => `<section><h2>${escape(example.title)}</h2><div class="row">${figures(example)}</div></section>`).join('\n')}
${wordpressSection()}
</body></html>
`;
}

/** The journey in a WordPress post, from the WordPress test's captures (gallery -- --wordpress), with its text sizes. */
function wordpressSection() {
  if (!existsSync(`${out}/wordpress/wordpress.json`)) return '';
  const { wordpress, captures } = JSON.parse(readFileSync(`${out}/wordpress/wordpress.json`, 'utf8'));
  const figures = captures.map(
    ({ width, file, fontSize, postFontSize }) => `
      <figure><a href="wordpress/${file}"><img src="wordpress/${file}" alt="A journey in a WordPress post at ${width} px" loading="lazy" style="width:${Math.round(width / 3)}px"></a>
      <figcaption>${width} px: the element's text ${fontSize}, the post's ${postFontSize}</figcaption></figure>`,
  );
  return `<section><h2>In a WordPress post (WordPress ${wordpress}, its default theme, added by an Author with the plugin's block)</h2><div class="row">${figures.join('')}</div></section>`;
}
