import { isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { OfstedDataset } from '../data/types.js';
import { DatasetController } from './dataset-controller.js';
import { emit, type OfstedEventDetail, type OfstedEventName } from './events.js';
import { DEFAULT_HEADING_LEVEL } from './heading.js';
import { clearServerRendered } from './server-rendered.js';

/**
 * What every `ofsted-*` element does the same way: the inputs they share, their defaults and their documentation
 * (the Custom Elements Manifest gives each element these, and an element documents again only what it says
 * differently), loading the dataset (`loader`), the error guard around rendering, `event` and the report of one that
 * names nothing, replacing a server-rendered shadow root, and `emit()` for the package's events. One level, no
 * deeper: each element adds only what is its own.
 *
 * @attr authority - The council: id, name, ONS code, LA number or Ofsted URN, used when neither `data` nor `src` is set. None by default: with no council named, the element says how to name one and loads nothing.
 * @attr src - URL of a JSON file following the Ofsted dataset schema; wins over `authority`.
 * @attr event - Id of the event to show.
 * @attr show-table - Shows the table alternative open from the start.
 * @attr no-export - Hides the Download disclosure.
 * @attr heading-level - Level of the element's heading (its summary sentence), 1 to 6; the headings inside it are one level below. Default `2`.
 * @attr theme - Colour scheme: `light` (the default), `dark`, or `system` to follow the visitor's `prefers-color-scheme`. Dark adds padding (`--ofsted-padding`) so text keeps off the edge on a page of another colour.
 *
 * @prop {OfstedDataset | undefined} data - A dataset object; wins over `src` and `authority`. Validated like a file.
 *
 * @fires ofsted-data - The dataset loaded and passed validation. `detail: { dataset, origin }`.
 * @fires ofsted-error - The dataset could not be loaded or is invalid, or `event` names no event in it (`kind: 'unknown-event'`). `detail: { message, kind, url?, authority?, status?, issues }`.
 *
 * @csspart error - The message shown when the data cannot be used or `event` names no event.
 * @csspart loading - The note shown while the data loads.
 * @csspart announcement - The visually hidden live region that says "Loading Ofsted data…" and then that the data has loaded.
 * @csspart coverage - The note saying up to when the data runs and which years' visits it lists (from the file's `coverage`; absent when the file does not say). The journey shows its timeline's.
 *
 * @cssprop --ofsted-font-family - Font; inherits the page's by default.
 * @cssprop --ofsted-font-size - Base font size. Default `1em`: the surrounding text's size (charts' text is 0.875 of it, at least 14px).
 * @cssprop --ofsted-text-colour - Text colour. Default `#0b0c0c`; `#f3f2f1` under a dark `theme`.
 * @cssprop --ofsted-secondary-text-colour - Secondary text, and the buttons' borders. Default `#505a5f`; `#b1b4b6` under a dark `theme`.
 * @cssprop --ofsted-background-colour - Background. Default `#ffffff`; `#1b1d1e` under a dark `theme`.
 * @cssprop --ofsted-border-colour - Lines and borders. Default `#b1b4b6`; `#6f777b` under a dark `theme`.
 * @cssprop --ofsted-focus-colour - Focus highlight. Default `#ffdd00` in both colour schemes.
 * @cssprop --ofsted-link-colour - Links. Default `#1d70b8`; `#8eb8dc` under a dark `theme`.
 * @cssprop --ofsted-error-colour - The error message's rule. Default `#d4351c`.
 * @cssprop --ofsted-margin-bottom - Space below the element, before what the page puts next. Default `2rem` (four times `--ofsted-space`).
 * @cssprop --ofsted-padding - Space between the element's edge and its content. Default `0`; `1rem` (twice `--ofsted-space`) under `theme="dark"` or a dark `theme="system"`.
 * @cssprop --ofsted-space - Base spacing unit. Default `0.5rem`.
 */
export class OfstedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    authority: {},
    event: {},
    showTable: { type: Boolean, attribute: 'show-table' },
    noExport: { type: Boolean, attribute: 'no-export' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
  };

  declare data: OfstedDataset | undefined;
  declare src: string | undefined;
  declare authority: string;
  declare event: string | undefined;
  declare showTable: boolean;
  declare noExport: boolean;
  declare headingLevel: number;
  declare theme: 'light' | 'dark' | 'system' | undefined;

  /** Loads the dataset from `data` > `src` > `authority`, by itself whenever one of them changes. */
  protected readonly loader = new DatasetController(this);

  /** The `event` problem last reported, so a re-render of the same one stays quiet. */
  private reportedEventProblem?: string;

  /** Carries the `:state(error)` that releases the room a page reserved (see themeStyles); none under SSR. */
  readonly #internals = isServer ? undefined : this.attachInternals();

  constructor() {
    super();
    this.authority = '';
    this.showTable = false;
    this.noExport = false;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  /**
   * Why `event` names nothing this element can show (its message, shown in place by the element), or undefined.
   * The base reports it once per distinct message: one console error and an `ofsted-error` of kind `unknown-event`.
   */
  protected eventProblem(): string | undefined {
    return undefined;
  }

  /** A shadow root written by `ofsted-widgets render` is replaced, not hydrated. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    clearServerRendered(this);
    return super.createRenderRoot();
  }

  /** `@lit-labs/ssr` calls `willUpdate` but no controller's `hostUpdate`: on the server, the loader is run from here. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) this.loader.hostUpdate();
  }

  /** A render that throws becomes the element's error in place, never a silent "Loading". */
  protected override update(changed: PropertyValues<this>): void {
    this.loader.guardUpdate(
      () => super.update(changed),
      () => {
        // The element's render throws whatever it is given: this once, Lit draws the error view in its place.
        const errorView = this.loader.render({ ready: () => nothing });
        this.render = () => errorView;
        try {
          super.update(changed);
        } finally {
          delete (this as unknown as { render?: unknown }).render;
        }
      },
    );
    const states = this.#internals?.states;
    if (this.loader.status === 'error') states?.add('error');
    else states?.delete('error');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const problem = this.eventProblem();
    if (problem === this.reportedEventProblem) return;
    this.reportedEventProblem = problem;
    if (problem === undefined) return;
    console.error(`<${this.localName}>: ${problem}`);
    // After this render, so a page hears `ofsted-data` (dispatched the same way) first.
    void this.updateComplete.then(() =>
      this.emit('ofsted-error', { message: problem, kind: 'unknown-event', issues: [] }),
    );
  }

  /** Dispatches one of the package's events from this element: bubbling, and out of its shadow root. */
  protected emit<K extends OfstedEventName>(name: K, detail: OfstedEventDetail<K>): boolean {
    return emit(this, name, detail);
  }
}
