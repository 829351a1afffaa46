// Issue 26: the timeline's chart as it is used (items 2, 4, 11, 15, 17): its lanes' edge and name, a chart that stays
// put while controls open, grade labels that choose their event, focus told apart from the choice, and the chart's
// parts at 3:1.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { fictionalTimeline } from '../fixtures/build.js';
import { contrastRatio } from '../test-support/contrast.js';
import { laidOutAtWidth } from '../test-support/examples.js';
import { mountElement, texts, useContainer } from '../test-support/mount.js';
import { mountTimeline, TIMELINE_CHART, type TimelineInputs } from '../test-support/timeline-harness.js';
import type { OfstedTimeline } from './ofsted-timeline.js';
import './define.js';

const container = useContainer();
const mount = (inputs: TimelineInputs, width = 640) => mountTimeline(container.element, inputs, width);

/** A computed `rgb()`/`rgba()` colour as `#rrggbb`, laid over `ground` (a hex colour) at its alpha times `opacity`. */
function painted(colour: string, ground: string, opacity = 1): string {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number) as [number, number, number, number?];
  const under = [1, 3, 5].map((i) => parseInt(ground.slice(i, i + 2), 16));
  const alpha = a * opacity;
  return `#${[r, g, b]
    .map((c, i) =>
      Math.round(c * alpha + under[i]! * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
/** The host's background as `#rrggbb`. */
const background = (el: Element) => painted(getComputedStyle(el).backgroundColor, '#ffffff');
/** Two frames: what a change shows is then laid out and painted. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<ofsted-timeline> chart parts at 3:1 (issue 26 item 17, WCAG 1.4.11)', () => {
  /** The timeline in `theme`, with its host's background. */
  const mountThemed = async (theme: string) => {
    const inputs = { authority: 'bradford', ...(theme === 'dark' ? { theme: 'dark' as const } : {}) };
    const { el, root } = await mountElement(container.element, 'ofsted-timeline', inputs, { settled: laidOutAtWidth });
    return { root, ground: background(el) };
  };
  for (const theme of ['light', 'dark']) {
    it(`draws the year ticks under the axis at 3:1 or more on the background (${theme})`, async () => {
      const { root, ground } = await mountThemed(theme);
      const tick = getComputedStyle(root.querySelector('.tick')!);
      const colour = painted(tick.stroke, ground, Number(tick.opacity));
      expect(contrastRatio(colour, ground), `tick ${colour} on ${ground}`).to.be.at.least(3);
    });

    it(`draws the buttons' borders at 3:1 or more on the background (${theme})`, async () => {
      const { root, ground } = await mountThemed(theme);
      const buttons = root.querySelectorAll('.button');
      expect(buttons.length, 'the table toggle, Download and its buttons').to.equal(5);
      for (const button of buttons) {
        const border = painted(getComputedStyle(button).borderTopColor, ground);
        expect(contrastRatio(border, ground), `${button.textContent!.trim()}: ${border} on ${ground}`).to.be.at.least(
          3,
        );
      }
    });
  }

  it('keeps the key icons at 16px at 320px with text at 200%', async () => {
    // The reader's text size is the root's: the elements' text is 1rem.
    document.documentElement.style.fontSize = '200%';
    try {
      const { root } = await mount({ authority: 'bradford' }, 320);
      const icons = [...root.querySelectorAll('.legend-icon')];
      expect(icons.length).to.be.above(2);
      for (const icon of icons) {
        const box = icon.getBoundingClientRect();
        expect([box.width, box.height], icon.parentElement!.textContent!.trim()).to.deep.equal([16, 16]);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('clears the chart\'s choice, and tells the page (eventId undefined), when "None chosen" is chosen in the event chooser', async () => {
    const { el, root } = await mount({ data: fictionalTimeline(300), event: 'event-3' });
    const select = root.querySelector<HTMLSelectElement>('#event-chooser')!;
    expect(select.value).to.equal('event-3');
    const selections: (string | undefined)[] = [];
    el.addEventListener('ofsted-select', (e) => selections.push(e.detail.eventId));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(selections, 'the page hears that none is chosen, once').to.deep.equal([undefined]);
    select.dispatchEvent(new Event('change'));
    expect(selections, 'not again while none is chosen').to.deep.equal([undefined]);
    expect(el.event, 'the chart chooses none').to.equal(undefined);
    expect(el.hasAttribute('event')).to.equal(false);
    expect(root.querySelectorAll('[aria-selected="true"]')).to.have.length(0);
    expect(select.selectedOptions[0]?.textContent).to.equal('None chosen');
    expect(texts(root, '[part="details"]')).to.deep.equal(['Choose an event on the chart to see its details.']);
  });
});

describe('<ofsted-timeline> opening a control never resizes or moves the chart (issue 26 item 4)', () => {
  /** The chart's height and its top from the element's top, px. */
  const chartBox = async (el: OfstedTimeline) => {
    await el.updateComplete;
    await frames();
    const chart = el.shadowRoot!.querySelector(TIMELINE_CHART)!.getBoundingClientRect();
    return { height: Math.round(chart.height), top: Math.round(chart.top - el.getBoundingClientRect().top) };
  };
  for (const width of [375, 1280]) {
    for (const authority of ['kent', 'cumberland', 'bradford']) {
      it(`${authority} at ${width}px: the same box with Download, the table and an event's details open and closed`, async () => {
        const { el, root } = await mount({ authority }, width);
        const before = await chartBox(el);
        const download = root.querySelector<HTMLElement>('[part="export"] summary')!;
        const table = root.querySelector<HTMLElement>('[part="table-toggle"]')!;
        const steps: [string, () => void][] = [
          ['Download opened', () => download.click()],
          ['the table opened', () => table.click()],
          ['an event chosen', () => (el.event = root.querySelector('.event.graded')!.getAttribute('data-event-id')!)],
          ['the table closed', () => table.click()],
          ['Download closed', () => download.click()],
        ];
        for (const [step, act] of steps) {
          act();
          expect(await chartBox(el), step).to.deep.equal(before);
        }
        expect(root.querySelector('table'), 'the table went').to.equal(null);
      });
    }
  }
});

describe('<ofsted-timeline> the lanes under the bands: an edge and a name (issue 26 item 2)', () => {
  /**
   * Chart heights measured on main before the lanes had an edge and a name: the name takes no more room. Cumberland's
   * and Bradford's at 375px are a line (16px) taller: an Inadequate point's label under it reaches past the band's foot,
   * and the lanes move down under the label, so the edge never runs through it.
   */
  const HEIGHTS: Record<string, Record<number, number>> = {
    kent: { 375: 296, 1280: 272 },
    cumberland: { 375: 288, 1280: 272 },
    bradford: { 375: 360, 1280: 296 },
  };
  for (const width of [375, 1280]) {
    for (const authority of Object.keys(HEIGHTS)) {
      it(`${authority} at ${width}px: an edge under the Inadequate band and every grade's label, the lanes' name, every ungraded event under it, no taller`, async () => {
        const { root } = await mount({ authority }, width);
        const chart = root.querySelector(TIMELINE_CHART)!;
        expect(Number(chart.getAttribute('height')), 'the chart height').to.equal(HEIGHTS[authority]![width]);
        const inadequate = [...root.querySelectorAll('.band')].at(-1)!;
        const edge = root.querySelector('.lanes-edge')!;
        const edgeY = Number(edge.getAttribute('y1'));
        const foot = Number(inadequate.getAttribute('y')) + Number(inadequate.getAttribute('height'));
        expect(edgeY, "at the band's foot, or under a label that reaches past it").to.be.at.least(foot);
        if (edgeY > foot) expect(edgeY - foot, 'no lower than a label needs').to.be.at.most(16);
        for (const label of root.querySelectorAll('.point-label'))
          expect(label.getBoundingClientRect().bottom, `${label.textContent}: above the edge`).to.be.below(
            edge.getBoundingClientRect().top,
          );
        const name = root.querySelector('.lanes-label')!;
        expect(['Events without an overall grade', 'No overall grade', 'Not graded']).to.include(name.textContent);
        const nameBox = name.getBoundingClientRect();
        expect(nameBox.top, 'the name under the edge').to.be.above(edge.getBoundingClientRect().bottom);
        const ungraded = [...root.querySelectorAll('.event.ungraded')];
        expect(ungraded.length).to.be.above(0);
        for (const event of ungraded) {
          const marker = event.querySelector('.marker')!.getBoundingClientRect();
          expect(marker.top, event.getAttribute('data-event-id')!).to.be.above(edge.getBoundingClientRect().bottom);
          const apart =
            marker.right < nameBox.left ||
            nameBox.right < marker.left ||
            marker.bottom < nameBox.top ||
            nameBox.bottom < marker.top;
          expect(apart, `the name clear of ${event.getAttribute('data-event-id')}`).to.equal(true);
        }
        for (const event of root.querySelectorAll('.event.graded')) {
          expect(event.querySelector('.marker')!.getBoundingClientRect().bottom).to.be.below(
            edge.getBoundingClientRect().top,
          );
        }
      });
    }
  }

  for (const theme of ['light', 'dark']) {
    it(`draws the edge at 3:1 or more against the Inadequate band and the lanes (${theme})`, async () => {
      const inputs = { authority: 'bradford', ...(theme === 'dark' ? { theme: 'dark' as const } : {}) };
      const { el, root } = await mountElement(container.element, 'ofsted-timeline', inputs, {
        settled: laidOutAtWidth,
      });
      const ground = background(el);
      const band = painted(getComputedStyle([...root.querySelectorAll('.band')].at(-1)!).fill, ground);
      const style = getComputedStyle(root.querySelector('.lanes-edge')!);
      expect(Number(style.strokeWidth.replace('px', ''))).to.be.at.least(1);
      const edge = painted(style.stroke, ground, Number(style.opacity));
      expect(contrastRatio(edge, band), `edge ${edge} on the band ${band}`).to.be.at.least(3);
      expect(contrastRatio(edge, ground), `edge ${edge} on the lanes ${ground}`).to.be.at.least(3);
    });
  }

  it('draws the edge and the name in forced colours, in CanvasText', async () => {
    await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const { root } = await mount({ authority: 'bradford' });
      const canvasText = getComputedStyle(root.querySelector('.tick-label')!).fill;
      const canvas = getComputedStyle(root.querySelector('.band')!).fill;
      expect(canvasText).to.not.equal(canvas);
      expect(getComputedStyle(root.querySelector('.lanes-edge')!).stroke).to.equal(canvasText);
      expect(getComputedStyle(root.querySelector('.lanes-label')!).fill).to.equal(canvasText);
    } finally {
      await executeServerCommand('emulate-media-features', { features: [] });
    }
  });

  it("tells Bradford's 2012 inspection's own grades in the summary and in its tip", async () => {
    const { el, root } = await mount({ authority: 'bradford' });
    expect(texts(root, '[part="summary"]')[0]).to.contain('The 2012 inspection, which gave no overall grade, judged');
    const option = root.querySelector<SVGGElement>('.event.kind-inspection.ungraded')!;
    option.querySelector('.hit-area')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    expect(texts(root, '[part="tip"]')[0]).to.match(/No overall grade; judged .*Good/);
  });
});

describe('<ofsted-timeline> focus told apart from the choice (issue 26 item 15, WCAG 2.4.7)', () => {
  /** What an event's indicators draw: its ring's stroke, width and fill, and its focus outline's stroke and width. */
  const indicator = (root: ShadowRoot, id: string) => {
    const event = root.querySelector(`[data-event-id="${id}"]`)!;
    const ring = event.querySelector('.focus-ring');
    const outline = event.querySelector('.focus-outline');
    const style = (node: Element | null) =>
      node ? [getComputedStyle(node).stroke, getComputedStyle(node).strokeWidth, getComputedStyle(node).fill] : [];
    return { ring: style(ring), outline: style(outline).slice(0, 2) };
  };
  /** Tab from a button before the element into the chart; `away` Tabs on, out of the chart. */
  const tabInto = async (el: OfstedTimeline) => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    container.element.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    return el.shadowRoot!.activeElement?.getAttribute('data-event-id');
  };
  const away = async (el: OfstedTimeline) => {
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    return el.shadowRoot!.activeElement?.getAttribute('data-event-id') ?? undefined;
  };
  const forcedColours = (active: boolean) =>
    executeServerCommand('emulate-media-features', {
      features: active ? [{ name: 'forced-colors', value: 'active' }] : [],
    });

  it('light: focus arriving on a chosen event draws a 2px outline in the text colour, at 3:1 on the band and background', async () => {
    const { el, root } = await mount({ authority: 'barnet', event: 'inspection-2019' });
    expect(await tabInto(el)).to.equal('inspection-2019');
    const focused = indicator(root, 'inspection-2019');
    expect(await away(el)).to.equal(undefined);
    const chosen = indicator(root, 'inspection-2019');
    expect(chosen.outline[0], 'no outline without focus').to.equal('none');
    const ground = background(el);
    const [stroke, width] = focused.outline as [string, string];
    expect(parseFloat(width), 'outline width').to.be.at.least(2);
    const band = painted(getComputedStyle(root.querySelector('.band-even')!).fill, ground);
    for (const behind of [ground, band]) {
      expect(contrastRatio(painted(stroke, behind), behind), `outline on ${behind}`).to.be.at.least(3);
    }
  });

  it('forced colours: a chosen event looks different with focus and without, so leaving the chart changes it', async () => {
    await forcedColours(true);
    try {
      const { el, root } = await mount({ authority: 'barnet', event: 'inspection-2019' });
      expect(await tabInto(el)).to.equal('inspection-2019');
      const focused = indicator(root, 'inspection-2019');
      expect(await away(el)).to.equal(undefined);
      const chosen = indicator(root, 'inspection-2019');
      expect(focused, 'focused and chosen, then chosen only').to.not.deep.equal(chosen);
      expect(focused.outline[0]).to.not.equal('none');
    } finally {
      await forcedColours(false);
    }
  });

  it('forced colours: the focused event and a chosen but unfocused one get different indicators', async () => {
    await forcedColours(true);
    try {
      const { el, root } = await mount({ authority: 'barnet' });
      const first = await tabInto(el);
      expect(first).to.equal('inspection-2012');
      const focused = indicator(root, first!);
      // Another event chosen (as the journey or a page may choose one), focus gone from the chart.
      await away(el);
      el.event = 'inspection-2019';
      await el.updateComplete;
      const chosen = indicator(root, 'inspection-2019');
      expect(focused, 'focused (not chosen) and chosen (not focused)').to.not.deep.equal(chosen);
    } finally {
      await forcedColours(false);
    }
  });
});

