// The bench's scale figures: a 10,000-event timeline against its own DOM floor (its final markup set by innerHTML)
// and Observable Plot; listeners added per render at two event counts; and the JS heap of 150 scorecards after GC.
//
// The limits refuse more than 500 events (src/data/limits.ts), so the 10,000-event row runs the built timeline
// (dist/timeline.js, bundled as an app would) with LIMITS.events raised in the bench's page only: the path measured
// is the real one (validation, layout, render, style and layout), on a dataset no real page can pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntryChunks } from '../measure.mjs';

export const SCALE_EVENTS = 10_000;

/** Bundles the timeline with the events limit raised, for the scale page; returns its URL on the bench server. */
export async function buildLiftedTimeline(root, cacheDir, cacheUrl) {
  const entry = join(cacheDir, 'timeline-lifted-entry.mjs');
  writeFileSync(
    entry,
    `import { LIMITS } from '${root}dist/data.js';
LIMITS.events = ${SCALE_EVENTS}; // bench only: see scripts/bench/scale-dom.mjs
export * from '${root}dist/timeline.js';\n`,
  );
  // Its chunks beside it: the code the timeline imports when needed (export, authority lookup) imports back from them.
  const bundle = await bundleEntryChunks(entry);
  for (const [name, code] of bundle.chunks)
    writeFileSync(join(cacheDir, name === bundle.entryFileName ? 'timeline-lifted.js' : name), code);
  return `${cacheUrl}/timeline-lifted.js`;
}

/**
 * Statements for a module script: the CDN file `module` loads every element's code now, as its `loadElementsIn` does
 * for tags it cannot see, so a page that times elements it creates times them, not their code's arrival. Nothing for a
 * module without it (Plot's, an npm entry's).
 */
export const loadEveryElement = (module) => `
  await (await import('${module}')).loadElementsIn?.(document.createRange().createContextualFragment(
    '<ofsted-timeline></ofsted-timeline><ofsted-scorecard></ofsted-scorecard><ofsted-breakdown></ofsted-breakdown><ofsted-journey></ofsted-journey>',
  ));`;

