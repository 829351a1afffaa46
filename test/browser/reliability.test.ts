/**
 * Odd but valid data, races between inputs, and leaks when elements come and go.
 * Every dataset here is FICTIONAL (marked `fictional: true`) except where Barnet's is reused as is.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  FICTIONAL_SOURCE as SOURCE,
  fictional as fictionalDataset,
  inspection,
  judgement,
  visit as anyEvent,
} from '../../src/fixtures/build.js';
import { barnet } from '../../src/fixtures/datasets.js';
import { LIMITS } from '../../src/data/limits.js';
import type { EventKind, GradeId, OfstedDataset, OfstedEvent } from '../../src/data/types.js';
import type { OfstedDataEventDetail } from '../../src/shared/dataset-controller.js';
import { useHeldFetch } from '../../src/test-support/held-fetch.js';
import {
  afterUpdateAndFrame,
  captureConsoleErrors,
  clean,
  mountElement,
  texts,
  useContainer,
} from '../../src/test-support/mount.js';
import { barButton, breakdownSettled } from '../../src/test-support/breakdown-harness.js';
import { mountTimeline } from '../../src/test-support/timeline-harness.js';
import '../../src/index.js';

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey';
const TAGS: readonly Tag[] = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'];

const container = useContainer();
const consoleErrors = captureConsoleErrors();

/** A fictional dataset holding `events`, made by the fixtures builder. */
const fictional = (events: OfstedEvent[], name = 'Oddtown (fictional council)'): OfstedDataset =>
  fictionalDataset({ id: 'oddtown-fictional', name }, events);

const visit = (id: string, date: string, kind: EventKind = 'monitoring-visit'): OfstedEvent =>
  anyEvent(kind, id, date, `Fictional ${kind.replace(/-/g, ' ')}`);

const graded = (id: string, date: string, grade: GradeId | null): OfstedEvent =>
  inspection(id, date, 'Fictional inspection', [judgement('overall-effectiveness', grade)]);

/** The elements that watch their width with a ResizeObserver (directly or through their parts). */
const RESIZING: readonly Tag[] = ['ofsted-timeline', 'ofsted-breakdown', 'ofsted-journey'];

/** Text of a shadow root and of the shadow roots inside it (a journey's parts). */
function deepText(root: ShadowRoot | Element): string {
  const nested = [...root.querySelectorAll('*')]
    .map((node) => (node.shadowRoot ? deepText(node.shadowRoot) : ''))
    .join(' ');
  return clean(`${root.textContent} ${nested}`);
}

/** Fails when two boxes overlap. */
function expectApart(rects: DOMRect[], what: string) {
  for (let i = 1; i < rects.length; i++) {
    expect(rects[i]!.left, `${what} ${i} clear of ${what} ${i - 1}`).to.be.at.least(rects[i - 1]!.right);
  }
}

