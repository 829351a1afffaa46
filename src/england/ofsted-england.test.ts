import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import type { OfstedEngland } from './ofsted-england.js';
import './define.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GRADE_WORDS = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Adds a map with the given inputs and waits until its hexagons and the highlighted council are drawn. */
async function mount(inputs: Partial<OfstedEngland> & Record<string, unknown> = {}, width = 1024) {
  container.style.width = `${width}px`;
  const el = document.createElement('ofsted-england');
  Object.assign(el, inputs);
  const selections: string[] = [];
  el.addEventListener('ofsted-select', (event) => selections.push(event.detail.authority!));
  container.append(el);
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelectorAll('[role="option"]').length === 153 && root.querySelector('[aria-selected="true"]'),
    'the map and its highlight',
    { timeout: 4000 },
  );
  await el.updateComplete;
  return { el, root, selections };
}

const options = (root: ShadowRoot) => [...root.querySelectorAll<SVGGElement>('[role="option"]')];
const focusedName = (root: ShadowRoot) => root.activeElement?.getAttribute('aria-label') ?? '';
// The same addresses are imported as modules by the elements: the browser's cache must not answer with those.
const readJson = async (path: string) => (await fetch(path, { cache: 'no-store' })).json();

describe('<ofsted-england>', () => {
  it("colours each hexagon, swatch and bar segment with its grade's colour, and puts a neighbour's swatch in its grade's column", async () => {
    const { el, root } = await mount({ authority: 'leeds' });
    const colourOf = (key: string) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(el).getPropertyValue(`--_grade-${key}`);
      root.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    const keys = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
    for (const [column, key] of keys.entries()) {
      const colour = colourOf(key);
      expect(colour, key).to.match(/^rgb/);
      for (const polygon of root.querySelectorAll(`.hex.key-${key} polygon, .swatch.key-${key} polygon`))
        expect(getComputedStyle(polygon).fill, `${key} polygon`).to.equal(colour);
      for (const segment of root.querySelectorAll(`.segment.key-${key}`))
        expect(getComputedStyle(segment).backgroundColor, `${key} segment`).to.equal(colour);
      for (const swatch of root.querySelectorAll(`.scale > .key-${key}`))
        expect(getComputedStyle(swatch).gridColumnStart, `${key} column`).to.equal(String(column + 1));
    }
    expect(root.querySelectorAll('.hex.key-good polygon').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('.scale > [class*="key-"]').length).to.equal(11);
  });

  it('draws 153 hexagons, one tab stop, each named with its council and its grade in words', async () => {
    const { root } = await mount({ authority: 'leeds' });
    const hexes = options(root);
    expect(hexes).to.have.length(153);
    expect(hexes.filter((hex) => hex.getAttribute('tabindex') === '0')).to.have.length(1);
    const names = hexes.map((hex) => hex.getAttribute('aria-label')!);
    expect(new Set(names.map((name) => name.split(':')[0])).size).to.equal(153);
    for (const name of names)
      expect(name).to.match(
        new RegExp(
          `^[^:]+: (${GRADE_WORDS.join('|')}|No overall grade \\(framework from April 2026\\)), inspected \\d{1,2} \\w+ \\d{4}$`,
        ),
      );
    expect(root.querySelector('[aria-selected="true"]')!.getAttribute('aria-label')).to.equal(
      'Leeds: Outstanding, inspected 30 June 2025',
    );
    expect(root.querySelector('.sentence')!.textContent).to.equal(
      'Leeds is one of 46 councils whose latest overall effectiveness grade is Outstanding (30% of England; 5 of 15 in Yorkshire and the Humber).',
    );
  });

  it('draws the whole map with its council highlighted in its first update once the page has the national data', async () => {
    await mount({ authority: 'leeds' }); // the page now holds the national file, as a warm page does
    const el = document.createElement('ofsted-england');
    el.authority = 'kent';
    container.append(el);
    await el.updateComplete; // one update, no waiting for Kent's own file
    const root = el.shadowRoot!;
    expect(options(root)).to.have.length(153);
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('aria-label')).to.match(/^Kent:/);
    expect(root.querySelectorAll('.neighbours li')).to.have.length(11);
    el.authority = 'wigan';
    await el.updateComplete; // a new council is highlighted in the update that follows the change
    expect(options(root).filter((hex) => hex.getAttribute('aria-selected') === 'true')).to.have.length(1);
    expect(root.querySelector('[aria-selected="true"]')?.getAttribute('aria-label')).to.match(/^Wigan:/);
    expect(root.querySelector('.sentence')!.textContent).to.match(/^Wigan is one of/);
  });

  it('moves focus with the arrow keys to the nearest hexagon that way, jumps by typed name, and chooses with Enter', async () => {
    const { el, root, selections } = await mount({ authority: 'leeds' });
    root.querySelector<SVGGElement>('[tabindex="0"]')!.focus();
    expect(focusedName(root)).to.match(/^Leeds:/);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedName(root)).to.match(/^York:/);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedName(root)).to.match(/^Leeds:/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // The two hexagons below Leeds's adjoin it equally; either is the nearest that way.
    expect(focusedName(root)).to.match(/^(Wakefield|North Lincolnshire):/);
    await sendKeys({ type: 'wig' });
    await el.updateComplete;
    expect(focusedName(root)).to.match(/^Wigan:/);
    expect(
      options(root)
        .filter((hex) => hex.getAttribute('tabindex') === '0')
        .map((hex) => hex.getAttribute('aria-label')!.split(':')[0]),
    ).to.deep.equal(['Wigan']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root.querySelector('[aria-selected="true"]')?.getAttribute('aria-label')?.startsWith('Wigan'),
      'Wigan highlighted',
    );
    expect(selections).to.deep.equal(['wigan']);
    expect(root.querySelector('.sentence')!.textContent).to.match(/^Wigan is one of/);
    options(root)
      .find((hex) => hex.getAttribute('aria-label')!.startsWith('York:'))!
      .querySelector('polygon')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(
      () => root.querySelector('[aria-selected="true"]')?.getAttribute('aria-label')?.startsWith('York'),
      'York highlighted by a click',
    );
    expect(selections).to.deep.equal(['wigan', 'york']);
  });

  it("counts England's latest overall grades as the councils' own files give them, April 2026 inspections as no overall grade", async function () {
    this.timeout(20_000); // 153 files
    const index = await readJson('/data/authorities/index.json');
    const expected = [0, 0, 0, 0, 0];
    const keys = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
    for (const { id } of index.authorities as { id: string }[]) {
      const dataset = await readJson(`/data/authorities/${id}.json`);
      const latest = dataset.events
        .filter(
          (event: { kind: string; framework: string }) =>
            event.kind === 'inspection' && ['sif', 'ilacs'].includes(event.framework),
        )
        .at(-1);
      const overall = latest.judgements.find(
        (judgement: { area: string }) => judgement.area === 'overall-effectiveness',
      );
      const key = overall ? keys.indexOf(overall.grade) : 4;
      expected[key] = expected[key]! + 1;
    }
    const { root } = await mount({ authority: 'leeds' });
    const englandKey = [...root.querySelectorAll('.bar-figure')[0]!.querySelectorAll('.bar-key li')].map((li) =>
      li.textContent!.trim(),
    );
    expect(englandKey).to.deep.equal([
      `Outstanding: ${expected[0]}`,
      `Good: ${expected[1]}`,
      `Requires improvement to be good: ${expected[2]}`,
      `Inadequate: ${expected[3]}`,
      `No overall grade: ${expected[4]}`,
    ]);
    expect(expected[4]).to.equal(11);
  });

  it('says that a council inspected under the April 2026 framework has no overall grade', async () => {
    const { root } = await mount({ authority: 'brent' });
    expect(root.querySelector('[aria-selected="true"]')!.getAttribute('aria-label')).to.match(
      /^Brent: No overall grade \(framework from April 2026\)/,
    );
    expect(root.querySelector('.sentence')!.textContent).to.match(
      /^Brent is one of 11 councils whose latest inspection, under the framework from April 2026, gave no overall effectiveness grade \(7% of England; 1 of 33 in London\)\.$/,
    );
  });

  it("lists the council's ten statistical neighbours in the lookup's order", async () => {
    const csv = await (await fetch('/data/raw/Provider_data_lookup.csv')).text();
    const row = csv.split('\n').find((line) => line.includes(',E08000035,'))!;
    const codes = row.match(/"(E\d{8}(, E\d{8}){9})"/)![1]!.split(', ');
    const index = await readJson('/data/authorities/index.json');
    const nameOf = new Map(
      (index.authorities as { onsCode: string; shortName: string }[]).map((a) => [a.onsCode, a.shortName]),
    );
    const { root } = await mount({ authority: 'leeds' });
    const names = [...root.querySelectorAll('.neighbours li .name')].map((name) => name.textContent);
    expect(names).to.deep.equal(['Leeds', ...codes.map((code) => nameOf.get(code))]);
  });

  it('colours by another judgement and shows the grades as they stood on an earlier day', async () => {
    const { root } = await mount({ authority: 'leeds', judgement: 'leadership', asOf: '2019-03-31' });
    expect(root.querySelector('[aria-selected="true"]')!.getAttribute('aria-label')).to.equal(
      'Leeds: Outstanding, inspected 29 October 2018',
    );
    expect(root.querySelector('.sentence')!.textContent).to.match(
      /^Leeds is one of \d+ councils whose latest leadership grade is Outstanding/,
    );
  });

  it('says once, in the console and as ofsted-error, that a judgement it does not know is shown as overall effectiveness', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const errors: CustomEvent[] = [];
      container.addEventListener('ofsted-error', (event) => errors.push(event as CustomEvent));
      const { el, root } = await mount({ authority: 'leeds', judgement: 'adoption' });
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.map((event) => event.detail.kind)).to.deep.equal(['invalid']);
      expect(logged).to.have.length(1);
      expect(root.querySelector('.intro')!.textContent).to.match(/^Latest overall effectiveness grade/);
    } finally {
      console.error = original;
    }
  });

  it('shows bad national data as an alert, fires ofsted-error and logs one console error, without throwing', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      container.style.width = '640px';
      const el = document.createElement('ofsted-england');
      el.nationalData = { sources: [], regions: [], authorities: [['<img src=x onerror=alert(1)>', 99, 0, 0, [], '']] };
      const error = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('ofsted-error', resolve as EventListener, { once: true }),
      );
      container.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('invalid');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'The Ofsted data could not be shown.',
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(logged).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('fits a 320px page without scrolling sideways, its text at least 14px', async () => {
    const { el, root } = await mount({ authority: 'leeds', showTable: false }, 320);
    const box = el.getBoundingClientRect();
    // Boxes not drawn (display: none, such as an empty export problem) have no place to overflow from.
    const drawn = [...root.querySelectorAll('*')].filter((node) => node.getClientRects().length > 0);
    const wide = drawn.filter(
      (node) =>
        node.getBoundingClientRect().right > box.right + 0.5 || node.getBoundingClientRect().left < box.left - 0.5,
    );
    expect(wide.map((node) => `${node.localName}.${node.getAttribute('class')}`)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const texts = [...root.querySelectorAll('p, li, figcaption, .years span, h2, h3')].filter((node) =>
      node.textContent!.trim(),
    );
    for (const node of texts) expect(parseFloat(getComputedStyle(node).fontSize), node.textContent!).to.be.at.least(14);
  });

  for (const [scheme, apply] of [
    ['light', async () => undefined],
    ['dark', async (el: HTMLElement) => el.setAttribute('theme', 'dark')],
    [
      'forced colours',
      async () =>
        executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] }),
    ],
  ] as const) {
    it(`has no WCAG A or AA violations that axe finds, in ${scheme}`, async function () {
      this.timeout(30_000); // axe reads 153 hexagons and a table of 153 rows
      const { el } = await mount({ authority: 'leeds', showTable: true });
      await apply(el);
      await el.updateComplete;
      try {
        const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } })
          .axe;
        const results = await axe.run(el, { runOnly: { type: 'tag', values: WCAG_TAGS } });
        expect(
          results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).to.deep.equal([]);
      } finally {
        await executeServerCommand('emulate-media-features', { features: [] });
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
