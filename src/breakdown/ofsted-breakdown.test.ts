import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import { afterUpdateAndFrame, alertText, captureConsoleErrors, clean, texts } from '../test-support/mount.js';
import {
  barButton,
  barsSeen,
  mountBreakdown,
  panelOf,
  useBreakdownMount,
  type BreakdownInputs,
} from '../test-support/breakdown-harness.js';
import {
  barnet,
  barnetInline,
  fictionalFindings,
  fictionalFocusedVisit,
  fictionalInvalid,
  fictionalOneEvent,
} from '../fixtures/datasets.js';
import { manyFindings } from '../fixtures/hostile-datasets.js';
import './define.js';

const { container, mount } = useBreakdownMount({ authority: 'barnet' });
/** Barnet with its 2019 and 2024 reports' picked sentences inline: real statements for the chart's layout and behaviour. */
const mountInline = (inputs: BreakdownInputs = {}, width = 640) =>
  mountBreakdown(container.element, { data: barnetInline, ...inputs }, width);
/** The text a screen reader takes a button's name from: everything but what is aria-hidden. */
const spokenText = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
};
const isShown = (element: Element) => !element.hasAttribute('hidden') && element.getBoundingClientRect().height > 0;
const statementsOf = (dataset: typeof barnet, id: string) => dataset.events.find((e) => e.id === id)!.findings!;

