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

/** Records the elements put straight into the body, and what the page hears of the package's events. */
function watchPage() {
  const added: Node[] = [];
  const observer = new MutationObserver((records) => records.forEach((record) => added.push(...record.addedNodes)));
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
  return { added, heard, stop, stages: () => added.filter((node) => node !== container.element) as HTMLElement[] };
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
      const release = serveBarnet('/held/barnet.json');
      const el = document.createElement('ofsted-timeline');
      el.src = '/held/barnet.json';
      container.element.append(el);
      await waitUntil(() => page.stages().length > 0, 'a rehearsal stage added to the body');
      const [stage] = page.stages();
      await waitUntil(() => !stage!.isConnected, 'the rehearsal stage removed');
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'the element still waits for its data').to.exist;
      expect(page.heard, 'events from the copy').to.deep.equal([]);
      expect(document.querySelectorAll('ofsted-timeline')).to.have.length(1);

      release();
      await waitUntil(() => page.heard.length > 0, 'the real data shown');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(page.heard.map((event) => [event.type, event.target])).to.deep.equal([['ofsted-data', el]]);
      expect(el.shadowRoot!.textContent).to.contain('Barnet').and.not.contain('Rehearsal');

      // A second timeline waiting for data is not rehearsed again.
      const releaseAgain = serveBarnet('/held/barnet-again.json');
      const again = document.createElement('ofsted-timeline');
      again.src = '/held/barnet-again.json';
      container.element.append(again);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.stages(), 'no second stage').to.have.length(1);
      releaseAgain();
    } finally {
      page.stop();
    }
    expect(consoleErrors.calls).to.deep.equal([]);
  });

  it('takes no room, widens no phone page and is never painted while it is drawn', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = watchPage();
    const observed: { height: number; visibility: string; scrollWidth: number }[] = [];
    const observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (node === container.element || !(node instanceof HTMLElement)) continue;
        observed.push({ height: node.getBoundingClientRect().height, visibility: getComputedStyle(node).visibility, scrollWidth: document.documentElement.scrollWidth });
      }
    });
    observer.observe(document.body, { childList: true });
    try {
      container.element.style.width = '300px';
      const release = serveBarnet('/held/breakdown.json');
      const el = document.createElement('ofsted-breakdown');
      el.src = '/held/breakdown.json';
      container.element.append(el);
      await waitUntil(() => observed.length > 0, 'a rehearsal stage added');
      expect(observed[0]).to.deep.equal({ height: 0, visibility: 'hidden', scrollWidth: 320 });
      release();
      await waitUntil(() => page.heard.length > 0, 'the real data shown');
    } finally {
      observer.disconnect();
      page.stop();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('rehearses a journey and its three elements without a sound', async () => {
    const page = watchPage();
    try {
      const release = serveBarnet('/held/journey.json');
      const el = document.createElement('ofsted-journey');
      el.src = '/held/journey.json';
      container.element.append(el);
      await waitUntil(() => page.stages().length > 0, 'a rehearsal stage added');
      await waitUntil(() => !page.stages()[0]!.isConnected, 'the rehearsal stage removed');
      await new Promise((resolve) => setTimeout(resolve, 50));
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
      const release = serveBarnet('/held/failing.json');
      const el = document.createElement('failing-rehearsal-timeline') as FailingRehearsalTimeline;
      el.src = '/held/failing.json';
      container.element.append(el);
      await waitUntil(() => page.stages().length > 0, 'a rehearsal stage added');
      await waitUntil(() => !page.stages()[0]!.isConnected, 'the rehearsal stage removed');
      await new Promise((resolve) => setTimeout(resolve, 50));
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
      serveBarnet('/ready/scorecard.json', { now: true });
      const el = document.createElement('ofsted-scorecard');
      el.src = '/ready/scorecard.json';
      container.element.append(el);
      await waitUntil(() => page.heard.length > 0, 'the data shown');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.stages()).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });
});
