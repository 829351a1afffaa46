/** How tests reach into an `<ofsted-timeline>`: its selectors, and when it has settled at its measured width. */
import type { OfstedTimeline } from '../timeline/ofsted-timeline.js';
import { mountElement } from './mount.js';

export type TimelineInputs = Partial<Pick<OfstedTimeline, 'data' | 'src' | 'authority' | 'event'>>;

/** The chart's SVG. */
export const TIMELINE_CHART = 'svg[part="chart"]';
/** Every event on the chart (an option of the listbox). */
export const TIMELINE_OPTIONS = '[role="option"]';

/**
 * Laid out at `width`: the first frame uses a fallback width until the ResizeObserver measures. A timeline that
 * shows an error has no chart, and nothing more to wait for.
 */
export const timelineSettled = (width: number) => (root: ShadowRoot) =>
  (root.querySelector(TIMELINE_CHART)?.getAttribute('width') ?? String(width)) === String(width);

/** Adds a timeline to `container` at `width` and waits for its data or error, and for its measured layout. */
export const mountTimeline = (container: HTMLElement, inputs: TimelineInputs = {}, width = 640) =>
  mountElement(container, 'ofsted-timeline', inputs, { width, settled: timelineSettled(width) });

/** The chart's option for the event `id`. */
export const option = (root: ParentNode, id: string) =>
  root.querySelector<SVGGElement>(`${TIMELINE_OPTIONS}[data-event-id="${id}"]`)!;
