/**
 * Every element, in every example (src/<element>/examples.ts, the examples its stories show) and a few states
 * reached by a user's action, under every colour mode: axe finds no WCAG 2.0/2.1/2.2 A and AA
 * violations, and every interactive part has an accessible name.
 *
 * axe is run directly (not through chai-a11y-axe's `to.be.accessible()`), because that plugin only forwards
 * `ignoredRules` to axe and not `runOnly`, so it cannot be limited to the WCAG tags.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { breakdownExamples } from '../../src/breakdown/examples.js';
import { englandExamples } from '../../src/england/examples.js';
import { barnet } from '../../src/fixtures/datasets.js';
import type { Example } from '../../src/fixtures/example.js';
import { journeyExamples } from '../../src/journey/examples.js';
import { scorecardExamples } from '../../src/scorecard/examples.js';
import { mountExample, type Tag } from '../../src/test-support/examples.js';
import { mountElement, useContainer } from '../../src/test-support/mount.js';
import { timelineExamples } from '../../src/timeline/examples.js';
import '../../src/index.js';

const EXAMPLES: Record<Tag, Record<string, Example>> = {
  'ofsted-timeline': timelineExamples,
  'ofsted-scorecard': scorecardExamples,
  'ofsted-breakdown': breakdownExamples,
  'ofsted-journey': journeyExamples,
  'ofsted-england': englandExamples,
};
const TAGS = Object.keys(EXAMPLES) as Tag[];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Keep this empty unless a rule cannot judge what we draw.
 */
const DISABLED_RULES: Record<string, string> = {};

/** A state beyond the examples: an example, the elements it applies to, and what a user does after it is shown. */
interface State extends Example {
  name: string;
  /** Only for these elements. */
  only?: readonly Tag[];
  /** Something to do after mounting, e.g. open a bar. */
  act?: (root: ShadowRoot) => Promise<void> | void;
}

/** Chooses the 2017 inspection in the timeline (the journey's, for a journey) as a user would, by clicking it. */
async function chooseInTimeline(root: ShadowRoot): Promise<void> {
  const timeline = root.host.localName === 'ofsted-journey' ? root.querySelector('ofsted-timeline')!.shadowRoot! : root;
  const option = timeline.querySelector<SVGGElement>('[role="option"][data-event-id="inspection-2017"]')!;
  option.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  const hosts = [root.host, timeline.host] as (Element & { updateComplete: Promise<unknown> })[];
  await Promise.all(hosts.map((host) => host.updateComplete));
  expect(option.getAttribute('aria-selected')).to.equal('true');
  if (root.host !== timeline.host) {
    const parts = [
      ...root.querySelectorAll<Element & { updateComplete: Promise<unknown> }>('ofsted-scorecard, ofsted-breakdown'),
    ];
    await Promise.all(parts.map((part) => part.updateComplete));
  }
}

const STATES: readonly State[] = [
  {
    name: 'Barnet at 320px, 2024 inspection chosen, table shown',
    args: { data: barnet, event: 'inspection-2024', 'show-table': true },
    description: "Every element at a phone's width with its table open.",
    width: 320,
  },
  {
    name: 'Barnet at 320px, an event chosen by the user, table shown',
    args: { data: barnet, 'show-table': true },
    description: 'The timeline after a click on the 2017 inspection.',
    only: ['ofsted-timeline', 'ofsted-journey'],
    width: 320,
    act: chooseInTimeline,
  },
  {
    name: 'Barnet, 2019 inspection, one bar opened',
    args: { data: barnet, event: 'inspection-2019' },
    description: 'The breakdown after a click on its first bar.',
    only: ['ofsted-breakdown'],
    act: async (root) => {
      const button = root.querySelector<HTMLButtonElement>('[part="chart"] button')!;
      expect(button, 'a bar button').to.exist;
      button.click();
      await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    },
  },
];

interface Mode {
  name: string;
  apply: () => Promise<unknown>;
  query?: string;
  /** Inputs the mode adds, e.g. the `theme` that asks for the dark scheme. */
  inputs?: Record<string, unknown>;
}

/**
 * Sets or clears (with no features) Chromium's emulated media features through the `emulate-media-features` server
 * command in web-test-runner.config.mjs: `emulateMedia({ forcedColors })` is Playwright-only and is silently
 * dropped under the Chrome launcher's puppeteer.
 */
const setMediaFeatures = (features: { name: string; value: string }[] = []) =>
  executeServerCommand('emulate-media-features', { features });

