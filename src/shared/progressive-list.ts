import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';

/**
 * What one step renders at most: rows, and characters of their text. Chromium lays out rows appended to a table
 * (or items to a list) without laying out the earlier ones again, and Lit skips the steps already drawn (see
 * renderSteps), so a step costs about the same however long the list: a frame with one step took 40–60 ms
 * (render, style, layout, paint) on a shared, loaded 2-core machine, where a 2,000-statement table drawn at once
 * took one 544 ms task and the 5,000-statement one over a second.
 */
export const STEP_ROWS = 50;
export const STEP_CHARACTERS = 20_000;

/** A list as far as it is drawn: its items in steps (arrays that stay the same objects while the list does). */
export interface ListSteps<T> {
  steps: readonly (readonly T[])[];
  complete: boolean;
  /** More than one step long: drawn over several frames, and laid out so that later steps cannot move earlier ones. */
  long: boolean;
}

interface Shown {
  /** What the list was made from (the dataset, the filters); any change starts the list again. */
  basis: readonly unknown[];
  steps: (readonly unknown[])[];
  /** How many items the steps hold. */
  count: number;
  long: boolean;
}

/**
 * Renders long lists a step at a time: the first step with the rest of the element, one more step of one list in
 * each animation frame after, so no task lays out more than a step however long the lists. Lists of one step render
 * whole at once, as before. On the server (`ofsted-widgets render`) every item renders at once.
 */
export class ProgressiveList implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly shown = new Map<string, Shown>();
  /** The next step of each list still growing; one is taken a frame, the first in render order. */
  private readonly pending = new Map<Shown, () => void>();
  private frame = 0;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /**
   * The steps of the list `key` to render now. `basis` lists what the items were made from (the dataset, the
   * filters): while it holds the same values the list is taken to be the same and the steps drawn so far stay;
   * when any changes the list starts again (so a filter never makes a whole long list render at once). `text`
   * says about how many characters an item shows.
   */
  slice<T>(
    key: string,
    basis: readonly unknown[],
    items: readonly T[],
    text: (item: T) => number = () => 0,
  ): ListSteps<T> {
    if (isServer) return { steps: [items], complete: true, long: false };
    let shown = this.shown.get(key);
    if (!shown || shown.basis.length !== basis.length || shown.basis.some((value, i) => value !== basis[i])) {
      shown = { basis, steps: [], count: 0, long: false };
      this.shown.set(key, shown);
      takeStep(shown, items, text);
      shown.long = shown.count < items.length;
    }
    const complete = shown.count >= items.length;
    if (!complete) this.schedule(shown, items, text);
    return { steps: shown.steps as (readonly T[])[], complete, long: shown.long };
  }

  hostConnected(): void {
    if (this.shown.size) this.host.requestUpdate(); // resumes any list a removal left half drawn
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.clear();
  }

  private schedule<T>(shown: Shown, items: readonly T[], text: (item: T) => number): void {
    this.pending.set(shown, () => takeStep(shown, items, text));
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const [step] = this.pending.values();
      this.pending.clear(); // the render this requests schedules the lists still growing again
      step?.();
      this.host.requestUpdate();
    });
  }
}

/** Renders a list's steps; Lit skips each step already drawn (its array is the same object), so a step costs the same
 * at the end of a long list as at its start. */
export function renderSteps<T>(steps: readonly (readonly T[])[], renderItem: (item: T) => unknown): unknown[] {
  return steps.map((step) => guard([step], () => step.map(renderItem)));
}

/** True when `items` would be drawn whole in one step. */
export function fitsOneStep<T>(items: readonly T[], text: (item: T) => number): boolean {
  return endOfStep(items, 0, text) === items.length;
}

/** Adds the next step: up to STEP_ROWS items, fewer when their text passes STEP_CHARACTERS, at least one. */
function takeStep<T>(shown: Shown, items: readonly T[], text: (item: T) => number): void {
  const from = shown.count;
  const end = endOfStep(items, from, text);
  if (end > from) shown.steps.push(items.slice(from, end));
  shown.count = end;
}

function endOfStep<T>(items: readonly T[], from: number, text: (item: T) => number): number {
  let end = from;
  let characters = 0;
  while (end < items.length && end - from < STEP_ROWS && (end === from || characters < STEP_CHARACTERS)) {
    characters += text(items[end]!);
    end++;
  }
  return end;
}