describe('<ofsted-timeline> a grade label chooses its event (issue 26 item 11)', () => {
  before(() => setViewport({ width: 1400, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    for (const authority of ['kent', 'cumberland', 'bradford']) {
      it(`${authority} at ${width}px: a click on each grade label chooses its event; every point's 24px target stays whole`, async () => {
        const { el, root } = await mount({ authority }, width);
        window.scrollTo(0, 0);
        const labelled = [...root.querySelectorAll<SVGGElement>('.event.graded')];
        expect(labelled.length).to.be.above(1);
        for (const option of labelled) {
          const id = option.dataset.eventId!;
          const box = option.querySelector('.point-label')!.getBoundingClientRect();
          // A point of the label's box that its own target takes (another event's 24px target may cover a corner).
          const spots = [0.5, 0.25, 0.75, 0.1, 0.9].flatMap((fx) =>
            [0.5, 0.3, 0.7].map((fy): [number, number] => [
              Math.round(box.left + fx * box.width),
              Math.round(box.top + fy * box.height),
            ]),
          );
          const spot = spots.find(([x, y]) => root.elementFromPoint(x, y)?.classList.contains('label-targets'));
          expect(spot, `somewhere on ${id}'s label takes the pointer`).to.not.equal(undefined);
          el.event = undefined;
          await el.updateComplete;
          await sendMouse({ type: 'click', position: spot! });
          await el.updateComplete;
          expect(el.event, `a click on ${id}'s label`).to.equal(id);
        }
        // Each event's own target still answers at its centre and out to its 24px edge, whatever label lies near.
        for (const option of root.querySelectorAll<SVGGElement>('[role="option"]')) {
          const hit = option.querySelector('.hit-area')!.getBoundingClientRect();
          const [cx, cy] = [hit.left + hit.width / 2, hit.top + hit.height / 2];
          for (const [dx, dy] of [
            [0, 0],
            [11, 0],
            [-11, 0],
            [0, 11],
            [0, -11],
          ] as const) {
            const target = root.elementFromPoint(cx + dx, cy + dy);
            expect(target?.closest('[role="option"]'), `${option.dataset.eventId} at (${dx}, ${dy})`).to.equal(option);
          }
        }
      });
    }
  }
});