describe('odd but valid data', () => {
  it('shows a dataset of one event in every element', async () => {
    const data = fictional([visit('only-visit', '2020-01-15')]);
    for (const tag of TAGS) {
      const { el, event, root } = await mountElement(container.element, tag, { data });
      expect(event.type, tag).to.equal('ofsted-data');
      await waitUntil(() => deepText(root) !== '', `${tag} shows something`);
      el.remove();
    }
    const { root } = await mountTimeline(container.element, { data });
    expect(root.querySelectorAll('[role="option"]')).to.have.length(1);
    expect(root.querySelectorAll('[role="option"][tabindex="0"]')).to.have.length(1);
    expect(texts(root, '.tick-label').length).to.be.at.least(1);
    expect(root.querySelector('.journey')).to.equal(null);
  });

  it('shows a dataset with no graded inspection: every event in the lanes, no journey line, no point labels', async () => {
    const data = fictional([
      visit('monitoring-2018', '2018-03'),
      visit('focused-2019', '2019-06-10/2019-06-11', 'focused-visit'),
      visit('milestone-2020', '2020', 'milestone'),
      visit('jtai-2021', '2021-11', 'joint-targeted-area-inspection'),
      graded('inspection-2022', '2022-05-09/2022-05-20', null),
    ]);
    const { root } = await mountTimeline(container.element, { data });
    expect(root.querySelectorAll('[role="option"]')).to.have.length(5);
    expect(root.querySelectorAll('.event.graded')).to.have.length(0);
    expect(root.querySelectorAll('.point-label')).to.have.length(0);
    expect(root.querySelector('.journey')).to.equal(null);
    expect(texts(root, '[part="legend"] li')).to.include('Inspection without an overall grade');
    for (const tag of ['ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'] as const) {
      const { el, event, root: other } = await mountElement(container.element, tag, { data });
      expect(event.type, tag).to.equal('ofsted-data');
      await waitUntil(() => deepText(other) !== '', `${tag} shows something`);
      el.remove();
    }
  });

  it('keeps several events on the same day apart, each reachable by keyboard', async () => {
    const ids = ['same-day-a', 'same-day-b', 'same-day-c', 'same-day-d', 'same-day-graded'];
    const data = fictional([
      visit('same-day-a', '2020-03-03'),
      visit('same-day-b', '2020-03-03', 'focused-visit'),
      visit('same-day-c', '2020-03-03', 'milestone'),
      visit('same-day-d', '2020-03-03', 'joint-targeted-area-inspection'),
      graded('same-day-graded', '2020-03-03', 'good'),
    ]);
    const { el, root } = await mountTimeline(container.element, { data });
    const options = [...root.querySelectorAll<SVGGElement>('[role="option"]')];
    expect(options.map((o) => o.dataset.eventId).sort()).to.deep.equal([...ids].sort());
    expect(root.querySelectorAll('[role="option"][tabindex="0"]')).to.have.length(1);
    // Markers at the same time stack in separate lane rows, so none hides another.
    const centres = options.map((o) => {
      const box = o.querySelector('.marker')!.getBoundingClientRect();
      return `${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)}`;
    });
    expect(new Set(centres).size, centres.join(' ')).to.equal(options.length);

    const reached: string[] = [];
    root.querySelector<SVGGElement>('[role="option"][tabindex="0"]')!.focus();
    reached.push(root.activeElement!.getAttribute('data-event-id')!);
    for (let i = 1; i < ids.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      reached.push(root.activeElement!.getAttribute('data-event-id')!);
    }
    expect([...reached].sort()).to.deep.equal([...ids].sort());
  });

  it('thins the year ticks of a 30-year span so their labels never collide', async () => {
    const events = Array.from({ length: 31 }, (_, i) => visit(`visit-${1995 + i}`, `${1995 + i}-06`));
    events.push(graded('inspection-2000', '2000-02', 'inadequate'), graded('inspection-2015', '2015-10', 'good'));
    for (const width of [320, 640, 1200]) {
      const { el, root } = await mountTimeline(container.element, { data: fictional(events) }, width);
      const labels = [...root.querySelectorAll<SVGTextElement>('.tick-label')];
      expect(labels.length, `${width}px`).to.be.at.least(2);
      expect(labels.length, `${width}px: thinned`).to.be.below(32);
      const rects = labels.map((label) => label.getBoundingClientRect());
      expectApart(rects, `${width}px tick label`);
      const chart = root.querySelector('svg[part="chart"]')!.getBoundingClientRect();
      for (const rect of rects) {
        expect(rect.left, `${width}px`).to.be.at.least(chart.left - 0.5);
        expect(rect.right, `${width}px`).to.be.at.most(chart.right + 0.5);
      }
      expect(el.scrollWidth, `${width}px`).to.be.at.most(width);
      el.remove();
    }
  });

  it('shows a very long statement whole, without sideways scroll at 320px', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const unbroken = `https://example.org/${'a'.repeat(400)}`;
    const statement = `Fictional: ${words} ${unbroken} end.`;
    const event: OfstedEvent = {
      ...graded('inspection-2020', '2020-05', 'good'),
      findings: [
        { kind: 'strength', area: 'overall-effectiveness', statement, source: SOURCE.id },
        { kind: 'improvement', area: null, statement: 'Fictional short statement.', source: SOURCE.id },
      ],
    };
    const { el, root } = await mountElement(
      container.element,
      'ofsted-breakdown',
      { data: fictional([event]), showTable: true },
      {
        width: 320,
        settled: breakdownSettled(320),
      },
    );
    const button = barButton(root, 'overall-effectiveness');
    button.click();
    await el.updateComplete;
    const quotes = [...root.querySelectorAll('.statement .quoted')].map((q) => q.textContent);
    expect(quotes).to.include(statement);
    expect([...root.querySelectorAll('table .quoted')].map((q) => q.textContent)).to.include(statement);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it(`renders ${LIMITS.events} events (the most a dataset may hold) in the timeline, and the table toggle still works`, async function () {
    this.timeout(120_000);
    const kinds: EventKind[] = ['monitoring-visit', 'focused-visit', 'milestone', 'joint-targeted-area-inspection'];
    const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate', null] as const;
    const start = Date.UTC(1990, 0, 1);
    const events = Array.from({ length: LIMITS.events }, (_, i): OfstedEvent => {
      const date = new Date(start + Math.floor((i * 40 * 365.25 * 864e5) / LIMITS.events)).toISOString().slice(0, 10);
      return i % 5 === 0 ? graded(`event-${i}`, date, grades[(i / 5) % 5]!) : visit(`event-${i}`, date, kinds[i % 4]);
    });
    const began = performance.now();
    const { el, event, root } = await mountTimeline(container.element, { data: fictional(events) });
    const renderMs = performance.now() - began;
    expect(event.type).to.equal('ofsted-data');
    expect(root.querySelectorAll('[role="option"]')).to.have.length(LIMITS.events);
    const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const opened = performance.now();
    toggle.click();
    await el.updateComplete;
    // A long table is drawn a step of rows a frame (see ProgressiveList), marked busy until it is whole.
    await waitUntil(() => root.getElementById('table')?.getAttribute('aria-busy') === 'false', 'table filled in', {
      timeout: 60_000,
    });
    const tableMs = performance.now() - opened;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelectorAll('tbody tr')).to.have.length(LIMITS.events);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelectorAll('table')).to.have.length(0);
    // Reported, not asserted: timing depends on the machine.
    console.log(
      `${LIMITS.events} events: chart rendered in ${Math.round(renderMs)} ms, table opened in ${Math.round(tableMs)} ms`,
    );
  });
});

