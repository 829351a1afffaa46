/**
 * Issue 13, items 1 and 6: data that made rendering throw left elements on "Loading Ofsted data…" with neither
 * `ofsted-data` nor `ofsted-error`; removing an element mid-load reported an error. Every dataset is FICTIONAL.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OfstedErrorEventDetail } from '../../src/shared/dataset-controller.js';
import { hostile, judgementChain, jsonUrl, manyEvents, sparseDataset } from '../../src/fixtures/hostile-datasets.js';
import { OfstedTimeline } from '../../src/timeline/ofsted-timeline.js';
import { useHeldFetch } from '../../src/test-support/held-fetch.js';
import {
  afterUpdateAndFrame,
  alertText,
  captureConsoleErrors,
  mountElement,
  useContainer,
} from '../../src/test-support/mount.js';
import '../../src/index.js';

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey';
const TAGS: readonly Tag[] = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'];

const container = useContainer();
const consoleErrors = captureConsoleErrors();

/** Mounts with a deadline: an element stuck on "Loading" fails here rather than at mocha's timeout. */
async function mountWithin<T extends Tag>(tag: T, inputs: Partial<HTMLElementTagNameMap[T]>, ms = 10_000) {
  const deadline = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${tag}: neither ofsted-data nor ofsted-error within ${ms} ms`)), ms),
  );
  return Promise.race([mountElement(container.element, tag, inputs), deadline]);
}

describe('data that once made rendering throw', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: 124,000 events as data give an error in place, not "Loading"`, async function () {
      this.timeout(30_000);
      const { el, event, root } = await mountWithin(tag, { data: hostile(manyEvents(124_000)) });
      expect(event.type).to.equal('ofsted-error');
      expect((event as CustomEvent<OfstedErrorEventDetail>).detail.issues.map((issue) => issue.message)).to.deep.equal([
        'events: 124,000 events, more than the 500 allowed',
      ]);
      expect(alertText(root)).to.contain('The inspection data is larger than these widgets can show');
      expect(root.querySelector('[part="loading"]')).to.equal(null);
      expect(consoleErrors.calls).to.have.length(1);
      el.remove();
    });

    it(`<${tag}>: a sub-judgement chain 2,000 deep, from src, gives an error in place`, async () => {
      const url = jsonUrl(judgementChain(2_000));
      try {
        const { el, event, root } = await mountWithin(tag, { src: url });
        expect(event.type).to.equal('ofsted-error');
        expect((event as CustomEvent<OfstedErrorEventDetail>).detail.issues.map((issue) => issue.message)).to.include(
          'events[0].judgements: 2,001 judgements, more than the 50 allowed in one event',
        );
        expect(alertText(root)).to.contain('The inspection data is larger than these widgets can show');
        expect(consoleErrors.calls).to.have.length(1);
        el.remove();
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it(`<${tag}>: sparse arrays passed as data are reported as missing values`, async () => {
      const { el, event, root } = await mountWithin(tag, { data: sparseDataset() });
      expect(event.type).to.equal('ofsted-error');
      const messages = (event as CustomEvent<OfstedErrorEventDetail>).detail.issues.map((issue) => issue.message);
      expect(messages).to.deep.equal([
        'events[1]: missing value is not an object',
        'events[2].sources[0]: missing value is not a known source id (known: fictional-notes)',
      ]);
      expect(alertText(root)).to.contain('The inspection data has mistakes in it');
      el.remove();
    });
  }

  it('a chain 4 deep is one level past the limit, and 3 deep shows every level', async () => {
    const deep = await mountWithin('ofsted-scorecard', { data: judgementChain(4) });
    expect(deep.event.type).to.equal('ofsted-error');
    expect((deep.event as CustomEvent<OfstedErrorEventDetail>).detail.issues.map((issue) => issue.message)).to.include(
      'events[0].judgements[4].parent: 4 levels of sub-judgements, more than the 3 allowed',
    );
    expect(alertText(deep.root)).to.contain('The inspection data is larger than these widgets can show');
    deep.el.remove();
    const allowed = await mountWithin('ofsted-scorecard', { data: judgementChain(3) });
    expect(allowed.event.type).to.equal('ofsted-data');
    expect(allowed.root.querySelectorAll('.sub-judgements .sub-judgements .sub-judgements .row')).to.have.length(1);
  });

  it('<ofsted-journey> with a chain too deep fires ofsted-error, not ofsted-data over a blank scorecard', async () => {
    const { el, outcomes } = await mountWithin('ofsted-journey', { data: judgementChain(2_000) });
    // An ofsted-data would come from the update that follows: over once it is and a frame has passed.
    await afterUpdateAndFrame(el);
    expect(outcomes.map((outcome) => outcome.type)).to.deep.equal(['ofsted-error']);
    expect(el.shadowRoot!.querySelector('ofsted-scorecard')).to.equal(null);
  });

  it('a render that throws anyway shows why in place, fires ofsted-error and logs one error', async () => {
    /** A timeline whose render fails as the stack overflow once did. */
    class FailingTimeline extends OfstedTimeline {
      protected override render(): never {
        throw new RangeError('Maximum call stack size exceeded');
      }
    }
    customElements.define('failing-timeline-test', FailingTimeline);
    const el = document.createElement('failing-timeline-test') as FailingTimeline;
    const heard: string[] = [];
    el.addEventListener('ofsted-data', () => heard.push('ofsted-data'));
    el.addEventListener('ofsted-error', (event) => heard.push(`ofsted-error: ${event.detail.message}`));
    el.data = hostile(manyEvents(3));
    container.element.append(el);
    await waitUntil(() => heard.length > 0, 'an outcome', { timeout: 5000 });
    await el.updateComplete;
    expect(heard).to.deep.equal(['ofsted-error: Could not show the Ofsted data: Maximum call stack size exceeded']);
    // In place, in words for the page; the technical detail is in the event and the console.
    expect(alertText(el.shadowRoot!)).to.contain('The Ofsted data could not be shown.');
    expect(consoleErrors.calls).to.have.length(1);
    // The element is not wedged: new data renders (this class never can, so it says so again).
    el.data = hostile(manyEvents(4));
    await waitUntil(() => heard.length === 2, 'a second outcome', { timeout: 5000 });
  });
});

