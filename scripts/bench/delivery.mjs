// The delivery bench: the CDN paste (examples/paste/) on a plain council-like page (text after the element), loaded as a first
// visit (a fresh browser context, so a fresh renderer, an empty HTTP cache and no compiled code, per load) on a
// throttled network and CPU, beside Chart.js and Observable Plot drawing the same journey from the same data file
// on the same network. Records, per load: layout shift, bytes, when the chart is drawn, the page's network floor,
// and total blocking time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Slow 4G as the issue measured it, through CDP (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). */
export const PROFILE = { latencyMs: 562.5, bitsPerSecond: 1_440_000, uploadBitsPerSecond: 675_000, cpuSlowdown: 4 };
const bytesPerMs = PROFILE.bitsPerSecond / 8 / 1000;
/** How long a load is watched after the chart is drawn, for shifts that come later (fonts, late content). */
const SETTLE_MS = 600;

/** Where the paste files are: examples/paste/<element>.html, the exact CDN paste for each element (README, guide). */
export const PASTE_DIR = new URL('../../examples/paste/', import.meta.url);
export const CDN_SCRIPT = 'https://unpkg.com/ofsted-widgets/dist/ofsted-widgets.js';

/** The paste file of `tag` (`ofsted-timeline`, ...), exactly as shipped. */
export function pasteFile(tag) {
  const paste = readFileSync(new URL(`${tag.replace(/^ofsted-/, '')}.html`, PASTE_DIR), 'utf8');
  if (!paste.includes(`<script type="module" src="${CDN_SCRIPT}"></script>`) || !paste.includes(`<${tag} `)) {
    throw new Error(`examples/paste: ${tag}'s paste has no CDN script line or no <${tag}> tag`);
  }
  return paste;
}

/**
 * The pastes of `tags` on one page, as an editor would put them: the script line once, then each element's tag as
 * its paste file has it (style and fallback link included), pointed at the local build and at `authority`.
 */
export function paste(authority, tags = ['ofsted-timeline']) {
  const parts = tags.map((tag) => pasteFile(tag).trim().split('\n'));
  return [parts[0][0], ...parts.flatMap((lines) => lines.slice(1))]
    .join('\n')
    .replace(CDN_SCRIPT, '/dist/ofsted-widgets.js')
    .replaceAll(/authority="[^"]*"/g, `authority="${authority}"`);
}

/** A plain council page: a heading and a paragraph, then `content`, then text that moves if `content` grows. */
export const councilPage = (title, content, width) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body { font: 16px/1.5 Arial, sans-serif; margin: 0 auto; max-width: ${width}px; padding: 0 16px; }</style></head>
<body>
<header><p>Benchtown Council (a fictional page made by the bench)</p></header>
<main>
<h1>How Ofsted has judged our children's services</h1>
<p>Ofsted inspects how well the council helps and protects children, looks after children in care and supports care
leavers. This page shows every inspection and visit since 2009.</p>
${content}
<h2>What we are doing next</h2>
${"<p>We publish our improvement plan each year and report on it to the children and young people's scrutiny committee. Families can tell us what they think at any time.</p>\n".repeat(6)}</main>
</body>
</html>`;

/** A comparison page: the library draws into a box of the timeline's drawn height, from the same data file. */
export const comparisonContent = (bundleUrl, dataUrl, height) =>
  `<div id="chart" style="height: ${height}px; position: relative;"></div>
<script>window.BENCH_DATA_URL = ${JSON.stringify(dataUrl)};</script>
<script type="module" src="${bundleUrl}"></script>`;

/**
 * A script that costs the page what the CDN file costs it on the network and almost nothing else: it fetches the data
 * file as ours does (BENCH_DATA_URL, after the script), writes one line from it into #chart and calls benchDone().
 * Its filler is a string of pseudo-random text (the same every run), so it gzips to `gzipBytes` like the CDN file.
 * What this page takes over its own network floor is the browser's share on this harness (parsing the page, starting
 * requests, painting), which no script can take back; ours over it is the work our code does.
 */
export function sameBytesNoWorkScript(gzipBytes) {
  const draw = `const data = window.BENCH_DATA ?? await (await fetch(window.BENCH_DATA_URL)).json();
const line = document.createElement('p');
line.textContent = \`\${data.authority.name}: \${data.events.length} events\`;
document.getElementById('chart').append(line);
window.benchDone();\n`;
  let filler = '';
  for (
    let i = 0;
    gzipSync(`const FILLER = ${JSON.stringify(filler)};\n${draw}`, { level: 9 }).length < gzipBytes;
    i++
  ) {
    filler += createHash('sha256').update(`filler ${i}`).digest('base64');
  }
  return `const FILLER = ${JSON.stringify(filler)};\n${draw}`;
}

/** Injected before any page script (so a page's CSP does not apply): what each load records. */
const instrument = (tags) => `(() => {
  const bench = (window.__bench = { cls: 0, shifts: 0, longTasks: [] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) { bench.cls += entry.value; bench.shifts++; }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const drawn = () => {
    bench.committed = performance.now();
    // A message posted in the frame's animation callbacks is delivered after that frame's style, layout and paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.drawn = performance.now();
        setTimeout(() => (bench.done = true), ${SETTLE_MS});
      };
      channel.port2.postMessage(0);
    });
  };
  window.benchDone = drawn;
  const waiting = new Set(${JSON.stringify(tags)});
  document.addEventListener('ofsted-data', (event) => {
    bench.dataset ??= event.detail.dataset;
    waiting.delete(event.target.localName);
    if (waiting.size === 0 && bench.committed === undefined) drawn();
  }, true);
  document.addEventListener('ofsted-error', (event) => (bench.error = event.detail.message), true);
})();`;

