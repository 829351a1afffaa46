import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { OfstedDataEventDetail, OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import { useHeldFetch } from '../test-support/held-fetch.js';
import {
  afterUpdateAndFrame,
  alertText,
  captureConsoleErrors,
  clean,
  texts,
  useContainer,
} from '../test-support/mount.js';
import { mountTimeline, option, type TimelineInputs } from '../test-support/timeline-harness.js';
import { barnet, fictionalAllGrades, fictionalInvalid } from '../fixtures/datasets.js';
import { layoutTimeline } from './layout.js';
import { timelineCsvRows } from './timeline-table.js';
import { fictionalTimeline } from '../fixtures/build.js';
import type { OfstedTimeline } from './ofsted-timeline.js';
import './define.js';

const container = useContainer();

/** The Barnet file as a council would host it. The query keeps it apart from the module import of the same file. */
const BARNET_URL = '/data/authorities/barnet.json?as=file';

const mount = (inputs: TimelineInputs = {}, width = 640) =>
  mountTimeline(container.element, { authority: 'barnet', ...inputs }, width);

describe('<ofsted-timeline>', () => {
  const requests = useHeldFetch();

  it('shows Barnet\'s journey from the bundled data for authority="barnet"', async () => {
    const { event, root } = await mount();
    expect(event.type).to.equal('ofsted-data');
    expect((event as CustomEvent<OfstedDataEventDetail>).detail.origin).to.deep.equal({
      input: 'authority',
      authority: 'barnet',
    });
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Barnet children's services were judged Inadequate in 2017, Good in 2019 and Good in 2024 (children in care: Outstanding). The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good.",
    ]);
    expect(texts(root, '.point-label')).to.deep.equal(['Inadequate', 'Good', 'Good']);
    expect(root.querySelectorAll('[role="option"]')).to.have.length(13);
    expect(option(root, 'inspection-2019').getAttribute('aria-label')).to.equal(
      'Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good.',
    );
    expect(
      root.querySelector('svg[part="chart"]')!.hasAttribute('aria-describedby'),
      'the summary is read once, before the chart',
    ).to.equal(false);
  });

  it("tells the judgements graded differently from the overall grade, in the point's name and the details", async () => {
    const { el, root } = await mount({ event: 'inspection-2024' });
    expect(option(root, 'inspection-2024').getAttribute('aria-label')).to.equal(
      'Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). ' +
        'Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding.',
    );
    expect(texts(root, '[part="details"] .details-outcome')).to.deep.equal([
      'Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding.',
    ]);
    expect(option(root, 'inspection-2017').getAttribute('aria-label')).to.match(
      /Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good\.$/,
    );
    el.event = 'inspection-2019';
    await el.updateComplete;
    expect(root.querySelectorAll('[part="details"] .details-outcome'), 'every 2019 grade is Good').to.have.length(0);
  });

  it("says a pre-2013 inspection's own grades in its point's name, not only that it had no overall grade", async () => {
    const { root } = await mount({});
    expect(option(root, 'inspection-2012').getAttribute('aria-label')).to.match(
      /No overall effectiveness grade; it judged safeguarding Good and looked after children Good\.$/,
    );
  });

  it('lists every event in a table, dates at the precision of their sources', async () => {
    const { root } = await mount();
    expect(root.querySelectorAll('table')).to.have.length(0);
    const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // One name, whatever the state: the state is aria-expanded's to tell, not a changed label as well.
    expect(clean(toggle.textContent)).to.equal('Table of events');
    toggle.click();
    await (root.host as OfstedTimeline).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(toggle.textContent)).to.equal('Table of events');
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(13);
    const dates = rows.map((row) => row.querySelector('td')!.textContent!.trim());
    expect(dates[0]).to.equal('February 2012 (date inferred)');
    expect(dates).to.include.members([
      '25 April to 18 May 2017',
      '14 and 15 November 2017',
      'July and August 2018 (date inferred)',
      '13 to 24 May 2019',
    ]);
    expect(rows[1]!.textContent).to.contain('Overall effectiveness: Inadequate');
    // Readers' columns only: the ids a web editor gives the `event` attribute are in the CSV, not the table.
    expect(texts(root, 'thead th')).to.deep.equal(['Date', 'Event', 'Kind', 'Judgements', 'Sources']);
    expect(clean(root.querySelector('tbody')!.textContent)).not.to.contain('inspection-2019');
    expect(
      timelineCsvRows(barnet, layoutTimeline(barnet, { width: 640 }).events).map((row) => row.at(-1)),
    ).to.deep.equal([
      'Event id',
      'inspection-2012',
      'inspection-2017',
      'commissioner-appointed-2017',
      'improvement-plan-2017',
      'monitoring-visit-2017-11',
      'commissioner-report-2017',
      'monitoring-visit-2018-01',
      'monitoring-visit-2018-04',
      'monitoring-visit-2018-07',
      'monitoring-visit-2018-11',
      'inspection-2019',
      'focused-visit-2021',
      'inspection-2024',
    ]);
  });

  it("marks Cumberland's takeover from Cumbria on the chart, and says in the table whose each event was", async () => {
    const { el, root } = await mount({ authority: 'cumberland' });
    el.showTable = true;
    await el.updateComplete;
    expect(texts(root, 'thead th')).to.deep.equal(['Date', 'Event', 'Council', 'Kind', 'Judgements', 'Sources']);
    const councils = [...root.querySelectorAll('tbody tr')].map((row) => clean(row.children[2]!.textContent));
    expect(councils.filter((council) => council === 'Cumbria').length).to.be.at.least(5);
    expect(councils.at(-1)).to.equal('Cumberland');
    // The chart marks the takeover, in April 2023, between Cumbria's last inspection and Cumberland's first.
    const takeover = option(root, 'milestone-2023-04');
    expect(takeover.getAttribute('aria-label')).to.contain('Cumberland takes over children’s services from Cumbria');
    const x = (id: string) => option(root, id).getBoundingClientRect().left;
    expect(x('milestone-2023-04')).to.be.within(x('inspection-2022-09'), x('inspection-2024-10'));
  });

  it('draws an inspection held in parts as one span a part, and its table row and details say each part', async () => {
    const data = {
      ...structuredClone(fictionalAllGrades),
      events: [
        ...structuredClone(fictionalAllGrades).events,
        {
          id: 'inspection-in-parts',
          kind: 'inspection' as const,
          title: 'Fictional inspection held in two parts',
          date: '2022-12-05/2023-02-15',
          parts: ['2022-12-05/2022-12-09', '2023-02-14/2023-02-15'],
          sources: ['fictional-notes'],
        },
      ],
    };
    const { el, root } = await mount({ data, event: 'inspection-in-parts' });
    const spans = option(root, 'inspection-in-parts').querySelector('path.parts')!.getAttribute('d')!;
    expect(spans.match(/M/g), 'one span a part').to.have.length(2);
    expect(root.querySelectorAll('path.parts'), 'only the inspection in parts').to.have.length(1);
    const when = '5 to 9 December 2022 and 14 and 15 February 2023';
    expect(texts(root, '[part="details"] .details-date')).to.deep.equal([when]);
    expect(option(root, 'inspection-in-parts').getAttribute('aria-label')).to.contain(`Inspection, ${when}:`);
    root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await el.updateComplete;
    const row = [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('held in two parts'))!;
    expect(clean(row.querySelector('td')!.textContent)).to.equal(when);
  });

  it('moves through events with the keyboard and shows the chosen one in full', async () => {
    const { el, root } = await mount();
    const selections: string[] = [];
    el.addEventListener('ofsted-select', (e) => selections.push(e.detail.eventId!));
    const first = root.querySelector<SVGGElement>('[role="option"][tabindex="0"]')!;
    expect(first.dataset.eventId).to.equal('inspection-2012');
    expect(root.querySelectorAll('[role="option"][tabindex="0"]')).to.have.length(1);
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.event).to.equal('inspection-2017');
    expect(el.getAttribute('event')).to.equal('inspection-2017');
    expect(root.activeElement?.getAttribute('data-event-id')).to.equal('inspection-2017');
    expect(option(root, 'inspection-2017').getAttribute('aria-selected')).to.equal('true');
    const details = texts(root, '[part="details"]')[0];
    expect(details).to.contain('25 April to 18 May 2017');
    expect(details).to.contain('Leadership, management and governance: Inadequate');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.event).to.equal('inspection-2024');
    expect(texts(root, '[part="details"]')[0]).to.contain(
      'The experiences and progress of children in care: Outstanding',
    );
    expect(selections).to.deep.equal(['inspection-2017', 'inspection-2024']);
  });

  it('rings the event the keyboard reaches: Tab to the chart, then each arrow key', async () => {
    const { el, root } = await mount();
    /** The focused option's ring as drawn: its stroke, none when no ring shows. */
    const ringStroke = () => {
      const ring = root.activeElement?.querySelector('.focus-ring');
      return ring ? getComputedStyle(ring).stroke : 'no ring';
    };
    const before = document.createElement('button');
    container.element.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('data-event-id')).to.equal('inspection-2012');
    expect(ringStroke()).to.not.be.oneOf(['none', 'no ring']);
    for (const id of ['inspection-2017', 'commissioner-appointed-2017']) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-event-id')).to.equal(id);
      expect(ringStroke(), id).to.not.be.oneOf(['none', 'no ring']);
    }
    before.remove();
  });

  for (const key of ['Enter', 'Space']) {
    it(`chooses the focused event with ${key}`, async () => {
      const { el, root } = await mount();
      const selections: string[] = [];
      el.addEventListener('ofsted-select', (e) => selections.push(e.detail.eventId!));
      option(root, 'inspection-2012').focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(el.event).to.equal('inspection-2012');
      expect(selections).to.deep.equal(['inspection-2012']);
      expect(option(root, 'inspection-2012').getAttribute('aria-selected')).to.equal('true');
      expect(root.activeElement?.getAttribute('data-event-id')).to.equal('inspection-2012');
      expect(document.documentElement.scrollTop, 'Space does not scroll the page').to.equal(0);
    });
  }

  it('shows a note by an event on hover, moving nothing, and its details in the panel when chosen', async () => {
    const { el, root } = await mount();
    option(root, 'focused-visit-2021').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    expect(texts(root, '[part="tip"]')).to.deep.equal([
      'Focused visit, 23 and 24 June 2021 (date inferred) Focused visit (children in care)',
    ]);
    expect(texts(root, '[part="details"]')[0], 'the panel waits for a choice').to.equal(
      'Choose an event on the chart to see its details.',
    );
    option(root, 'focused-visit-2021').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.event).to.equal('focused-visit-2021');
    const details = texts(root, '[part="details"]')[0];
    expect(details).to.contain('23 and 24 June 2021 (date inferred)');
    expect(details).to.contain('Not graded.');
    const link = root.querySelector<HTMLAnchorElement>('[part="details"] a[href*="uat.barnet.gov.uk"]');
    expect(link?.textContent, 'source link').to.contain('Barnet news page on the 2021 focused visit');
    expect(root.querySelector('[part="tip"]'), 'no note for the chosen event: the panel tells it').to.equal(null);
  });

  it('keeps the page still under a real pointer: the note lies over the chart, stays while the pointer moves onto it, and Escape hides it', async () => {
    const { el, root } = await mount();
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEntry[] & { value: number }[]) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift' });
    try {
      const height = el.getBoundingClientRect().height;
      const centre = (element: Element) => {
        const box = element.getBoundingClientRect();
        return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as [number, number];
      };
      for (const id of ['inspection-2017', 'monitoring-visit-2018-04', 'focused-visit-2021']) {
        await sendMouse({ type: 'move', position: centre(option(root, id).querySelector('.hit-area')!) });
        await waitUntil(() => root.querySelector('[part="tip"]'), `note for ${id}`);
        await new Promise(requestAnimationFrame);
        expect(el.getBoundingClientRect().height, id).to.equal(height);
      }
      // Onto the note (its edge touches the event's target): it stays.
      const tip = root.querySelector('[part="tip"]')!;
      const [x] = centre(tip);
      const box = tip.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [x, Math.round(box.y + box.height / 2)] });
      await new Promise(requestAnimationFrame);
      expect(root.querySelector('[part="tip"]'), 'hoverable').to.not.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root.querySelector('[part="tip"]'), 'dismissed by Escape').to.equal(null);
      await new Promise(requestAnimationFrame);
      expect(shifts, 'layout shifts while hovering').to.deep.equal([]);
    } finally {
      observer.disconnect();
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('listens on the listbox, not on each event, so its listeners do not grow with the events', async () => {
    const add = EventTarget.prototype.addEventListener;
    const onOptions: string[] = [];
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      if (this instanceof Element && this.getAttribute('role') === 'option') onOptions.push(args[0]);
      return add.apply(this, args);
    };
    try {
      const { root } = await mount();
      expect(root.querySelectorAll('[role="option"]')).to.have.length(13);
    } finally {
      EventTarget.prototype.addEventListener = add;
    }
    expect(onOptions).to.deep.equal([]);
  });

  it('adds at most eleven DOM nodes an event, its option in the chooser included, so thousands of events stay drawable', async () => {
    /** Every node in the shadow root: elements, text and Lit's marker comments alike, as the bench counts them. */
    const nodes = (root: ShadowRoot) => {
      let count = 0;
      for (const walker = document.createTreeWalker(root); walker.nextNode();) count++;
      return count;
    };
    const first = await mount({ data: fictionalTimeline(200) });
    const few = nodes(first.root);
    expect(
      first.root.querySelector<HTMLSelectElement>('#event-chooser')!.options,
      'crowded: the chooser is there',
    ).to.have.length(201);
    first.el.remove();
    const { root } = await mount({ data: fictionalTimeline(400) });
    expect(root.querySelector<HTMLSelectElement>('#event-chooser')!.options).to.have.length(401);
    // 21 before (17 in the minified build): a nested template for each marker, and five nodes an option in the chooser.
    expect((nodes(root) - few) / 200).to.be.at.most(11);
  });

  it('passes axe with an event selected and the table open', async function () {
    this.timeout(60_000);
    const { el } = await mount({ event: 'inspection-2019' });
    el.showTable = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('opens on the event named by the event attribute', async () => {
    const { root } = await mount({ event: 'inspection-2012' });
    const details = texts(root, '[part="details"]')[0];
    expect(details).to.contain('February 2012 (date inferred)');
    expect(details).to.contain('Safeguarding: Good');
  });

  it('prefers data over src, and src over authority', async () => {
    const fromData = await mount({ data: fictionalAllGrades, src: BARNET_URL });
    expect(texts(fromData.root, '[part="summary"]')[0]).to.match(
      /^Northwick \(fictional\) children's services were judged Requires improvement to be good in 2014 \(children looked after: Good\), Inadequate in 2017, Good in 2019 and Outstanding in 2024 \(help and protection: Good; care leavers: Requires improvement to be good\)\. The 2011 inspection, which gave no overall grade, judged safeguarding Good\.$/,
    );
    const fromSrc = await mount({ src: BARNET_URL, authority: 'nowhere' });
    expect((fromSrc.event as CustomEvent<OfstedDataEventDetail>).detail.origin).to.deep.equal({
      input: 'src',
      url: BARNET_URL,
    });
    expect(texts(fromSrc.root, '[part="summary"]')[0]).to.contain('Barnet');
  });

  it('shows the latest input when inputs change during a load', async () => {
    const el = document.createElement('ofsted-timeline');
    const outcomes: string[] = [];
    el.addEventListener('ofsted-data', (e) => outcomes.push(e.detail.dataset.authority.id));
    el.src = BARNET_URL;
    container.element.append(el);
    await el.updateComplete;
    el.data = fictionalAllGrades;
    await waitUntil(() => outcomes.length > 0);
    // Once Barnet's request is over too and the element has updated, a stale outcome would have been heard.
    await requests.settled();
    await afterUpdateAndFrame(el);
    expect(outcomes).to.deep.equal(['northwick-fictional']);
    expect(el.shadowRoot!.textContent).to.contain('Northwick');
  });
});

