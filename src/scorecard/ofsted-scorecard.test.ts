import { expect, waitUntil } from '@open-wc/testing';
import type { OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import {
  afterUpdateAndFrame,
  alertText,
  captureConsoleErrors,
  clean,
  mountElement,
  texts,
  useContainer,
} from '../test-support/mount.js';
import { fictionalAllGrades, fictionalInvalid, fictionalOneEvent } from '../fixtures/datasets.js';
import type { OfstedScorecard } from './ofsted-scorecard.js';
import './define.js';

const container = useContainer();

/** Adds a scorecard with the given inputs and waits for it to show data or an error. */
const mount = (
  inputs: Partial<Pick<OfstedScorecard, 'data' | 'src' | 'authority' | 'event' | 'showTable'>> = {},
  width = 640,
) => mountElement(container.element, 'ofsted-scorecard', { authority: 'barnet', ...inputs }, { width });

/** A list item's own line, without its nested sub-judgements. */
const rowOf = (root: ParentNode, area: string) => root.querySelector<HTMLLIElement>(`li[data-area="${area}"]`)!;
const rowLine = (row: Element) => clean(row.querySelector(':scope > .row-line')!.textContent);
/** What a sighted reader sees of a node: its text without the words only screen readers get. */
const seen = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
};
/** What a screen reader gets of a node: its text without what is hidden from assistive technology. */
const spoken = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
};
const rowChange = (row: Element) => seen(row.querySelector(':scope > .change')!);
/** Which scale positions are filled, best first: e.g. [false, true, false, false] for Good. */
const filled = (row: Element) =>
  [...row.querySelectorAll(':scope > .row-line .cell')].map((cell) => cell.classList.contains('filled'));

