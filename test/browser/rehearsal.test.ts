/**
 * The rehearsal (src/shared/rehearsal.ts): while the first element of a kind waits for its data, a hidden copy draws
 * FICTIONAL data once, so the real chart draws faster when its data arrives. The page must never notice it. Each
 * kind is rehearsed once a page, so each test here uses a kind no earlier test has loaded from a URL.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { barnet } from '../../src/fixtures/datasets.js';
import { checkDataset } from '../../src/data/load.js';
import { rehearsalDataset } from '../../src/shared/rehearsal.js';
import { captureConsoleErrors, useContainer } from '../../src/test-support/mount.js';
import { OfstedTimeline } from '../../src/index.js';

/** A timeline whose rehearsal copy fails to render, as a bug in one element kind would make it. */
class FailingRehearsalTimeline extends OfstedTimeline {
  protected override render() {
    if (this.data?.authority.id === 'rehearsal-fictional') throw new Error('a bug met in the rehearsal');
    return super.render();
  }
}
customElements.define('failing-rehearsal-timeline', FailingRehearsalTimeline);

const container = useContainer();
const consoleErrors = captureConsoleErrors();

let originalFetch: typeof window.fetch;
beforeEach(() => (originalFetch = window.fetch));
afterEach(() => (window.fetch = originalFetch));

/** Answers `url` with Barnet's data only when the returned function is called (at once with `now`). */
function serveBarnet(url: string, { now = false } = {}): () => void {
  let release!: () => void;
  const released = now ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (String(input) !== new URL(url, location.href).href && String(input) !== url) return originalFetch(input, init);
    await released;
    return new Response(JSON.stringify(barnet), { headers: { 'content-type': 'application/json' } });
  };
  return () => release?.();
}

/** An element of `tag` added to the page, loading Barnet's data from `url` (held until `release`, unless `now`). */
function waitingElement(tag: string, url: string, { now = false } = {}) {
  const release = serveBarnet(url, { now });
  const el = document.createElement(tag) as HTMLElement & { src: string };
  el.src = url;
  container.element.append(el);
  return { el, release };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records the elements put straight into the body (the rehearsal stages; `onStage` sees each as it is added), and
 * what the page hears of the package's events.
 */
function watchPage(onStage: (stage: HTMLElement) => void = () => undefined) {
  const stages: HTMLElement[] = [];
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (node === container.element || !(node instanceof HTMLElement)) continue;
      stages.push(node);
      onStage(node);
    }
  });
  observer.observe(document.body, { childList: true });
  const heard: Event[] = [];
  const hear = (event: Event) => heard.push(event);
  document.addEventListener('ofsted-data', hear, true);
  document.addEventListener('ofsted-error', hear, true);
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('ofsted-data', hear, true);
    document.removeEventListener('ofsted-error', hear, true);
  };
  /** Waits until a rehearsal stage has come and gone, and a little more for anything the copy would still send. */
  const rehearsed = async () => {
    await waitUntil(() => stages.length > 0, 'a rehearsal stage added to the body');
    await waitUntil(() => !stages[0]!.isConnected, 'the rehearsal stage removed');
    await pause(50);
  };
  return { stages, heard, stop, rehearsed };
}

describe('the rehearsal while data is on its way', () => {
  it('draws FICTIONAL data that the validator accepts without a word', () => {
    const dataset = rehearsalDataset();
    expect(dataset.fictional).to.equal(true);
    expect(dataset.authority.name).to.match(/fictional/i);
    expect(() => checkDataset(dataset, 'The rehearsal')).not.to.throw();
  });

  it('draws a hidden copy once while the first timeline waits, removes it, and the page hears only its own element', async () => {
    const page = watchPage();
    try {
      const { el, release } = waitingElement('ofsted-timeline', '/held/barnet.json');
      await page.rehearsed();
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'the element still waits for its data').to.exist;
      expect(page.heard, 'events from the copy').to.deep.equal([]);
      expect(document.querySelectorAll('ofsted-timeline')).to.have.length(1);

      release();
      await waitUntil(() => page.heard.length > 0, 'the real data shown');
      await pause(50);
      expect(page.heard.map((event) => [event.type, event.target])).to.deep.equal([['ofsted-data', el]]);
      expect(el.shadowRoot!.textContent).to.contain('Barnet').and.not.contain('Rehearsal');

      // A second timeline waiting for data is not rehearsed again.
      const again = waitingElement('ofsted-timeline', '/held/barnet-again.json');
      await pause(100);
      expect(page.stages, 'no second stage').to.have.length(1);
      again.release();
    } finally {
      page.stop();
    }
    expect(consoleErrors.calls).to.deep.equal([]);
  });

  it('takes no room, widens no phone page and is never painted while it is drawn', async () => {
    await setViewport({ width: 320, height: 640 });
    const observed: { height: number; visibility: string; scrollWidth: number }[] = [];
    const page = watchPage((stage) => observed.push({
      height: stage.getBoundingClientRect().height,
      visibility: getComputedStyle(stage).visibility,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    try {
      container.element.style.width = '300px';
      const { release } = waitingElement('ofsted-breakdown', '/held/breakdown.json');
      await waitUntil(() => observed.length > 0, 'a rehearsal stage added');
      expect(observed[0]).to.deep.equal({ height: 0, visibility: 'hidden', scrollWidth: 320 });
      release();
      await waitUntil(() => page.heard.length > 0, 'the real data shown');
    } finally {
      page.stop();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("rehearses a journey: its copy's three elements send the page no events", async () => {
    const page = watchPage();
    try {
      const { el, release } = waitingElement('ofsted-journey', '/held/journey.json');
      await page.rehearsed();
      expect(page.heard, "events from the copy's elements").to.deep.equal([]);
      release();
      await waitUntil(() => page.heard.some((event) => event.target === el), 'the real data shown');
    } finally {
      page.stop();
    }
    expect(consoleErrors.calls).to.deep.equal([]);
  });

  it('keeps a copy that fails to render quiet: no console error, no event, the real element unharmed', async () => {
    const page = watchPage();
    try {
      const { el, release } = waitingElement('failing-rehearsal-timeline', '/held/failing.json');
      await page.rehearsed();
      expect(consoleErrors.calls, 'console errors from the copy').to.deep.equal([]);
      expect(page.heard).to.deep.equal([]);
      release();
      await waitUntil(() => page.heard.length > 0, 'the real data shown');
      expect(page.heard.map((event) => [event.type, event.target])).to.deep.equal([['ofsted-data', el]]);
    } finally {
      page.stop();
    }
  });

  it('is skipped when the data arrives before it would start (a warm cache)', async () => {
    const page = watchPage();
    try {
      waitingElement('ofsted-scorecard', '/ready/scorecard.json', { now: true });
      await waitUntil(() => page.heard.length > 0, 'the data shown');
      await pause(100);
      expect(page.stages).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });
});