describe('removed while loading', () => {
  const requests = useHeldFetch();
  const urls: string[] = [];
  afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));

  const listen = (el: HTMLElement) => {
    const heard: string[] = [];
    el.addEventListener('ofsted-data', () => heard.push('ofsted-data'));
    el.addEventListener('ofsted-error', (event) =>
      heard.push(`ofsted-error (${event.detail.kind}): ${event.detail.message}`),
    );
    return heard;
  };
  /** Once every request is over and `el` has updated and drawn a frame, anything it would report has been heard. */
  const settle = async (el: HTMLElement & { updateComplete: Promise<unknown> }) => {
    await requests.settled();
    await afterUpdateAndFrame(el);
  };
  /** An element whose `src` is still loading (its answer held until `release()`), then removed. */
  const removedWhileLoading = async (tag: Tag) => {
    const url = jsonUrl(hostile(manyEvents(3)));
    urls.push(url);
    requests.hold(url);
    const el = document.createElement(tag);
    const heard = listen(el);
    el.src = url;
    container.element.append(el);
    await el.updateComplete;
    el.remove();
    return { el, heard };
  };

  for (const tag of TAGS) {
    it(`<${tag}>: removal mid-load is silent, and inserting it again loads`, async () => {
      const { el, heard } = await removedWhileLoading(tag);
      requests.release();
      await settle(el);
      expect(heard).to.deep.equal([]);
      expect(consoleErrors.calls).to.deep.equal([]);

      container.element.append(el);
      requests.release();
      await waitUntil(() => heard.length > 0, 'loaded after reinsertion', { timeout: 5000 });
      await settle(el);
      expect(heard).to.deep.equal(['ofsted-data']);
      expect(consoleErrors.calls).to.deep.equal([]);
    });

    it(`<${tag}>: removed and inserted again at once, it loads once, with no error`, async () => {
      const { el, heard } = await removedWhileLoading(tag);
      await Promise.resolve();
      container.element.append(el);
      requests.release();
      await waitUntil(() => heard.length > 0, 'loaded', { timeout: 5000 });
      await settle(el);
      requests.release();
      await settle(el);
      expect(heard).to.deep.equal(['ofsted-data']);
      expect(consoleErrors.calls).to.deep.equal([]);
    });
  }
});