describe('<ofsted-scorecard>', () => {
  it("shows Barnet's latest graded inspection, 2024, by default: five judgements, overall first", async () => {
    const { event, root } = await mount();
    expect(event.type).to.equal('ofsted-data');
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Barnet's 10 to 14 June 2024 inspection judged overall effectiveness Good, the same as in 2019.",
    ]);
    expect(texts(root, '.title')).to.deep.equal(['Inspection of local authority children’s services (ILACS, short)']);
    expect(texts(root, '.facts dt, .facts dd')).to.deep.equal([
      'Date:',
      '10 to 14 June 2024',
      'Framework:',
      "Inspecting local authority children's services (ILACS)",
    ]);
    // The source notes sit under the judgements, as under a chart.
    expect(root.querySelectorAll('[part="sources"] .sources a').length).to.be.at.least(1);
    expect(
      root.querySelector('.judgements-area')!.compareDocumentPosition(root.querySelector('[part="sources"]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    const items = [...root.querySelectorAll('.judgements > li')];
    expect(items.map((li) => li.getAttribute('data-area'))).to.deep.equal([
      'overall-effectiveness',
      'leadership',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
    ]);
    expect(items[0]!.classList.contains('overall')).to.equal(true);
    expect(rowLine(rowOf(root, 'children-in-care'))).to.equal(
      'The experiences and progress of children in care Outstanding',
    );
    expect(filled(rowOf(root, 'children-in-care'))).to.deep.equal([true, false, false, false]);
    expect(filled(rowOf(root, 'leadership'))).to.deep.equal([false, true, false, false]);
    expect(rowChange(rowOf(root, 'leadership'))).to.equal('No change since 2019: Good');
    expect(rowChange(rowOf(root, 'children-in-care'))).to.equal(
      'Improved since 2019: Good → Outstanding (2019: The experiences and progress of children in care and care leavers, the corresponding judgement then)',
    );
  });

  it('reads "Inadequate to Good", not "right arrow", in the rows and the table; the summary is not also the list\'s description', async () => {
    const { root } = await mount({ event: 'inspection-2019', showTable: true });
    const row = rowOf(root, 'help-and-protection');
    expect(spoken(row.querySelector(':scope > .change')!)).to.match(/^Improved since 2017: Inadequate to Good \(/);
    expect(rowChange(row)).to.match(/^Improved since 2017: Inadequate → Good \(/);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => spoken(tr.lastElementChild!));
    expect(cells).to.include('Inadequate to Good, improved');
    for (const node of root.querySelectorAll('*'))
      if (node.textContent?.includes('→') && node.children.length === 0)
        expect(node.closest('[aria-hidden="true"]'), 'every arrow hidden').to.not.equal(null);
    // The summary is a heading, read where it stands: pointing the list at it as well made it read twice.
    expect(root.querySelector('.judgements')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  for (const width of [320, 375, 640]) {
    it(`lines the scale key up with the rows' scales at ${width}px`, async () => {
      const { root } = await mount({}, width);
      const edges = (scale: Element) =>
        [...scale.querySelectorAll('.cell')].map((cell) => {
          const box = cell.getBoundingClientRect();
          return [Math.round(box.left), Math.round(box.right)];
        });
      const key = edges(root.querySelector('.key-scale')!);
      for (const scale of root.querySelectorAll('.row-line .scale')) expect(edges(scale)).to.deep.equal(key);
    });
  }

  it('event="inspection-2019" shows four judgements and Inadequate → Good since 2017', async () => {
    const { root } = await mount({ event: 'inspection-2019' });
    expect(root.querySelectorAll('.judgements > li')).to.have.length(4);
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Barnet's 13 to 24 May 2019 inspection judged overall effectiveness Good, up from Inadequate in 2017.",
    ]);
    for (const area of ['overall-effectiveness', 'leadership', 'help-and-protection']) {
      expect(rowChange(rowOf(root, area)), area).to.contain('Improved since 2017: Inadequate → Good');
    }
    expect(rowChange(rowOf(root, 'leadership'))).to.contain('(2017: Leadership, management and governance)');
    expect(rowChange(rowOf(root, 'children-in-care-and-care-leavers'))).to.equal(
      'Improved since 2017: Inadequate → Good (2017: Children looked after and achieving permanence, the corresponding judgement then)',
    );
  });

  it("reads at a glance: the scale's ends named over the scales, and each change a word with its shape", async () => {
    const { root } = await mount({ event: 'inspection-2019' });
    expect(texts(root, '[part="key"] .scale-end')).to.deep.equal(['Outstanding', 'Inadequate']);
    const cue = rowOf(root, 'overall-effectiveness').querySelector('.cue')!;
    expect(clean(cue.textContent)).to.equal('Improved');
    expect(getComputedStyle(cue, '::before').content).to.contain('▲');
    const unchanged = await mount({ event: 'inspection-2024' });
    const same = rowOf(unchanged.root, 'leadership').querySelector('.cue')!;
    expect(clean(same.textContent)).to.equal('No change');
    expect(getComputedStyle(same, '::before').content).to.contain('=');
  });

  it('event="inspection-2017" nests the SIF sub-judgements and shows the LSCB review', async () => {
    const { root } = await mount({ event: 'inspection-2017' });
    const lookedAfter = rowOf(root, 'children-looked-after');
    const subs = lookedAfter.querySelectorAll(':scope > ul.sub-judgements > li');
    expect([...subs].map(rowLine)).to.deep.equal([
      'Adoption performance Requires improvement to be good',
      'Experiences and progress of care leavers Requires improvement to be good',
    ]);
    expect(lookedAfter.querySelector('ul')!.getAttribute('aria-label')).to.equal(
      'Within Children looked after and achieving permanence',
    );
    // Indented: the sub-judgement's line starts right of its parent's.
    const left = (el: Element) => el.getBoundingClientRect().left;
    expect(left(subs[0]!.querySelector('.name')!)).to.be.above(left(lookedAfter.querySelector('.name')!));
    expect(rowLine(rowOf(root, 'lscb'))).to.equal('Review of the Local Safeguarding Children Board Inadequate');
    expect(rowChange(rowOf(root, 'lscb'))).to.equal('No matching judgement in 2012');
    expect(root.querySelectorAll('.judgements > li')).to.have.length(5);
  });

  it('shows a grade the sources do not give as "Not known", with no position filled', async () => {
    const { root } = await mount({ data: fictionalAllGrades, event: 'inspection-2011' });
    const overall = rowOf(root, 'overall-effectiveness');
    expect(rowLine(overall)).to.equal('Overall effectiveness Not known');
    expect(filled(overall)).to.deep.equal([false, false, false, false]);
    expect(rowChange(overall)).to.equal('First graded inspection in this data');
    expect(texts(root, '[part="summary"]')[0]).to.equal(
      "The overall effectiveness grade from Northwick (fictional)'s March 2011 inspection is not known.",
    );
  });

  it('lists every judgement in the table, sub-judgements after their parent', async () => {
    const { el, root } = await mount({ event: 'inspection-2017' });
    expect(root.querySelectorAll('table')).to.have.length(0);
    const toggle = root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(texts(root, 'thead th')).to.deep.equal(['Judgement', 'Grade', 'Previous grade', 'Change']);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => clean(cell.textContent)),
    );
    expect(rows).to.have.length(7);
    expect(rows[0]).to.deep.equal([
      'Overall effectiveness',
      'Inadequate',
      'No matching judgement in 2012',
      'No matching judgement in 2012',
    ]);
    expect(rows[3]![0]).to.equal('Adoption performance Part of: Children looked after and achieving permanence');
  });

  it('opens the table from the show-table attribute, with the change since 2019', async () => {
    const { root } = await mount({ showTable: true });
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(seen));
    expect(rows.map((row) => row[0])).to.have.length(5);
    expect(rows[3]).to.deep.equal([
      'The experiences and progress of children in care',
      'Outstanding',
      'Good (2019) 2019: The experiences and progress of children in care and care leavers, the corresponding judgement then',
      'Good → Outstanding, improved',
    ]);
    expect(rows[0]).to.deep.equal(['Overall effectiveness', 'Good', 'Good (2019)', 'Good → Good, unchanged']);
  });

  it("shows fictional ILACS 2024's five judgements, one of each grade word", async () => {
    const { root } = await mount({ data: fictionalAllGrades, event: 'inspection-2024' });
    expect(texts(root, '.judgements > li > .row-line .grade')).to.deep.equal([
      'Outstanding',
      'Outstanding',
      'Good',
      'Outstanding',
      'Requires improvement to be good',
    ]);
    expect(filled(rowOf(root, 'care-leavers'))).to.deep.equal([false, false, true, false]);
  });
});

