/** Mounting an element's named example (src/<element>/examples.ts) in a browser test, as its story shows it. */
import { waitUntil } from '@open-wc/testing';
import { holdPending, type Example, type ExampleArgs } from '../fixtures/example.js';
import { mountElement } from './mount.js';

export type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey' | 'ofsted-england';
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The element's properties for an example's args: attribute names as properties (`show-table` → `showTable`). */
export function exampleInputs(args: ExampleArgs & { 'as-of'?: string }): Record<string, unknown> {
  const {
    'show-table': showTable,
    'no-export': noExport,
    'heading-level': headingLevel,
    'as-of': asOf,
    ...rest
  } = args;
  return {
    authority: 'barnet',
    ...rest,
    ...(showTable === undefined ? {} : { showTable }),
    ...(noExport === undefined ? {} : { noExport }),
    ...(headingLevel === undefined ? {} : { headingLevel }),
    ...(asOf === undefined ? {} : { asOf }),
  };
}

/** The width an element lays out to: its content box, inside any padding (a dark theme adds some). */
export function contentWidth(host: Element): number {
  const style = getComputedStyle(host);
  return Math.floor(host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
}

/** True once a chart that follows its width (`data-width`) has been laid out at the element's own width. */
export const laidOutAtWidth = (root: ShadowRoot) =>
  !root.querySelector('[data-width]') ||
  root.querySelector('[data-width]')!.getAttribute('data-width') === String(contentWidth(root.host));

/** No loading note shown: a breakdown fetches its picked sentences after its `ofsted-data`, showing one meanwhile. */
const notLoading = (root: ShadowRoot) => root.querySelector('[part="loading"]') === null;

/** A map is settled once it is drawn: the council's `ofsted-data` (or error) can come before the national file. */
const settledFor = (tag: Tag) => (root: ShadowRoot) =>
  laidOutAtWidth(root) && notLoading(root) && (tag !== 'ofsted-england' || root.querySelector('[part="map"]') !== null);

/**
 * Adds `tag` showing `example` (plus `extra` inputs) to `container`, and waits until it has settled: its data or error
 * shown at its own width (a journey's three parts too), or, for a loading example, its loading message.
 */
export async function mountExample(
  container: HTMLElement,
  tag: Tag,
  example: Example,
  extra: Record<string, unknown> = {},
) {
  const width = example.width ?? 640;
  container.style.background = example.darkPage ? '#0b0c0c' : '';
  container.style.color = example.darkPage ? '#f3f2f1' : '';
  const inputs = { ...exampleInputs(example.args), ...extra };
  if (example.outcome === 'loading') {
    const release = holdPending();
    try {
      container.style.width = `${width}px`;
      const el = document.createElement(tag) as Updating;
      Object.assign(el, inputs);
      container.append(el);
      await el.updateComplete;
      await waitUntil(() => /Loading/.test(el.shadowRoot!.textContent ?? ''), `${tag} loading`);
      return { el, root: el.shadowRoot! };
    } finally {
      release();
    }
  }
  const { el, root } = await mountElement(container, tag, inputs as never, { width, settled: settledFor(tag) });
  if (tag === 'ofsted-journey') {
    const parts = [...root.querySelectorAll<Updating>('ofsted-timeline, ofsted-scorecard, ofsted-breakdown')];
    await Promise.all(parts.map((part) => part.updateComplete));
    await Promise.all(
      parts.map((part) =>
        waitUntil(() => laidOutAtWidth(part.shadowRoot!) && notLoading(part.shadowRoot!), `${part.localName} settled`),
      ),
    );
  }
  return { el: el as Updating, root };
}