describe('<ofsted-breakdown>', () => {
  it("shows Barnet's latest event with findings by default: the 2024 inspection, told from its report", async () => {
    const { event, root } = await mount();
    expect(event.type).to.equal('ofsted-data');
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Ofsted's 2024 report on Barnet: 112 strengths and 13 areas for improvement picked from its findings on four judgements; its own list names 4 things to improve.",
    ]);
    expect(texts(root, '.title')).to.deep.equal(['Inspection of local authority children’s services (ILACS, short)']);
    expect(texts(root, '.date')).to.deep.equal(['10 to 14 June 2024']);
    await waitUntil(() => !root.querySelector('[part="loading"]'), "the 2024 report's sentences load");
    expect(barsSeen(root)).to.deep.equal([
      ['The impact of leaders on social work practice with children and families', 'strength 18'],
      ['The experiences and progress of children who need help and protection', 'strength 39', 'improvement 7'],
      ['The experiences and progress of children in care', 'strength 45', 'improvement 1'],
      ['The experiences and progress of care leavers', 'strength 10', 'improvement 5'],
    ]);
    expect(root.querySelectorAll('[part="list"] > li')).to.have.length(4);
  });

  it('reads its summary once: text under its heading, not also the description of the chart', async () => {
    const { root } = await mountInline({ event: 'inspection-2019' });
    expect(root.querySelector('[part="heading"]')!.localName).to.match(/^h\d$/);
    expect(root.querySelector('[part="summary"]')!.localName).to.equal('p');
    expect(root.querySelectorAll('[aria-describedby]')).to.have.length(0);
  });

  it('draws the 2019 inspection with the right counts, each bar a button named with its counts in words', async () => {
    const { root } = await mountInline({ event: 'inspection-2019' });
    expect(texts(root, '[part="summary"]')[0]).to.equal(
      "Ofsted's 2019 report on Barnet: 101 strengths and 3 areas for improvement picked from its findings on three judgements; its own list names 4 things to improve.",
    );
    expect(barsSeen(root)).to.deep.equal([
      ['The impact of leaders on social work practice with children and families', 'strength 16'],
      ['The experiences and progress of children who need help and protection', 'strength 42', 'improvement 1'],
      ['The experiences and progress of children in care and care leavers', 'strength 43', 'improvement 2'],
    ]);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="chart"] button')];
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
    expect(spokenText(buttons[2]!)).to.equal(
      'The experiences and progress of children in care and care leavers, judged Good: 43 strengths and 2 areas for improvement',
    );
    // Ofsted's own list is a list of its own, under the bars.
    expect(root.querySelectorAll('[part="list"] > li')).to.have.length(4);
    // Strengths end where improvements and recommendations begin: the centre line.
    const segment = (area: string, kind: string) =>
      root.querySelector(`li[data-area="${area}"] .kind-${kind}`)!.getBoundingClientRect();
    const strength = segment('children-in-care-and-care-leavers', 'strength');
    const improvement = segment('children-in-care-and-care-leavers', 'improvement');
    expect(strength.right).to.be.closeTo(improvement.left, 1);
    expect(strength.width / improvement.width).to.be.closeTo(43 / 2, 0.5);
    expect(segment('help-and-protection', 'strength').right).to.be.closeTo(strength.right, 1);
  });

  it('opens the statements behind a bar on click, quoted exactly, with kind and source', async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019' });
    const button = barButton(root, 'help-and-protection');
    const panel = panelOf(root, button);
    expect(isShown(panel)).to.equal(false);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel)).to.equal(true);
    const stored = statementsOf(barnetInline, 'inspection-2019').filter(
      (f) => f.area === 'help-and-protection' && f.kind !== 'recommendation',
    );
    expect([...panel.querySelectorAll('.quoted')].map((q) => q.textContent)).to.deep.equal(
      stored.map((f) => f.statement),
    );
    // The quotation marks are drawn by CSS, so the text stays the statement exactly as the source words it.
    const quoted = panel.querySelector('.quoted')!;
    expect([getComputedStyle(quoted, '::before').content, getComputedStyle(quoted, '::after').content]).to.deep.equal([
      '"“"',
      '"”"',
    ]);
    const first = panel.querySelector('.statement')!;
    expect(clean(first.querySelector('.statement-kind')!.textContent)).to.equal('Strength');
    expect(clean(first.querySelector('.statement-source')!.textContent)).to.equal(
      'Source: Inspection of children’s social care services (opens in a new tab) (Ofsted, 1 July 2019), paragraph 1',
    );
    // One open at a time; a second click closes.
    barButton(root, 'leadership').click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    barButton(root, 'leadership').click();
    await el.updateComplete;
    expect(root.querySelectorAll('[aria-expanded="true"]').length).to.equal(0);
  });

  it('works from the keyboard: Tab between bars, Enter and Space toggle, Escape closes and returns focus', async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019' });
    const leadership = barButton(root, 'leadership');
    const help = barButton(root, 'help-and-protection');
    leadership.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id, 'focused').to.equal(help.id);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(help.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(panelOf(root, help).querySelector('.quoted')!.textContent)).to.equal(
      'Children and their families benefit from a good early help offer and have access to a broad range of preventive and targeted services.',
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(help.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panelOf(root, help))).to.equal(false);
    expect(root.activeElement?.id, 'focused').to.equal(help.id);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(help.getAttribute('aria-expanded')).to.equal('true');
  });

  it('returns focus to the bar when Escape is pressed on a source link inside its statements', async () => {
    const { el, root } = await mount();
    const button = root.querySelector<HTMLButtonElement>('li[data-area] > button')!;
    button.click();
    await el.updateComplete;
    const link = panelOf(root, button).querySelector<HTMLAnchorElement>('a[href*="files.ofsted.gov.uk"]')!;
    expect(clean(link.textContent)).to.equal(
      'Inspection of Barnet local authority children’s services (opens in a new tab)',
    );
    link.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement?.id, 'focused').to.equal(button.id);
  });

  it("leaves another bar's open statements, and focus, alone when Escape is pressed on a closed bar", async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019' });
    const leadership = barButton(root, 'leadership');
    const help = barButton(root, 'help-and-protection');
    leadership.click();
    await el.updateComplete;
    help.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(leadership.getAttribute('aria-expanded'), 'the open bar').to.equal('true');
    expect(root.activeElement?.id, 'focused').to.equal(help.id);
  });

  it('keeps the "Showing N of M findings" status region rendered while empty, so its first message is announced', async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019' });
    const status = root.querySelector<HTMLElement>('[role="status"].shown')!;
    expect(status.textContent!.trim()).to.equal('');
    expect(getComputedStyle(status).display, 'in the accessibility tree').to.not.equal('none');
    expect(getComputedStyle(status).visibility).to.equal('visible');
    const select = root.querySelector<HTMLSelectElement>('#kind-filter')!;
    select.value = 'recommendation';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.querySelector('[role="status"].shown'), 'the same region').to.equal(status);
    expect(clean(status.textContent)).to.equal('Showing 4 of 108 findings: recommendations only.');
  });

  it('filters to recommendations with the kind select, and reflects the choice', async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019' });
    const select = root.querySelector<HTMLSelectElement>('#kind-filter')!;
    expect(clean(root.querySelector('label[for="kind-filter"]')!.textContent)).to.equal('Kind of finding');
    expect([...select.options].map((o) => clean(o.textContent))).to.deep.equal([
      'All kinds (108)',
      'Strengths (101)',
      'Areas for improvement (3)',
      'Recommendations (4)',
    ]);
    select.value = 'recommendation';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('kind')).to.equal('recommendation');
    expect(barsSeen(root)).to.deep.equal([]);
    expect(texts(root, '.shown')).to.deep.equal(['Showing 4 of 108 findings: recommendations only.']);
    const helpAndProtection =
      "The experiences and progress of children who need help and protection (area assigned by the data's editors)";
    const inCare =
      "The experiences and progress of children in care and care leavers (area assigned by the data's editors)";
    expect(texts(root, '[part="list"] .statement-kind')).to.deep.equal([
      helpAndProtection,
      inCare,
      helpAndProtection,
      inCare,
    ]);
    // Back to all kinds removes the attribute; setting the attribute moves the select.
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.hasAttribute('kind')).to.equal(false);
    el.setAttribute('kind', 'improvement');
    await el.updateComplete;
    expect(select.value).to.equal('improvement');
    expect(barsSeen(root)).to.deep.equal([
      ['The experiences and progress of children who need help and protection', 'improvement 1'],
      ['The experiences and progress of children in care and care leavers', 'improvement 2'],
    ]);
  });

  it('filters by area with the area select, and the table follows the filters', async () => {
    const { el, root } = await mountInline({ event: 'inspection-2019', showTable: true });
    expect(texts(root, 'thead th')).to.deep.equal(['Area', 'Kind', 'Statement', 'Source']);
    // Long tables render a step of rows a frame: wait for the last step.
    await waitUntil(() => root.querySelectorAll('tbody tr').length >= 108, 'every row rendered');
    expect(root.querySelectorAll('tbody tr').length).to.equal(108);
    const select = root.querySelector<HTMLSelectElement>('#area-filter')!;
    select.value = 'leadership';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('area')).to.equal('leadership');
    expect(barsSeen(root).map((bar) => bar[0])).to.deep.equal([
      'The impact of leaders on social work practice with children and families',
    ]);
    const rows = [...root.querySelectorAll('tbody tr')];
    const leadership = statementsOf(barnetInline, 'inspection-2019').filter((f) => f.area === 'leadership');
    expect(rows).to.have.length(16);
    expect(rows.map((row) => clean(row.querySelector('.quoted')!.textContent))).to.deep.equal(
      leadership.map((f) => clean(f.statement)),
    );
    el.kind = 'improvement';
    await el.updateComplete;
    expect(root.querySelectorAll('[part="chart"]').length).to.equal(0);
    expect(texts(root, '.no-match')).to.deep.equal([
      'This data records no areas for improvement for this event in “The impact of leaders on social work practice with children and families”.',
    ]);
  });

  it('keeps an area filter the event has no findings in visible in the select, and says so', async () => {
    const { root } = await mountBreakdown(container.element, {
      data: fictionalFocusedVisit,
      event: 'focused-visit-2021',
      area: 'care-leavers',
      kind: 'weakness',
    });
    const area = root.querySelector<HTMLSelectElement>('#area-filter')!;
    expect(clean(area.selectedOptions[0]!.textContent)).to.equal('Care leavers (0)');
    expect(root.querySelector<HTMLSelectElement>('#kind-filter')!.value, 'an unknown kind shows every kind').to.equal(
      '',
    );
    expect(texts(root, '.no-match')).to.deep.equal(['This data records no findings for this event in “Care leavers”.']);
    expect(root.querySelectorAll('[part="chart"]').length).to.equal(0);
  });

  it('shows a focused visit, naming the areas it did not judge from their ids', async () => {
    const { root } = await mountBreakdown(container.element, {
      data: fictionalFocusedVisit,
      event: 'focused-visit-2021',
    });
    expect(texts(root, '[part="summary"]')[0]).to.equal(
      "Northfield (fictional)'s 23 and 24 June 2021 focused visit recorded 7 strengths and 3 areas for improvement across 2 areas.",
    );
    expect(texts(root, '.date')).to.deep.equal(['23 and 24 June 2021 (date inferred)']);
    expect(barsSeen(root)).to.deep.equal([
      ['Leadership', 'strength 4'],
      ['Children in care', 'strength 3', 'improvement 3'],
    ]);
    expect(texts(root, '.inferred').length).to.equal(10);
  });

  it('says plainly when the chosen event has no findings, with no chart', async () => {
    const { root, outcomes } = await mount({ event: 'inspection-2017' });
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Barnet's 25 April to 18 May 2017 inspection has no strengths, areas for improvement or recommendations recorded in this data.",
    ]);
    expect(
      root.querySelectorAll('[part="chart"], [part="filters"], [part="table-toggle"], [role="alert"]').length,
    ).to.equal(0);
    expect(outcomes.map((o) => o.type)).to.deep.equal(['ofsted-data']);
  });

  it('defaults past a later event whose findings list is empty, and says when no event has findings', async () => {
    const { root } = await mount({ data: fictionalFindings });
    expect(texts(root, '.title')).to.deep.equal(['Fictional ILACS inspection with many findings']);
    expect(
      barsSeen(root)
        .map((bar) => bar[0])
        .at(-1),
    ).to.equal('Not tied to one judgement');
    const none = await mount({ data: fictionalOneEvent });
    expect(texts(none.root, '.status')).to.deep.equal([
      'The data for Singleton (fictional council) has no event with findings.',
    ]);
    expect(none.root.querySelectorAll('[role="alert"]').length).to.equal(0);
  });

  it("draws a long list of Ofsted's only once it is opened, then a step at a time, marked busy until whole", async () => {
    // FICTIONAL: 100 recommendations of 900 characters, several steps long (see ProgressiveList).
    const data = manyFindings(300, 1, 900);
    const listed = data.events[0]!.findings!.filter((finding) => finding.kind === 'recommendation').length;
    const { el, root } = await mount({ data });
    const disclosure = root.querySelector<HTMLDetailsElement>('[part="list-disclosure"]')!;
    expect(texts(root, '[part="list-disclosure"] > summary')).to.deep.equal([`Show the list (${listed} items)`]);
    expect(root.querySelectorAll('[part="list"] > li'), 'while closed').to.have.length(0);
    const toggled = oneEvent(disclosure, 'toggle');
    disclosure.open = true;
    await toggled;
    await el.updateComplete;
    const list = root.querySelector('[part="list"]')!;
    expect(list.children.length, 'the first step').to.be.within(1, listed - 1);
    expect(list.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => !list.hasAttribute('aria-busy'), 'the list drawn whole');
    expect(root.querySelectorAll('[part="list"] > li')).to.have.length(listed);
  });
});