describe('races', () => {
  const urls: string[] = [];
  const jsonUrl = (dataset: OfstedDataset) => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(dataset)], { type: 'application/json' }));
    urls.push(url);
    return url;
  };
  const requests = useHeldFetch();
  afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));

  const first = fictional([visit('first-visit', '2019-01-10')], 'First (fictional council)');
  const second = fictional(
    [visit('second-visit', '2020-02-20'), graded('second-inspection', '2021-03', 'good')],
    'Second (fictional council)',
  );

  /** Sets `src` to A, then to B before A has loaded; returns what was heard once all has settled. */
  async function changeTwice(tag: Tag, firstAnswersLast: boolean) {
    const [urlA, urlB] = [jsonUrl(first), jsonUrl(second)];
    // The first file answers last, so a controller that kept it would show it.
    if (firstAnswersLast) requests.hold(urlA);
    const el = document.createElement(tag);
    const heard: CustomEvent[] = [];
    el.addEventListener('ofsted-data', (e) => heard.push(e));
    el.addEventListener('ofsted-error', (e) => heard.push(e));
    el.src = urlA;
    container.element.append(el);
    await el.updateComplete;
    el.src = urlB;
    await waitUntil(() => heard.length > 0, `${tag} loaded`);
    // Once the first request is over too and the element has updated, a second outcome would have been heard.
    requests.release(urlA);
    await requests.settled();
    await afterUpdateAndFrame(el);
    return { el, heard, urlB };
  }

  for (const tag of TAGS) {
    for (const firstAnswersLast of [false, true]) {
      it(`<${tag}>: when src changes twice quickly the second wins, with one ofsted-data${firstAnswersLast ? ' (first answers last)' : ''}`, async () => {
        const { el, heard, urlB } = await changeTwice(tag, firstAnswersLast);
        const data = heard.filter((e) => e.target === el);
        expect(data.map((e) => e.type)).to.deep.equal(['ofsted-data']);
        const detail = (data[0] as CustomEvent<OfstedDataEventDetail>).detail;
        expect(detail.origin).to.deep.equal({ input: 'src', url: urlB });
        expect(detail.dataset.authority.name).to.equal('Second (fictional council)');
        expect(el.shadowRoot!.textContent).to.not.contain('First (fictional council)');
        expect(consoleErrors.calls).to.deep.equal([]);
      });
    }
  }
});

describe('leaks', () => {
  const live = new Set<ResizeObserver>();
  let observe: typeof ResizeObserver.prototype.observe;
  let disconnect: typeof ResizeObserver.prototype.disconnect;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    live.clear();
    errors.length = 0;
    observe = ResizeObserver.prototype.observe;
    disconnect = ResizeObserver.prototype.disconnect;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, ...args: Parameters<ResizeObserver['observe']>) {
      live.add(this);
      return observe.apply(this, args);
    };
    ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
      live.delete(this);
      return disconnect.call(this);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    ResizeObserver.prototype.observe = observe;
    ResizeObserver.prototype.disconnect = disconnect;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: attaching and detaching 300 times throws nothing and leaves no ResizeObserver connected`, async function () {
      this.timeout(60_000);
      let peak = 0;
      for (let i = 0; i < 300; i++) {
        const el = document.createElement(tag);
        el.data = barnet;
        container.element.append(el);
        // Every tenth time let it render (a journey then connects its three parts) before it goes.
        if (i % 10 === 0) await el.updateComplete;
        if (i % 10 === 0 && tag === 'ofsted-journey') {
          await Promise.all(
            [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')]
              .filter((child) => child.localName.startsWith('ofsted-'))
              .map((child) => child.updateComplete),
          );
        }
        peak = Math.max(peak, live.size);
        el.remove();
        expect(live.size, `after removal ${i}`).to.equal(0);
      }
      // Then once more, kept long enough to measure and dispatch, and moved within the page before it goes.
      const { el } = await mountElement(container.element, tag, { data: barnet });
      if (RESIZING.includes(tag)) expect(live.size).to.be.above(0);
      const other = document.createElement('div');
      document.body.append(other);
      other.append(el);
      await el.updateComplete;
      el.remove();
      other.remove();
      // Observers are let go when the element disconnects; a frame lets any late callback run first.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(live.size).to.equal(0);
      if (RESIZING.includes(tag)) expect(peak).to.be.above(0);
      expect(errors).to.deep.equal([]);
      expect(consoleErrors.calls).to.deep.equal([]);
    });
  }
});
