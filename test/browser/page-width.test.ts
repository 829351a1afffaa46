/**
 * Issue 13, item 4: nothing in the data may widen the host page. Every element, table open (and its details or
 * statements shown), at a 320px viewport and in a 320px sidebar of a 1280px page: the document must not scroll
 * sideways. Datasets other than Barnet's are FICTIONAL.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LIMITS } from '../../src/data/limits.js';
import type { OfstedDataset } from '../../src/data/types.js';
import { barnet } from '../../src/fixtures/datasets.js';
import { HOSTILE_SOURCE, hostile, judgementChain } from '../../src/fixtures/hostile-datasets.js';
import '../../src/index.js';

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey';
const TAGS: readonly Tag[] = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'];
type Element = HTMLElement & { data?: unknown; event?: string; showTable?: boolean; updateComplete: Promise<unknown> };

/** An unbroken run of letters: no place a browser may break a line. */
const unbroken = (length: number) => 'W'.repeat(length);
const LONG_URL = `https://reports.ofsted.gov.uk/provider/44/80454/files/${'a1b2c3d4'.repeat(8)}-fictional-report.pdf`;

/** Everything a dataset can make long, at once (a 124-character address as a source title among it). */
function longWords(name: string): OfstedDataset {
  const urlSource = { id: 'long-address', title: LONG_URL, url: LONG_URL };
  const area = `area-${'x'.repeat(200)}`;
  return hostile(
    [
      {
        id: 'inspection-2020',
        kind: 'inspection',
        title: `Fictional ${unbroken(400)}`,
        date: '2020-05',
        sources: [urlSource.id, HOSTILE_SOURCE.id],
        judgements: [
          { area: 'overall-effectiveness', name: `Overall ${unbroken(300)}`, grade: 'good' },
          { area, name: unbroken(300), grade: 'inadequate', parent: 'overall-effectiveness' },
        ],
        findings: [
          { kind: 'strength', area, statement: `Fictional ${unbroken(2000)}`, source: urlSource.id },
          { kind: 'improvement', area: `other-${'y'.repeat(300)}`, statement: LONG_URL, source: urlSource.id },
        ],
      },
    ],
    { authority: { id: 'wide-fictional', name }, sources: [urlSource, HOSTILE_SOURCE] },
  );
}

const CASES: Record<string, () => OfstedDataset> = {
  "Barnet's own data": () => barnet,
  'long unbroken words and a 124-character address as a source title': () => longWords(`Widetown ${unbroken(300)}`),
  [`a ${LIMITS.textLength.toLocaleString('en-GB')}-character unbroken name, the longest allowed`]: () =>
    longWords(unbroken(LIMITS.textLength)),
  'a 1 MB unbroken name (refused, with the reason in place)': () => longWords(unbroken(1_000_000)),
  'a judgement chain 40 deep (refused)': () => judgementChain(40),
  'a judgement chain 3 deep, the deepest allowed': () => judgementChain(LIMITS.judgementDepth),
};

/** The event whose details, grades and findings the widest things are in. */
const eventOf = (data: OfstedDataset) => (data === barnet ? 'inspection-2019' : data.events[0]!.id);

/** Mounts `tag` in `host` with its table (its parts' tables, for a journey) and its details or statements open. */
async function mountOpen(host: HTMLElement, tag: Tag, data: OfstedDataset): Promise<Element> {
  const el = document.createElement(tag) as Element;
  el.data = data;
  el.event = eventOf(data);
  if (tag !== 'ofsted-journey') el.showTable = true;
  const outcome = new Promise((resolve) => {
    el.addEventListener('ofsted-data', resolve, { once: true });
    el.addEventListener('ofsted-error', resolve, { once: true });
  });
  host.append(el);
  await outcome;
  await el.updateComplete;
  const parts = [
    el,
    ...el.shadowRoot!.querySelectorAll<Element>('ofsted-timeline, ofsted-scorecard, ofsted-breakdown'),
  ];
  for (const part of parts) {
    part.showTable = true;
    await part.updateComplete;
    part.shadowRoot!.querySelector<HTMLButtonElement>('[part="bar"]:not(.open)')?.click();
    await part.updateComplete;
  }
  // Let the ResizeObservers measure (they report in the next frame's rendering steps) and the elements lay out.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all(parts.map((part) => part.updateComplete));
  return el;
}

const pageWidth = () => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth });

describe('nothing in the data widens the page', () => {
  let host: HTMLDivElement;
  before(() => {
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => host?.remove());

  for (const [name, data] of Object.entries(CASES)) {
    for (const tag of TAGS) {
      it(`<${tag}> at a 320px viewport, table open: ${name}`, async function () {
        this.timeout(20_000);
        await setViewport({ width: 320, height: 640 });
        host = document.createElement('div');
        document.body.append(host);
        await mountOpen(host, tag, data());
        expect(pageWidth()).to.deep.equal({ scrollWidth: 320, viewport: 320 });
      });

      it(`<${tag}> in a 320px sidebar on the right of a 1280px page, table open: ${name}`, async function () {
        this.timeout(20_000);
        await setViewport({ width: 1280, height: 800 });
        host = document.createElement('div');
        host.style.width = '320px';
        host.style.marginLeft = 'auto';
        document.body.append(host);
        await mountOpen(host, tag, data());
        expect(pageWidth()).to.deep.equal({ scrollWidth: 1280, viewport: 1280 });
      });
    }
  }
});