describe('<ofsted-scorecard> with bad input', () => {
  const consoleErrors = captureConsoleErrors();

  it('names an event id that is not in the data: alert, one ofsted-error, one console error', async () => {
    const { el, root, outcomes } = await mount({ event: 'inspection-1999' });
    await waitUntil(() => outcomes.length === 2, 'both reports');
    // Another update must not report again: it would have, once that update is over and a frame has passed.
    el.requestUpdate();
    await afterUpdateAndFrame(el);
    // The data itself is fine, so ofsted-data fires too (after the error: see ProblemReporter, which reports from updated()).
    expect(outcomes.map((e) => e.type).sort()).to.deep.equal(['ofsted-data', 'ofsted-error']);
    const error = outcomes.find((e) => e.type === 'ofsted-error') as CustomEvent<OfstedErrorEventDetail>;
    expect(error.detail).to.include({
      kind: 'unknown-event',
      message: 'There is no event "inspection-1999" in the data for London Borough of Barnet.',
    });
    expect(alertText(root)).to.equal(
      'This page asks for an event that is not in the data. There is no event "inspection-1999" in the data for London Borough of Barnet. No judgements are shown. ' +
        "You can find every council's inspection reports on Ofsted's website.",
    );
    expect(root.querySelectorAll('.judgements')).to.have.length(0);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('recovers when event is changed to one that exists, including an ungraded visit', async () => {
    const { el, root } = await mount({ event: 'no-such-event' });
    expect(alertText(root)).to.contain('There is no event "no-such-event"');
    el.event = 'monitoring-visit-2017-11';
    await el.updateComplete;
    expect(root.querySelectorAll('[role="alert"]')).to.have.length(0);
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Barnet's 14 and 15 November 2017 monitoring visit made no graded judgements.",
    ]);
    expect(texts(root, '.status')).to.deep.equal(['This event has no graded judgements.']);
    expect(root.querySelectorAll('[part="table-toggle"]')).to.have.length(0);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('shows the invalid-data alert and logs one console error', async () => {
    const { event, root } = await mount({ data: fictionalInvalid as never });
    expect(event.type).to.equal('ofsted-error');
    expect(alertText(root)).to.contain('The inspection data has mistakes in it, so it is not shown.');
    expect(root.querySelectorAll('.judgements')).to.have.length(0);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('says plainly, without an error, when the data has no graded inspection', async () => {
    const { root } = await mount({ data: fictionalOneEvent });
    expect(root.querySelectorAll('[role="alert"]')).to.have.length(0);
    expect(texts(root, '.status')).to.deep.equal([
      'The data for Singleton (fictional council) has no graded inspection.',
    ]);
    expect(consoleErrors.calls).to.have.length(0);
  });

  it('shows markup in data as literal text', async () => {
    const hostile = structuredClone(fictionalAllGrades);
    hostile.authority.shortName = '<img src=x onerror="window.hacked=1">';
    const event = hostile.events.find((e) => e.id === 'inspection-2024')!;
    event.title = '<script>window.hacked=1</script>';
    event.judgements![1]!.name = '<b>bold</b>';
    const { root } = await mount({ data: hostile, showTable: true });
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(texts(root, '[part="summary"]')[0]).to.match(/^<img src=x onerror="window.hacked=1">'s 4 to 15 March 2024/);
    expect(texts(root, '.title')).to.deep.equal(['<script>window.hacked=1</script>']);
    expect(texts(root, '.judgements .name')).to.include('<b>bold</b>');
    expect(texts(root, 'tbody th')).to.include('<b>bold</b>');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('<ofsted-scorecard> several on one page', () => {
  const consoleErrors = captureConsoleErrors();

  it('each keeps its own copy: a heading level or event changed on one leaves the other as it was', async () => {
    const first = await mount();
    const second = await mount();
    const shown = (root: ShadowRoot) => [
      root.querySelector('[part="heading"]')!.localName,
      root.querySelectorAll('.judgements > li').length,
    ];
    expect(shown(first.root)).to.deep.equal(['h2', 5]);
    first.el.headingLevel = 4;
    await first.el.updateComplete;
    expect(shown(first.root)).to.deep.equal(['h4', 5]);
    expect(first.root.querySelector('.sources-heading')!.localName).to.equal('h6');
    expect(shown(second.root)).to.deep.equal(['h2', 5]);
    first.el.event = 'inspection-2019';
    await first.el.updateComplete;
    expect(shown(first.root)).to.deep.equal(['h4', 4]);
    expect(shown(second.root)).to.deep.equal(['h2', 5]);
    // Each shadow root holds one copy: the judgements' labels point at their own title.
    for (const { root } of [first, second]) {
      expect(root.querySelectorAll('#title, #summary, .judgements')).to.have.length(3);
      expect(root.querySelector('.judgements')!.getAttribute('aria-labelledby')).to.equal('title');
    }
  });

  it('shows its judgements again when the same data comes back after an error', async () => {
    const { el, root } = await mount();
    const before = clean(root.querySelector('.judgements')!.textContent);
    el.authority = 'no-such-council';
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the unknown authority shown');
    expect(root.querySelectorAll('.judgements')).to.have.length(0);
    el.authority = 'barnet';
    await waitUntil(() => root.querySelector('.judgements'), 'the judgements shown again');
    expect(clean(root.querySelector('.judgements')!.textContent)).to.equal(before);
    expect(root.querySelectorAll('[part="sources"] .sources li').length).to.be.at.least(1);
    expect(consoleErrors.calls).to.have.length(1);
  });
});

describe('<ofsted-scorecard> sizing', () => {
  it('fits a 320px sidebar without sideways scroll, table open', async () => {
    const { el, root } = await mount({ event: 'inspection-2017', showTable: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root.querySelectorAll<HTMLElement>('.row, .row-line, .change, .header, .table-wrap')) {
      expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth);
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('lines the grade and scale up in columns when wide', async () => {
    const { root } = await mount({ event: 'inspection-2017' }, 900);
    const scales = [...root.querySelectorAll('.judgements li:not(.overall) > .row-line .scale')].map((s) =>
      Math.round(s.getBoundingClientRect().left),
    );
    expect(new Set(scales).size).to.equal(1);
  });
});

describe('<ofsted-scorecard> heading (issue 26 item 7)', () => {
  it('Kent at 375px: a heading of a few words names what it shows; the sentence with the grades follows as text', async () => {
    const { root } = await mount({ authority: 'kent' }, 375);
    const heading = root.querySelector('[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(clean(heading.textContent)).to.equal("Judgements of Kent's 2025 inspection");
    expect(clean(heading.textContent).split(' ').length).to.be.at.most(10);
    const summary = root.querySelector('[part="summary"]')!;
    expect(summary.localName).to.equal('p');
    expect(clean(summary.textContent)).to.match(/^Kent's .* inspection judged overall effectiveness /);
    expect(heading.nextElementSibling, 'the sentence straight under the heading').to.equal(summary);
    // Read once: the summary is no heading and describes nothing else.
    expect(root.querySelectorAll('[aria-describedby]')).to.have.length(0);
    expect(root.querySelector('.title')!.localName).to.equal('h3');
  });
});

describe('<ofsted-scorecard> scale key (issue 26 item 11)', () => {
  for (const authority of ['kent', 'barnet', 'bradford']) {
    for (const width of [320, 375, 768, 1280]) {
      it(`${authority} at ${width}px: every row's scale lines up under the key's`, async () => {
        const { root } = await mount({ authority }, width);
        const key = root.querySelector('.key-scale')!.getBoundingClientRect();
        const misplaced = [...root.querySelectorAll('.row-line .scale')].flatMap((scale) => {
          const { left, right } = scale.getBoundingClientRect();
          const area = scale.closest('li')!.dataset.area;
          return Math.abs(left - key.left) > 0.5 || Math.abs(right - key.right) > 0.5
            ? [
                `${area}: ${Math.round(left)}-${Math.round(right)}, key ${Math.round(key.left)}-${Math.round(key.right)}`,
              ]
            : [];
        });
        expect(root.querySelectorAll('.row-line .scale').length).to.be.at.least(4);
        expect(misplaced, misplaced.join('; ')).to.deep.equal([]);
      });
    }
  }
});
