/** Test helpers shared by the element tests: a sized container, and mounting that waits for the outcome. */
import { waitUntil } from '@open-wc/testing';
import type { OfstedDataEventDetail, OfstedErrorEventDetail } from '../shared/dataset-controller.js';

export type Outcome = CustomEvent<OfstedDataEventDetail> | CustomEvent<OfstedErrorEventDetail>;

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey';

/** A container added before and removed after each test of the calling suite. */
export function useContainer(): { readonly element: HTMLDivElement } {
  const holder = { element: undefined as unknown as HTMLDivElement };
  beforeEach(() => {
    holder.element = document.createElement('div');
    holder.element.style.width = '640px';
    document.body.append(holder.element);
  });
  afterEach(() => holder.element.remove());
  return holder;
}

/**
 * Adds an element with the given inputs to `container` at `width`, listening before it connects, and waits for
 * its first `ofsted-data` or `ofsted-error`, then for `settled(root)` (e.g. the ResizeObserver's measurement).
 */
export async function mountElement<T extends Tag>(
  container: HTMLElement,
  tag: T,
  inputs: Partial<HTMLElementTagNameMap[T]> = {},
  { width = 640, settled }: { width?: number; settled?: (root: ShadowRoot) => boolean } = {},
) {
  container.style.width = `${width}px`;
  const el = document.createElement(tag);
  Object.assign(el, inputs);
  const outcomes: Outcome[] = [];
  const outcome = new Promise<Outcome>((resolve) => {
    const record = (event: Outcome) => {
      outcomes.push(event);
      resolve(event);
    };
    el.addEventListener('ofsted-data', record);
    el.addEventListener('ofsted-error', record);
  });
  container.append(el);
  const event = await outcome;
  const root = el.shadowRoot!;
  if (settled) await waitUntil(() => settled(root), `${tag} settled`);
  await el.updateComplete;
  return { el, event, outcomes, root };
}

export const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The cleaned text of every node matching `selector`. */
export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => clean(node.textContent));

/** Records console.error calls during each test of the calling suite (elements log one per problem). */
export function captureConsoleErrors(): { readonly calls: unknown[][] } {
  const record = { calls: [] as unknown[][] };
  let original: typeof console.error;
  beforeEach(() => {
    record.calls = [];
    original = console.error;
    console.error = (...args: unknown[]) => record.calls.push(args);
  });
  afterEach(() => (console.error = original));
  return record;
}

/** What an element shows in place: its alert's text, or '' when it shows none. */
export const alertText = (root: ShadowRoot) => clean(root.querySelector('[role="alert"]')?.textContent);

/**
 * For a claim that something did NOT happen (no second event, no stale outcome): resolves once `el` has finished
 * its pending update and the page has drawn one more frame. An element reports from `updated()`, so whatever an
 * update sets off has run by then; waiting longer would only hide a report that comes later than that.
 */
export async function afterUpdateAndFrame(...elements: { readonly updateComplete: Promise<unknown> }[]) {
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}