describe('<ofsted-timeline> with bad input', () => {
  const consoleErrors = captureConsoleErrors();

  it('says the file was not found when src answers 404, and gives developers the URL in ofsted-error and the console', async () => {
    const { event, root } = await mount({ src: '/no/such/file.json' });
    expect(event.type).to.equal('ofsted-error');
    const detail = (event as CustomEvent<OfstedErrorEventDetail>).detail;
    expect(detail).to.include({ kind: 'fetch', url: '/no/such/file.json', status: 404 });
    expect(detail.message).to.contain('Could not load Ofsted data from /no/such/file.json: the server answered 404');
    expect(alertText(root)).to.contain('The file of inspection data was not found.');
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('says when the file is not JSON', async () => {
    const url = URL.createObjectURL(new Blob(['<html>not json</html>'], { type: 'text/html' }));
    const { root } = await mount({ src: url });
    expect(alertText(root)).to.contain('The file of inspection data could not be read.');
    expect(String(consoleErrors.calls[0]?.[0])).to.contain(`The file at ${url} is not valid JSON`);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it("tells the public what happened and where Ofsted's reports are, and developers each problem with its path", async () => {
    const { event, root } = await mount({ data: fictionalInvalid as never });
    const detail = (event as CustomEvent<OfstedErrorEventDetail>).detail;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal('The data property does not follow the Ofsted dataset schema (2 problems).');
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['events[0].date', 'events[1].judgements[0].grade']);
    expect(alertText(root)).to.equal(
      "The Ofsted data could not be shown. The inspection data has mistakes in it, so it is not shown. You can find every council's inspection reports on Ofsted's website.",
    );
    expect(root.querySelector('[role="alert"] a')!.getAttribute('href')).to.equal('https://reports.ofsted.gov.uk/');
    expect(root.querySelectorAll('[role="alert"] code'), 'no code for the public').to.have.length(0);
    expect(root.querySelectorAll('svg[part="chart"]')).to.have.length(0);
    expect(consoleErrors.calls).to.have.length(1);
    expect(JSON.stringify(consoleErrors.calls[0])).to.contain(
      'events[1].judgements[0].grade: \\"superb\\" is not a grade',
    );
  });

  it("names an unknown authority in readers' words in place, and how to name one for the developer", async () => {
    const { root, event } = await mount({ authority: 'atlantis' });
    expect(alertText(root)).to.equal(
      'The Ofsted data could not be shown. This page asks for a council called "atlantis", which is not one of ' +
        "England's councils in this data. You can find every council's inspection reports on Ofsted's website.",
    );
    expect(alertText(root), 'no markup or attribute for readers').not.to.match(/authority=|Check the council/);
    const { detail } = event as CustomEvent<OfstedErrorEventDetail>;
    expect(detail.kind).to.equal('unknown-authority');
    expect(detail.message).to.contain('There is no Ofsted data for a council called "atlantis". Check the council');
  });

  it('suggests the closest authorities for a misspelt name', async () => {
    const { root, event } = await mount({ authority: 'Barnsly' });
    expect(alertText(root)).to.contain(
      'a council called "Barnsly", which is not one of England\'s councils in this data. It may mean Barnsley',
    );
    expect((event as CustomEvent<OfstedErrorEventDetail>).detail.message).to.contain('Did you mean Barnsley');
    expect((event as CustomEvent<OfstedErrorEventDetail>).detail.suggestions?.[0]).to.equal('barnsley');
  });

  it('tells readers that Cumbria no longer exists and who took over, in place', async () => {
    const { root } = await mount({ authority: 'Cumbria' });
    expect(alertText(root)).to.contain(
      "Cumbria no longer runs children's services: Cumberland and Westmorland and Furness took them over in April 2023, and their Ofsted history includes Cumbria's inspections.",
    );
  });

  it('recovers when given good input after bad', async () => {
    const { el, root } = await mount({ authority: 'atlantis' });
    const loaded = new Promise((resolve) => el.addEventListener('ofsted-data', resolve, { once: true }));
    el.authority = 'barnet';
    await loaded;
    expect(root.querySelectorAll('[role="alert"]')).to.have.length(0);
    expect(root.querySelectorAll('[role="option"]')).to.have.length(13);
  });

  it('says so when the event attribute names no event, and still draws the chart', async () => {
    const { el, root } = await mount();
    const reported = new Promise<CustomEvent<OfstedErrorEventDetail>>((resolve) =>
      el.addEventListener('ofsted-error', resolve, { once: true }),
    );
    el.event = 'inspection-1066';
    const { detail } = await reported;
    expect(detail).to.include({
      kind: 'unknown-event',
      message: 'There is no event "inspection-1066" in the data for London Borough of Barnet.',
    });
    expect(alertText(root)).to.equal(
      'This page asks for an event that is not in the data. There is no event "inspection-1066" in the data for London Borough of Barnet. The timeline shows every event, with none chosen.',
    );
    expect(alertText(root), 'says what happened').to.not.contain('could not be shown');
    expect(root.querySelectorAll('[role="option"]')).to.have.length(13);
    el.requestUpdate();
    await el.updateComplete;
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('shows markup in data as literal text', async () => {
    const hostile = structuredClone(fictionalAllGrades);
    hostile.authority.shortName = '<img src=x onerror="window.hacked=1">';
    hostile.events[0]!.title = '<script>window.hacked=1</script>';
    const { el, root } = await mount({ data: hostile, event: hostile.events[0]!.id });
    (root.querySelector('[part="table-toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(root.textContent).to.contain('<img src=x onerror="window.hacked=1"> children');
    expect(texts(root, '[part="details"] .details-title')).to.deep.equal(['<script>window.hacked=1</script>']);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('<ofsted-timeline> pointer targets (WCAG 2.5.8)', () => {
  /** Each event's pointer target as drawn: its hit-area circle's box on the page. */
  const targets = (root: ShadowRoot) =>
    [...root.querySelectorAll<SVGGElement>('[role="option"]')].map((option) => {
      const box = option.querySelector('.hit-area')!.getBoundingClientRect();
      return {
        id: option.dataset.eventId!,
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        size: Math.min(box.width, box.height),
      };
    });

  for (const width of [640, 1280]) {
    it(`gives every Barnet event a 24px target that meets no other at ${width}px`, async () => {
      const { root } = await mount({}, width);
      const drawn = targets(root);
      expect(drawn).to.have.length(13);
      const meeting = drawn.flatMap((a, i) =>
        drawn
          .slice(i + 1)
          .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 23.99)
          .map((b) => `${a.id} / ${b.id}`),
      );
      expect(meeting).to.deep.equal([]);
      for (const target of drawn) expect(target.size, target.id).to.be.at.least(23.99);
      // Only the hit area takes the pointer: a point label or focus ring never widens a target into its neighbour's.
      for (const mark of root.querySelectorAll('.event .point-label, .event .focus-ring, .event .marker')) {
        expect(getComputedStyle(mark).pointerEvents, mark.getAttribute('class')!).to.equal('none');
      }
      expect(root.querySelector('#event-chooser'), 'no chooser needed').to.equal(null);
    });
  }

  it('offers a select of every event when the chart is too crowded to spread them', async () => {
    const crowded = structuredClone(fictionalAllGrades);
    const [first] = crowded.events;
    crowded.events = Array.from({ length: 8 }, (_, i) => ({
      ...first!,
      id: `visit-${i}`,
      kind: 'monitoring-visit' as const,
      title: `Fictional visit ${i}`,
      judgements: undefined,
      date: '2020-01-15',
    }));
    const { el, root } = await mount({ data: crowded });
    const select = root.querySelector<HTMLSelectElement>('#event-chooser')!;
    expect(select, 'a chooser').to.exist;
    expect(root.querySelector('label[for="event-chooser"]')!.textContent!.trim()).to.equal('Choose an event');
    expect(select.options).to.have.length(9);
    expect(select.getBoundingClientRect().height).to.be.at.least(24);
    const chosen = new Promise<string>((resolve) =>
      el.addEventListener('ofsted-select', (e) => resolve(e.detail.eventId!), { once: true }),
    );
    select.value = 'visit-5';
    select.dispatchEvent(new Event('change'));
    expect(await chosen).to.equal('visit-5');
    await el.updateComplete;
    expect(el.event).to.equal('visit-5');
    expect(texts(root, '[part="details"] .details-title')).to.deep.equal(['Fictional visit 5']);
  });
  it("keeps the chooser on the chart's chosen event, and on None chosen for an event it does not have", async () => {
    const crowded = fictionalTimeline(300);
    const { el, root } = await mount({ data: crowded, event: 'event-3' });
    const select = root.querySelector<HTMLSelectElement>('#event-chooser')!;
    expect(select.value).to.equal('event-3');
    option(root, 'event-7').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(select.value).to.equal('event-7');
    expect(select.options).to.have.length(301);
    el.event = 'no-such-event';
    await el.updateComplete;
    expect(select.selectedOptions[0]?.textContent).to.equal('None chosen');
  });
});

describe('<ofsted-timeline> band captions stay readable (WCAG 1.4.12)', () => {
  /** WCAG 1.4.12's text spacing, as a user's style sheet sets it; the chart's text inherits it through the shadow root. */
  const TEXT_SPACING = 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5;';

  /** A council's own data: a Requires improvement inspection early in the range, then Good. */
  const earlyRequiresImprovement = structuredClone(fictionalAllGrades);
  earlyRequiresImprovement.events = earlyRequiresImprovement.events
    .filter((event) => event.id === 'inspection-2019' || event.id === 'inspection-2014')
    .map((event) => (event.id === 'inspection-2014' ? { ...event, date: '2016-03-07/2016-03-30' } : event));

  const intersects = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  /**
   * What covers each band caption's text: point labels or markers drawn over it, or the journey line where the
   * caption's own background (painted above the line) does not hide it.
   */
  function coveredCaptions(root: ShadowRoot): string[] {
    const captions = [...root.querySelectorAll<SVGTextElement>('.band-label')];
    const problems: string[] = [];
    for (const caption of captions) {
      const box = caption.getBoundingClientRect();
      for (const mark of root.querySelectorAll('.point-label, .event .marker')) {
        if (intersects(box, mark.getBoundingClientRect()))
          problems.push(`${caption.textContent} under ${mark.getAttribute('class')} ${mark.textContent ?? ''}`);
      }
      const path = root.querySelector<SVGPathElement>('.journey');
      if (!path) continue;
      const matrix = path.getScreenCTM()!;
      const background = caption.previousElementSibling;
      const hidden =
        background?.classList.contains('band-label-bg') &&
        path.compareDocumentPosition(background) & Node.DOCUMENT_POSITION_FOLLOWING
          ? background.getBoundingClientRect()
          : undefined;
      for (let at = 0; at <= path.getTotalLength(); at += 1) {
        const point = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(matrix);
        const inside = (r: DOMRect) => point.x > r.left && point.x < r.right && point.y > r.top && point.y < r.bottom;
        if (inside(box) && !(hidden && inside(hidden))) {
          problems.push(`${caption.textContent} crossed by the journey line`);
          break;
        }
      }
    }
    return problems;
  }

  const cases = [
    { name: "Barnet's journey at 320px", data: undefined, width: 320, spacing: false },
    { name: "Barnet's journey at 320px with text spacing", data: undefined, width: 320, spacing: true },
    { name: "Barnet's journey at 640px with text spacing", data: undefined, width: 640, spacing: true },
    {
      name: 'a 2016 Requires improvement inspection at 1280px',
      data: earlyRequiresImprovement,
      width: 1280,
      spacing: false,
    },
    {
      name: 'a 2016 Requires improvement inspection at 1280px with text spacing',
      data: earlyRequiresImprovement,
      width: 1280,
      spacing: true,
    },
    { name: 'every grade at 480px with text spacing', data: fictionalAllGrades, width: 480, spacing: true },
  ];
  for (const { name, data, width, spacing } of cases) {
    it(`keeps the line, markers and point labels off the band captions: ${name}`, async () => {
      if (spacing) container.element.setAttribute('style', TEXT_SPACING);
      const { root } = await mount(data ? { data } : {}, width);
      const covered = coveredCaptions(root);
      expect(covered, covered.join('; ')).to.deep.equal([]);
    });
  }
});

describe('<ofsted-timeline> heading (issue 26 item 7)', () => {
  it('Bradford at 375px: a heading of a few words names the chart; the sentence with the grades follows as text, read once', async () => {
    const { root } = await mount({ authority: 'bradford' }, 375);
    const heading = root.querySelector('h1, h2, h3, h4, h5, h6')!;
    expect(heading.textContent!.trim()).to.equal("Ofsted inspections of Bradford children's services");
    const summary = root.querySelector('[part="summary"]')!;
    expect(summary.tagName).to.equal('P');
    expect(summary.textContent).to.match(/^Bradford children's services were judged /);
    // Not also the chart's description: a screen reader would read it twice.
    expect(root.querySelector('svg[part="chart"]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(heading.getBoundingClientRect().height, 'the heading, in lines').to.be.below(
      3 * parseFloat(getComputedStyle(heading).lineHeight),
    );
  });
});

describe('<ofsted-timeline> grade labels as drawn (issue 26: WCAG 1.4.4, 1.4.10, 1.4.11)', () => {
  afterEach(() => (document.documentElement.style.fontSize = ''));
  const intersects = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  for (const authority of ['bradford', 'cumberland', 'kent']) {
    for (const width of [320, 375]) {
      for (const textSize of ['100%', '200%']) {
        it(`${authority} at ${width}px, text at ${textSize}: every graded point labelled, over no marker or other label, nothing wider than the page`, async () => {
          // The reader's text size is the root's: the elements' text is 1rem, so a container's size would not reach it.
          document.documentElement.style.fontSize = textSize;
          const { el, root } = await mount({ authority }, width);
          const graded = [...root.querySelectorAll('.event.graded')];
          expect(graded.length).to.be.above(1);
          const labels = graded.map((event) => event.querySelector('.point-label'));
          expect(labels.filter((label) => !label).length, 'points without a label').to.equal(0);
          const markers = [...root.querySelectorAll('.event .marker')];
          const problems: string[] = [];
          labels.forEach((label, i) => {
            const box = label!.getBoundingClientRect();
            for (const marker of markers) {
              if (intersects(box, marker.getBoundingClientRect()))
                problems.push(
                  `"${label!.textContent}" over a marker of ${marker.closest('.event')!.getAttribute('data-event-id')}`,
                );
            }
            labels
              .slice(i + 1)
              .forEach(
                (other) =>
                  intersects(box, other!.getBoundingClientRect()) &&
                  problems.push(`"${label!.textContent}" over "${other!.textContent}"`),
              );
          });
          expect(problems, problems.join('; ')).to.deep.equal([]);
          // An abbreviated grade is spelt out in the key.
          for (const label of labels.filter((label) => /^(O|G|RI|I)$/.test(label!.textContent!))) {
            expect(
              texts(root, '.legend-abbreviation').map((text) => text.split(' ')[0]),
              'the key',
            ).to.include(label!.textContent);
          }
          expect(el.scrollWidth, 'the element').to.be.at.most(width);
          expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(window.innerWidth);
        });
      }
    }
  }
});

describe('<ofsted-timeline> sizing', () => {
  it('fits a 320px sidebar without sideways scroll', async () => {
    const { el, root } = await mount({}, 320);
    const svg = root.querySelector('svg[part="chart"]')!;
    expect(svg.getAttribute('width')).to.equal('320');
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('lays out again when its container is resized', async () => {
    const { el, root } = await mount({}, 900);
    expect(root.querySelector('svg[part="chart"]')!.getAttribute('width')).to.equal('900');
    container.element.style.width = '400px';
    await waitUntil(
      () => root.querySelector('svg[part="chart"]')!.getAttribute('width') === '400',
      'relayout at 400px',
    );
    expect(el.scrollWidth).to.be.at.most(400);
  });

  it("follows its width and the page's text size from ResizeObserver entries alone: no layout or style read by script", async () => {
    const { root } = await mount({}, 900);
    const svg = root.querySelector('svg[part="chart"]')!;
    let reads = 0;
    const originals = {
      getComputedStyle: window.getComputedStyle,
      getBoundingClientRect: Element.prototype.getBoundingClientRect,
    };
    window.getComputedStyle = (...args) => (reads++, originals.getComputedStyle(...args));
    Element.prototype.getBoundingClientRect = function () {
      reads++;
      return originals.getBoundingClientRect.call(this);
    };
    try {
      const height = Number(svg.getAttribute('height'));
      container.element.style.width = '500px';
      await waitUntil(() => svg.getAttribute('width') === '500', 'relayout at 500px');
      document.documentElement.style.fontSize = '24px';
      await waitUntil(() => Number(svg.getAttribute('height')) > height, 'relayout for larger text');
    } finally {
      window.getComputedStyle = originals.getComputedStyle;
      Element.prototype.getBoundingClientRect = originals.getBoundingClientRect;
      document.documentElement.style.fontSize = '';
    }
    expect(reads, 'getComputedStyle and getBoundingClientRect calls while resizing').to.equal(0);
  });

  it("draws its text at 14px on a 16px page, and lays out again when the page's text grows", async () => {
    const { root } = await mount({}, 768);
    const label = root.querySelector('.point-label')!;
    expect(getComputedStyle(label).fontSize).to.equal('14px');
    const svg = root.querySelector('svg[part="chart"]')!;
    const height = Number(svg.getAttribute('height'));
    // The reader's text size setting is the root's font size; the elements follow it in rem.
    document.documentElement.style.fontSize = '32px';
    try {
      await waitUntil(() => Number(svg.getAttribute('height')) > height, 'relayout for larger text');
      expect(getComputedStyle(root.querySelector('.point-label')!).fontSize).to.equal('28px');
      expect(svg.getAttribute('width')).to.equal('768');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