const MODES: readonly Mode[] = [
  { name: 'default colours', apply: () => setMediaFeatures() },
  {
    name: 'dark colour scheme (theme="system")',
    apply: () => emulateMedia({ colorScheme: 'dark' }),
    query: '(prefers-color-scheme: dark)',
    inputs: { theme: 'system' },
  },
  {
    name: 'theme="dark" on a light system',
    apply: () => emulateMedia({ colorScheme: 'light' }),
    inputs: { theme: 'dark' },
  },
  {
    name: 'forced colours',
    apply: () => setMediaFeatures([{ name: 'forced-colors', value: 'active' }]),
    query: '(forced-colors: active)',
  },
];

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

async function axeViolations(element: Element): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    rules: Object.fromEntries(Object.keys(DISABLED_RULES).map((rule) => [rule, { enabled: false }])),
  };
  const results: AxeResults = await window.axe.run(element, options);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(node.target)} ${node.html}\n${node.failureSummary}`,
    ),
  );
}

/** Every element under `root`, through open shadow roots. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const INTERACTIVE =
  'button, a[href], select, option, [role="option"], [role="button"], [role="link"], input, [tabindex]:not([tabindex="-1"])';

/** A simple accessible name: enough to tell a named control from an unnamed one. */
function accessibleName(element: Element): string {
  const root = element.getRootNode() as ShadowRoot | Document;
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (element.id && element instanceof HTMLSelectElement) {
    const text = root.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim();
    if (text) return text;
  }
  const labels = (element as HTMLSelectElement).labels;
  if (labels?.length)
    return [...labels]
      .map((l) => l.textContent ?? '')
      .join(' ')
      .trim();
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const container = useContainer();

describe('accessibility of every element', function () {
  this.timeout(20000);

  afterEach(async () => {
    await setMediaFeatures();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const states: State[] = [
        ...Object.entries(EXAMPLES[tag]).map(([name, example]) => ({ ...example, name: `example ${name}` })),
        ...STATES.filter((s) => !s.only || s.only.includes(tag)),
      ];
      for (const state of states) {
        for (const mode of MODES) {
          it(`${state.name}, ${mode.name}: no WCAG A/AA violations, every control named`, async () => {
            await mode.apply();
            if (mode.query) expect(matchMedia(mode.query).matches, `${mode.query} emulated`).to.be.true;
            const { el, root } = await mountExample(container.element, tag, state, mode.inputs);
            await state.act?.(root);

            const violations = await axeViolations(el);
            expect(violations, violations.join('\n\n')).to.deep.equal([]);

            const controls = [...deepElements(root)].filter((element) => element.matches(INTERACTIVE));
            if ((state.outcome ?? 'data') === 'data')
              expect(controls.length, 'some interactive parts').to.be.greaterThan(0);
            const unnamed = controls
              .filter((control) => !accessibleName(control))
              .map((control) => control.outerHTML.slice(0, 120));
            expect(unnamed, 'interactive parts without an accessible name').to.deep.equal([]);
          });
        }
      }
    });
  }
});

/** Each heading under `root`, through the journey's parts, as "h2 text". */
const headings = (root: ParentNode) =>
  [...deepElements(root)]
    .filter((element) => /^H[1-6]$/.test(element.tagName))
    .map((h) => `${h.tagName.toLowerCase()} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);

