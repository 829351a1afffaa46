import { expect, waitUntil } from '@open-wc/testing';
import { fictionalAllGrades, fictionalInvalid } from '../fixtures/datasets.js';
import { afterUpdateAndFrame } from '../test-support/mount.js';
import './define.js';

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
});
afterEach(() => container.remove());

const textOf = (element: Element | null | undefined) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

async function mountJourney(setup: (el: HTMLElementTagNameMap['ofsted-journey']) => void = () => {}) {
  const el = document.createElement('ofsted-journey');
  el.authority = 'barnet';
  setup(el);
  const heard: string[] = [];
  for (const type of ['ofsted-data', 'ofsted-error'] as const) container.addEventListener(type, () => heard.push(type));
  container.append(el);
  await waitUntil(() => heard.length > 0, 'journey loaded');
  await el.updateComplete;
  const part = <T extends keyof HTMLElementTagNameMap>(tag: T) => el.shadowRoot!.querySelector(tag);
  return { el, heard, part };
}

describe('<ofsted-journey>', () => {
  it("draws its timeline at the column's width from its first drawing, not at 640px first and again a frame later", async () => {
    const el = document.createElement('ofsted-journey');
    el.authority = 'barnet';
    const first = new Promise<string | null>((resolve) => {
      el.addEventListener(
        'ofsted-data',
        async () => {
          await el.updateComplete;
          const timeline = el.shadowRoot!.querySelector('ofsted-timeline');
          if (!timeline) return resolve('no timeline in the journey after its data arrived');
          await timeline.updateComplete;
          // Only microtasks since the data arrived: no frame, so no ResizeObserver has reported the timeline's width.
          resolve(timeline.shadowRoot!.querySelector('svg[part="chart"]')?.getAttribute('width') ?? null);
        },
        { once: true },
      );
    });
    container.append(el);
    expect(await first).to.equal('1000');
  });

  it('shows the timeline, scorecard and breakdown of one dataset, and tells the page once', async () => {
    const { el, heard, part } = await mountJourney();
    const scorecard = part('ofsted-scorecard')!;
    const breakdown = part('ofsted-breakdown')!;
    await waitUntil(
      () => textOf(scorecard).includes('Outstanding') && textOf(breakdown).includes('improvement'),
      'parts rendered',
    );
    expect(textOf(part('ofsted-timeline'))).to.contain("Barnet children's services were judged Inadequate in 2017");
    expect(textOf(scorecard)).to.contain('The experiences and progress of children in care');
    // Its parts' own reports would come from their updates: over once those are and a frame has passed.
    await afterUpdateAndFrame(el, scorecard, breakdown);
    expect(heard).to.deep.equal(['ofsted-data']);
  });

  it('shows the inspection chosen in the timeline in the scorecard and breakdown', async () => {
    const { el, part } = await mountJourney();
    const timeline = part('ofsted-timeline')!;
    await waitUntil(() => timeline.shadowRoot!.querySelector('[data-event-id="inspection-2019"]'), 'timeline drawn');
    timeline
      .shadowRoot!.querySelector('[data-event-id="inspection-2019"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.event).to.equal('inspection-2019');
    expect(part('ofsted-scorecard')!.getAttribute('event')).to.equal('inspection-2019');
    expect(part('ofsted-breakdown')!.getAttribute('event')).to.equal('inspection-2019');
    await waitUntil(
      () =>
        textOf(part('ofsted-scorecard')).includes('The experiences and progress of children in care and care leavers'),
      'scorecard shows 2019',
    );
  });

  it('keeps the latest inspection in the scorecard when an ungraded visit is chosen', async () => {
    const { el, part } = await mountJourney((journey) => (journey.event = 'monitoring-visit-2018-04'));
    await el.updateComplete;
    expect(part('ofsted-scorecard')!.getAttribute('event')).to.equal('inspection-2017');
    expect(part('ofsted-timeline')!.getAttribute('event')).to.equal('monitoring-visit-2018-04');
  });

  it('announces once, in a polite status message, what the scorecard and breakdown show after the last choice', async () => {
    const { el, part } = await mountJourney();
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status, 'a status region from the start').to.exist;
    expect(status.textContent!.trim()).to.equal('');
    expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    const announced: string[] = [];
    new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const timeline = part('ofsted-timeline')!;
    await waitUntil(() => timeline.shadowRoot!.querySelector('[data-event-id="inspection-2019"]'), 'timeline drawn');
    const choose = (id: string) =>
      timeline
        .shadowRoot!.querySelector(`[data-event-id="${id}"]`)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    choose('inspection-2019');
    await el.updateComplete;
    choose('monitoring-visit-2018-04');
    await waitUntil(() => status.textContent!.trim() !== '', 'an announcement', { timeout: 3000 });
    expect(announced.filter(Boolean)).to.deep.equal([
      'Monitoring visit, 25 and 26 April 2018, chosen. The scorecard shows the judgements of the inspection of 25 April to 18 May 2017, the latest before it; no findings for the breakdown.',
    ]);
    choose('inspection-2019');
    await waitUntil(() => status.textContent!.includes('2019'), 'the next announcement', { timeout: 3000 });
    expect(status.textContent!.trim()).to.equal(
      'Inspection, 13 to 24 May 2019, chosen. The scorecard shows its judgements; the breakdown its findings.',
    );
  });

  it('goes back to its defaults, and says so, when "None chosen" is chosen in the timeline\'s event chooser', async () => {
    // Eight visits on one day crowd the chart, so the timeline offers its event chooser.
    const crowded = structuredClone(fictionalAllGrades);
    const [first] = crowded.events;
    for (let i = 0; i < 8; i++)
      crowded.events.push({
        ...first!,
        id: `visit-${i}`,
        kind: 'monitoring-visit',
        title: `Visit ${i}`,
        judgements: undefined,
        findings: undefined,
        sectionFindings: undefined,
        date: '2020-01-15',
      });
    const { el, part } = await mountJourney((journey) => {
      journey.data = crowded;
      journey.event = 'inspection-2014';
    });
    const timeline = part('ofsted-timeline')!;
    await timeline.updateComplete;
    const select = timeline.shadowRoot!.querySelector<HTMLSelectElement>('#event-chooser')!;
    expect(select.value, "the chooser on the journey's event").to.equal('inspection-2014');
    const selections: (string | undefined)[] = [];
    el.addEventListener('ofsted-select', (e) => selections.push(e.detail.eventId));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(selections, 'the page hears that none is chosen').to.deep.equal([undefined]);
    expect(el.event, "the journey's event").to.equal(undefined);
    expect(el.hasAttribute('event'), "the journey's event attribute").to.equal(false);
    for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'] as const)
      expect(part(tag)!.hasAttribute('event'), `${tag} on its default`).to.equal(false);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'an announcement', { timeout: 3000 });
    expect(status.textContent!.trim()).to.equal(
      'No event chosen. The scorecard shows the judgements of the inspection of 4 to 15 March 2024, the latest; no findings for the breakdown.',
    );
  });

  for (const width of [320, 768, 1280, 1920]) {
    it(`reads top to bottom at ${width}px: timeline, then the chosen event's scorecard, then its breakdown, each full width`, async () => {
      container.style.width = `${width}px`;
      const { part } = await mountJourney();
      const box = (tag: 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown') =>
        part(tag)!.getBoundingClientRect();
      const [timeline, scorecard, breakdown] = [
        box('ofsted-timeline'),
        box('ofsted-scorecard'),
        box('ofsted-breakdown'),
      ];
      expect(scorecard.top, 'scorecard under the timeline').to.be.at.least(timeline.bottom);
      expect(breakdown.top, 'breakdown under the scorecard').to.be.at.least(scorecard.bottom);
      for (const [name, rect] of [
        ['scorecard', scorecard],
        ['breakdown', breakdown],
      ] as const) {
        expect(rect.left, `${name} left`).to.be.closeTo(timeline.left, 1);
        expect(rect.width, `${name} width`).to.be.closeTo(timeline.width, 1);
      }
    });
  }

  it('still puts the scorecard and breakdown side by side, in equal columns, when the page sets --ofsted-journey-column-min', async () => {
    container.style.width = '1280px';
    container.style.setProperty('--ofsted-journey-column-min', '20rem');
    const { part } = await mountJourney();
    const [timeline, scorecard, breakdown] = (['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'] as const).map(
      (tag) => part(tag)!.getBoundingClientRect(),
    );
    expect(breakdown!.top, 'side by side').to.be.closeTo(scorecard!.top, 1);
    expect(breakdown!.right, 'breakdown reaches the right').to.be.closeTo(timeline!.right, 1);
    expect(Math.abs(scorecard!.width - breakdown!.width), 'equal columns').to.be.below(1);
  });

  it('stacks the scorecard and breakdown in a narrow column', async () => {
    container.style.width = '600px';
    const { part } = await mountJourney();
    const [scorecard, breakdown] = [
      part('ofsted-scorecard')!.getBoundingClientRect(),
      part('ofsted-breakdown')!.getBoundingClientRect(),
    ];
    expect(breakdown.top).to.be.at.least(scorecard.bottom);
    expect(scorecard.width).to.be.closeTo(600, 1);
  });

  it('passes show-table and no-export to its parts, as every element takes them', async () => {
    const { el, part } = await mountJourney((journey) => {
      journey.setAttribute('show-table', '');
      journey.setAttribute('no-export', '');
    });
    const parts = [part('ofsted-timeline')!, part('ofsted-scorecard')!, part('ofsted-breakdown')!];
    await Promise.all(parts.map((p) => p.updateComplete));
    for (const p of parts) {
      expect(p.shadowRoot!.querySelectorAll('table'), `${p.localName} table`).to.have.length(1);
      expect(p.shadowRoot!.querySelectorAll('[part="export"]'), `${p.localName} export`).to.have.length(0);
    }
    el.removeAttribute('no-export');
    await el.updateComplete;
    await Promise.all(parts.map((p) => p.updateComplete));
    for (const p of parts)
      expect(p.shadowRoot!.querySelectorAll('[part="export"]'), `${p.localName} export`).to.have.length(1);
  });

  it('shows one alert, not three, when the data is invalid', async () => {
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { el, heard } = await mountJourney((journey) => (journey.data = fictionalInvalid as never));
      expect(heard).to.deep.equal(['ofsted-error']);
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('ofsted-timeline')).to.have.length(0);
      expect(errors).to.have.length(1);
    } finally {
      console.error = originalError;
    }
  });
});