describe('<ofsted-breakdown> with bad input', () => {
  const consoleErrors = captureConsoleErrors();

  it('says when the event id names no event: one alert, one ofsted-error, one console error', async () => {
    const { el, root, outcomes } = await mount({ event: 'inspection-1999' });
    await waitUntil(() => outcomes.length === 2, 'ofsted-error after ofsted-data');
    // A third report would come from an update after these: over once it is and a frame has passed.
    await afterUpdateAndFrame(el);
    expect(outcomes.map((o) => o.type)).to.deep.equal(['ofsted-data', 'ofsted-error']);
    expect((outcomes[1] as CustomEvent<OfstedErrorEventDetail>).detail).to.include({ kind: 'unknown-event' });
    expect(root.querySelectorAll('[role="alert"]').length).to.equal(1);
    expect(alertText(root)).to.contain(
      'There is no event "inspection-1999" in the data for London Borough of Barnet. No findings are shown.',
    );
    expect(root.querySelectorAll('[part="chart"]').length).to.equal(0);
    expect(consoleErrors.calls).to.have.length(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(consoleErrors.calls, 'a re-render stays quiet').to.have.length(1);
    el.event = 'inspection-2019';
    await el.updateComplete;
    expect(root.querySelectorAll('[role="alert"]').length).to.equal(0);
    await waitUntil(() => !root.querySelector('[part="loading"]'), "the 2019 report's sentences load");
    expect(root.querySelectorAll('[part="chart"] button').length).to.equal(3);
  });

  it('shows why invalid data cannot be used', async () => {
    const { event, root } = await mount({ data: fictionalInvalid as never });
    expect(event.type).to.equal('ofsted-error');
    expect(alertText(root)).to.contain('The inspection data has mistakes in it, so it is not shown.');
    expect(root.querySelectorAll('[part="chart"]').length).to.equal(0);
    expect(consoleErrors.calls).to.have.length(1);
  });

  it('shows markup in statements and titles as literal text', async () => {
    const hostile = structuredClone(fictionalFindings);
    const event = hostile.events[0]!;
    event.title = '<script>window.hacked=1</script>';
    event.findings![0]!.statement = '<img src=x onerror="window.hacked=1">';
    const { el, root } = await mount({ data: hostile, showTable: true });
    const button = barButton(root, 'adoption-support');
    button.click();
    await el.updateComplete;
    expect(root.querySelectorAll('img, script').length).to.equal(0);
    expect(texts(root, '.title')).to.deep.equal(['<script>window.hacked=1</script>']);
    expect(panelOf(root, button).querySelector('.quoted')!.textContent).to.equal(
      '<img src=x onerror="window.hacked=1">',
    );
    expect(texts(root, 'tbody .quoted')).to.include('<img src=x onerror="window.hacked=1">');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('<ofsted-breakdown> sizing', () => {
  it('fits a 320px sidebar without sideways scroll, names above bars, statements and table open', async () => {
    const { el, root } = await mount({ event: 'inspection-2019', showTable: true }, 320);
    const chart = root.querySelector('[part="chart"]')!;
    expect(chart.classList.contains('narrow')).to.equal(true);
    const button = barButton(root, 'children-in-care-and-care-leavers');
    button.click();
    await el.updateComplete;
    const name = button.querySelector('.bar-name')!.getBoundingClientRect();
    const track = button.querySelector('.track')!.getBoundingClientRect();
    expect(name.bottom).to.be.at.most(track.top + 1);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('keeps every count on screen inside the element, at 320px and 1000px', async () => {
    for (const width of [320, 1000]) {
      const { el, root } = await mount({ data: fictionalFindings }, width);
      const box = el.getBoundingClientRect();
      const counts = [...root.querySelectorAll('.count')];
      expect(counts.length).to.equal(6);
      for (const count of counts) {
        const rect = count.getBoundingClientRect();
        expect(rect.left, `${width}px ${count.getAttribute('data-kind')} ${count.textContent}`).to.be.at.least(
          box.left,
        );
        expect(rect.right, `${width}px ${count.getAttribute('data-kind')} ${count.textContent}`).to.be.at.most(
          box.right,
        );
      }
      expect(el.scrollWidth).to.be.at.most(width);
      el.remove();
    }
  });

  it('lays out again when its container is resized', async () => {
    const { el, root } = await mount({ event: 'inspection-2019' }, 1000);
    expect(root.querySelector('[part="chart"]')!.classList.contains('wide')).to.equal(true);
    container.element.style.width = '360px';
    await waitUntil(
      () => root.querySelector('[part="chart"]')!.getAttribute('data-width') === '360',
      'relayout at 360px',
    );
    expect(root.querySelector('[part="chart"]')!.classList.contains('narrow')).to.equal(true);
    expect(el.scrollWidth).to.be.at.most(360);
  });
});

describe('<ofsted-breakdown> heading (issue 26 item 7)', () => {
  it('Kent at 375px: a heading of a few words names what it shows; the sentence with the counts follows as text', async () => {
    const { root } = await mount({ authority: 'kent' }, 375);
    const heading = root.querySelector('[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(clean(heading.textContent)).to.equal("What Ofsted found in Kent's 2025 inspection");
    expect(clean(heading.textContent).split(' ').length).to.be.at.most(10);
    const summary = root.querySelector('[part="summary"]')!;
    expect(summary.localName).to.equal('p');
    expect(clean(summary.textContent)).to.match(/^Ofsted's \d{4} report on Kent: \d+ strengths/);
    expect(heading.nextElementSibling, 'the sentence straight under the heading').to.equal(summary);
    expect(root.querySelectorAll('[aria-describedby]')).to.have.length(0);
    expect(root.querySelector('.title')!.localName).to.equal('h3');
  });
});