/** A page holding a 640 px stage, the fictional dataset makers and one module (ours or Plot's). */
export const scalePage = ({ module, fictionalUrl, width, before = '' }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Scale</title>
<style>html, body { margin: 0; } #stage, #chart { width: ${width}px; } #chart { height: 400px; }</style></head>
<body><div id="stage"></div><div id="chart"></div>
<script>
  window.BENCH_DATA = { events: [] };
  window.benchDone = () => {};
  // Counts addEventListener calls while window.countListeners is true.
  const add = EventTarget.prototype.addEventListener;
  window.listenersAdded = 0;
  EventTarget.prototype.addEventListener = function (...args) {
    if (window.countListeners) window.listenersAdded++;
    return add.apply(this, args);
  };
  ${before}
</script>
<script type="module">
  import { fictionalTimeline } from '${fictionalUrl}';
  window.fictionalTimeline = fictionalTimeline;${loadEveryElement(module)}
  window.ready = true;
</script>
<script type="module" src="${module}"></script>
</body></html>`;

/**
 * In the scale page: the timeline of `n` fictional events, from creating the element to ofsted-data and a forced
 * layout; then its final markup set by innerHTML into a shadow root with the same styles (the DOM floor).
 */
export const timelineAtScale = (page, n) =>
  page.evaluate(async (n) => {
    await customElements.whenDefined('ofsted-timeline');
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const data = window.fictionalTimeline(n);
    window.listenersAdded = 0;
    window.countListeners = true;
    const t0 = performance.now();
    const element = document.createElement('ofsted-timeline');
    element.data = data;
    element.noExport = false;
    const shown = new Promise((resolve, reject) => {
      element.addEventListener('ofsted-data', resolve, { once: true });
      element.addEventListener('ofsted-error', (event) => reject(new Error(event.detail.message)), { once: true });
    });
    stage.append(element);
    await shown;
    void document.documentElement.offsetHeight;
    const ours = performance.now() - t0;
    window.countListeners = false;
    const markup = element.shadowRoot.innerHTML;
    const sheets = element.shadowRoot.adoptedStyleSheets;
    let nodes = 0;
    for (const walker = document.createTreeWalker(element.shadowRoot); walker.nextNode();) nodes++;
    const options = element.shadowRoot.querySelectorAll('[role="option"]').length;
    element.remove();
    const host = document.createElement('div');
    stage.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    const t1 = performance.now();
    root.innerHTML = markup;
    void document.documentElement.offsetHeight;
    const floor = performance.now() - t1;
    host.remove();
    return { ours, floor, nodes, options, listeners: window.listenersAdded };
  }, n);

/** In a Plot scale page: Plot drawing the same fictional timeline, to a forced layout. */
export const plotAtScale = (page, n) =>
  page.evaluate(async (n) => {
    while (!window.ready || !window.benchDraw) await new Promise((resolve) => setTimeout(resolve, 10));
    const data = window.fictionalTimeline(n);
    const t0 = performance.now();
    window.benchDraw(data);
    void document.documentElement.offsetHeight;
    return performance.now() - t0;
  }, n);

/**
 * In a Plot scale page, after plotAtScale: the least any timeline of `n` events does that checks its data, gives every
 * event an option a keyboard and a screen reader reach, and offers a chooser when targets overlap (WCAG 2.5.8), each
 * part timed to a forced style and layout: checking the file (validateDataset, limit raised as for ours), a full-width
 * select of one option an event, and one labelled option and mark an event set by innerHTML (no layout of ours, no
 * other content). Their sum is a floor under any such timeline, to set beside Plot's time.
 */
export const accessibleFloorAtScale = (page, n) =>
  page.evaluate(async (n) => {
    const { LIMITS, validateDataset } = await import('/dist/data.js');
    LIMITS.events = n; // bench only, as in buildLiftedTimeline
    const stage = document.getElementById('stage');
    const data = window.fictionalTimeline(n);
    const timed = (draw) => {
      const t0 = performance.now();
      draw();
      void document.documentElement.offsetHeight;
      const ms = performance.now() - t0;
      stage.replaceChildren();
      return ms;
    };
    let result;
    const check = timed(() => (result = validateDataset(structuredClone(data))));
    if (!result.ok)
      throw new Error(`accessibleFloorAtScale: the fictional dataset did not pass: ${result.issues[0]?.message}`);
    const chooser = timed(() => {
      const select = document.createElement('select');
      select.style.width = '100%';
      select.append(
        new Option('None chosen', ''),
        ...data.events.map((event) => new Option(`${event.date}: ${event.title}`, event.id)),
      );
      stage.append(select);
    });
    const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const markup = `<svg width="640" height="400" role="listbox" aria-label="Events">${data.events
      .map(
        (event, i) =>
          `<g role="option" aria-selected="false" tabindex="-1" aria-label="${escape(`${event.kind}, ${event.date}: ${event.title}`)}"><path d="M${i % 600},${(i * 7) % 300}h8v8h-8Z"></path></g>`,
      )
      .join('')}</svg>`;
    const options = timed(() => (stage.innerHTML = markup));
    return { check, chooser, options, sum: check + chooser + options };
  }, n);

/** JS heap used after garbage collection (CDP), in bytes, of a page once `count` scorecards have drawn. */
export async function scorecardHeap(page, cdp, count) {
  await page.evaluate(async (count) => {
    await customElements.whenDefined('ofsted-scorecard');
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const elements = Array.from({ length: count }, () =>
      Object.assign(document.createElement('ofsted-scorecard'), { authority: 'barnet' }),
    );
    const shown = Promise.all(
      elements.map(
        (element) => new Promise((resolve) => element.addEventListener('ofsted-data', resolve, { once: true })),
      ),
    );
    stage.append(...elements);
    await shown;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, count);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}