describe('<ofsted-journey> announcements', () => {
  /** Every live region in the journey and its parts, each with the texts it has said since being watched. */
  function watchLiveRegions(el: Element) {
    const said: { region: Element; texts: string[] }[] = [];
    const roots = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => n.shadowRoot ?? [])];
    for (const root of roots)
      for (const region of root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
        const entry = { region, texts: [] as string[] };
        said.push(entry);
        new MutationObserver(() => entry.texts.push(region.textContent!.replace(/\s+/g, ' ').trim())).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
    return said;
  }

  it('announces a breakdown filter change once, in one region', async () => {
    const { el, part } = await mountJourney();
    const breakdown = part('ofsted-breakdown')!;
    await waitUntil(() => breakdown.shadowRoot!.querySelector('#kind-filter'), 'filters drawn');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const said = watchLiveRegions(el);
    const select = breakdown.shadowRoot!.querySelector<HTMLSelectElement>('#kind-filter')!;
    select.value = [...select.options].find((option) => option.value)!.value;
    select.dispatchEvent(new Event('change'));
    await breakdown.updateComplete;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const spoken = said.filter(({ texts }) => texts.some((text) => text !== ''));
    expect(spoken.map(({ texts }) => texts.filter(Boolean))).to.have.length(1);
    expect(spoken[0]!.texts.filter(Boolean)).to.have.length(1);
    expect(spoken[0]!.texts.at(-1)).to.match(/^Showing \d+ of \d+ findings/);
  });
});