/**
 * Loads `url` as a first visit: a fresh browser context, throttled. `tags` are the elements whose `ofsted-data`
 * means drawn (none for a comparison page: it calls benchDone()). Returns the load's figures.
 */
export async function coldLoad(browser, url, tags) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.emulateNetworkConditions({
      download: PROFILE.bitsPerSecond / 8,
      upload: PROFILE.uploadBitsPerSecond / 8,
      latency: PROFILE.latencyMs,
    });
    await page.emulateCPUThrottling(PROFILE.cpuSlowdown);
    await page.evaluateOnNewDocument(instrument(tags));
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    try {
      await page.waitForFunction(() => window.__bench.done || window.__bench.error, { timeout: 60_000, polling: 100 });
    } catch (error) {
      const state = await page
        .evaluate(() => JSON.stringify({ committed: window.__bench.committed, drawn: window.__bench.drawn }))
        .catch(() => '?');
      throw new Error(`${url}: not drawn within 60 s (${state}; page errors: ${pageErrors.join('; ') || 'none'})`, {
        cause: error,
      });
    }
    const result = await page.evaluate(() => {
      const { dataset, ...bench } = window.__bench;
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        ...bench,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        html: { bytes: navigation.encodedBodySize, transfer: navigation.transferSize },
        resources: performance.getEntriesByType('resource').map((entry) => ({
          name: new URL(entry.name).pathname,
          type: entry.initiatorType,
          bytes: entry.encodedBodySize,
          transfer: entry.transferSize,
        })),
      };
    });
    if (result.error) throw new Error(`${url}: ${result.error}`);
    return summarise(result);
  } finally {
    await context.close();
  }
}

/**
 * The figures of one load. The network floor is what the page's own chain of requests costs on this network with
 * no time spent computing: one round trip per step of the chain (the page; its scripts; the data they fetch) plus
 * every byte at the link's rate.
 */
function summarise(result) {
  const scripts = result.resources.filter((r) => r.type === 'script' || r.type === 'link');
  const data = result.resources.filter((r) => r.type === 'fetch' || r.type === 'xmlhttprequest');
  const steps = 1 + (scripts.length ? 1 : 0) + (data.length ? 1 : 0);
  const transferred = result.html.transfer + [...scripts, ...data].reduce((sum, r) => sum + r.transfer, 0);
  const floor = steps * PROFILE.latencyMs + transferred / bytesPerMs;
  const blocking = result.longTasks
    .filter(([start]) => start >= (result.fcp ?? 0) && start < result.drawn)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  return {
    cls: result.cls,
    shifts: result.shifts,
    bytes: [...scripts, ...data].reduce((sum, r) => sum + r.bytes, 0),
    requests: [...scripts, ...data].map((r) => r.name),
    drawn: result.drawn,
    floor,
    steps,
    blocking,
  };
}

/**
 * Warm re-render in an open page (code compiled, data loaded and validated): `count` redraws of the same dataset,
 * each timed from the start of the redraw to a forced style and layout. Ours makes a new element with the dataset as
 * `data`; the libraries call their draw function again.
 */
export async function warmRedraws(page, kind, count) {
  return page.evaluate(
    async (kind, count) => {
      const times = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        if (kind === 'ours') {
          const old = document.querySelector('ofsted-timeline');
          const element = document.createElement('ofsted-timeline');
          element.data = window.__bench.dataset;
          const shown = new Promise((resolve) => element.addEventListener('ofsted-data', resolve, { once: true }));
          old.replaceWith(element);
          await shown;
        } else {
          window.benchDraw(window.benchDataset);
        }
        void document.documentElement.offsetHeight;
        times.push(performance.now() - t0);
        await new Promise(requestAnimationFrame);
      }
      return times;
    },
    kind,
    count,
  );
}

/**
 * In the warm page, after warmRedraws: the drawn timeline's final markup set by innerHTML into a new shadow root with
 * the same styles, replacing the element, to a forced style and layout, `count` times (the DOM floor of a redraw: no
 * script of ours at all). Median of all but the first three.
 */
export async function warmMarkupFloor(page, count) {
  return page.evaluate(async (count) => {
    const drawn = document.querySelector('ofsted-timeline');
    const markup = drawn.shadowRoot.innerHTML;
    const sheets = drawn.shadowRoot.adoptedStyleSheets;
    const hostStyle = drawn.getAttribute('style') ?? '';
    let current = drawn;
    const times = [];
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      const host = document.createElement('div');
      host.setAttribute('style', hostStyle);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.innerHTML = markup;
      current.replaceWith(host);
      current = host;
      void document.documentElement.offsetHeight;
      times.push(performance.now() - t0);
      await new Promise(requestAnimationFrame);
    }
    const sorted = times.slice(3).sort((a, b) => a - b);
    return sorted[sorted.length >> 1];
  }, count);
}

export { instrument };