describe('structure: real headings at the level the page chooses, named regions, controls named for their chart', function () {
  this.timeout(20000);

  it('<ofsted-timeline> heads itself in a few words, and the details with the event title and "Sources"', async () => {
    const { root } = await mountElement(container.element, 'ofsted-timeline', {
      data: barnet,
      event: 'inspection-2019',
    } as never);
    expect(headings(root)).to.deep.equal([
      "h2 Ofsted inspections of Barnet children's services",
      'h3 Inspection of children’s services (ILACS, standard)',
      'h4 Sources',
    ]);
  });

  it('takes heading-level from the page', async () => {
    const { el, root } = await mountElement(container.element, 'ofsted-scorecard', { data: barnet } as never);
    expect(headings(root).map((h) => h.slice(0, 2))).to.deep.equal(['h2', 'h3', 'h4']);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headings(root).map((h) => h.slice(0, 2))).to.deep.equal(['h4', 'h5', 'h6']);
    el.setAttribute('heading-level', 'banana');
    await el.updateComplete;
    expect(
      headings(root).map((h) => h.slice(0, 2)),
      'a value that is no level',
    ).to.deep.equal(['h2', 'h3', 'h4']);
  });

  it("<ofsted-breakdown> heads itself in a few words, and the event title, and Ofsted's list", async () => {
    const { root } = await mountElement(container.element, 'ofsted-breakdown', {
      data: barnet,
      event: 'inspection-2019',
    } as never);
    expect(headings(root).map((h) => h.slice(0, 2))).to.deep.equal(['h2', 'h3', 'h3']);
    expect(headings(root)[2]).to.equal("h3 What needs to improve: Ofsted's own list");
    expect(headings(root)[0]).to.equal("h2 What Ofsted found in Barnet's 2019 inspection");
  });

  it('<ofsted-journey> has three regions named by their headings, and no two controls with the same name', async () => {
    const { root } = await mountElement(
      container.element,
      'ofsted-journey',
      { data: barnet, headingLevel: 3 } as never,
      { width: 1000 },
    );
    const parts = [
      ...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
        '[part~="timeline"], [part~="scorecard"], [part~="breakdown"]',
      ),
    ];
    await Promise.all(parts.map((part) => part.updateComplete));
    const regions = [...root.querySelectorAll('section')].map((section) =>
      root.getElementById(section.getAttribute('aria-labelledby')!)?.textContent?.trim(),
    );
    expect(regions).to.deep.equal(['Inspections and visits over time', 'Judgements', 'Findings']);
    const levels = headings(root).map((h) => h.slice(0, 2));
    expect(levels.filter((level) => level === 'h3')).to.have.length(3);
    expect(
      levels.filter((level) => level === 'h4'),
      "each part's own heading",
    ).to.have.length(3);
    expect(
      levels.some((level) => level === 'h1' || level === 'h2'),
      'nothing above the level given',
    ).to.equal(false);
    const names = [...deepElements(root)].filter((element) => element.matches('button')).map(accessibleName);
    expect(names).to.include.members([
      'Table of events',
      'Table of judgements',
      'Table of findings',
      'Download events as CSV',
      'Download judgements as CSV',
      'Download findings as CSV',
    ]);
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    expect(repeated, 'controls sharing a name').to.deep.equal([]);
  });
});

describe('colour scheme: the page chooses, with the theme attribute', function () {
  this.timeout(20000);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const DARK = 'rgb(27, 29, 30)';
  const LIGHT = 'rgb(255, 255, 255)';
  const look = (el: Element) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, padding: style.paddingLeft };
  };

  it("stays light by default on a light page, even when the visitor's system prefers dark", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = await mountElement(container.element, 'ofsted-scorecard', { data: barnet } as never);
    expect(look(el)).to.deep.equal({ background: LIGHT, padding: '0px' });
  });

  it('is dark with theme="dark" whatever the system, with padding so text keeps off its edge', async () => {
    const { el, root } = await mountElement(container.element, 'ofsted-timeline', {
      data: barnet,
      theme: 'dark',
    } as never);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(look(el)).to.deep.equal({ background: DARK, padding: '16px' });
    expect(getComputedStyle(root.querySelector('[part="summary"]')!).color).to.equal('rgb(243, 242, 241)');
  });

  it('follows the visitor\'s system with theme="system"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = await mountElement(container.element, 'ofsted-breakdown', {
      data: barnet,
      theme: 'system',
    } as never);
    expect(look(el).background).to.equal(DARK);
    await emulateMedia({ colorScheme: 'light' });
    expect(look(el)).to.deep.equal({ background: LIGHT, padding: '0px' });
  });

  it('takes --ofsted-padding from the page', async () => {
    container.element.style.setProperty('--ofsted-padding', '2px');
    const { el } = await mountElement(container.element, 'ofsted-scorecard', { data: barnet, theme: 'dark' } as never);
    expect(look(el).padding).to.equal('2px');
  });

  it('<ofsted-journey theme="dark"> makes its parts dark, padding only its own edge', async () => {
    const { el, root } = await mountElement(container.element, 'ofsted-journey', {
      data: barnet,
      theme: 'dark',
    } as never);
    expect(look(el)).to.deep.equal({ background: DARK, padding: '16px' });
    for (const part of root.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown')) {
      expect(look(part), part.localName).to.deep.equal({ background: DARK, padding: '0px' });
    }
  });
});

describe('outer spacing', () => {
  it('keeps room below each element, so its last button does not touch what follows', async () => {
    const { el } = await mountElement(container.element, 'ofsted-scorecard', { data: barnet } as never);
    const next = document.createElement('h2');
    next.textContent = 'The next heading on the page';
    next.style.margin = '0';
    container.element.append(next);
    const controls = el.shadowRoot!.querySelector('[part="controls"]')!;
    expect(next.getBoundingClientRect().top - controls.getBoundingClientRect().bottom).to.be.at.least(24);
    el.style.setProperty('--ofsted-margin-bottom', '0px');
    expect(getComputedStyle(el).marginBottom, '--ofsted-margin-bottom').to.equal('0px');
  });
});
