/** How tests reach into an `<ofsted-breakdown>`: its bars and panels, and when it has settled at its measured width. */
import type { OfstedBreakdown } from '../breakdown/ofsted-breakdown.js';
import { clean, mountElement, useContainer } from './mount.js';

export type BreakdownInputs = Partial<
  Pick<OfstedBreakdown, 'data' | 'src' | 'authority' | 'event' | 'showTable' | 'kind' | 'area'>
>;

/**
 * Laid out at `width`: the first frame uses a fallback width until the ResizeObserver measures. A breakdown that
 * shows an error or no bars has no chart, and nothing more to wait for.
 */
export const breakdownSettled = (width: number) => (root: ShadowRoot) =>
  (root.querySelector('[part="chart"]')?.getAttribute('data-width') ?? String(width)) === String(width);

/** Adds a breakdown to `container` at `width` and waits for its data or error, and for its measured layout. */
export const mountBreakdown = (container: HTMLElement, inputs: BreakdownInputs = {}, width = 640) =>
  mountElement(container, 'ofsted-breakdown', inputs, { width, settled: breakdownSettled(width) });

/** A container for each test, and `mount`: a breakdown in it with `defaults` under each call's inputs. */
export function useBreakdownMount(defaults: BreakdownInputs = {}) {
  const container = useContainer();
  const mount = (inputs: BreakdownInputs = {}, width = 640) =>
    mountBreakdown(container.element, { ...defaults, ...inputs }, width);
  return { container, mount };
}

/** The button of the bar for `area`. */
export const barButton = (root: ParentNode, area: string) =>
  root.querySelector<HTMLButtonElement>(`li[data-area="${area}"] > button`)!;

/** The statements panel a bar's button opens. */
export const panelOf = (root: ShadowRoot, button: HTMLButtonElement) =>
  root.getElementById(button.getAttribute('aria-controls')!)!;

/** What a sighted user reads on each bar: its area and the counts drawn on it, by kind. */
export const barsSeen = (root: ParentNode) =>
  [...root.querySelectorAll('li[data-area]')].map((li) => [
    clean(li.querySelector('.area-name')!.textContent),
    ...[...li.querySelectorAll('.count')].map((count) => `${count.getAttribute('data-kind')} ${count.textContent}`),
  ]);
