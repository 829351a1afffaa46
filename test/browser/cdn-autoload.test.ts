/**
 * Issue 24, item 6: the CDN file is an autoloader. It imports an element's code (a chunk beside it, with the shared
 * base chunk) only when that element's tag is on the page: there before the file runs, added later by a CMS's late
 * markup, or made by `document.createElement`; `loadElementsIn` does it for a shadow root the file cannot watch.
 * Each page is an iframe loading the built file (run `npm run build` first).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface FramePage extends Window {
  outcomes: string[];
  pageErrors: string[];
  loadElementsIn(root: ParentNode): Promise<void>;
}

const CDN_FILE = new URL('/dist/ofsted-widgets.js', location.href).href;

/** An iframe page whose body is `body`, then the CDN file, noting each element's `ofsted-data` or `ofsted-error`. */
async function framePage(body: string): Promise<{ frame: HTMLIFrameElement; page: FramePage }> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.outcomes = [];
      window.pageErrors = [];
      addEventListener('error', (event) => pageErrors.push(event.message));
      for (const type of ['ofsted-data', 'ofsted-error'])
        document.addEventListener(type, (event) => outcomes.push(event.target.localName + ': ' + type));
    </script></head><body>${body}
    <script type="module" src="${CDN_FILE}"></script>
    <script type="module">import { loadElementsIn } from '${CDN_FILE}'; window.loadElementsIn = loadElementsIn;</script>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded; // module scripts have run by the load event
  return { frame, page: frame.contentWindow as FramePage };
}

/** The chunks beside the CDN file the page has fetched, by name without their hash: `base`, `timeline`, ... */
const chunksFetched = (page: FramePage) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/\/dist\/cdn\/([a-z-]+)-[\w-]+\.js$/)?.[1])
    .filter((name) => name !== undefined)
    .sort();

const summary = (element: Element | null | undefined) =>
  element?.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? '';

describe('the CDN file loads an element’s code only when its tag is on the page', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('a page with one timeline fetches the timeline’s code and the shared base, no other element’s', async function () {
    this.timeout(20_000);
    ({ frame } = await framePage('<ofsted-timeline authority="barnet"></ofsted-timeline>'));
    const page = frame.contentWindow as FramePage;
    await waitUntil(() => page.outcomes.length === 1, 'the timeline reports', { timeout: 10_000 });
    expect(page.outcomes).to.deep.equal(['ofsted-timeline: ofsted-data']);
    expect(chunksFetched(page)).to.deep.equal(['base', 'timeline']);
    for (const tag of ['ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey', 'ofsted-england'])
      expect(page.customElements.get(tag), tag).to.equal(undefined);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('a page with no tag fetches no element code; markup added later (a CMS’s) is loaded and drawn', async function () {
    this.timeout(20_000);
    ({ frame } = await framePage('<main><p>No chart yet.</p></main>'));
    const page = frame.contentWindow as FramePage;
    expect(chunksFetched(page)).to.deep.equal([]);
    page.document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<section><ofsted-scorecard authority="leeds"></ofsted-scorecard></section>');
    await waitUntil(() => page.outcomes.length === 1, 'the scorecard reports', { timeout: 10_000 });
    expect(page.outcomes).to.deep.equal(['ofsted-scorecard: ofsted-data']);
    expect(summary(page.document.querySelector('ofsted-scorecard'))).to.contain('Leeds');
    expect(chunksFetched(page)).to.deep.equal(['base', 'scorecard']);
  });

  it('an element made by document.createElement, its inputs set as properties, is loaded when it joins the page', async function () {
    this.timeout(20_000);
    ({ frame } = await framePage(''));
    const page = frame.contentWindow as FramePage;
    const timeline = Object.assign(page.document.createElement('ofsted-timeline'), { authority: 'barnet' });
    page.document.body.append(timeline);
    await waitUntil(() => summary(timeline), 'the timeline drawn', { timeout: 10_000 });
    expect(summary(timeline)).to.contain("Barnet children's services were judged");
    expect(page.outcomes).to.deep.equal(['ofsted-timeline: ofsted-data']);
  });

  it('a journey fetches its three elements’ code with its own, and every tag is loaded once', async function () {
    this.timeout(20_000);
    ({ frame } = await framePage(
      '<ofsted-journey authority="leeds"></ofsted-journey><ofsted-timeline authority="leeds"></ofsted-timeline>',
    ));
    const page = frame.contentWindow as FramePage;
    await page.customElements.whenDefined('ofsted-journey');
    await page.customElements.whenDefined('ofsted-timeline');
    expect(chunksFetched(page)).to.deep.equal(['base', 'breakdown', 'journey', 'scorecard', 'timeline']);
  });

  it('loadElementsIn loads the tags in a shadow root, which the file’s watch over the page does not see', async function () {
    this.timeout(20_000);
    ({ frame } = await framePage('<div id="app"></div>'));
    const page = frame.contentWindow as FramePage;
    const root = page.document.getElementById('app')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<ofsted-breakdown authority="barnet"></ofsted-breakdown>';
    await page.loadElementsIn(root);
    expect(page.customElements.get('ofsted-breakdown')).to.be.a('function');
    expect(chunksFetched(page)).to.deep.equal(['base', 'breakdown']);
  });
});
